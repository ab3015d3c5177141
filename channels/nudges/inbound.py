"""Last inbound message per channel and recipient: decides whether WhatsApp's 24-hour
customer-service window is open (free-form conversation) or closed (template only).

The gateway calls :func:`record_inbound` for every message a member sends.
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from channels.nudges.database import make_nudge_engine
from channels.nudges.enums import Channel
from channels.nudges.orm import InboundRecord


class InboundRegistry:
    """Last-inbound times stored in the SQL database of ``engine``."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def record_inbound(self, channel: Channel, recipient: str, at: datetime | None = None) -> None:
        """Note that ``recipient`` wrote on ``channel`` at ``at`` (now by default).

        ``recipient`` is the platform id (``wa_id``, chat id); the gateway's conversation id
        (``"whatsapp:<wa_id>"``) is accepted too. Out-of-order calls are harmless: the latest
        time is kept.
        """
        if at is not None and at.tzinfo is None:
            raise ValueError("naive datetime: give an aware (UTC) datetime")
        when = (at or datetime.now(UTC)).astimezone(UTC)
        channel = Channel(channel)
        recipient = recipient.removeprefix(f"{channel.value}:")
        values = {
            "channel": channel.value,
            "recipient_id": recipient,
            "last_inbound_at": when,
        }
        backend = self._engine.dialect.name
        with Session(self._engine) as session, session.begin():
            if backend in ("sqlite", "postgresql"):
                insert = sqlite.insert if backend == "sqlite" else postgresql.insert
                statement = insert(InboundRecord).values(**values)
                session.execute(
                    statement.on_conflict_do_update(
                        index_elements=["channel", "recipient_id"],
                        set_={"last_inbound_at": statement.excluded.last_inbound_at},
                        where=InboundRecord.last_inbound_at < statement.excluded.last_inbound_at,
                    )
                )
                return
            record = session.get(InboundRecord, (values["channel"], recipient))
            if record is None:
                session.add(InboundRecord(**values))
            elif record.last_inbound_at < when:
                record.last_inbound_at = when

    def last_inbound(self, channel: Channel, recipient: str) -> datetime | None:
        with Session(self._engine) as session:
            key = (Channel(channel).value, recipient.removeprefix(f"{channel}:"))
            record = session.get(InboundRecord, key)
            return record.last_inbound_at if record is not None else None


@functools.cache
def _default_registry() -> InboundRegistry:
    return InboundRegistry(make_nudge_engine())


def record_inbound(
    channel: Channel | str,
    recipient: str,
    at: datetime | None = None,
    *,
    engine: Engine | None = None,
) -> None:
    """Gateway hook: ``recipient`` just wrote on ``channel`` (database from ``MUTUELLE_DB_URL``)."""
    registry = InboundRegistry(engine) if engine is not None else _default_registry()
    registry.record_inbound(Channel(channel), recipient, at)
