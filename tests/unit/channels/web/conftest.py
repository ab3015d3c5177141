"""Website fixtures (``web_`` prefix): settings isolated from the environment, and the
gateway with the website router on the shared stand-ins."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from channels.web.router import web_router
from channels.web.settings import WebsiteSettings
from tests.unit.channels.conftest import GatewayFactory, GatewayHarness

WEB_ENGINE_URL = "https://engine.example.fr"
WEB_PASSWORD = "mot-de-passe-demo"
WEB_SECRET = "member-secret-for-tests"
WEB_MEMBERS = frozenset({"HS-1001", "HS-1002"})


def web_make_settings(tmp_path: Path, **overrides: Any) -> WebsiteSettings:
    values: dict[str, Any] = {
        "public_engine_url": WEB_ENGINE_URL,
        "website_demo_password": WEB_PASSWORD,
        "member_token_secret": WEB_SECRET,
        "member_token_key_file": tmp_path / "no-such.key",
        "website_insecure_cookies": True,
    }
    values.update(overrides)
    return WebsiteSettings(**values)


def web_known_member(member_id: str) -> bool:
    return member_id in WEB_MEMBERS


@pytest.fixture
def web_clean_env(monkeypatch: pytest.MonkeyPatch, gw_clean_env: None) -> None:
    """No website variable of the machine running the tests leaks into them."""
    for name in WebsiteSettings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)


WebFactory = Callable[..., Awaitable[GatewayHarness]]


@pytest.fixture
def web_factory(gw_factory: GatewayFactory, tmp_path: Path, web_clean_env: None) -> WebFactory:
    """``await web_factory(settings=None, **web_router_kwargs)``: a gateway with the website."""

    async def make(settings: WebsiteSettings | None = None, **kwargs: Any) -> GatewayHarness:
        kwargs.setdefault("member_exists", web_known_member)
        router = web_router(settings or web_make_settings(tmp_path), **kwargs)
        return await gw_factory(routers=[router])

    return make


@pytest.fixture
async def web(web_factory: WebFactory) -> GatewayHarness:
    return await web_factory()
