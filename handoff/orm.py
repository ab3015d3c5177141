"""SQLAlchemy 2 mapping of the handoff tables (portable: SQLite and PostgreSQL).

Every table is prefixed ``handoff_`` so that it can share a database with the members and the
Rasa tracker store. The partial unique index on active tickets makes "one open or assigned
ticket per conversation" hold even when two action-server replicas open one at once.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ACTIVE_STATUSES = ("open", "assigned")
_ACTIVE_SQL = "status IN ('open', 'assigned')"


class Base(DeclarativeBase):
    pass


class TicketRecord(Base):
    """A conversation waiting for, or held by, a human adviser."""

    __tablename__ = "handoff_tickets"
    __table_args__ = (
        CheckConstraint(
            "status IN ('open', 'assigned', 'released', 'closed')", name="ck_handoff_status"
        ),
        Index(
            "ux_handoff_tickets_active_conversation",
            "conversation_id",
            unique=True,
            sqlite_where=text(_ACTIVE_SQL),
            postgresql_where=text(_ACTIVE_SQL),
        ),
        Index("ix_handoff_tickets_queue", "status", "priority", "reason_rank", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    conversation_id: Mapped[str] = mapped_column(String(128), index=True)
    channel: Mapped[str] = mapped_column(String(32))
    member_id: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(32))
    reasons: Mapped[list[str]] = mapped_column(JSON)
    priority: Mapped[int] = mapped_column(Integer)
    reason_rank: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    assigned_to: Mapped[str | None] = mapped_column(String(64))
    intent: Mapped[str | None] = mapped_column(String(64))
    slots: Mapped[dict[str, Any]] = mapped_column(JSON)
    summary: Mapped[str] = mapped_column(Text)
    transcript: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    assigned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class TicketMessageRecord(Base):
    """A message written on a ticket: an adviser's reply to deliver, or a member's message."""

    __tablename__ = "handoff_ticket_messages"
    __table_args__ = (Index("ix_handoff_messages_undelivered", "delivered", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ticket_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("handoff_tickets.id", ondelete="CASCADE"), index=True
    )
    author: Mapped[str] = mapped_column(String(64))
    author_kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    delivered: Mapped[bool] = mapped_column(Boolean, default=False)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AdviserRecord(Base):
    """An adviser account of the console."""

    __tablename__ = "handoff_advisers"
    __table_args__ = (
        CheckConstraint("role IN ('adviser', 'supervisor')", name="ck_handoff_adviser_role"),
    )

    login: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SessionRecord(Base):
    """A console session; only the SHA-256 of the token is stored."""

    __tablename__ = "handoff_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    login: Mapped[str] = mapped_column(
        String(64), ForeignKey("handoff_advisers.login", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AuditRecord(Base):
    """Who did what to which target, and when (append-only)."""

    __tablename__ = "handoff_audit"
    __table_args__ = (Index("ix_handoff_audit_actor_at", "actor", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(128), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    detail: Mapped[str | None] = mapped_column(Text)
