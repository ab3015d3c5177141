"""Handoff to a human through the REST channel: tickets, summaries, pause and replies."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from handoff import HandoffReason, Priority, TicketStore
from tests.integration.conftest import API_TOKEN, Engine

pytestmark = pytest.mark.engine


def sender(name: str) -> str:
    return f"it-handoff-{name}-{uuid.uuid4().hex[:8]}"


def store(engine: Engine) -> TicketStore:
    return TicketStore.from_url(engine.settings.database_url)


def handoff_payload(engine: Engine, replies: list[dict[str, Any]]) -> dict[str, Any]:
    found = [p for p in engine.custom(replies) if p["kind"] == "handoff"]
    assert len(found) == 1, engine.text(replies)
    return found[0]


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("je veux parler à un conseiller", HandoffReason.EXPLICIT_REQUEST),
        ("I want to talk to a human please", HandoffReason.EXPLICIT_REQUEST),
        (
            "mon mari est décédé la semaine dernière, que faire pour son contrat ?",
            HandoffReason.BEREAVEMENT,
        ),
        (
            "j'ai reçu un SMS qui me demande mes coordonnées bancaires pour un remboursement",
            HandoffReason.FRAUD,
        ),
        (
            "je conteste le montant que vous m'avez remboursé pour mes lunettes",
            HandoffReason.CLAIM_DISPUTE,
        ),
        ("pouvez-vous me rappeler demain matin ?", HandoffReason.CALLBACK_REQUEST),
    ],
)
def test_requests_and_sensitive_topics_open_a_ticket_with_a_summary(
    engine: Engine, message: str, reason: HandoffReason
) -> None:
    who = sender(reason.value)
    replies = engine.say(who, "bonjour, j'ai une question sur mon contrat Confort")
    replies = engine.say(who, message)
    payload = handoff_payload(engine, replies)
    assert payload["data"]["reason"] == reason.value
    ticket = store(engine).active_ticket_for(who)
    assert ticket is not None and ticket.id == payload["data"]["ticket_id"]
    assert ticket.reason is reason
    assert ticket.summary and ticket.transcript
    assert "conseiller" in engine.text(replies)


def test_two_failed_turns_in_a_row_reach_a_human(engine: Engine) -> None:
    who = sender("failures")
    first = engine.say(who, "les semelles orthopédiques sont-elles remboursées ?")
    assert [p["kind"] for p in engine.custom(first)] == ["fallback"]
    second = engine.say(who, "est-ce que la cryothérapie corps entier est remboursée ?")
    assert handoff_payload(engine, second)["data"]["reason"] == "repeated_failure"


def test_an_emergency_flags_the_conversation_as_urgent_for_advisers(engine: Engine) -> None:
    who = sender("urgent")
    replies = engine.say(who, "ma femme ne respire plus, elle est inconsciente")
    assert engine.custom(replies)[0]["kind"] == "emergency"
    ticket = store(engine).active_ticket_for(who)
    assert ticket is not None and ticket.priority is Priority.URGENT


def test_the_bot_is_silent_while_paused_and_delivers_adviser_replies(engine: Engine) -> None:
    who = sender("held")
    handoff_payload(engine, engine.say(who, "je veux parler à un conseiller"))
    api = {"token": API_TOKEN}
    events = f"/conversations/{who}/tracker/events"
    assert engine.client.post(events, params=api, json={"event": "pause"}).status_code == 200
    assert engine.say(who, "c'est quoi le forfait journalier ?") == []
    tickets = store(engine)
    ticket = tickets.active_ticket_for(who)
    assert ticket is not None
    tickets.take(ticket.id, "conseiller.test")
    tickets.add_reply(ticket.id, "conseiller.test", "Bonjour, je regarde votre dossier.")
    executed = engine.client.post(
        f"/conversations/{who}/execute",
        params={**api, "output_channel": "collector"},
        json={"name": "action_deliver_adviser_replies"},
    )
    assert executed.status_code == 200
    texts = [m.get("text", "") for m in executed.json()["messages"]]
    assert texts == ["Votre conseiller : Bonjour, je regarde votre dossier."]
    assert tickets.pending_replies(who) == []
    assert engine.client.post(events, params=api, json={"event": "resume"}).status_code == 200
    assert engine.say(who, "merci beaucoup") != []
