"""Chatwoot connector: settings from the environment, Agent Bot API calls, webhook parsing."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from handoff import (
    AgentReply,
    ChatwootClient,
    ChatwootError,
    ChatwootSettings,
    HandoffConfigError,
    HandoffReason,
    HandoffTicket,
    Priority,
    TicketStatus,
    handoff_note,
    parse_agent_reply,
)

ENV = {
    "CHATWOOT_BASE_URL": "https://chat.example.org/",
    "CHATWOOT_API_TOKEN": "bot-token-123",
    "CHATWOOT_ACCOUNT_ID": "3",
    "CHATWOOT_INBOX_ID": "7",
}
BASE = "https://chat.example.org/api/v1/accounts/3/conversations"


def _settings() -> ChatwootSettings:
    settings = ChatwootSettings.from_env(ENV)
    assert settings is not None
    return settings


def test_settings_from_env() -> None:
    settings = _settings()
    assert (settings.base_url, settings.account_id, settings.inbox_id) == (
        "https://chat.example.org",
        3,
        7,
    )
    assert "bot-token-123" not in repr(settings)
    assert ChatwootSettings.from_env({}) is None
    assert ChatwootSettings.from_env({"CHATWOOT_BASE_URL": " "}) is None


def test_partial_or_invalid_settings_are_errors() -> None:
    with pytest.raises(HandoffConfigError, match="CHATWOOT_API_TOKEN, CHATWOOT_INBOX_ID"):
        ChatwootSettings.from_env({"CHATWOOT_BASE_URL": "https://x", "CHATWOOT_ACCOUNT_ID": "1"})
    with pytest.raises(HandoffConfigError, match="entiers"):
        ChatwootSettings.from_env(ENV | {"CHATWOOT_ACCOUNT_ID": "trois"})
    with pytest.raises(HandoffConfigError, match="https://"):
        ChatwootSettings.from_env(ENV | {"CHATWOOT_BASE_URL": "chat.example.org"})


class Recorder:
    """An ``httpx.MockTransport`` handler that keeps every request."""

    def __init__(self, status: int = 200, body: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status
        self.body = {"id": 42} if body is None else body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body)

    def client(self) -> ChatwootClient:
        return ChatwootClient(_settings(), transport=httpx.MockTransport(self))


def _json(request: httpx.Request) -> Any:
    return json.loads(request.content)


async def test_post_message_request() -> None:
    recorder = Recorder()
    async with recorder.client() as client:
        answer = await client.post_message(15, "  Bonjour, un conseiller arrive.  ")
    assert answer == {"id": 42}
    [request] = recorder.requests
    assert request.method == "POST"
    assert str(request.url) == f"{BASE}/15/messages"
    assert request.headers["api_access_token"] == "bot-token-123"
    assert request.headers["content-type"] == "application/json"
    assert _json(request) == {
        "content": "Bonjour, un conseiller arrive.",
        "message_type": "outgoing",
        "private": False,
        "content_type": "text",
    }


async def test_member_message_note_and_toggle() -> None:
    recorder = Recorder()
    async with recorder.client() as client:
        await client.forward_member_message(15, "Ma question")
        await client.post_note(15, "Résumé pour le conseiller")
        await client.toggle_status(15)
    member, note, toggle = recorder.requests
    assert _json(member)["message_type"] == "incoming"
    assert _json(member)["private"] is False
    assert _json(note)["private"] is True
    assert str(toggle.url) == f"{BASE}/15/toggle_status"
    assert _json(toggle) == {"status": "open"}
    assert all(r.headers["api_access_token"] == "bot-token-123" for r in recorder.requests)


def _ticket() -> HandoffTicket:
    now = datetime(2026, 3, 2, 9, tzinfo=UTC)
    return HandoffTicket(
        id="t-1",
        conversation_id="conv-1",
        channel="whatsapp",
        member_id="HS-1001",
        reason=HandoffReason.FRAUD,
        reasons=[HandoffReason.FRAUD],
        priority=Priority.HIGH,
        status=TicketStatus.OPEN,
        summary="Motif : Fraude. Demande : « sms suspect »",
        created_at=now,
        updated_at=now,
    )


async def test_hand_over_posts_the_brief_then_opens() -> None:
    recorder = Recorder()
    async with recorder.client() as client:
        await client.hand_over(15, _ticket())
    note, toggle = recorder.requests
    body = _json(note)
    assert body["private"] is True
    assert body["content"] == handoff_note(_ticket())
    assert "Fraude ou hameçonnage suspecté (priorité haute)" in body["content"]
    assert "HS-1001" in body["content"] and "sms suspect" in body["content"]
    assert _json(toggle) == {"status": "open"}


async def test_http_errors_are_chatwoot_errors_without_the_token() -> None:
    async with Recorder(status=401, body={"error": "nope"}).client() as client:
        with pytest.raises(ChatwootError) as caught:
            await client.toggle_status(15)
    assert caught.value.status_code == 401
    assert "bot-token-123" not in str(caught.value)

    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    transport = httpx.MockTransport(unreachable)
    async with ChatwootClient(_settings(), transport=transport) as client:
        with pytest.raises(ChatwootError) as unreachable_error:
            await client.post_note(15, "note")
        with pytest.raises(ValueError):
            await client.post_message(15, "   ")
    assert unreachable_error.value.status_code is None


async def test_non_json_answer_is_tolerated() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text="ok"))
    async with ChatwootClient(_settings(), transport=transport) as client:
        assert await client.toggle_status(15, "pending") == {}


AGENT_REPLY = {
    "event": "message_created",
    "id": 118,
    "content": "Bonjour, je suis Julie, conseillère. Je regarde votre dossier.",
    "created_at": "2026-03-02T09:02:48.000Z",
    "message_type": "outgoing",
    "content_type": "text",
    "private": False,
    "content_attributes": {},
    "source_id": None,
    "sender": {"id": 1, "name": "Julie", "email": "julie@example.org", "type": "user"},
    "inbox": {"id": 7, "name": "Mutuelle"},
    "conversation": {
        "id": 15,
        "inbox_id": 7,
        "status": "open",
        "channel": "Channel::Api",
        "contact_inbox": {"source_id": "src-abc"},
        "meta": {"sender": {"id": 9, "identifier": "rasa-sender-1", "type": "contact"}},
    },
    "account": {"id": 3, "name": "Mutuelle Horizon Santé"},
}


def test_agent_reply_is_parsed() -> None:
    reply = parse_agent_reply(AGENT_REPLY, inbox_id=7)
    assert reply == AgentReply(
        conversation_id=15,
        text="Bonjour, je suis Julie, conseillère. Je regarde votre dossier.",
        message_id=118,
        agent_name="Julie",
        contact_identifier="rasa-sender-1",
        source_id="src-abc",
    )
    numeric = AGENT_REPLY | {"message_type": 1}
    assert parse_agent_reply(numeric) is not None


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"event": "message_updated"}, "not a creation"),
        ({"message_type": "incoming"}, "from the member"),
        ({"message_type": "template"}, "template"),
        ({"private": True}, "private note"),
        ({"private": None}, "privacy unknown"),
        ({"sender": {"id": 2, "name": "Bot", "type": "agent_bot"}}, "our own bot"),
        ({"sender": None}, "no sender"),
        ({"content": "   "}, "empty"),
        ({"content": None}, "no text"),
        ({"content_type": "input_email"}, "not text"),
        ({"conversation": {"id": "abc"}}, "bad conversation id"),
        ({"inbox": {"id": 99}}, "another inbox"),
    ],
)
def test_everything_else_is_ignored(change: dict[str, Any], why: str) -> None:
    payload = copy.deepcopy(AGENT_REPLY) | change
    assert parse_agent_reply(payload, inbox_id=7) is None, why


def test_inbox_falls_back_to_the_conversation() -> None:
    payload = copy.deepcopy(AGENT_REPLY)
    del payload["inbox"]
    assert parse_agent_reply(payload, inbox_id=7) is not None
    assert parse_agent_reply(payload, inbox_id=8) is None
