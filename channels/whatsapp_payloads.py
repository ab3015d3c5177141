"""WhatsApp Cloud API payloads: inbound notifications and outbound messages.

Outbound models carry the platform's limits as constraints (text body 4,096 characters,
interactive body 1,024, at most 3 reply buttons with titles of 20 characters, lists of 10 rows
with titles of 24), so a message that breaks them cannot even be built. Inbound models ignore
the fields they do not use: Meta adds fields over time.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from channels.choices import Choice

TEXT_LIMIT = 4096
INTERACTIVE_BODY_LIMIT = 1024
MAX_BUTTONS = 3
BUTTON_TITLE_LIMIT = 20
MAX_LIST_ROWS = 10
LIST_ROW_TITLE_LIMIT = 24
LIST_ROW_DESCRIPTION_LIMIT = 72
LIST_BUTTON_LIMIT = 20
#: reply ids: 256 characters for buttons, 200 for list rows; the smaller for both
REPLY_ID_LIMIT = 200

# ---------------------------------------------------------------- inbound (webhook)


class _Inbound(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)


class WaText(_Inbound):
    body: str


class WaReply(_Inbound):
    id: str
    title: str = ""


class WaInteractive(_Inbound):
    type: str
    button_reply: WaReply | None = None
    list_reply: WaReply | None = None


class WaTemplateButton(_Inbound):
    """A quick-reply button of a template message (e.g. a prevention nudge)."""

    text: str = ""
    payload: str | None = None


class WaMessage(_Inbound):
    from_: str = Field(alias="from")
    id: str
    timestamp: str | None = None
    type: str
    text: WaText | None = None
    interactive: WaInteractive | None = None
    button: WaTemplateButton | None = None

    def content(self) -> str | None:
        """What the member said or chose; ``None`` for media and other unsupported types."""
        if self.type == "text" and self.text is not None:
            return self.text.body
        if self.type == "interactive" and self.interactive is not None:
            reply = self.interactive.button_reply or self.interactive.list_reply
            if reply is not None:
                return reply.id or reply.title
        if self.type == "button" and self.button is not None:
            return self.button.payload or self.button.text
        return None


class WaMetadata(_Inbound):
    display_phone_number: str | None = None
    phone_number_id: str | None = None


class WaValue(_Inbound):
    messaging_product: str | None = None
    metadata: WaMetadata | None = None
    messages: list[WaMessage] = Field(default_factory=list)
    statuses: list[dict[str, Any]] = Field(default_factory=list)


class WaChange(_Inbound):
    field: str
    value: WaValue


class WaEntry(_Inbound):
    id: str | None = None
    changes: list[WaChange] = Field(default_factory=list)


class WaNotification(_Inbound):
    object: str
    entry: list[WaEntry] = Field(default_factory=list)


# ---------------------------------------------------------------- outbound (send API)


class _Outbound(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    def content(self) -> dict[str, Any]:
        raise NotImplementedError

    def to_request(self, to: str) -> dict[str, Any]:
        """The JSON body of ``POST /{phone_number_id}/messages``."""
        return {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": to,
            **self.content(),
        }


class WhatsAppText(_Outbound):
    body: str = Field(min_length=1, max_length=TEXT_LIMIT)
    #: choices offered as "1. …, 2. …" in this text (remembered by the gateway, not sent)
    numbered_choices: tuple[Choice, ...] = ()

    def content(self) -> dict[str, Any]:
        return {"type": "text", "text": {"preview_url": False, "body": self.body}}


class WhatsAppReplyButton(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=REPLY_ID_LIMIT)
    title: str = Field(min_length=1, max_length=BUTTON_TITLE_LIMIT)


class WhatsAppButtons(_Outbound):
    body: str = Field(min_length=1, max_length=INTERACTIVE_BODY_LIMIT)
    buttons: tuple[WhatsAppReplyButton, ...] = Field(min_length=1, max_length=MAX_BUTTONS)

    def content(self) -> dict[str, Any]:
        buttons = [{"type": "reply", "reply": b.model_dump()} for b in self.buttons]
        return {
            "type": "interactive",
            "interactive": {
                "type": "button",
                "body": {"text": self.body},
                "action": {"buttons": buttons},
            },
        }


class WhatsAppListRow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=REPLY_ID_LIMIT)
    title: str = Field(min_length=1, max_length=LIST_ROW_TITLE_LIMIT)
    description: str | None = Field(default=None, max_length=LIST_ROW_DESCRIPTION_LIMIT)


class WhatsAppList(_Outbound):
    body: str = Field(min_length=1, max_length=INTERACTIVE_BODY_LIMIT)
    button: str = Field(min_length=1, max_length=LIST_BUTTON_LIMIT)
    rows: tuple[WhatsAppListRow, ...] = Field(min_length=1, max_length=MAX_LIST_ROWS)

    def content(self) -> dict[str, Any]:
        rows = [row.model_dump(exclude_none=True) for row in self.rows]
        return {
            "type": "interactive",
            "interactive": {
                "type": "list",
                "body": {"text": self.body},
                "action": {"button": self.button, "sections": [{"rows": rows}]},
            },
        }


class WhatsAppImage(_Outbound):
    link: str = Field(min_length=1)
    caption: str | None = Field(default=None, max_length=INTERACTIVE_BODY_LIMIT)

    def content(self) -> dict[str, Any]:
        image: dict[str, str] = {"link": self.link}
        if self.caption:
            image["caption"] = self.caption
        return {"type": "image", "image": image}


class WhatsAppTemplate(_Outbound):
    """A pre-approved template: the only kind allowed outside the 24-hour window."""

    name: str = Field(min_length=1, max_length=512)
    language_code: str = Field(min_length=2, max_length=15)
    body_parameters: tuple[str, ...] = ()

    def content(self) -> dict[str, Any]:
        template: dict[str, Any] = {"name": self.name, "language": {"code": self.language_code}}
        if self.body_parameters:
            parameters = [{"type": "text", "text": value} for value in self.body_parameters]
            template["components"] = [{"type": "body", "parameters": parameters}]
        return {"type": "template", "template": template}


WhatsAppOutbound = WhatsAppText | WhatsAppButtons | WhatsAppList | WhatsAppImage


class WaSendResponse(_Inbound):
    """``{"messaging_product", "contacts": [...], "messages": [{"id": "wamid…"}]}``."""

    messages: list[WaReply] = Field(default_factory=list)

    @property
    def message_id(self) -> str:
        return self.messages[0].id if self.messages else ""
