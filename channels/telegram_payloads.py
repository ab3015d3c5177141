"""Telegram Bot API payloads: the ``Update`` received and the messages sent.

Outbound texts are HTML (``parse_mode: HTML``); their 4,096-character limit applies to the
text as displayed, after the markup is parsed, which :class:`TelegramText` checks.
``callback_data`` is at most 64 bytes.
"""

from __future__ import annotations

import html
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from channels.text import units

TEXT_LIMIT = 4096
CALLBACK_DATA_BYTES = 64
CAPTION_LIMIT = 1024

_TAG = re.compile(r"<[^>]+>")

# ---------------------------------------------------------------- inbound (webhook)


class _Inbound(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)


class TgUser(_Inbound):
    id: int
    is_bot: bool = False
    first_name: str = ""
    language_code: str | None = None


class TgChat(_Inbound):
    id: int
    type: str


class TgMessage(_Inbound):
    message_id: int
    from_: TgUser | None = Field(default=None, alias="from")
    chat: TgChat
    date: int
    text: str | None = None


class TgCallbackQuery(_Inbound):
    id: str
    from_: TgUser = Field(alias="from")
    message: TgMessage | None = None
    data: str | None = None


class TgUpdate(_Inbound):
    update_id: int
    message: TgMessage | None = None
    callback_query: TgCallbackQuery | None = None


# ---------------------------------------------------------------- outbound (Bot API)


def displayed_length(markup: str) -> int:
    """Length of an HTML text once Telegram has parsed it (tags removed, entities decoded)."""
    return units(html.unescape(_TAG.sub("", markup)))


def callback_bytes(value: str) -> int:
    return len(value.encode("utf-8"))


class TelegramInlineButton(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1)
    callback_data: str = Field(min_length=1)

    @field_validator("callback_data")
    @classmethod
    def _fits(cls, value: str) -> str:
        if callback_bytes(value) > CALLBACK_DATA_BYTES:
            raise ValueError(f"callback_data is limited to {CALLBACK_DATA_BYTES} bytes")
        return value


class TelegramText(BaseModel):
    """A ``sendMessage`` call: HTML text and, optionally, one inline button per row."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1)
    buttons: tuple[TelegramInlineButton, ...] = ()

    @field_validator("text")
    @classmethod
    def _fits(cls, value: str) -> str:
        if displayed_length(value) > TEXT_LIMIT:
            raise ValueError(f"a Telegram message is limited to {TEXT_LIMIT} characters")
        return value

    def to_request(self, chat_id: int | str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "chat_id": chat_id,
            "text": self.text,
            "parse_mode": "HTML",
            "link_preview_options": {"is_disabled": True},
        }
        if self.buttons:
            keyboard = [[button.model_dump()] for button in self.buttons]
            body["reply_markup"] = {"inline_keyboard": keyboard}
        return body


class TelegramPhoto(BaseModel):
    """A ``sendPhoto`` call with a photo URL."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    photo: str = Field(min_length=1)
    caption: str | None = Field(default=None, max_length=CAPTION_LIMIT)

    def to_request(self, chat_id: int | str) -> dict[str, Any]:
        body: dict[str, Any] = {"chat_id": chat_id, "photo": self.photo}
        if self.caption:
            body["caption"] = self.caption
        return body


TelegramOutbound = TelegramText | TelegramPhoto


class TgApiResponse(_Inbound):
    """Every Bot API answer: ``{"ok": true, "result": …}`` or ``{"ok": false, …}``."""

    ok: bool
    error_code: int | None = None
    description: str | None = None
    result: Any = None
