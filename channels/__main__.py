"""``python -m channels serve``: run the gateway with uvicorn on GATEWAY_HOST:GATEWAY_PORT."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence

import uvicorn
from fastapi import FastAPI

from channels.app import create_app
from channels.chatwoot_webhook import chatwoot_router_from_env
from channels.console import console_router_from_env
from channels.models import InboundMessage
from channels.nudges import record_inbound
from channels.settings import GatewaySettings
from channels.web.router import web_router
from handoff import TicketStore


def configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    # httpx logs every request URL at INFO; the Telegram URL contains the bot token.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def note_platform_message(message: InboundMessage) -> None:
    """WhatsApp and Telegram messages open the window in which nudges may be conversational."""
    if message.channel in ("whatsapp", "telegram"):
        record_inbound(message.channel, message.sender_id, message.received_at)


def build_gateway(settings: GatewaySettings) -> FastAPI:
    """The gateway with the adviser console; the bot stays silent on held conversations."""
    store = TicketStore.from_url(settings.gateway_db_url)

    def record_while_held(message: InboundMessage) -> None:
        store.add_member_message(message.conversation_id, message.text)

    routers = [console_router_from_env(db_url=settings.gateway_db_url), web_router()]
    chatwoot = chatwoot_router_from_env(store)
    if chatwoot is not None:
        routers.append(chatwoot)
    return create_app(
        settings,
        routers=routers,
        is_held=store.is_held,
        on_inbound_while_held=record_while_held,
        on_inbound=note_platform_message,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m channels", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the gateway (WhatsApp, Telegram webhooks)")
    serve.add_argument("--host", help="overrides GATEWAY_HOST")
    serve.add_argument("--port", type=int, help="overrides GATEWAY_PORT")
    args = parser.parse_args(argv)

    settings = GatewaySettings()
    configure_logging(settings.log_level)
    uvicorn.run(
        build_gateway(settings),
        host=args.host or settings.gateway_host,
        port=args.port or settings.gateway_port,
        log_level=settings.log_level.lower(),
        # uvicorn's access log prints query strings (the WhatsApp verify token)
        access_log=False,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
