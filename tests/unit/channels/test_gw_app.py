"""The application: health, readiness, extra routers, lifespan, settings."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import httpx
import pytest
from fastapi import APIRouter, Depends

from channels.app import Gateway, create_app, get_gateway
from channels.settings import GatewaySettings
from tests.unit.channels.conftest import GatewayFactory, GatewayHarness, gw_make_settings


async def test_health(gw: GatewayHarness) -> None:
    response = await gw.client.get("/health")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


async def test_ready_when_engine_and_database_answer(gw: GatewayHarness) -> None:
    response = await gw.client.get("/ready")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "checks": {"engine": True, "database": True}}


async def test_not_ready_when_the_engine_is_down(gw: GatewayHarness) -> None:
    gw.engine_down()
    response = await gw.client.get("/ready")
    assert response.status_code == 503
    assert response.json()["checks"] == {"engine": False, "database": True}
    assert (await gw.client.get("/health")).status_code == 200


async def test_extra_routers_reach_the_shared_services(gw_factory: GatewayFactory) -> None:
    router = APIRouter()

    @router.get("/console/ping")
    async def ping(gateway: Annotated[Gateway, Depends(get_gateway)]) -> dict[str, str]:
        return {"engine": gateway.engine.base_url, "pipeline": type(gateway.pipeline).__name__}

    harness = await gw_factory(routers=[router])
    response = await harness.client.get("/console/ping")
    assert response.json() == {"engine": "http://engine.test", "pipeline": "Pipeline"}


async def test_no_interactive_docs_on_a_public_gateway(gw: GatewayHarness) -> None:
    for path in ("/docs", "/openapi.json", "/redoc"):
        assert (await gw.client.get(path)).status_code == 404


async def test_lifespan_closes_the_clients_it_created(tmp_path: Path, gw_clean_env: None) -> None:
    app = create_app(gw_make_settings(tmp_path))
    async with app.router.lifespan_context(app):
        pass
    gateway: Gateway = app.state.gateway
    assert gateway.whatsapp is not None and gateway.telegram is not None
    for client in (gateway.engine, gateway.whatsapp, gateway.telegram):
        assert client._http.is_closed


def test_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch, gw_clean_env: None) -> None:
    monkeypatch.setenv("GATEWAY_PORT", "9090")
    monkeypatch.setenv("WHATSAPP_APP_SECRET", "s3cret")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "1:abc")
    monkeypatch.setenv("TELEGRAM_SECRET_TOKEN", "xyz")
    settings = GatewaySettings()
    assert settings.gateway_port == 9090
    assert settings.engine_url == "http://127.0.0.1:5005"
    assert settings.whatsapp_api_base_url == "https://graph.facebook.com/v21.0"
    assert not settings.whatsapp_enabled and settings.telegram_enabled
    assert settings.missing_whatsapp_settings() == [
        "WHATSAPP_VERIFY_TOKEN",
        "WHATSAPP_ACCESS_TOKEN",
        "WHATSAPP_PHONE_NUMBER_ID",
    ]
    assert "s3cret" not in repr(settings) and "xyz" not in repr(settings)


def test_defaults_disable_every_platform(gw_clean_env: None) -> None:
    settings = GatewaySettings()
    assert (settings.whatsapp_enabled, settings.telegram_enabled) == (False, False)
    assert (settings.gateway_host, settings.gateway_port) == ("127.0.0.1", 8080)
    assert (settings.max_message_chars, settings.rate_limit_messages) == (2000, 20)


async def test_serve_command_builds_the_app(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, gw_clean_env: None
) -> None:
    from channels import __main__ as cli

    calls: list[tuple[object, str, int]] = []

    def fake_run(app: object, *, host: str, port: int, **kwargs: object) -> None:
        calls.append((app, host, port))

    monkeypatch.setattr("channels.__main__.uvicorn.run", fake_run)
    monkeypatch.setenv("GATEWAY_DB_URL", f"sqlite:///{tmp_path / 'serve.db'}")
    monkeypatch.setenv("GATEWAY_PORT", "8181")
    assert cli.main(["serve"]) == 0
    ((app, host, port),) = calls
    assert (host, port) == ("127.0.0.1", 8181)
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as client:
        assert (await client.get("/health")).status_code == 200
        assert (await client.post("/webhooks/whatsapp")).status_code == 404
    app.state.gateway.dedup.close()  # type: ignore[attr-defined]
