"""Bot replies → messages for WhatsApp and Telegram, within each platform's limits.

:func:`channels.compose.compose` gives the turn's parts (envelopes rendered by kind); this
module writes them: long texts split cleanly and in order (:mod:`channels.text`), WhatsApp
bold as ``*bold*``, Telegram as escaped HTML.

Buttons: WhatsApp gets up to 3 reply buttons when every title fits in 20 characters, else a
list of up to 10 rows (titles shortened to 24 characters, full title as description), else a
numbered text ("Répondez avec le numéro…") whose choices the gateway remembers; a prompt too
long for an interactive body (1,024) is sent whole first. Telegram gets an inline keyboard,
one button per row, ``callback_data`` being the payload when it fits in 64 bytes, else the
title (shortened if needed).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import replace

from channels import replies
from channels.choices import Choice
from channels.compose import ChoicePart, ImagePart, TextPart, compose
from channels.models import BotReply
from channels.telegram_payloads import (
    CALLBACK_DATA_BYTES,
    TelegramInlineButton,
    TelegramOutbound,
    TelegramPhoto,
    TelegramText,
    callback_bytes,
)
from channels.text import Line, TextStyle, pack, truncate
from channels.whatsapp_payloads import (
    BUTTON_TITLE_LIMIT,
    INTERACTIVE_BODY_LIMIT,
    LIST_ROW_DESCRIPTION_LIMIT,
    LIST_ROW_TITLE_LIMIT,
    MAX_BUTTONS,
    MAX_LIST_ROWS,
    REPLY_ID_LIMIT,
    TEXT_LIMIT,
    WhatsAppButtons,
    WhatsAppImage,
    WhatsAppList,
    WhatsAppListRow,
    WhatsAppOutbound,
    WhatsAppReplyButton,
    WhatsAppText,
)

__all__ = ["TELEGRAM_STYLE", "WHATSAPP_STYLE", "compose", "render_telegram", "render_whatsapp"]


# ---------------------------------------------------------------- WhatsApp


def _identity(text: str) -> str:
    return text


WHATSAPP_STYLE = TextStyle(limit=TEXT_LIMIT, bold=lambda s: f"*{s}*", escape=_identity)
WHATSAPP_BODY_STYLE = replace(WHATSAPP_STYLE, limit=INTERACTIVE_BODY_LIMIT)


def _unique(choices: Sequence[Choice]) -> list[Choice]:
    seen: set[str] = set()
    unique: list[Choice] = []
    for choice in choices:
        if choice.title not in seen:
            seen.add(choice.title)
            unique.append(choice)
    return unique


def _reply_id(choice: Choice, taken: set[str]) -> str:
    candidate = choice.message if len(choice.message) <= REPLY_ID_LIMIT else choice.title
    candidate = candidate[:REPLY_ID_LIMIT]
    if candidate in taken:
        candidate = choice.title[:REPLY_ID_LIMIT]
    taken.add(candidate)
    return candidate


def _whatsapp_choices(part: ChoicePart) -> list[WhatsAppOutbound]:
    choices = _unique(part.choices)
    if len(choices) > MAX_LIST_ROWS:
        numbered = tuple(Line(f"{n}. {c.title}") for n, c in enumerate(choices, start=1))
        blocks = [*part.prompt, numbered, (Line(replies.NUMBERED_CHOICE_HINT),)]
        texts = pack(blocks, WHATSAPP_STYLE)
        last = WhatsAppText(body=texts[-1], numbered_choices=tuple(choices))
        return [*(WhatsAppText(body=t) for t in texts[:-1]), last]
    messages: list[WhatsAppOutbound] = []
    bodies = pack(part.prompt, WHATSAPP_BODY_STYLE)
    if len(bodies) == 1:
        body = bodies[0]
    else:  # too long for an interactive body: the text first, in full
        messages.extend(WhatsAppText(body=t) for t in pack(part.prompt, WHATSAPP_STYLE))
        body = replies.CHOOSE_AN_OPTION
    taken: set[str] = set()
    if len(choices) <= MAX_BUTTONS and all(len(c.title) <= BUTTON_TITLE_LIMIT for c in choices):
        buttons = tuple(WhatsAppReplyButton(id=_reply_id(c, taken), title=c.title) for c in choices)
        messages.append(WhatsAppButtons(body=body, buttons=buttons))
        return messages
    rows = tuple(
        WhatsAppListRow(
            id=_reply_id(c, taken),
            title=truncate(c.title, LIST_ROW_TITLE_LIMIT),
            description=(
                truncate(c.title, LIST_ROW_DESCRIPTION_LIMIT)
                if len(c.title) > LIST_ROW_TITLE_LIMIT
                else None
            ),
        )
        for c in choices
    )
    messages.append(WhatsAppList(body=body, button=replies.LIST_BUTTON_LABEL, rows=rows))
    return messages


def render_whatsapp(bot_replies: Sequence[BotReply]) -> list[WhatsAppOutbound]:
    """The WhatsApp messages to send for one engine turn, in order."""
    messages: list[WhatsAppOutbound] = []
    for part in compose(bot_replies):
        if isinstance(part, TextPart):
            messages.extend(WhatsAppText(body=text) for text in pack(part.blocks, WHATSAPP_STYLE))
        elif isinstance(part, ImagePart):
            messages.append(WhatsAppImage(link=part.url))
        elif part.choices:
            messages.extend(_whatsapp_choices(part))
        else:
            messages.extend(WhatsAppText(body=t) for t in pack(part.prompt, WHATSAPP_STYLE))
    return messages


# ---------------------------------------------------------------- Telegram


def _html_escape(text: str) -> str:
    return html.escape(text, quote=False)


TELEGRAM_STYLE = TextStyle(
    limit=4096, bold=lambda s: f"<b>{s}</b>", escape=_html_escape, markup_counts=False
)


def _callback_data(choice: Choice) -> str:
    """The payload if it fits in 64 bytes, else the title, shortened to fit."""
    for candidate in (choice.message, choice.title):
        if 0 < callback_bytes(candidate) <= CALLBACK_DATA_BYTES:
            return candidate
    data = choice.title
    while callback_bytes(data) > CALLBACK_DATA_BYTES:
        data = data[:-1]
    return data


def render_telegram(bot_replies: Sequence[BotReply]) -> list[TelegramOutbound]:
    """The Telegram calls to make for one engine turn, in order."""
    messages: list[TelegramOutbound] = []
    for part in compose(bot_replies):
        if isinstance(part, TextPart):
            messages.extend(TelegramText(text=t) for t in pack(part.blocks, TELEGRAM_STYLE))
        elif isinstance(part, ImagePart):
            messages.append(TelegramPhoto(photo=part.url))
        else:
            prompt = part.prompt or ((Line(replies.CHOOSE_AN_OPTION),),)
            texts = pack(prompt, TELEGRAM_STYLE)
            buttons = tuple(
                TelegramInlineButton(text=c.title, callback_data=_callback_data(c))
                for c in _unique(part.choices)
            )
            messages.extend(TelegramText(text=t) for t in texts[:-1])
            messages.append(TelegramText(text=texts[-1], buttons=buttons))
    return messages
