"""Console sessions: login, logout, cookies, CSRF checks, audit of every access."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from channels.app import create_app
from channels.console import ConsoleSettings, CopilotService, console_router_from_env
from channels.settings import GatewaySettings
from handoff import AdviserDirectory, HandoffReason, TicketStore
from tests.unit.channels.console.conftest import ORIGIN, ClientFactory, log_in
from tests.unit.channels.console.console_support import (
    ADVISER,
    ENGINE_TOKEN,
    ENGINE_URL,
    PASSWORD,
    FakePlatforms,
)


def _actions(directory: AdviserDirectory, actor: str | None = None) -> list[str]:
    return [entry.action for entry in directory.list_audit(actor=actor)]


# -- authentication required -------------------------------------------------------------------


def test_pages_redirect_to_login_without_session(
    client: TestClient, directory: AdviserDirectory
) -> None:
    for path in ("/console", "/console/copilot"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"] == "/console/login"
    assert "access.denied" in _actions(directory, actor="anonyme")


def test_api_answers_401_in_french_without_session(client: TestClient) -> None:
    for method, path in (
        ("GET", "/api/console/me"),
        ("GET", "/api/console/tickets"),
        ("GET", "/api/console/tickets/x"),
        ("POST", "/api/console/tickets/x/take"),
        ("POST", "/api/copilot/answer"),
        ("GET", "/api/copilot/contracts"),
    ):
        response = client.request(method, path, json={})
        assert response.status_code == 401, path
        assert response.json() == {"detail": "Session absente ou expirée : reconnectez-vous."}
        assert response.headers["cache-control"] == "no-store"


def test_forged_or_unknown_cookie_is_refused(client: TestClient) -> None:
    client.cookies.set("console_session", "not-a-real-token")
    assert client.get("/api/console/me").status_code == 401
    client.cookies.set("console_session", "x" * 300)
    assert client.get("/api/console/me").status_code == 401


# -- login ---------------------------------------------------------------------------------------


def test_login_sets_a_strict_httponly_cookie_and_is_audited(
    client: TestClient, directory: AdviserDirectory
) -> None:
    response = client.post("/console/login", json={"login": "Alice.Martin", "password": PASSWORD})
    assert response.status_code == 200
    assert response.json()["display_name"] == "Alice Martin"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("console_session=")
    lowered = cookie.lower()
    assert "httponly" in lowered and "samesite=strict" in lowered and "path=/" in lowered
    assert "secure" not in lowered.replace("samesite", "")  # CONSOLE_INSECURE_COOKIES=1
    assert PASSWORD not in response.text
    me = client.get("/api/console/me")
    assert me.status_code == 200
    assert me.json()["login"] == ADVISER
    assert {"auth.login", "session.open", "console.me"} <= set(_actions(directory, actor=ADVISER))


def test_secure_cookie_by_default(make_client: ClientFactory, console_env: None) -> None:
    settings = ConsoleSettings(engine_url=ENGINE_URL)
    assert settings.secure_cookies
    client = make_client(settings=settings)
    response = client.post("/console/login", json={"login": ADVISER, "password": PASSWORD})
    cookie = response.headers["set-cookie"].lower()
    assert cookie.startswith("__host-console_session=")
    assert "; secure" in cookie and "httponly" in cookie and "samesite=strict" in cookie


def test_wrong_password_is_refused_in_french_and_audited(
    client: TestClient, directory: AdviserDirectory
) -> None:
    response = client.post("/console/login", json={"login": ADVISER, "password": "mauvais-mdp"})
    assert response.status_code == 401
    assert response.json()["detail"] == "Identifiant ou mot de passe incorrect."
    assert "set-cookie" not in response.headers
    failed = directory.list_audit(action="auth.failed")
    assert [(e.actor, e.detail) for e in failed] == [(ADVISER, "refusé")]
    unknown = client.post("/console/login", json={"login": "mallory", "password": "x" * 20})
    assert unknown.status_code == 401
    assert directory.list_audit(action="auth.failed", actor="mallory")[0].detail == "compte inconnu"


def test_login_validation_errors_are_french(client: TestClient) -> None:
    response = client.post("/console/login", json={"login": ADVISER})
    assert response.status_code == 422
    assert response.json()["detail"] == "Champ « password » manquant."
    response = client.post(
        "/console/login", content=b"{", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["detail"] == "Corps JSON illisible."


def test_form_login_without_javascript(client: TestClient) -> None:
    ok = client.post(
        "/console/login",
        data={"login": ADVISER, "password": PASSWORD},
        follow_redirects=False,
    )
    assert ok.status_code == 303
    assert ok.headers["location"] == "/console"
    assert client.get("/console").status_code == 200
    client.cookies.clear()
    refused = client.post(
        "/console/login", data={"login": ADVISER, "password": "faux-mot-de-passe"}
    )
    assert refused.status_code == 401
    assert "text/html" in refused.headers["content-type"]
    assert "Identifiant ou mot de passe incorrect." in refused.text
    assert 'value="alice.martin"' in refused.text


def test_repeated_failures_are_throttled(
    make_client: ClientFactory, console_env: None, directory: AdviserDirectory
) -> None:
    settings = ConsoleSettings(
        engine_url=ENGINE_URL, console_insecure_cookies=True, console_login_attempts=3
    )
    client = make_client(settings=settings)
    codes = [
        client.post("/console/login", json={"login": ADVISER, "password": "faux" * 4}).status_code
        for _ in range(4)
    ]
    assert codes == [401, 401, 401, 429]
    assert (
        "Trop de tentatives"
        in client.post("/console/login", json={"login": ADVISER, "password": PASSWORD}).json()[
            "detail"
        ]
    )
    assert "auth.throttled" in _actions(directory, actor=ADVISER)


def test_login_page_redirects_a_logged_in_adviser(alice: TestClient) -> None:
    response = alice.get("/console/login", follow_redirects=False)
    assert response.status_code == 303


def test_logout_revokes_the_session(alice: TestClient, directory: AdviserDirectory) -> None:
    token = alice.cookies.get("console_session")
    assert token
    response = alice.post("/console/logout", json={})
    assert response.status_code == 200
    assert "console_session=" in response.headers["set-cookie"]
    assert directory.adviser_for_token(token) is None
    alice.cookies.set("console_session", token)  # a stolen copy of the cookie is dead too
    assert alice.get("/api/console/me").status_code == 401
    assert "session.revoke" in _actions(directory, actor=ADVISER)


# -- CSRF ----------------------------------------------------------------------------------------


def test_cross_site_posts_are_refused_and_audited(
    alice: TestClient, directory: AdviserDirectory
) -> None:
    for headers in (
        {"origin": "https://evil.example"},
        {"origin": "null"},
        {"origin": ORIGIN, "sec-fetch-site": "cross-site"},
        {"origin": ORIGIN, "sec-fetch-site": "same-site"},
    ):
        response = alice.post("/api/copilot/answer", json={"question": "lunettes"}, headers=headers)
        assert response.status_code == 403, headers
        assert response.json()["detail"] == "Requête refusée : elle ne vient pas de la console."
    refused = directory.list_audit(action="csrf.refused")
    assert len(refused) == 4
    assert {entry.actor for entry in refused} == {ADVISER}


def test_post_without_origin_nor_fetch_metadata_is_refused(alice: TestClient) -> None:
    del alice.headers["origin"]
    assert alice.post("/api/console/tickets/x/take").status_code == 403
    same = alice.post("/api/console/tickets/x/take", headers={"sec-fetch-site": "same-origin"})
    assert same.status_code == 404  # accepted by the CSRF check, then: no such ticket


def test_login_and_logout_are_csrf_checked(client: TestClient) -> None:
    response = client.post(
        "/console/login",
        json={"login": ADVISER, "password": PASSWORD},
        headers={"origin": "https://evil.example"},
    )
    assert response.status_code == 403
    assert "set-cookie" not in response.headers
    log_in(client)
    assert (
        client.post("/console/logout", headers={"origin": "https://evil.example"}).status_code
        == 403
    )
    assert client.get("/api/console/me").status_code == 200


def test_allowed_origins_setting(make_client: ClientFactory, console_env: None) -> None:
    settings = ConsoleSettings(
        engine_url=ENGINE_URL,
        console_insecure_cookies=True,
        console_allowed_origins="https://conseillers.mutuelle.example/",
    )
    client = make_client(settings=settings)
    response = client.post(
        "/console/login",
        json={"login": ADVISER, "password": PASSWORD},
        headers={"origin": "https://conseillers.mutuelle.example"},
    )
    assert response.status_code == 200


# -- pages and static files ----------------------------------------------------------------------


def test_console_page_is_french_accessible_and_locked_down(
    alice: TestClient, directory: AdviserDirectory
) -> None:
    response = alice.get("/console")
    assert response.status_code == 200
    html = response.text
    assert '<html lang="fr">' in html
    for landmark in ("<header", "<nav", "<main", "<aside", 'class="skip"'):
        assert landmark in html
    assert '<label for="reply-text">' in html and '<label for="copilot-text">' in html
    assert "Alice Martin" in html
    assert "<script>" not in html and "style=" not in html  # no inline code: strict CSP
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"
    assert "console.page" in _actions(directory, actor=ADVISER)


def test_copilot_page(alice: TestClient) -> None:
    response = alice.get("/console/copilot")
    assert response.status_code == 200
    assert 'aria-current="page">Copilote' in response.text
    assert "Copier le texte" in response.text


def test_login_page_and_static_files_are_public(client: TestClient) -> None:
    page = client.get("/console/login")
    assert page.status_code == 200
    assert '<label for="password">' in page.text
    for name, kind in (
        ("console.js", "javascript"),
        ("login.js", "javascript"),
        ("console.css", "css"),
    ):
        response = client.get(f"/console/static/{name}")
        assert response.status_code == 200
        assert kind in response.headers["content-type"]
    assert client.get("/console/static/../router.py").status_code == 404
    assert client.get("/console/static/secret.txt").status_code == 404


def test_display_name_is_escaped(make_client: ClientFactory, directory: AdviserDirectory) -> None:
    directory.create_adviser("eve.test", "<script>alert(1)</script> Ève", PASSWORD)
    client = log_in(make_client(), "eve.test")
    html = client.get("/console").text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Ève" in html


def test_router_from_environment(
    tmp_path: Path,
    console_env: None,
    monkeypatch: pytest.MonkeyPatch,
    gateway_settings: GatewaySettings,
    platforms: FakePlatforms,
    copilot: CopilotService,
) -> None:
    url = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("MUTUELLE_DB_URL", url)
    monkeypatch.setenv("ENGINE_URL", ENGINE_URL)
    monkeypatch.setenv("RASA_AUTH_TOKEN", ENGINE_TOKEN)
    monkeypatch.setenv("CONSOLE_INSECURE_COOKIES", "1")
    AdviserDirectory.from_url().create_adviser(ADVISER, "Alice Martin", PASSWORD)
    ticket = TicketStore.from_url().open_ticket("web-9", HandoffReason.COMPLAINT, channel="web")
    router = console_router_from_env(copilot=copilot, transport=platforms.transport)
    app = create_app(gateway_settings, transport=platforms.transport, routers=[router])
    with TestClient(app, base_url=ORIGIN, headers={"origin": ORIGIN}) as client:
        log_in(client)
        assert client.post(f"/api/console/tickets/{ticket.id}/take").json()["warning"] is None
    assert platforms.engine_calls("/tracker/events")[0].params["token"] == ENGINE_TOKEN
