"""Ticket store on a SQLite file: idempotent open, queue order, take race, hold, replies."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from handoff import (
    AdviserDirectory,
    HandoffReason,
    HandoffTicket,
    NotTicketHolderError,
    Priority,
    TicketAlreadyTakenError,
    TicketMessage,
    TicketNotFoundError,
    TicketStateError,
    TicketStatus,
    TicketStore,
    build_summary,
    make_engine,
)
from tests.unit.handoff.handoff_support import FakeClock, race_take, tracker_events


def test_tables_are_created_with_the_handoff_prefix(store: TicketStore) -> None:
    tables = set(inspect(store.engine).get_table_names())
    assert {
        "handoff_tickets",
        "handoff_ticket_messages",
        "handoff_advisers",
        "handoff_sessions",
        "handoff_audit",
    } <= tables


def test_open_ticket_keeps_the_redacted_summary(store: TicketStore) -> None:
    summary = build_summary(tracker_events(), reason=HandoffReason.CLAIM_DISPUTE)
    ticket = store.open_ticket("conv-1", HandoffReason.CLAIM_DISPUTE, summary=summary)
    assert isinstance(ticket, HandoffTicket)
    assert ticket.status is TicketStatus.OPEN
    assert ticket.priority is Priority.NORMAL
    assert (ticket.channel, ticket.member_id) == ("website", "HS-1001")
    assert ticket.intent == "nlu_fallback"
    assert ticket.slots == {"care_type": "lunettes"}
    assert ticket.summary == summary.text
    assert ticket.transcript == summary.turns
    assert ticket.created_at.tzinfo is not None
    stored = store.get(ticket.id)
    assert stored == ticket
    assert "06 12" not in stored.model_dump_json()


def test_open_is_idempotent_and_only_raises_priority(store: TicketStore, clock: FakeClock) -> None:
    first = store.open_ticket("conv-1", HandoffReason.EXPLICIT_REQUEST, channel="telegram")
    clock.advance(minutes=1)
    again = store.open_ticket("conv-1", HandoffReason.EXPLICIT_REQUEST)
    assert again.id == first.id
    assert again.reasons == [HandoffReason.EXPLICIT_REQUEST]

    raised = store.open_ticket("conv-1", HandoffReason.FRAUD)
    assert raised.id == first.id
    assert (raised.reason, raised.priority) == (HandoffReason.FRAUD, Priority.HIGH)

    lower = store.open_ticket("conv-1", HandoffReason.COMPLAINT)
    assert (lower.reason, lower.priority) == (HandoffReason.FRAUD, Priority.HIGH)
    assert lower.reasons == [
        HandoffReason.EXPLICIT_REQUEST,
        HandoffReason.FRAUD,
        HandoffReason.COMPLAINT,
    ]
    assert lower.channel == "telegram"
    assert lower.created_at == first.created_at
    assert lower.updated_at > first.updated_at
    assert len(store.queue()) == 1


def test_assigned_ticket_is_updated_not_duplicated(store: TicketStore) -> None:
    ticket = store.open_ticket("conv-1", HandoffReason.COMPLAINT)
    store.take(ticket.id, "alice")
    urgent = store.open_ticket("conv-1", HandoffReason.URGENT)
    assert urgent.id == ticket.id
    assert urgent.status is TicketStatus.ASSIGNED
    assert urgent.assigned_to == "alice"
    assert urgent.priority is Priority.URGENT


def test_a_new_ticket_after_release(store: TicketStore) -> None:
    ticket = store.open_ticket("conv-1", HandoffReason.COMPLAINT)
    store.take(ticket.id, "alice")
    store.release(ticket.id, "alice")
    second = store.open_ticket("conv-1", HandoffReason.CALLBACK_REQUEST)
    assert second.id != ticket.id
    assert store.active_ticket_for("conv-1") == second


def test_queue_orders_by_priority_then_age(store: TicketStore, clock: FakeClock) -> None:
    opened = {}
    for conversation, reason in [
        ("c-failure", HandoffReason.REPEATED_FAILURE),
        ("c-complaint", HandoffReason.COMPLAINT),
        ("c-explicit", HandoffReason.EXPLICIT_REQUEST),
        ("c-bereavement", HandoffReason.BEREAVEMENT),
        ("c-urgent", HandoffReason.URGENT),
        ("c-fraud", HandoffReason.FRAUD),
        ("c-dispute", HandoffReason.CLAIM_DISPUTE),
        ("c-termination", HandoffReason.CONTRACT_TERMINATION),
        ("c-callback", HandoffReason.CALLBACK_REQUEST),
    ]:
        opened[conversation] = store.open_ticket(conversation, reason)
        clock.advance(minutes=1)
    order = [t.conversation_id for t in store.queue()]
    assert order == [
        "c-urgent",
        "c-fraud",
        "c-bereavement",
        "c-complaint",  # same rank as the dispute, but older
        "c-dispute",
        "c-failure",
        "c-explicit",
        "c-callback",
        "c-termination",
    ]
    store.take(opened["c-urgent"].id, "alice")
    assert "c-urgent" not in [t.conversation_id for t in store.queue()]
    assert store.queue(include_assigned=True)[0].conversation_id == "c-urgent"
    assert len(store.queue(limit=2)) == 2


def test_take_then_second_adviser_fails_clearly(store: TicketStore) -> None:
    ticket = store.open_ticket("conv-1", HandoffReason.EXPLICIT_REQUEST)
    taken = store.take(ticket.id, "alice")
    assert (taken.status, taken.assigned_to) == (TicketStatus.ASSIGNED, "alice")
    assert taken.assigned_at is not None
    with pytest.raises(TicketAlreadyTakenError) as caught:
        store.take(ticket.id, "bob")
    assert caught.value.holder == "alice"
    assert caught.value.ticket_id == ticket.id
    assert "alice" in str(caught.value)
    assert store.take(ticket.id, "alice") == taken  # taking one's own ticket again: no-op
    assert store.assigned_to("alice") == [taken]


def test_take_race_between_two_advisers(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'race.db'}"
    opener = TicketStore(make_engine(url))
    for round_ in range(5):
        ticket = opener.open_ticket(f"conv-{round_}", HandoffReason.URGENT)
        stores = [TicketStore(make_engine(url)) for _ in range(2)]
        try:
            won, lost = race_take(stores, ticket.id)
        finally:
            for racer in stores:
                racer.engine.dispose()
        assert len(won) == 1 and len(lost) == 1
        held = opener.get(ticket.id)
        assert held is not None and held.assigned_to == won[0]
    opener.engine.dispose()


def test_unknown_and_ended_tickets(store: TicketStore) -> None:
    with pytest.raises(TicketNotFoundError):
        store.take("nope", "alice")
    assert store.get("nope") is None
    ticket = store.open_ticket("conv-1", HandoffReason.COMPLAINT)
    store.close(ticket.id, "supervisor")
    with pytest.raises(TicketStateError) as caught:
        store.take(ticket.id, "alice")
    assert caught.value.status == "closed"


def test_held_until_released(store: TicketStore) -> None:
    ticket = store.open_ticket("conv-1", HandoffReason.BEREAVEMENT)
    assert store.is_held("conv-1") is False  # waiting: the bot may still say it is waiting
    assert store.active_ticket_for("conv-1") == ticket
    store.take(ticket.id, "alice")
    assert store.is_held("conv-1") is True
    assert store.is_held("conv-2") is False
    with pytest.raises(NotTicketHolderError):
        store.release(ticket.id, "bob")
    released = store.release(ticket.id, "alice")
    assert released.status is TicketStatus.RELEASED
    assert released.ended_at is not None
    assert store.is_held("conv-1") is False
    assert store.active_ticket_for("conv-1") is None
    with pytest.raises(TicketStateError):
        store.release(ticket.id, "alice")


def test_close_rules(store: TicketStore) -> None:
    ticket = store.open_ticket("conv-1", HandoffReason.CALLBACK_REQUEST)
    store.take(ticket.id, "alice")
    with pytest.raises(NotTicketHolderError):
        store.close(ticket.id, "bob")
    closed = store.close(ticket.id, "alice", note="rappel effectué")
    assert closed.status is TicketStatus.CLOSED
    with pytest.raises(TicketStateError):
        store.close(ticket.id, "alice")
    open_one = store.open_ticket("conv-2", HandoffReason.REPEATED_FAILURE)
    assert store.close(open_one.id, "supervisor").status is TicketStatus.CLOSED
    released = store.open_ticket("conv-3", HandoffReason.COMPLAINT)
    store.take(released.id, "alice")
    store.release(released.id, "alice")
    assert store.close(released.id, "bob").status is TicketStatus.CLOSED


def test_replies_wait_for_delivery(store: TicketStore, clock: FakeClock) -> None:
    ticket = store.open_ticket("conv-1", HandoffReason.CLAIM_DISPUTE, channel="whatsapp")
    with pytest.raises(TicketStateError):
        store.add_reply(ticket.id, "alice", "Bonjour")
    store.take(ticket.id, "alice")
    with pytest.raises(NotTicketHolderError):
        store.add_reply(ticket.id, "bob", "Bonjour")
    with pytest.raises(ValueError, match="vide"):
        store.add_reply(ticket.id, "alice", "   ")
    with pytest.raises(ValueError, match="trop longue"):
        store.add_reply(ticket.id, "alice", "x" * 5000)

    first = store.add_reply(ticket.id, "alice", "  Bonjour, je regarde votre décompte.  ")
    clock.advance(seconds=30)
    second = store.add_reply(ticket.id, "alice", "C'est corrigé, vous serez remboursée lundi.")
    assert isinstance(first, TicketMessage)
    assert first.text == "Bonjour, je regarde votre décompte."
    assert (first.conversation_id, first.channel) == ("conv-1", "whatsapp")
    assert (first.author, first.author_kind, first.delivered) == ("alice", "adviser", False)

    other = store.open_ticket("conv-2", HandoffReason.COMPLAINT)
    store.take(other.id, "bob")
    store.add_reply(other.id, "bob", "Bonjour")

    assert [m.id for m in store.pending_replies("conv-1")] == [first.id, second.id]
    assert len(store.pending_replies()) == 3
    assert store.mark_delivered([first.id]) == 1
    assert store.mark_delivered([first.id]) == 0
    assert store.mark_delivered([]) == 0
    assert [m.id for m in store.pending_replies("conv-1")] == [second.id]
    delivered = store.messages(ticket.id)[0]
    assert delivered.delivered and delivered.delivered_at is not None
    with pytest.raises(TicketNotFoundError):
        store.messages("nope")


def test_member_messages_while_held_are_redacted(store: TicketStore) -> None:
    assert store.add_member_message("conv-1", "allo ?") is None
    ticket = store.open_ticket("conv-1", HandoffReason.CALLBACK_REQUEST)
    store.take(ticket.id, "alice")
    message = store.add_member_message("conv-1", "Rappelez-moi au 06 12 34 56 78")
    assert message is not None
    assert message.text == "Rappelez-moi au [telephone]"
    assert (message.author_kind, message.delivered) == ("member", True)
    assert store.pending_replies() == []
    assert [m.author_kind for m in store.messages(ticket.id)] == ["member"]


def test_adviser_actions_are_audited(store: TicketStore, directory: AdviserDirectory) -> None:
    ticket = store.open_ticket("conv-1", HandoffReason.COMPLAINT)
    store.get(ticket.id, actor="alice")
    store.take(ticket.id, "alice")
    reply = store.add_reply(ticket.id, "alice", "Bonjour")
    store.release(ticket.id, "alice")
    store.get("missing", actor="alice")
    entries = directory.list_audit(actor="alice")
    assert [(e.action, e.target) for e in reversed(entries)] == [
        ("ticket.view", ticket.id),
        ("ticket.take", ticket.id),
        ("ticket.reply", ticket.id),
        ("ticket.release", ticket.id),
        ("ticket.view", "missing"),
    ]
    assert entries[2].detail == f"message {reply.id}"
    assert entries[0].detail == "introuvable"


def test_from_url_uses_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MUTUELLE_DB_URL", f"sqlite:///{tmp_path / 'env.db'}")
    store = TicketStore.from_url()
    store.open_ticket("conv-1", HandoffReason.COMPLAINT)
    store.engine.dispose()
    assert (tmp_path / "env.db").exists()


def test_in_memory_database_is_shared_across_sessions() -> None:
    store = TicketStore.from_url("sqlite://")
    ticket = store.open_ticket("conv-1", HandoffReason.COMPLAINT)
    assert store.get(ticket.id) == ticket
    store.engine.dispose()
