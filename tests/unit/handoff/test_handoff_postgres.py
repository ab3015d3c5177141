"""The ticket store and the adviser directory on the local PostgreSQL server.

Runs in a schema of its own (dropped afterwards), against
``postgresql+psycopg://postgres@127.0.0.1:5432/test`` or ``HANDOFF_TEST_POSTGRES_URL``.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text

from handoff import (
    AdviserDirectory,
    HandoffReason,
    NotTicketHolderError,
    TicketStatus,
    TicketStore,
    build_summary,
    init_db,
)
from tests.unit.handoff.handoff_support import race_take, tracker_events

pytestmark = pytest.mark.postgres

URL = os.environ.get(
    "HANDOFF_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _engine(schema: str) -> Engine:
    return create_engine(URL, connect_args={"options": f"-csearch_path={schema}"})


@pytest.fixture(scope="module")
def schema() -> Iterator[str]:
    name = f"handoff_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{name}"'))
    engine = _engine(name)
    init_db(engine)
    engine.dispose()
    yield name
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
    admin.dispose()


@pytest.fixture
def store(schema: str) -> Iterator[TicketStore]:
    engine = _engine(schema)
    yield TicketStore(engine)
    engine.dispose()


def test_tables_live_in_the_test_schema(store: TicketStore, schema: str) -> None:
    with store.engine.connect() as connection:
        found = connection.execute(
            text("SELECT table_name FROM information_schema.tables WHERE table_schema = :s"),
            {"s": schema},
        ).scalars()
        assert {"handoff_tickets", "handoff_audit", "handoff_advisers"} <= set(found)


def test_full_ticket_life(store: TicketStore, schema: str) -> None:
    conversation = f"pg-{uuid.uuid4()}"
    summary = build_summary(tracker_events(), reason=HandoffReason.COMPLAINT)
    ticket = store.open_ticket(conversation, HandoffReason.COMPLAINT, summary=summary)
    assert ticket.slots == {"care_type": "lunettes"}
    assert ticket.transcript == summary.turns
    assert store.open_ticket(conversation, HandoffReason.FRAUD).id == ticket.id
    assert store.queue()[0].id == ticket.id
    store.take(ticket.id, "alice")
    assert store.is_held(conversation)
    with pytest.raises(NotTicketHolderError):
        store.add_reply(ticket.id, "bob", "Bonjour")
    reply = store.add_reply(ticket.id, "alice", "Bonjour, je m'en occupe.")
    assert [m.id for m in store.pending_replies(conversation)] == [reply.id]
    assert store.mark_delivered([reply.id]) == 1
    assert store.release(ticket.id, "alice").status is TicketStatus.RELEASED
    assert not store.is_held(conversation)
    directory = AdviserDirectory(store.engine)
    assert [e.action for e in directory.list_audit(target=ticket.id)] == [
        "ticket.release",
        "ticket.reply",
        "ticket.take",
    ]


def test_take_race(schema: str) -> None:
    opener = TicketStore(_engine(schema))
    for round_ in range(5):
        ticket = opener.open_ticket(f"race-{round_}-{uuid.uuid4()}", HandoffReason.URGENT)
        racers = [TicketStore(_engine(schema)) for _ in range(2)]
        try:
            won, lost = race_take(racers, ticket.id)
        finally:
            for racer in racers:
                racer.engine.dispose()
        assert len(won) == 1 and len(lost) == 1
        held = opener.get(ticket.id)
        assert held is not None and held.assigned_to == won[0]
    opener.engine.dispose()


def test_concurrent_opens_make_one_ticket(schema: str) -> None:
    conversation = f"open-{uuid.uuid4()}"
    stores = [TicketStore(_engine(schema)) for _ in range(4)]
    barrier = threading.Barrier(len(stores))
    ids: list[str] = []
    errors: list[BaseException] = []

    def open_one(store: TicketStore, reason: HandoffReason) -> None:
        barrier.wait()
        try:
            ids.append(store.open_ticket(conversation, reason).id)
        except BaseException as exc:
            errors.append(exc)

    reasons = [HandoffReason.EXPLICIT_REQUEST, HandoffReason.URGENT] * 2
    threads: list[Any] = [
        threading.Thread(target=open_one, args=(s, r)) for s, r in zip(stores, reasons, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(ids)) == 1
    ticket = stores[0].active_ticket_for(conversation)
    assert ticket is not None and ticket.reason is HandoffReason.URGENT
    for store in stores:
        store.engine.dispose()


def test_advisers_on_postgres(store: TicketStore) -> None:
    directory = AdviserDirectory(store.engine)
    login = f"pg{uuid.uuid4().hex[:8]}"
    directory.create_adviser(login, "Conseiller PG", "une phrase de passe solide")
    issued = directory.login(login, "une phrase de passe solide")
    assert issued is not None
    token = issued.token.get_secret_value()
    adviser = directory.adviser_for_token(token)
    assert adviser is not None and adviser.login == login
    assert directory.revoke_session(token)
    assert directory.adviser_for_token(token) is None
