"""Pydantic views returned by the handoff store and the adviser directory (never ORM objects)."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, SecretStr

from handoff.reasons import HandoffReason, Priority
from handoff.summary import Turn


def as_utc(value: datetime) -> datetime:
    """In UTC; a naive datetime is taken as UTC (SQLite returns what was stored in UTC)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


UtcDatetime = Annotated[datetime, AfterValidator(as_utc)]


def utc_now() -> datetime:
    return datetime.now(UTC)


class TicketStatus(StrEnum):
    """``open`` → ``assigned`` → ``released`` (back to the bot) or ``closed``."""

    OPEN = "open"
    ASSIGNED = "assigned"
    RELEASED = "released"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    TicketStatus.OPEN: "en attente",
    TicketStatus.ASSIGNED: "pris en charge",
    TicketStatus.RELEASED: "rendu à l'assistant",
    TicketStatus.CLOSED: "clos",
}


class HandoffTicket(BaseModel):
    """A conversation handed over to the advisers."""

    model_config = ConfigDict(extra="forbid", frozen=True, from_attributes=True)

    id: str
    conversation_id: str
    channel: str
    member_id: str | None = None
    reason: HandoffReason
    reasons: list[HandoffReason] = Field(description="every reason given, first one first")
    priority: Priority
    status: TicketStatus
    assigned_to: str | None = None
    intent: str | None = None
    slots: dict[str, Any] = Field(default_factory=dict)
    summary: str = ""
    transcript: list[Turn] = Field(default_factory=list)
    created_at: UtcDatetime
    updated_at: UtcDatetime
    assigned_at: UtcDatetime | None = None
    ended_at: UtcDatetime | None = None

    @property
    def is_active(self) -> bool:
        return self.status in (TicketStatus.OPEN, TicketStatus.ASSIGNED)


class TicketMessage(BaseModel):
    """A message on a ticket. Adviser replies wait with ``delivered=False`` until a channel
    has sent them to the member."""

    model_config = ConfigDict(extra="forbid", frozen=True, from_attributes=True)

    id: int
    ticket_id: str
    conversation_id: str
    channel: str
    author: str
    author_kind: Literal["adviser", "member"]
    text: str
    created_at: UtcDatetime
    delivered: bool
    delivered_at: UtcDatetime | None = None


class AdviserRole(StrEnum):
    ADVISER = "adviser"
    SUPERVISOR = "supervisor"


class Adviser(BaseModel):
    """An adviser account (the password hash never leaves the directory)."""

    model_config = ConfigDict(extra="forbid", frozen=True, from_attributes=True)

    login: str
    display_name: str
    role: AdviserRole
    active: bool
    created_at: UtcDatetime


class IssuedSession(BaseModel):
    """A new console session: ``token`` is shown once, only its hash is stored."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    token: SecretStr
    login: str
    expires_at: UtcDatetime


class AuditEntry(BaseModel):
    """One line of the audit log."""

    model_config = ConfigDict(extra="forbid", frozen=True, from_attributes=True)

    id: int
    actor: str
    action: str
    target: str
    at: UtcDatetime
    detail: str | None = None
