"""Optional connector to a Chatwoot agent inbox, through its Agent Bot API (httpx, async).

Enabled by four environment variables — ``CHATWOOT_BASE_URL``, ``CHATWOOT_API_TOKEN``,
``CHATWOOT_ACCOUNT_ID``, ``CHATWOOT_INBOX_ID`` — and disabled when none is set
(:meth:`ChatwootSettings.from_env` returns ``None``); setting only some is an error that names
the missing ones.

The bot posts into a Chatwoot conversation (the member's message, or a private handoff note
for the advisers) and hands it to a human by toggling its status to ``open``. Chatwoot then
calls the gateway's webhook for every message; :func:`parse_agent_reply` keeps only what a
human agent wrote to the member (``message_created``, ``outgoing``, not private, sender of type
``user``) so that the channel can deliver it. The webhook route itself (and its
authentication) belongs to the gateway.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Literal

import httpx
from pydantic import BaseModel, ConfigDict, SecretStr, ValidationError

from handoff.exceptions import ChatwootError, HandoffConfigError
from handoff.models import HandoffTicket

ENV_VARS = ("CHATWOOT_BASE_URL", "CHATWOOT_API_TOKEN", "CHATWOOT_ACCOUNT_ID", "CHATWOOT_INBOX_ID")
MAX_CONTENT_CHARS = 150_000  # well under Chatwoot's own message limit

ConversationStatus = Literal["open", "resolved", "pending"]


class ChatwootSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    base_url: str
    api_token: SecretStr
    account_id: int
    inbox_id: int

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ChatwootSettings | None:
        """Settings from the environment, or ``None`` when Chatwoot is not configured."""
        env = os.environ if environ is None else environ
        values = {name: env.get(name, "").strip() for name in ENV_VARS}
        if not any(values.values()):
            return None
        missing = [name for name, value in values.items() if not value]
        if missing:
            raise HandoffConfigError(
                f"Chatwoot à moitié configuré, il manque : {', '.join(missing)}"
            )
        if not values["CHATWOOT_BASE_URL"].startswith(("https://", "http://")):
            raise HandoffConfigError("CHATWOOT_BASE_URL doit commencer par https:// ou http://")
        try:
            return cls(
                base_url=values["CHATWOOT_BASE_URL"].rstrip("/"),
                api_token=SecretStr(values["CHATWOOT_API_TOKEN"]),
                account_id=int(values["CHATWOOT_ACCOUNT_ID"]),
                inbox_id=int(values["CHATWOOT_INBOX_ID"]),
            )
        except (ValueError, ValidationError) as exc:
            raise HandoffConfigError(
                "CHATWOOT_ACCOUNT_ID et CHATWOOT_INBOX_ID doivent être des nombres entiers"
            ) from exc


class ChatwootClient:
    """Agent Bot API calls; give a ``transport`` (e.g. ``httpx.MockTransport``) to test."""

    def __init__(
        self,
        settings: ChatwootSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = 10.0,
    ) -> None:
        self._settings = settings
        self._http = httpx.AsyncClient(transport=transport, timeout=timeout)

    @property
    def settings(self) -> ChatwootSettings:
        return self._settings

    async def __aenter__(self) -> ChatwootClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    def _url(self, conversation_id: int, action: str) -> str:
        s = self._settings
        return (
            f"{s.base_url}/api/v1/accounts/{s.account_id}/conversations/{conversation_id}/{action}"
        )

    async def _post(self, url: str, body: Mapping[str, Any]) -> dict[str, Any]:
        headers = {"api_access_token": self._settings.api_token.get_secret_value()}
        try:
            response = await self._http.post(url, json=dict(body), headers=headers)
        except httpx.HTTPError as exc:
            raise ChatwootError(f"Chatwoot injoignable : {type(exc).__name__}") from exc
        if not response.is_success:
            raise ChatwootError(
                f"Chatwoot a répondu {response.status_code} à {url.split('/api/', 1)[-1]}",
                status_code=response.status_code,
            )
        try:
            data = response.json()
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {"payload": data}

    async def post_message(
        self,
        conversation_id: int,
        content: str,
        *,
        message_type: Literal["outgoing", "incoming"] = "outgoing",
        private: bool = False,
    ) -> dict[str, Any]:
        """Create a message in the conversation; returns Chatwoot's JSON answer."""
        text = content.strip()
        if not text:
            raise ValueError("message vide")
        body = {
            "content": text[:MAX_CONTENT_CHARS],
            "message_type": message_type,
            "private": private,
            "content_type": "text",
        }
        return await self._post(self._url(conversation_id, "messages"), body)

    async def forward_member_message(self, conversation_id: int, text: str) -> dict[str, Any]:
        """The member's message, shown to agents as coming from the member (``incoming``)."""
        return await self.post_message(conversation_id, text, message_type="incoming")

    async def post_note(self, conversation_id: int, text: str) -> dict[str, Any]:
        """A private note: advisers see it, the member never does."""
        return await self.post_message(conversation_id, text, private=True)

    async def toggle_status(
        self, conversation_id: int, status: ConversationStatus = "open"
    ) -> dict[str, Any]:
        """Set the conversation status; ``open`` takes it away from the bot, to the humans."""
        return await self._post(self._url(conversation_id, "toggle_status"), {"status": status})

    async def hand_over(self, conversation_id: int, ticket: HandoffTicket) -> None:
        """Post the ticket's brief as a private note, then open the conversation to humans."""
        await self.post_note(conversation_id, handoff_note(ticket))
        await self.toggle_status(conversation_id, "open")


def handoff_note(ticket: HandoffTicket) -> str:
    """The private note advisers read first in Chatwoot (the summary is already redacted)."""
    lines = [
        f"Transfert de l'assistant — {ticket.reason.label} (priorité {ticket.priority.label})",
        f"Ticket {ticket.id} · canal {ticket.channel}",
    ]
    if ticket.member_id:
        lines.append(f"Adhérent : {ticket.member_id}")
    if ticket.summary:
        lines.append(ticket.summary)
    return "\n".join(lines)


class AgentReply(BaseModel):
    """What a human agent wrote to the member in Chatwoot, ready to deliver."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    conversation_id: int
    text: str
    message_id: int | None = None
    agent_name: str | None = None
    #: the contact's ``identifier`` in Chatwoot (the gateway sets it to the Rasa sender id)
    contact_identifier: str | None = None
    source_id: str | None = None


def as_int(value: Any) -> int | None:
    """An id from a webhook payload (int or digit string), else ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def as_mapping(value: Any) -> Mapping[str, Any]:
    """A nested payload object, or an empty mapping."""
    return value if isinstance(value, Mapping) else {}


def parse_agent_reply(
    payload: Mapping[str, Any], *, inbox_id: int | None = None
) -> AgentReply | None:
    """The agent's reply in a Chatwoot webhook payload, or ``None`` for anything else.

    Kept: ``event == "message_created"``, ``message_type`` outgoing (``"outgoing"`` or ``1``),
    ``private`` explicitly false, a sender of type ``user`` (a human agent — not the bot's own
    messages, of type ``agent_bot``), non-empty text, and the configured inbox when given.
    """
    if payload.get("event") != "message_created":
        return None
    if payload.get("message_type") not in ("outgoing", 1):
        return None
    if payload.get("private") is not False:
        return None
    if payload.get("content_type", "text") not in ("text", None):
        return None
    sender = as_mapping(payload.get("sender"))
    if sender.get("type") != "user":
        return None
    content = payload.get("content")
    if not isinstance(content, str) or not content.strip():
        return None
    conversation = as_mapping(payload.get("conversation"))
    conversation_id = as_int(conversation.get("id"))
    if conversation_id is None:
        return None
    if inbox_id is not None:
        inbox = as_int(as_mapping(payload.get("inbox")).get("id"))
        if (inbox if inbox is not None else as_int(conversation.get("inbox_id"))) != inbox_id:
            return None
    contact = as_mapping(as_mapping(conversation.get("meta")).get("sender"))
    identifier = contact.get("identifier")
    source_id = as_mapping(conversation.get("contact_inbox")).get("source_id")
    name = sender.get("name")
    return AgentReply(
        conversation_id=conversation_id,
        text=content.strip(),
        message_id=as_int(payload.get("id")),
        agent_name=name if isinstance(name, str) else None,
        contact_identifier=str(identifier) if identifier else None,
        source_id=str(source_id) if source_id else None,
    )
