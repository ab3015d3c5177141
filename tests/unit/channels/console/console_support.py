"""Stand-ins for the console tests: the engine's HTTP API, the WhatsApp Graph API and the
Telegram Bot API behind one ``httpx.MockTransport``, plus seeding helpers.

The fake engine checks the auth token (``?token=``) like ``rasa run --auth-token`` does,
records every request, and keeps a ``paused`` flag per conversation from the ``pause`` and
``resume`` events it receives. ``on_execute`` plays the action server's part.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import httpx

from handoff import (
    AdviserDirectory,
    HandoffReason,
    HandoffTicket,
    TicketStore,
    build_summary,
)

ENGINE_URL = "http://engine.test"
GRAPH_URL = "https://graph.test/v21.0"
TELEGRAM_URL = "https://telegram.test"
ENGINE_TOKEN = "engine-token-for-tests"
PHONE_NUMBER_ID = "1234567890"
BOT_TOKEN = "123456:bot-token-for-tests"

ADVISER = "alice.martin"
ADVISER_NAME = "Alice Martin"
OTHER_ADVISER = "bruno.petit"
PASSWORD = "Mot-de-passe-tres-long-42"

WA_CONVERSATION = "whatsapp:33612345678"
TG_CONVERSATION = "telegram:987654321"
WEB_CONVERSATION = "c0ffee1234web"

LAST_QUESTION = "Combien coûte une consultation chez le médecin généraliste ?"


def events_for(question: str = LAST_QUESTION, channel: str = "whatsapp") -> list[dict[str, Any]]:
    """A short conversation as ``GET /conversations/{id}/tracker`` returns it."""
    metadata = {"channel": channel, "member_id": "HS-1001"}
    return [
        {"event": "action", "name": "action_session_start", "timestamp": 1772442000.0},
        {
            "event": "user",
            "text": "Bonjour",
            "timestamp": 1772442001.0,
            "parse_data": {"intent": {"name": "greet", "confidence": 0.99}},
            "metadata": metadata,
        },
        {
            "event": "bot",
            "text": "Bonjour, je suis l'assistant de Mutuelle Horizon Santé.",
            "timestamp": 1772442001.5,
        },
        {
            "event": "user",
            "text": question,
            "timestamp": 1772442010.0,
            "parse_data": {"intent": {"name": "request_human", "confidence": 0.9}},
            "metadata": metadata,
        },
        {
            "event": "bot",
            "text": "Je transmets votre demande à un conseiller.",
            "timestamp": 1772442011.0,
            "data": {"custom": {"kind": "handoff", "sources": [], "data": {}}},
        },
    ]


@dataclass
class Recorded:
    method: str
    host: str
    path: str
    params: dict[str, str]
    body: Any


@dataclass
class FakePlatforms:
    """The engine API, Graph API and Bot API in one transport."""

    token: str = ENGINE_TOKEN
    events: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    paused: dict[str, bool] = field(default_factory=dict)
    requests: list[Recorded] = field(default_factory=list)
    #: the action server's part in ``POST /execute``: ``(conversation_id, params) -> None``
    on_execute: Callable[[str, dict[str, str]], None] | None = None
    engine_down: bool = False
    whatsapp_error: tuple[int, int] | None = None  # (HTTP status, Graph error code)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def engine_calls(self, suffix: str) -> list[Recorded]:
        return [r for r in self.requests if r.host == "engine.test" and r.path.endswith(suffix)]

    def whatsapp_sent(self) -> list[dict[str, Any]]:
        return [r.body for r in self.requests if r.host == "graph.test"]

    def telegram_sent(self) -> list[dict[str, Any]]:
        return [r.body for r in self.requests if r.host == "telegram.test"]

    def handle(self, request: httpx.Request) -> httpx.Response:
        body: Any = None
        if request.content:
            try:
                body = json.loads(request.content)
            except ValueError:
                body = request.content.decode("utf-8", "replace")
        recorded = Recorded(
            request.method,
            request.url.host,
            unquote(request.url.raw_path.decode("ascii").split("?", 1)[0]),
            dict(request.url.params),
            body,
        )
        self.requests.append(recorded)
        if recorded.host == "engine.test":
            return self._engine(recorded)
        if recorded.host == "graph.test":
            if self.whatsapp_error is not None:
                status, code = self.whatsapp_error
                return httpx.Response(status, json={"error": {"code": code, "message": "x"}})
            return httpx.Response(
                200, json={"messaging_product": "whatsapp", "messages": [{"id": "wamid.1"}]}
            )
        if recorded.host == "telegram.test":
            return httpx.Response(200, json={"ok": True, "result": {"message_id": 1}})
        raise httpx.ConnectError("unknown host", request=request)

    def _engine(self, recorded: Recorded) -> httpx.Response:
        if self.engine_down:
            raise httpx.ConnectError("connection refused")
        if recorded.path == "/":
            return httpx.Response(200, text="Hello from Rasa: 3.6.21")
        if recorded.path == "/webhooks/rest/webhook":
            return httpx.Response(200, json=[])
        if recorded.params.get("token") != self.token:
            return httpx.Response(401, json={"status": "failure", "reason": "NotAuthenticated"})
        prefix = "/conversations/"
        if not recorded.path.startswith(prefix):
            return httpx.Response(404, json={})
        conversation, _, action = recorded.path[len(prefix) :].partition("/")
        if action == "tracker" and recorded.method == "GET":
            return httpx.Response(
                200,
                json={
                    "sender_id": conversation,
                    "events": self.events.get(conversation, []),
                    "paused": self.paused.get(conversation, False),
                },
            )
        if action == "tracker/events" and recorded.method == "POST":
            kind = recorded.body.get("event") if isinstance(recorded.body, dict) else None
            if kind not in ("pause", "resume"):
                return httpx.Response(400, json={"reason": "BadRequest"})
            self.paused[conversation] = kind == "pause"
            self.events.setdefault(conversation, []).append({"event": kind})
            return httpx.Response(200, json={"sender_id": conversation})
        if action == "execute" and recorded.method == "POST":
            if not isinstance(recorded.body, dict) or not recorded.body.get("name"):
                return httpx.Response(400, json={"reason": "BadRequest"})
            if self.on_execute is not None:
                self.on_execute(conversation, recorded.params)
            return httpx.Response(200, json={"tracker": {}, "messages": []})
        return httpx.Response(404, json={})


def action_server(
    store: TicketStore, platforms: FakePlatforms
) -> Callable[[str, dict[str, str]], None]:
    """What ``action_deliver_adviser_replies`` does: utter the pending replies, mark them."""

    def run(conversation_id: str, params: dict[str, str]) -> None:
        pending = store.pending_replies(conversation_id)
        for message in pending:
            platforms.events.setdefault(conversation_id, []).append(
                {"event": "bot", "text": message.text, "timestamp": message.created_at.timestamp()}
            )
        store.mark_delivered([message.id for message in pending])

    return run


def seed_adviser(
    directory: AdviserDirectory, login: str = ADVISER, name: str = ADVISER_NAME
) -> None:
    directory.create_adviser(login, name, PASSWORD)


def open_ticket(
    store: TicketStore,
    platforms: FakePlatforms,
    conversation_id: str,
    reason: HandoffReason,
    *,
    channel: str,
    question: str = LAST_QUESTION,
) -> HandoffTicket:
    events = events_for(question, channel)
    platforms.events[conversation_id] = list(events)
    summary = build_summary(events, reason=reason)
    return store.open_ticket(conversation_id, reason, channel=channel, summary=summary)
