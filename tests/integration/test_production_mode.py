"""Production mode: the whole stack on PostgreSQL (tracker and application data) with the
Redis lock store, talked to through the REST channel."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from handoff import TicketStore
from stack.processes import Stack
from tests.integration.conftest import Engine, make_stack_settings

pytestmark = [pytest.mark.engine, pytest.mark.postgres]

SERVER = "postgresql://postgres@127.0.0.1:5432"


@pytest.fixture(scope="module")
def production(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    database = f"mutuelle_it_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{database}"')
    data_dir: Path = tmp_path_factory.mktemp("production")
    settings = make_stack_settings(
        data_dir,
        tracker_url=f"{SERVER}/{database}",
        lock_store_url="redis://127.0.0.1:6379/5",
        mutuelle_db_url=f"postgresql+psycopg://postgres@127.0.0.1:5432/{database}",
    )
    stack = Stack(settings, log_dir=data_dir / "logs")
    try:
        stack.start()
        client = Engine(settings)
        yield client
        client.client.close()
    finally:
        stack.stop()
        with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def test_conversations_tickets_and_the_directory_live_in_postgresql(production: Engine) -> None:
    who = f"it-prod-{uuid.uuid4().hex[:8]}"
    care = production.custom(production.say(who, "je cherche un dermatologue à Nantes"))
    assert care[0]["kind"] == "care_search" and care[0]["data"]["results"]
    handoff = production.custom(production.say(who, "je veux parler à un conseiller"))
    assert handoff[0]["kind"] == "handoff"
    url = production.settings.database_url
    tickets = TicketStore.from_url(url)
    try:
        ticket = tickets.active_ticket_for(who)
    finally:
        tickets.engine.dispose()
    assert ticket is not None and ticket.id == handoff[0]["data"]["ticket_id"]
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        row = conn.execute("SELECT count(*) FROM events WHERE sender_id = %s", (who,)).fetchone()
    assert row is not None and row[0] > 4
    # the engine's Redis lock store keeps its connection open on the configured database
    assert any(" db=5 " in f" {line} " for line in redis_clients())


def redis_clients() -> list[str]:
    """``CLIENT LIST`` of the local Redis server, over its plain-text protocol."""
    with socket.create_connection(("127.0.0.1", 6379), timeout=5) as conn:
        conn.sendall(b"CLIENT LIST\r\n")
        data = b""
        while not data.endswith(b"\r\n") or data.count(b"\r\n") < 2:
            chunk = conn.recv(65536)
            if not chunk:
                break
            data += chunk
    return data.decode().splitlines()[1:]
