"""Outbound delivery outside a member's turn, for :mod:`channels.nudges`.

- :class:`PlatformRelay` renders bot messages the engine returned (``trigger_intent`` with the
  ``collector`` output channel) and sends them on WhatsApp or Telegram — the nudges'
  ``ConversationRelay``;
- :func:`relay_from_env` and :func:`whatsapp_sender_from_env` are the no-argument factories
  for ``relay_factory`` and ``template_sender_factory`` (``channels.relay:relay_from_env``).

Errors are :class:`channels.exceptions.ChannelSendError` (refused, unreachable, or the
channel is disabled).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import TypeAdapter

from channels import telegram, whatsapp
from channels.exceptions import ChannelSendError, TelegramSendError, WhatsAppSendError
from channels.models import BotReply
from channels.rendering import render_telegram, render_whatsapp
from channels.settings import GatewaySettings
from channels.telegram import TelegramClient
from channels.whatsapp import WhatsAppClient

_REPLIES = TypeAdapter(list[BotReply])


class PlatformRelay:
    def __init__(
        self, *, whatsapp: WhatsAppClient | None = None, telegram: TelegramClient | None = None
    ) -> None:
        self.whatsapp = whatsapp
        self.telegram = telegram

    async def deliver(
        self, channel: str, recipient_id: str, messages: Sequence[Mapping[str, Any]]
    ) -> None:
        """Send ``messages`` (REST-channel items) to ``recipient_id`` on ``channel``.

        ``recipient_id`` is the platform id (``wa_id``, chat id) or the conversation id
        ``"{channel}:{id}"``.
        """
        recipient = recipient_id.removeprefix(f"{channel}:")
        bot_replies = _REPLIES.validate_python([dict(message) for message in messages])
        if channel == "whatsapp":
            if self.whatsapp is None:
                raise WhatsAppSendError("WhatsApp channel disabled")
            for wa_message in render_whatsapp(bot_replies):
                await self.whatsapp.send(recipient, wa_message)
        elif channel == "telegram":
            if self.telegram is None:
                raise TelegramSendError("Telegram channel disabled")
            for tg_message in render_telegram(bot_replies):
                await self.telegram.send(recipient, tg_message)
        else:
            raise ChannelSendError(f"no relay for channel {channel!r}")

    async def aclose(self) -> None:
        for client in (self.whatsapp, self.telegram):
            if client is not None:
                await client.aclose()


def whatsapp_sender_from_env() -> WhatsAppClient:
    """The WhatsApp client of the environment's settings (its ``send_template`` for nudges)."""
    client = whatsapp.client_from_settings(GatewaySettings())
    if client is None:
        raise WhatsAppSendError("WhatsApp channel disabled: WHATSAPP_* settings missing")
    return client


def relay_from_env() -> PlatformRelay:
    """A relay with the clients of the enabled channels."""
    settings = GatewaySettings()
    return PlatformRelay(
        whatsapp=whatsapp.client_from_settings(settings),
        telegram=telegram.client_from_settings(settings),
    )
