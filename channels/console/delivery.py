"""Delivery of adviser replies to the member's channel.

:class:`ReplyDelivery` is what the console needs; :class:`ChannelReplyDelivery` is the default:

- WhatsApp and Telegram conversations (ids ``whatsapp:{wa_id}``, ``telegram:{chat_id}``) are
  sent by the gateway's platform clients, oldest reply first, and marked delivered one by one;
- every other conversation (website over socket.io, the engine's REST channel…) is handed to
  the engine: ``POST /conversations/{id}/execute`` runs ``action_deliver_adviser_replies``
  with ``output_channel=socketio`` for the website (``latest`` otherwise). That action reads
  ``TicketStore.pending_replies(conversation_id)``, utters each text and marks them with
  ``TicketStore.mark_delivered``; the console then reads back which ones are still pending.

A reply that could not be sent stays pending (``delivered=False``) and is sent again with
the next one, or with "Renvoyer". Errors are French, for the adviser; logs carry no text.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from channels.console.engine_api import EngineApi, EngineApiError
from channels.console.settings import ConsoleSettings
from channels.exceptions import ChannelSendError
from channels.logs import log_ref
from channels.telegram import TelegramClient
from channels.whatsapp import WhatsAppClient
from handoff import HandoffTicket, TicketMessage, TicketStore

logger = logging.getLogger(__name__)

#: ticket channels served by the engine's socket.io channel (the website widget)
WEB_CHANNELS = frozenset({"web", "website", "site", "socketio"})
#: WhatsApp Cloud API error: the 24-hour customer-service window is closed
WHATSAPP_WINDOW_CLOSED = "131047"


class DeliveryReport(BaseModel):
    """What happened to the replies given to :meth:`ReplyDelivery.deliver`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    route: str = Field(description="whatsapp, telegram, engine:<output channel> or none")
    delivered: list[int] = Field(default_factory=list)
    pending: list[int] = Field(default_factory=list)
    error: str | None = Field(default=None, description="French, for the adviser")


class ReplyDelivery(Protocol):
    """Sends adviser replies to the member and marks the sent ones delivered."""

    async def deliver(
        self, ticket: HandoffTicket, messages: Sequence[TicketMessage]
    ) -> DeliveryReport: ...


def platform_of(conversation_id: str) -> tuple[str, str] | None:
    """``("whatsapp", wa_id)`` or ``("telegram", chat_id)`` for gateway conversations."""
    for platform in ("whatsapp", "telegram"):
        prefix = f"{platform}:"
        if conversation_id.startswith(prefix) and len(conversation_id) > len(prefix):
            return platform, conversation_id[len(prefix) :]
    return None


class ChannelReplyDelivery:
    """The default delivery: platform clients for WhatsApp/Telegram, the engine otherwise."""

    def __init__(
        self,
        store: TicketStore,
        engine_api: EngineApi,
        *,
        whatsapp: WhatsAppClient | None = None,
        telegram: TelegramClient | None = None,
        settings: ConsoleSettings | None = None,
    ) -> None:
        self.store = store
        self.engine_api = engine_api
        self.whatsapp = whatsapp
        self.telegram = telegram
        self.settings = settings or ConsoleSettings()

    def output_channel_for(self, ticket: HandoffTicket) -> str:
        if ticket.channel.lower() in WEB_CHANNELS:
            return self.settings.console_web_output_channel
        return self.settings.console_default_output_channel

    async def deliver(
        self, ticket: HandoffTicket, messages: Sequence[TicketMessage]
    ) -> DeliveryReport:
        ids = [message.id for message in messages]
        if not messages:
            return DeliveryReport(route="none")
        platform = platform_of(ticket.conversation_id)
        if platform is None:
            return await self._through_engine(ticket, ids)
        name, recipient = platform
        delivered: list[int] = []
        error: str | None = None
        for message in messages:
            try:
                await self._send(name, recipient, message.text)
            except ChannelSendError as exc:
                error = _send_error(name, exc)
                logger.warning(
                    "adviser reply not sent on %s (%s): HTTP %s, error %s",
                    name,
                    log_ref(ticket.conversation_id),
                    exc.status_code,
                    exc.error_code,
                )
                break
            await run_in_threadpool(self.store.mark_delivered, [message.id])
            delivered.append(message.id)
        pending = [i for i in ids if i not in delivered]
        return DeliveryReport(route=name, delivered=delivered, pending=pending, error=error)

    async def _send(self, platform: str, recipient: str, text: str) -> None:
        if platform == "whatsapp":
            if self.whatsapp is None:
                raise ChannelSendError("WhatsApp channel disabled")
            await self.whatsapp.send_text(recipient, text)
        else:
            if self.telegram is None:
                raise ChannelSendError("Telegram channel disabled")
            await self.telegram.send_message(recipient, text)

    async def _through_engine(self, ticket: HandoffTicket, ids: list[int]) -> DeliveryReport:
        output_channel = self.output_channel_for(ticket)
        route = f"engine:{output_channel}"
        try:
            await self.engine_api.execute(
                ticket.conversation_id,
                self.settings.console_deliver_action,
                output_channel=output_channel,
            )
        except EngineApiError as exc:
            return DeliveryReport(route=route, pending=ids, error=str(exc))
        still = {
            message.id
            for message in await run_in_threadpool(
                self.store.pending_replies, ticket.conversation_id
            )
        }
        pending = [i for i in ids if i in still]
        error = (
            "Le moteur de dialogue n'a pas confirmé l'envoi : la réponse reste en attente."
            if pending
            else None
        )
        return DeliveryReport(
            route=route, delivered=[i for i in ids if i not in still], pending=pending, error=error
        )


def _send_error(platform: str, exc: ChannelSendError) -> str:
    label = "WhatsApp" if platform == "whatsapp" else "Telegram"
    if exc.status_code is None and "disabled" in str(exc):
        return f"Le canal {label} n'est pas configuré sur la passerelle : réponse non envoyée."
    if platform == "whatsapp" and exc.error_code == WHATSAPP_WINDOW_CLOSED:
        return (
            "WhatsApp refuse les messages libres plus de 24 h après le dernier message de "
            "l'adhérent : rappelez-le ou attendez qu'il écrive."
        )
    if exc.status_code is None:
        return f"{label} est injoignable : la réponse reste en attente, réessayez."
    return f"{label} a refusé le message (HTTP {exc.status_code}) : la réponse reste en attente."
