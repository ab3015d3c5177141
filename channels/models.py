"""Channel-neutral models: an inbound member message and the engine's bot replies.

The engine conversation of a platform user is ``"{channel}:{sender_id}"`` (for instance
``whatsapp:33612345678`` or ``telegram:123456789``): see :func:`conversation_id`. Logs name a
conversation only by :func:`channels.logs.log_ref`, a one-way digest, never by a phone number.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant import Envelope

logger = logging.getLogger(__name__)

ChannelName = Literal["whatsapp", "telegram", "web", "console", "chatwoot"]
Mode = Literal["member", "adviser"]


def conversation_id(channel: str, sender_id: str) -> str:
    """The engine's sender id (and handoff conversation id) of a platform user."""
    return f"{channel}:{sender_id}"


def _now() -> datetime:
    return datetime.now(UTC)


class InboundMessage(BaseModel):
    """One message from a member (or an adviser), whatever the channel."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    channel: ChannelName
    #: the platform's id of the user: WhatsApp ``wa_id``, Telegram chat id, web session id
    sender_id: str = Field(min_length=1, max_length=128)
    text: str
    member_id: str | None = None
    #: the platform's id of this delivery, used to drop retried deliveries
    message_id: str = Field(min_length=1, max_length=256)
    received_at: datetime = Field(default_factory=_now)
    mode: Mode = "member"
    #: the member sent something the assistant cannot read (photo, voice note, sticker…)
    unsupported: bool = False

    @property
    def conversation_id(self) -> str:
        return conversation_id(self.channel, self.sender_id)


class BotButton(BaseModel):
    """A button of a bot message: what the member sees and what is sent back when pressed."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    title: str
    payload: str = ""


class BotReply(BaseModel):
    """One item of the REST channel's reply list (``text``, ``buttons``, ``image``, ``custom``)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    recipient_id: str | None = None
    text: str | None = None
    buttons: list[BotButton] | None = None
    image: str | None = None
    custom: dict[str, Any] | None = None

    @property
    def envelope(self) -> Envelope | None:
        """The response envelope carried as ``custom``, if ``custom`` is one."""
        if self.custom is None:
            return None
        try:
            return Envelope.model_validate(self.custom)
        except ValidationError:
            logger.debug("custom payload is not a response envelope; ignored")
            return None

    @classmethod
    def of_text(cls, text: str) -> BotReply:
        return cls(text=text)

    @classmethod
    def of_envelope(cls, envelope: Envelope) -> BotReply:
        return cls(custom=envelope.as_json_message())
