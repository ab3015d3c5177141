"""The adviser console and copilot, served by the channels gateway.

::

    from channels.console import ConsoleSettings, CopilotService, EngineApi, console_router

    router = console_router(
        ConsoleSettings(),
        store=TicketStore.from_url(),
        directory=AdviserDirectory.from_url(),
        engine_api=EngineApi(settings.engine_url, token=settings.engine_token()),
        copilot=CopilotService(),
    )
    app = create_app(gateway_settings, routers=[router])

or simply ``create_app(gateway_settings, routers=[console_router_from_env()])``.

- :mod:`channels.console.router` — pages and JSON API (sessions, CSRF, audit);
- :mod:`channels.console.engine_api` — the engine's HTTP API: pause, resume, tracker, execute;
- :mod:`channels.console.delivery` — adviser replies to WhatsApp, Telegram or the engine;
- :mod:`channels.console.copilot` — knowledge base, simulator and care search for advisers;
- :mod:`channels.console.views`, :mod:`channels.console.pages` — JSON views and HTML.
"""

from __future__ import annotations

from channels.console.copilot import (
    CareSearch,
    ContractOption,
    CopilotInputError,
    CopilotItem,
    CopilotResult,
    CopilotService,
    CopilotSource,
    default_care_search,
    directory_care_search,
)
from channels.console.delivery import (
    ChannelReplyDelivery,
    DeliveryReport,
    ReplyDelivery,
    platform_of,
)
from channels.console.engine_api import EngineApi, EngineApiError
from channels.console.router import console_router, console_router_from_env
from channels.console.settings import ConsoleSettings

__all__ = [
    "CareSearch",
    "ChannelReplyDelivery",
    "ConsoleSettings",
    "ContractOption",
    "CopilotInputError",
    "CopilotItem",
    "CopilotResult",
    "CopilotService",
    "CopilotSource",
    "DeliveryReport",
    "EngineApi",
    "EngineApiError",
    "ReplyDelivery",
    "console_router",
    "console_router_from_env",
    "default_care_search",
    "directory_care_search",
    "platform_of",
]
