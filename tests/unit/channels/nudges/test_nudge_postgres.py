"""The consent ledger and the nudge tables on PostgreSQL, isolated in a throw-away schema."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import OperationalError

from channels.nudges import (
    Channel,
    ConsentLedger,
    ConsentMethod,
    InboundRegistry,
    NudgeTopic,
    current_wording,
    init_nudge_db,
)

POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
T0 = dt.datetime(2026, 3, 29, 7, 0, tzinfo=dt.UTC)


@pytest.fixture
def pg_engine() -> Iterator[Engine]:
    admin = create_engine(POSTGRES_URL)
    try:
        with admin.connect():
            pass
    except OperationalError as exc:
        admin.dispose()
        pytest.skip(f"PostgreSQL not reachable: {type(exc).__name__}")
    schema = f"nudge_test_{uuid.uuid4().hex[:12]}"
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(POSTGRES_URL, connect_args={"options": f"-csearch_path={schema}"})
    try:
        init_nudge_db(engine)
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.mark.postgres
def test_nudge_ledger_on_postgres(pg_engine: Engine) -> None:
    ledger = ConsentLedger(pg_engine)
    wording = current_wording(NudgeTopic.ALL)
    ledger.record_opt_in(
        member_id="HS-1",
        channel=Channel.WHATSAPP,
        recipient_id="33600000001",
        wording_version=wording.version,
        reply_text="OK je veux bien",
        message_id="wamid.1",
        at=T0,
    )
    assert ledger.has_consent("HS-1", NudgeTopic.VACCINES, Channel.WHATSAPP)
    written = ledger.record_opt_out(
        channel=Channel.WHATSAPP,
        recipient_id="33600000001",
        method=ConsentMethod.STOP_COMMAND,
        member_text="STOP",
        at=T0 + dt.timedelta(hours=1),
    )
    assert [e.member_id for e in written] == ["HS-1"]
    assert (
        ledger.record_opt_out(
            channel=Channel.WEB, member_id="HS-1", method=ConsentMethod.STOP_COMMAND
        )
        == []
    )
    proof = ledger.proof("HS-1")
    assert [e.occurred_at for e in proof] == [T0, T0 + dt.timedelta(hours=1)]
    assert proof[0].wording_text == wording.text and proof[0].occurred_at.tzinfo is not None
    assert not ledger.has_consent("HS-1", NudgeTopic.VACCINES, Channel.WHATSAPP)

    inbound = InboundRegistry(pg_engine)
    inbound.record_inbound(Channel.WHATSAPP, "33600000001", T0)
    inbound.record_inbound(Channel.WHATSAPP, "33600000001", T0 - dt.timedelta(hours=1))
    assert inbound.last_inbound(Channel.WHATSAPP, "33600000001") == T0
