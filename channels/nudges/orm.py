"""SQLAlchemy 2 tables of the nudge feature, on their own declarative base (SQLite, PostgreSQL).

- ``nudge_consent_events``: the consent ledger, append-only (updates and deletes raise);
- ``nudge_member_profiles``: optional profile data the member store lacks (sex);
- ``nudge_inbound``: last inbound message time per channel and recipient (WhatsApp window);
- ``nudge_log``: one row per scheduler decision, with the envelope that was sent.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Index, Integer, String, Text, event
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column
from sqlalchemy.types import TypeDecorator

from channels.nudges.exceptions import ConsentError


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every back end (SQLite hands back naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: give an aware (UTC) datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


class NudgeBase(DeclarativeBase):
    pass


class ConsentEventRecord(NudgeBase):
    """One opt-in or one withdrawal. Never updated, never deleted."""

    __tablename__ = "nudge_consent_events"
    __table_args__ = (Index("ix_nudge_consent_recipient", "channel", "recipient_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: ``None`` only for a STOP from a recipient no member ever consented with
    member_id: Mapped[str | None] = mapped_column(String(20), index=True)
    action: Mapped[str] = mapped_column(String(10))
    topic: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(10))
    recipient_id: Mapped[str] = mapped_column(String(128))
    conversation_id: Mapped[str] = mapped_column(String(128))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    wording_version: Mapped[str | None] = mapped_column(String(40))
    wording_text: Mapped[str | None] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(40))
    message_id: Mapped[str | None] = mapped_column(String(128))
    member_text: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


@event.listens_for(ConsentEventRecord, "before_update")
@event.listens_for(ConsentEventRecord, "before_delete")
def _append_only(mapper: Mapper[Any], connection: Any, target: ConsentEventRecord) -> None:
    raise ConsentError("the consent ledger is append-only: record a new event instead")


class MemberProfileRecord(NudgeBase):
    """Profile data used for eligibility only, given by the member (or an adviser for them)."""

    __tablename__ = "nudge_member_profiles"

    member_id: Mapped[str] = mapped_column(String(20), primary_key=True)
    sex: Mapped[str] = mapped_column(String(6))
    source: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class InboundRecord(NudgeBase):
    """When a recipient last wrote to us on a channel."""

    __tablename__ = "nudge_inbound"

    channel: Mapped[str] = mapped_column(String(10), primary_key=True)
    recipient_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    last_inbound_at: Mapped[datetime] = mapped_column(UTCDateTime)


class NudgeLogRecord(NudgeBase):
    """One decision of the scheduler for a member and a catalogue item."""

    __tablename__ = "nudge_log"
    __table_args__ = (Index("ix_nudge_log_member_outcome", "member_id", "outcome"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(String(32), index=True)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)
    member_id: Mapped[str] = mapped_column(String(20))
    nudge_id: Mapped[str] = mapped_column(String(60))
    interval_group: Mapped[str] = mapped_column(String(60))
    topic: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str | None] = mapped_column(String(20))
    channel: Mapped[str | None] = mapped_column(String(10))
    recipient_id: Mapped[str | None] = mapped_column(String(128))
    route: Mapped[str | None] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")
    envelope: Mapped[dict[str, Any] | None] = mapped_column(JSON)
