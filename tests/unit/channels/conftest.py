"""Gateway fixtures: settings isolated from the environment, and the gateway app wired to
the local stand-ins (``gw_`` prefix: the nudges tests below share this folder)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from channels.app import create_app
from channels.settings import GatewaySettings
from tests.unit.channels.gw_standins import (
    ACCESS_TOKEN,
    APP_SECRET,
    BOT_TOKEN,
    ENGINE_HOST,
    ENGINE_URL,
    GRAPH_HOST,
    GRAPH_URL,
    PHONE_NUMBER_ID,
    TELEGRAM_HOST,
    TELEGRAM_SECRET,
    TELEGRAM_URL,
    VERIFY_TOKEN,
    EngineStandIn,
    GraphStandIn,
    HostRouter,
    TelegramStandIn,
    sign,
)


def gw_make_settings(tmp_path: Path, **overrides: Any) -> GatewaySettings:
    values: dict[str, Any] = {
        "engine_url": ENGINE_URL,
        "whatsapp_verify_token": VERIFY_TOKEN,
        "whatsapp_app_secret": APP_SECRET,
        "whatsapp_access_token": ACCESS_TOKEN,
        "whatsapp_phone_number_id": PHONE_NUMBER_ID,
        "whatsapp_api_base_url": GRAPH_URL,
        "telegram_bot_token": BOT_TOKEN,
        "telegram_secret_token": TELEGRAM_SECRET,
        "telegram_api_base_url": TELEGRAM_URL,
        "gateway_db_url": f"sqlite:///{tmp_path / 'gateway.db'}",
    }
    values.update(overrides)
    return GatewaySettings(**values)


@pytest.fixture
def gw_clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No gateway variable of the machine running the tests leaks into them."""
    for name in GatewaySettings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.delenv("MUTUELLE_DB_URL", raising=False)


@pytest.fixture
def gw_settings(tmp_path: Path, gw_clean_env: None) -> GatewaySettings:
    return gw_make_settings(tmp_path)


@dataclass
class GatewayHarness:
    app: FastAPI
    client: httpx.AsyncClient
    engine: EngineStandIn
    graph: GraphStandIn
    telegram: TelegramStandIn
    #: host → stand-in; delete ``ENGINE_HOST`` to take the engine down
    routes: dict[str, httpx.AsyncBaseTransport]

    def engine_down(self) -> None:
        del self.routes[ENGINE_HOST]

    async def post_whatsapp(
        self, body: bytes, *, signature: str | None = None, signed: bool = True
    ) -> httpx.Response:
        headers = {"content-type": "application/json"}
        if signed:
            headers["x-hub-signature-256"] = signature or sign(body)
        return await self.client.post("/webhooks/whatsapp", content=body, headers=headers)

    async def post_telegram(
        self, update: dict[str, Any], *, secret: str | None = TELEGRAM_SECRET
    ) -> httpx.Response:
        headers = {"x-telegram-bot-api-secret-token": secret} if secret is not None else {}
        return await self.client.post("/webhooks/telegram", json=update, headers=headers)


GatewayFactory = Callable[..., Awaitable[GatewayHarness]]


@pytest.fixture
async def gw_factory(gw_settings: GatewaySettings) -> AsyncIterator[GatewayFactory]:
    """Builds gateways on the stand-ins: ``await gw_factory(settings=..., **create_app_kwargs)``."""
    async with AsyncExitStack() as stack:

        async def make(settings: GatewaySettings | None = None, **kwargs: Any) -> GatewayHarness:
            engine, graph, telegram = EngineStandIn(), GraphStandIn(), TelegramStandIn()
            routes: dict[str, httpx.AsyncBaseTransport] = {
                ENGINE_HOST: httpx.ASGITransport(app=engine.app()),
                GRAPH_HOST: httpx.ASGITransport(app=graph.app()),
                TELEGRAM_HOST: httpx.ASGITransport(app=telegram.app()),
            }
            app = create_app(settings or gw_settings, transport=HostRouter(routes), **kwargs)
            await stack.enter_async_context(app.router.lifespan_context(app))
            client = await stack.enter_async_context(
                httpx.AsyncClient(
                    transport=httpx.ASGITransport(app=app), base_url="http://gateway.test"
                )
            )
            return GatewayHarness(app, client, engine, graph, telegram, routes)

        yield make


@pytest.fixture
async def gw(gw_factory: GatewayFactory) -> GatewayHarness:
    return await gw_factory()
