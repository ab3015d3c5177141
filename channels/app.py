"""The gateway application: ``create_app(settings) -> FastAPI``.

Routes: ``GET /health`` (liveness), ``GET /ready`` (engine and database reachable),
``GET``/``POST /webhooks/whatsapp``, ``POST /webhooks/telegram``, plus any extra routers
(website page, adviser console…). Those are added with ``create_app(..., routers=[router])``
or ``app.include_router(router)``; their endpoints reach the shared services (pipeline,
engine client, platform clients) with the dependency :func:`get_gateway`::

    @router.post("/console/messages")
    async def post(gateway: Annotated[Gateway, Depends(get_gateway)]) -> ...:
        result = await gateway.pipeline.handle(message)

Clients the factory creates are closed, and the database engine disposed, at shutdown.
Every outbound client uses ``transport`` when given: tests route them to local stand-ins.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta

import httpx
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse

from channels import telegram, whatsapp
from channels.dedup import DedupStore
from channels.engine_client import EngineClient
from channels.pipeline import HeldCheck, HeldInboundHook, Pipeline, never_held
from channels.ratelimit import TokenBucketLimiter
from channels.settings import GatewaySettings, get_settings
from channels.telegram import TelegramClient, create_telegram_router
from channels.whatsapp import WhatsAppClient, create_whatsapp_router

logger = logging.getLogger(__name__)


@dataclass
class Gateway:
    """The services shared by every route, kept on ``app.state.gateway``."""

    settings: GatewaySettings
    pipeline: Pipeline
    engine: EngineClient
    dedup: DedupStore
    whatsapp: WhatsAppClient | None
    telegram: TelegramClient | None


def get_gateway(request: Request) -> Gateway:
    """FastAPI dependency: the gateway services of the running app."""
    gateway: Gateway = request.app.state.gateway
    return gateway


def _log_disabled(name: str, missing: list[str]) -> None:
    if missing:
        logger.warning("%s channel disabled: %s not set", name, ", ".join(missing))


def create_app(
    settings: GatewaySettings | None = None,
    *,
    engine_client: EngineClient | None = None,
    whatsapp_client: WhatsAppClient | None = None,
    telegram_client: TelegramClient | None = None,
    dedup_store: DedupStore | None = None,
    rate_limiter: TokenBucketLimiter | None = None,
    is_held: HeldCheck = never_held,
    on_inbound_while_held: HeldInboundHook | None = None,
    on_inbound: HeldInboundHook | None = None,
    routers: Sequence[APIRouter] = (),
    transport: httpx.AsyncBaseTransport | None = None,
) -> FastAPI:
    """Build the gateway; any service not given is built from ``settings``.

    ``is_held(conversation_id)`` and ``on_inbound_while_held(message)`` are the handoff hooks
    (plain or async); conversation ids are ``"{channel}:{sender_id}"``.
    """
    settings = settings or get_settings()
    owned: list[EngineClient | WhatsAppClient | TelegramClient] = []
    engine = engine_client
    if engine is None:
        engine = EngineClient(
            settings.engine_url, timeout=settings.engine_timeout_seconds, transport=transport
        )
        owned.append(engine)
    _log_disabled("WhatsApp", settings.missing_whatsapp_settings())
    _log_disabled("Telegram", settings.missing_telegram_settings())
    if whatsapp_client is None:
        whatsapp_client = whatsapp.client_from_settings(settings, transport=transport)
        if whatsapp_client is not None:
            owned.append(whatsapp_client)
    if telegram_client is None:
        telegram_client = telegram.client_from_settings(settings, transport=transport)
        if telegram_client is not None:
            owned.append(telegram_client)
    owns_dedup = dedup_store is None
    dedup = dedup_store or DedupStore.from_url(
        settings.gateway_db_url, retention=timedelta(hours=settings.dedup_retention_hours)
    )
    pipeline = Pipeline(
        engine,
        rate_limiter=rate_limiter
        or TokenBucketLimiter(settings.rate_limit_messages, settings.rate_limit_period_seconds),
        max_message_chars=settings.max_message_chars,
        dedup=dedup,
        is_held=is_held,
        on_inbound_while_held=on_inbound_while_held,
        on_inbound=on_inbound,
    )
    gateway = Gateway(settings, pipeline, engine, dedup, whatsapp_client, telegram_client)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await dedup.prune()
        yield
        for client in owned:
            await client.aclose()
        if owns_dedup:
            dedup.close()

    app = FastAPI(
        title="Mutuelle Horizon Santé — channels gateway",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.gateway = gateway

    @app.get("/health", tags=["ops"])
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/ready", tags=["ops"])
    async def ready() -> JSONResponse:
        checks = {"engine": await engine.is_ready(), "database": await dedup.ping()}
        body = {"status": "ready" if all(checks.values()) else "not ready", "checks": checks}
        return JSONResponse(body, status_code=200 if all(checks.values()) else 503)

    app.include_router(create_whatsapp_router(settings, pipeline, whatsapp_client))
    app.include_router(create_telegram_router(settings, pipeline, telegram_client))
    for router in routers:
        app.include_router(router)
    return app
