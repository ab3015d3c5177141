"""Chatwoot Agent Bot webhook end to end: gateway ↔ stand-in engine ↔ mocked Chatwoot API."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import Engine

from channels.chatwoot_webhook import (
    WEBHOOK_PATH,
    chatwoot_router,
    chatwoot_router_from_env,
    parse_incoming,
    render_chatwoot,
)
from channels.models import BotReply
from handoff import (
    ChatwootClient,
    ChatwootSettings,
    HandoffConfigError,
    HandoffReason,
    TicketStore,
    make_engine,
)
from tests.unit.channels.conftest import GatewayFactory, GatewayHarness

CHATWOOT_URL = "https://chatwoot.test"
BOT_API_TOKEN = "chatwoot-bot-api-token"
WEBHOOK_TOKEN = "chatwoot-webhook-token-for-tests"
ACCOUNT_ID = 7
INBOX_ID = 3
CONVERSATION = 45
MESSAGES_URL = f"{CHATWOOT_URL}/api/v1/accounts/{ACCOUNT_ID}/conversations/{CONVERSATION}/messages"
STATUS_URL = (
    f"{CHATWOOT_URL}/api/v1/accounts/{ACCOUNT_ID}/conversations/{CONVERSATION}/toggle_status"
)
SETTINGS = ChatwootSettings(
    base_url=CHATWOOT_URL,
    api_token=SecretStr(BOT_API_TOKEN),
    account_id=ACCOUNT_ID,
    inbox_id=INBOX_ID,
)


def cw_message(
    content: str | None = "Mes lunettes sont-elles remboursées ?",
    *,
    message_id: int = 101,
    conversation_id: int = CONVERSATION,
    message_type: str | int = "incoming",
    sender_type: str = "contact",
    private: bool = False,
    status: str = "pending",
    inbox_id: int = INBOX_ID,
    account_id: int = ACCOUNT_ID,
    attachments: list[dict[str, Any]] | None = None,
    event: str = "message_created",
) -> dict[str, Any]:
    """A webhook payload as Chatwoot's ``Message#webhook_data`` builds it (plus ``event``)."""
    payload: dict[str, Any] = {
        "event": event,
        "account": {"id": account_id, "name": "Mutuelle Horizon Santé"},
        "additional_attributes": {},
        "content_attributes": {},
        "content_type": "text",
        "content": content,
        "conversation": {
            "id": conversation_id,
            "inbox_id": inbox_id,
            "status": status,
            "channel": "Channel::WebWidget",
            "contact_inbox": {"source_id": "c0ffee"},
            "meta": {"sender": {"id": 9, "name": "Camille", "type": "contact"}},
        },
        "created_at": "2026-03-02T09:00:00.000Z",
        "id": message_id,
        "inbox": {"id": inbox_id, "name": "Site web"},
        "message_type": message_type,
        "private": private,
        "sender": {"id": 9 if sender_type == "contact" else 2, "name": "X", "type": sender_type},
        "source_id": None,
    }
    if attachments is not None:
        payload["attachments"] = attachments
    return payload


@dataclass
class ChatwootApi:
    """Records the Agent Bot API calls; ``down`` refuses connections, ``fail_with`` errors."""

    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    headers: list[str | None] = field(default_factory=list)
    down: bool = False
    fail_with: int | None = None

    def handle(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        self.headers.append(request.headers.get("api_access_token"))
        body = json.loads(request.content)
        self.calls.append((str(request.url), body))
        if self.fail_with is not None:
            return httpx.Response(self.fail_with, json={"error": "boom"})
        return httpx.Response(200, json={"id": len(self.calls)})

    def posted(self) -> list[str]:
        return [body["content"] for url, body in self.calls if url == MESSAGES_URL]


@dataclass
class ChatwootHarness:
    gw: GatewayHarness
    api: ChatwootApi
    store: TicketStore

    async def post(
        self, payload: dict[str, Any], *, token: str | None = WEBHOOK_TOKEN
    ) -> httpx.Response:
        params = {"token": token} if token is not None else {}
        return await self.gw.client.post(WEBHOOK_PATH, json=payload, params=params)


@pytest.fixture
def ticket_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'tickets.db'}")
    yield engine
    engine.dispose()


@pytest.fixture
async def cw(gw_factory: GatewayFactory, ticket_engine: Engine) -> AsyncIterator[ChatwootHarness]:
    api = ChatwootApi()
    store = TicketStore(ticket_engine)
    async with ChatwootClient(SETTINGS, transport=httpx.MockTransport(api.handle)) as client:
        router = chatwoot_router(SETTINGS, webhook_token=WEBHOOK_TOKEN, store=store, client=client)
        gw = await gw_factory(routers=[router])
        yield ChatwootHarness(gw, api, store)


def handoff_turn(body: dict[str, Any]) -> list[dict[str, Any]]:
    envelope = {"kind": "handoff", "sources": [], "data": {"reason": "explicit_request"}}
    return [
        {"recipient_id": body["sender"], "text": "Je transmets votre demande à un conseiller."},
        {"recipient_id": body["sender"], "custom": envelope},
    ]


# ---------------------------------------------------------------- authentication


@pytest.mark.parametrize(("token", "expected"), [(None, 401), ("", 401), ("guess", 403)])
async def test_missing_or_wrong_token_is_refused_and_nothing_processed(
    cw: ChatwootHarness, token: str | None, expected: int
) -> None:
    response = await cw.post(cw_message(), token=token)
    assert response.status_code == expected
    assert cw.gw.engine.requests == [] and cw.api.calls == []


async def test_token_in_a_header_is_not_accepted(cw: ChatwootHarness) -> None:
    response = await cw.gw.client.post(
        WEBHOOK_PATH, json=cw_message(), headers={"api_access_token": WEBHOOK_TOKEN}
    )
    assert response.status_code == 401
    assert cw.gw.engine.requests == []


async def test_body_over_the_limit_is_refused(cw: ChatwootHarness) -> None:
    response = await cw.post(cw_message("a" * 70_000))
    assert response.status_code == 413
    assert cw.gw.engine.requests == [] and cw.api.calls == []


async def test_malformed_body_is_a_bad_request(cw: ChatwootHarness) -> None:
    for content in (b"{not json", b"[1, 2]"):
        response = await cw.gw.client.post(
            WEBHOOK_PATH, content=content, params={"token": WEBHOOK_TOKEN}
        )
        assert response.status_code == 400
    assert cw.gw.engine.requests == []


# ---------------------------------------------------------------- member messages


async def test_incoming_message_reaches_the_engine_and_the_reply_is_posted(
    cw: ChatwootHarness,
) -> None:
    response = await cw.post(cw_message("lunettes remboursées ?"))
    assert response.status_code == 200
    assert cw.gw.engine.requests == [
        {
            "sender": f"chatwoot:{CONVERSATION}",
            "message": "lunettes remboursées ?",
            "metadata": {"channel": "chatwoot", "member_id": None, "mode": "member"},
        }
    ]
    assert cw.gw.engine.violations == []
    assert cw.api.calls == [
        (
            MESSAGES_URL,
            {
                "content": "Vous avez dit : lunettes remboursées ?",
                "message_type": "outgoing",
                "private": False,
                "content_type": "text",
            },
        )
    ]
    assert cw.api.headers == [BOT_API_TOKEN]


async def test_envelope_sources_follow_the_text(cw: ChatwootHarness) -> None:
    source = {"title": "Guide optique", "url": "https://mhs.test/optique", "updated": "2025-01-15"}
    cw.gw.engine.responder = lambda body: [
        {"text": "Vos lunettes sont remboursées jusqu'à 150 €."},
        {"custom": {"kind": "answer", "sources": [source], "data": {}}},
    ]
    await cw.post(cw_message())
    assert cw.api.posted() == [
        "Vos lunettes sont remboursées jusqu'à 150 €.\n\n"
        "Source : Guide optique (mis à jour le 15/01/2025) https://mhs.test/optique"
    ]


async def test_buttons_become_a_numbered_list_and_a_number_picks_the_payload(
    cw: ChatwootHarness,
) -> None:
    cw.gw.engine.responder = lambda body: [
        {
            "text": "Quel niveau ?",
            "buttons": [
                {"title": "Essentielle", "payload": "/choose_contract"},
                {"title": "Confort", "payload": '/choose_contract{"level": "confort"}'},
            ],
        }
    ]
    await cw.post(cw_message("contrat", message_id=1))
    assert cw.api.posted() == [
        "Quel niveau ?\n\n1. Essentielle\n2. Confort\n\nRépondez avec le numéro de votre choix."
    ]
    await cw.post(cw_message("2", message_id=2))
    assert cw.gw.engine.requests[1]["message"] == '/choose_contract{"level": "confort"}'


async def test_attachment_only_gets_a_polite_reply_without_the_engine(
    cw: ChatwootHarness,
) -> None:
    photo = {"id": 1, "file_type": "image", "data_url": "https://chatwoot.test/x.jpg"}
    await cw.post(cw_message(None, attachments=[photo]))
    assert cw.gw.engine.requests == []
    assert "messages écrits" in cw.api.posted()[0]


async def test_duplicate_delivery_is_processed_once(cw: ChatwootHarness) -> None:
    for _ in range(3):
        assert (await cw.post(cw_message("bonjour", message_id=77))).status_code == 200
    assert len(cw.gw.engine.requests) == 1
    assert len(cw.api.calls) == 1


async def test_engine_down_gives_the_apology(cw: ChatwootHarness) -> None:
    cw.gw.engine_down()
    await cw.post(cw_message("bonjour"))
    assert cw.api.posted()[0].startswith("Désolé, je rencontre un problème technique")


# ---------------------------------------------------------------- handoff


async def test_handoff_posts_the_ticket_note_then_opens_the_conversation(
    cw: ChatwootHarness,
) -> None:
    # the action server opens the ticket before the engine answers
    ticket = cw.store.open_ticket(
        f"chatwoot:{CONVERSATION}", HandoffReason.CLAIM_DISPUTE, channel="chatwoot"
    )
    cw.gw.engine.responder = handoff_turn
    assert (await cw.post(cw_message("je conteste un remboursement"))).status_code == 200
    (reply, note, toggle) = cw.api.calls
    assert reply == (
        MESSAGES_URL,
        {
            "content": "Je transmets votre demande à un conseiller.",
            "message_type": "outgoing",
            "private": False,
            "content_type": "text",
        },
    )
    assert note[0] == MESSAGES_URL
    assert note[1]["private"] is True and note[1]["message_type"] == "outgoing"
    assert note[1]["content"].startswith("Transfert de l'assistant — ")
    assert f"Ticket {ticket.id} · canal chatwoot" in note[1]["content"]
    assert toggle == (STATUS_URL, {"status": "open"})
    assert cw.api.headers == [BOT_API_TOKEN] * 3


async def test_handoff_without_a_ticket_still_opens_the_conversation(
    cw: ChatwootHarness,
) -> None:
    cw.gw.engine.responder = handoff_turn
    await cw.post(cw_message("un conseiller svp"))
    assert [url for url, _ in cw.api.calls] == [MESSAGES_URL, STATUS_URL]
    assert cw.api.calls[1][1] == {"status": "open"}


async def test_crisis_with_an_urgent_ticket_is_handed_over(cw: ChatwootHarness) -> None:
    cw.store.open_ticket(f"chatwoot:{CONVERSATION}", HandoffReason.URGENT, channel="chatwoot")
    emergency = {"kind": "emergency", "sources": [], "data": {"numbers": [], "urgent": True}}
    cw.gw.engine.responder = lambda body: [{"text": "Appelez le 3114."}, {"custom": emergency}]
    await cw.post(cw_message("..."))
    assert [url for url, _ in cw.api.calls] == [MESSAGES_URL, MESSAGES_URL, STATUS_URL]
    assert cw.api.calls[1][1]["private"] is True


async def test_emergency_without_a_ticket_stays_with_the_bot(cw: ChatwootHarness) -> None:
    emergency = {"kind": "emergency", "sources": [], "data": {"numbers": []}}
    cw.gw.engine.responder = lambda body: [{"text": "Appelez le 15."}, {"custom": emergency}]
    await cw.post(cw_message("douleur à la poitrine"))
    assert [url for url, _ in cw.api.calls] == [MESSAGES_URL]


# ---------------------------------------------------------------- ignored events


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param(
            cw_message(
                "Bonjour, je regarde votre dossier.", message_type="outgoing", sender_type="user"
            ),
            id="agent-reply",
        ),
        pytest.param(
            cw_message("Vous avez dit : x", message_type="outgoing", sender_type="agent_bot"),
            id="bot-echo",
        ),
        pytest.param(
            cw_message("note interne", message_type="outgoing", sender_type="user", private=True),
            id="private-note",
        ),
        pytest.param(cw_message(status="open"), id="conversation-held-by-humans"),
        pytest.param(cw_message(status="resolved"), id="resolved"),
        pytest.param(cw_message(inbox_id=99), id="other-inbox"),
        pytest.param(cw_message(account_id=99), id="other-account"),
        pytest.param(cw_message(event="message_updated"), id="message-updated"),
        pytest.param({"event": "conversation_created", "id": 45}, id="conversation-created"),
        pytest.param(cw_message("   "), id="empty"),
        pytest.param({}, id="empty-object"),
    ],
)
async def test_everything_but_a_pending_member_message_is_acknowledged_and_ignored(
    cw: ChatwootHarness, payload: dict[str, Any]
) -> None:
    response = await cw.post(payload)
    assert response.status_code == 200
    assert cw.gw.engine.requests == [] and cw.api.calls == []


# ---------------------------------------------------------------- Chatwoot failures


async def test_chatwoot_down_is_logged_without_text_and_answered_200(
    cw: ChatwootHarness, caplog: pytest.LogCaptureFixture
) -> None:
    cw.api.down = True
    cw.gw.engine.responder = handoff_turn
    with caplog.at_level(logging.INFO):
        response = await cw.post(cw_message("mon numéro est 06 12 34 56 78"))
    assert response.status_code == 200
    assert len(cw.gw.engine.requests) == 1
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 2
    assert "reply" in errors[0].getMessage() and "ConnectError" in errors[0].getMessage()
    assert "handoff" in errors[1].getMessage()
    # the gateway's records (the test client's own request line holds the token it sends)
    logged = "\n".join(m for r in caplog.records if "gateway.test" not in (m := r.getMessage()))
    for text in ("06 12", "conseiller", BOT_API_TOKEN, WEBHOOK_TOKEN, f"chatwoot:{CONVERSATION}"):
        assert text not in logged


async def test_chatwoot_error_status_is_logged_and_answered_200(
    cw: ChatwootHarness, caplog: pytest.LogCaptureFixture
) -> None:
    cw.api.fail_with = 500
    response = await cw.post(cw_message("bonjour"))
    assert response.status_code == 200
    assert "HTTP 500" in caplog.text and "bonjour" not in caplog.text


# ---------------------------------------------------------------- parsing and configuration


def test_numeric_message_type_and_missing_sender_type_are_understood() -> None:
    payload = cw_message("bonjour", message_type=0)
    payload["sender"] = {"id": 9}
    found = parse_incoming(payload, SETTINGS)
    assert found is not None
    assert found.conversation_id == CONVERSATION
    assert found.message.channel == "chatwoot"
    assert found.message.sender_id == str(CONVERSATION)
    assert found.message.message_id == "101"
    assert found.message.conversation_id == f"chatwoot:{CONVERSATION}"


def test_long_replies_are_split_under_4096_characters() -> None:
    text = "\n\n".join(f"Partie {i} : " + "le tiers payant s'applique. " * 60 for i in range(10))
    messages = render_chatwoot([BotReply.of_text(text)])
    assert len(messages) > 1 and all(len(m.content) <= 4096 for m in messages)
    assert " ".join(m.content for m in messages).split() == text.split()


def test_short_webhook_token_is_refused(ticket_engine: Engine) -> None:
    with pytest.raises(HandoffConfigError, match="16"):
        chatwoot_router(SETTINGS, webhook_token="short", store=TicketStore(ticket_engine))


def _env(**extra: str) -> dict[str, str]:
    return {
        "CHATWOOT_BASE_URL": CHATWOOT_URL,
        "CHATWOOT_API_TOKEN": BOT_API_TOKEN,
        "CHATWOOT_ACCOUNT_ID": str(ACCOUNT_ID),
        "CHATWOOT_INBOX_ID": str(INBOX_ID),
        **extra,
    }


def test_from_env(ticket_engine: Engine) -> None:
    store = TicketStore(ticket_engine)
    assert chatwoot_router_from_env(store, environ={}) is None
    with pytest.raises(HandoffConfigError, match="CHATWOOT_WEBHOOK_TOKEN"):
        chatwoot_router_from_env(store, environ=_env())
    with pytest.raises(HandoffConfigError, match="CHATWOOT_BASE_URL"):
        chatwoot_router_from_env(store, environ={"CHATWOOT_WEBHOOK_TOKEN": WEBHOOK_TOKEN})
    router = chatwoot_router_from_env(store, environ=_env(CHATWOOT_WEBHOOK_TOKEN=WEBHOOK_TOKEN))
    assert router is not None
    assert [getattr(r, "path", None) for r in router.routes] == [WEBHOOK_PATH]


async def test_router_from_env_serves_the_webhook(
    gw_factory: GatewayFactory, ticket_engine: Engine
) -> None:
    router = chatwoot_router_from_env(
        TicketStore(ticket_engine), environ=_env(CHATWOOT_WEBHOOK_TOKEN=WEBHOOK_TOKEN)
    )
    assert router is not None
    gw = await gw_factory(routers=[router])
    assert (await gw.client.post(WEBHOOK_PATH, json={}, params={"token": "x"})).status_code == 403
