"""Demo login, session cookie and member tokens for the website."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from channels.ratelimit import TokenBucketLimiter
from channels.web.auth import normalise_member_id
from channels.web.settings import WebsiteSettings
from members.identity import sign_member_token, verify_member_token
from tests.unit.channels.conftest import GatewayHarness
from tests.unit.channels.web.conftest import (
    WEB_PASSWORD,
    WEB_SECRET,
    WebFactory,
    web_make_settings,
)

COOKIE = "website_session"
FORM = {"content-type": "application/x-www-form-urlencoded"}


async def log_in(
    client: httpx.AsyncClient, member_id: str = "HS-1001", password: str = WEB_PASSWORD
) -> httpx.Response:
    return await client.post(
        "/connexion",
        content=httpx.QueryParams({"member_id": member_id, "password": password}).__str__(),
        headers=FORM,
    )


# ---------------------------------------------------------------- disabled


async def test_login_disabled_without_the_demo_password(
    web_factory: WebFactory, tmp_path: Path
) -> None:
    gateway = await web_factory(web_make_settings(tmp_path, website_demo_password=None))
    page = await gateway.client.get("/")
    assert 'data-login="off"' in page.text
    assert 'href="/connexion"' not in page.text
    form = await gateway.client.get("/connexion")
    assert form.status_code == 404
    assert "pas activée" in form.text
    posted = await log_in(gateway.client)
    assert posted.status_code == 404
    assert COOKIE not in posted.cookies
    assert (await gateway.client.get("/api/member-token")).status_code == 404


async def test_login_disabled_without_a_signing_secret(
    web_factory: WebFactory, tmp_path: Path
) -> None:
    settings = web_make_settings(tmp_path, member_token_secret=None)
    gateway = await web_factory(settings)
    assert (await gateway.client.get("/connexion")).status_code == 404
    assert (await log_in(gateway.client)).status_code == 404


def test_signing_secret_falls_back_to_the_key_file(tmp_path: Path) -> None:
    key = tmp_path / "member-token.key"
    key.write_text("from-the-file\n")
    settings = web_make_settings(tmp_path, member_token_secret=None, member_token_key_file=key)
    assert settings.token_secret() == "from-the-file"
    assert settings.login_enabled
    assert settings.session_secret() not in ("", "from-the-file")


def test_settings_read_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WEBSITE_DEMO_PASSWORD", "demo")
    monkeypatch.setenv("MEMBER_TOKEN_SECRET", "secret")
    settings = WebsiteSettings(member_token_key_file=tmp_path / "none")
    assert settings.login_enabled
    assert settings.token_secret() == "secret"
    assert settings.cookie_name == "__Host-website_session"


# ---------------------------------------------------------------- login form


async def test_login_form_is_french_and_labelled(web: GatewayHarness) -> None:
    response = await web.client.get("/connexion")
    assert response.status_code == 200
    assert '<html lang="fr">' in response.text
    assert '<label for="member_id">Numéro d\'adhérent</label>' in response.text
    assert '<label for="password">Mot de passe</label>' in response.text
    assert 'type="password"' in response.text


async def test_wrong_password_is_refused(web: GatewayHarness) -> None:
    response = await log_in(web.client, password="pas-le-bon")
    assert response.status_code == 401
    assert "incorrect" in response.text
    assert 'role="alert"' in response.text
    assert "set-cookie" not in response.headers
    assert (await web.client.get("/api/member-token")).status_code == 401


@pytest.mark.parametrize("member_id", ["HS-9999", "", "HS.1001", "x" * 30, "<b>HS-1001</b>"])
async def test_unknown_or_malformed_member_is_refused(web: GatewayHarness, member_id: str) -> None:
    response = await log_in(web.client, member_id=member_id)
    assert response.status_code == 401
    assert "set-cookie" not in response.headers
    assert "<b>HS-1001</b>" not in response.text


async def test_login_sets_an_httponly_signed_cookie(web: GatewayHarness) -> None:
    response = await log_in(web.client, member_id=" hs-1001 ")
    assert response.status_code == 303
    assert response.headers["location"] == "/"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=HS-1001.")
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert "Path=/" in cookie
    assert "Max-Age=28800" in cookie
    page = await web.client.get("/")
    assert 'data-owner="HS-1001"' in page.text
    assert "Se déconnecter" in page.text
    assert (await web.client.get("/connexion")).status_code == 303


async def test_secure_cookie_by_default(web_factory: WebFactory, tmp_path: Path) -> None:
    gateway = await web_factory(web_make_settings(tmp_path, website_insecure_cookies=False))
    response = await log_in(gateway.client)
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("__Host-website_session=")
    assert "Secure" in cookie
    assert "Domain" not in cookie


async def test_cross_site_login_post_is_refused(web: GatewayHarness) -> None:
    response = await web.client.post(
        "/connexion",
        content=f"member_id=HS-1001&password={WEB_PASSWORD}",
        headers={**FORM, "origin": "https://evil.example"},
    )
    assert response.status_code == 403
    assert "set-cookie" not in response.headers
    same_site = await web.client.post(
        "/connexion",
        content=f"member_id=HS-1001&password={WEB_PASSWORD}",
        headers={**FORM, "origin": "http://gateway.test"},
    )
    assert same_site.status_code == 303


async def test_malformed_form_is_refused(web: GatewayHarness) -> None:
    as_json = await web.client.post("/connexion", json={"member_id": "HS-1001"})
    assert as_json.status_code == 400
    too_big = await web.client.post("/connexion", content="a=" + "b" * 5000, headers=FORM)
    assert too_big.status_code == 400


async def test_login_attempts_are_limited(web_factory: WebFactory) -> None:
    gateway = await web_factory(login_limiter=TokenBucketLimiter(3, 300))
    for _ in range(3):
        assert (await log_in(gateway.client, password="non")).status_code == 401
    limited = await log_in(gateway.client)
    assert limited.status_code == 429
    assert "Trop de tentatives" in limited.text


async def test_members_store_down_is_a_503(web_factory: WebFactory) -> None:
    def broken(member_id: str) -> bool:
        raise RuntimeError("database down")

    gateway = await web_factory(member_exists=broken)
    response = await log_in(gateway.client)
    assert response.status_code == 503
    assert "indisponible" in response.text


async def test_logout_clears_the_cookie(web: GatewayHarness) -> None:
    await log_in(web.client)
    response = await web.client.post("/deconnexion")
    assert response.status_code == 303
    assert f'{COOKIE}=""' in response.headers["set-cookie"]
    assert (await web.client.get("/api/member-token")).status_code == 401
    assert 'data-owner=""' in (await web.client.get("/")).text


# ---------------------------------------------------------------- member token


async def test_member_token_requires_the_cookie(web: GatewayHarness) -> None:
    response = await web.client.get("/api/member-token")
    assert response.status_code == 401
    assert response.headers["cache-control"] == "no-store"


async def test_member_token_for_the_logged_in_member(web: GatewayHarness) -> None:
    await log_in(web.client)
    response = await web.client.get("/api/member-token")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["member_id"] == "HS-1001"
    assert body["expires_in"] == 900
    assert verify_member_token(body["member_token"], WEB_SECRET) == "HS-1001"
    expiry = int(body["member_token"].split(".")[1])
    assert 0 < expiry - time.time() <= 900


async def test_cookie_and_member_token_are_not_interchangeable(web: GatewayHarness) -> None:
    login = await log_in(web.client)
    cookie = login.cookies[COOKIE]
    assert verify_member_token(cookie, WEB_SECRET) is None
    web.client.cookies.clear()
    forged = sign_member_token("HS-1002", WEB_SECRET)
    web.client.cookies.set(COOKIE, forged)
    assert (await web.client.get("/api/member-token")).status_code == 401


async def test_expired_or_tampered_cookie_is_refused(web: GatewayHarness) -> None:
    login = await log_in(web.client)
    cookie = login.cookies[COOKIE]
    member, expiry, signature = cookie.split(".")
    for bad in (f"HS-1002.{expiry}.{signature}", f"{member}.{int(expiry) + 60}.{signature}"):
        web.client.cookies.clear()
        web.client.cookies.set(COOKIE, bad)
        assert (await web.client.get("/api/member-token")).status_code == 401


async def test_member_token_is_refused_to_cross_site_requests(web: GatewayHarness) -> None:
    await log_in(web.client)
    response = await web.client.get("/api/member-token", headers={"sec-fetch-site": "cross-site"})
    assert response.status_code == 403
    same = await web.client.get("/api/member-token", headers={"sec-fetch-site": "same-origin"})
    assert same.status_code == 200


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("hs-1001", "HS-1001"), (" HS-1002 ", "HS-1002"), ("HS.1", None), ("", None), ("é", None)],
)
def test_member_ids_are_normalised(raw: str, expected: str | None) -> None:
    assert normalise_member_id(raw) == expected
