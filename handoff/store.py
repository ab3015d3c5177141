"""Handoff tickets in SQL: open (idempotently), queue, take, reply, release, close.

The action server opens tickets and asks :meth:`TicketStore.is_held` before speaking; the
console lists :meth:`TicketStore.queue`, takes a ticket, replies and releases it; the channels
deliver :meth:`TicketStore.pending_replies`. Adviser actions are written to the audit log in
the same transaction as the change they make.

Status machine::

    open ──take──▶ assigned ──release──▶ released      (the bot speaks again)
      │               │
      └────close──────┴──────close─────▶ closed
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, Engine, and_, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from handoff.database import make_engine
from handoff.exceptions import (
    NotTicketHolderError,
    TicketAlreadyTakenError,
    TicketNotFoundError,
    TicketStateError,
)
from handoff.models import HandoffTicket, TicketMessage, TicketStatus, as_utc, utc_now
from handoff.orm import ACTIVE_STATUSES, AuditRecord, TicketMessageRecord, TicketRecord
from handoff.reasons import HandoffReason
from handoff.summary import ConversationSummary, clip
from privacy.redaction import redact

MAX_REPLY_CHARS = 4096  # the smallest channel limit (WhatsApp and Telegram text messages)

Clock = Callable[[], datetime]


def _ticket(record: TicketRecord) -> HandoffTicket:
    return HandoffTicket.model_validate(record)


def _message(record: TicketMessageRecord, ticket: TicketRecord) -> TicketMessage:
    return TicketMessage(
        id=record.id,
        ticket_id=record.ticket_id,
        conversation_id=ticket.conversation_id,
        channel=ticket.channel,
        author=record.author,
        author_kind=cast(Any, record.author_kind),
        text=record.text,
        created_at=record.created_at,
        delivered=record.delivered,
        delivered_at=record.delivered_at,
    )


def _rowcount(result: Any) -> int:
    return cast(CursorResult[Any], result).rowcount


class TicketStore:
    """Tickets stored in the SQL database of ``engine``; returns pydantic models."""

    def __init__(self, engine: Engine, *, clock: Clock = utc_now) -> None:
        self._engine = engine
        self._clock = clock

    def _now(self) -> datetime:
        return as_utc(self._clock())

    @classmethod
    def from_url(cls, url: str | None = None, *, clock: Clock = utc_now) -> TicketStore:
        """Store on :func:`handoff.database.make_engine` (argument, env var, default)."""
        return cls(make_engine(url), clock=clock)

    @property
    def engine(self) -> Engine:
        return self._engine

    # -- the bot's side -------------------------------------------------------------------

    def open_ticket(
        self,
        conversation_id: str,
        reason: HandoffReason,
        *,
        channel: str | None = None,
        member_id: str | None = None,
        summary: ConversationSummary | None = None,
    ) -> HandoffTicket:
        """Open a ticket, or update the conversation's active one (open or assigned).

        An active ticket keeps its id, status and adviser; it gets the new summary and, when the
        new reason ranks higher, the new reason and priority (never a lower one).
        """
        for attempt in (1, 2):
            try:
                with Session(self._engine) as session, session.begin():
                    record = self._active_record(session, conversation_id, lock=True)
                    if record is None:
                        record = self._new_record(
                            conversation_id, reason, channel, member_id, summary
                        )
                        session.add(record)
                    else:
                        self._merge(record, reason, channel, member_id, summary)
                    session.flush()
                    return _ticket(record)
            except IntegrityError:
                # another process opened one in between: update that one instead
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _new_record(
        self,
        conversation_id: str,
        reason: HandoffReason,
        channel: str | None,
        member_id: str | None,
        summary: ConversationSummary | None,
    ) -> TicketRecord:
        now = self._now()
        return TicketRecord(
            id=str(uuid.uuid4()),
            conversation_id=conversation_id,
            channel=channel or (summary.channel if summary else None) or "inconnu",
            member_id=member_id or (summary.member_id if summary else None),
            reason=reason.value,
            reasons=[reason.value],
            priority=int(reason.priority),
            reason_rank=reason.rank,
            status=TicketStatus.OPEN.value,
            assigned_to=None,
            intent=summary.last_intent if summary else None,
            slots=dict(summary.slots) if summary else {},
            summary=summary.text if summary else "",
            transcript=[t.model_dump(mode="json") for t in summary.turns] if summary else [],
            created_at=now,
            updated_at=now,
        )

    def _merge(
        self,
        record: TicketRecord,
        reason: HandoffReason,
        channel: str | None,
        member_id: str | None,
        summary: ConversationSummary | None,
    ) -> None:
        current = HandoffReason(record.reason)
        if (reason.priority, reason.rank) > (current.priority, current.rank):
            record.reason = reason.value
            record.priority = int(reason.priority)
            record.reason_rank = reason.rank
        if reason.value not in record.reasons:
            record.reasons = [*record.reasons, reason.value]
        if channel:
            record.channel = channel
        record.member_id = member_id or record.member_id
        if summary is not None:
            record.member_id = record.member_id or summary.member_id
            record.intent = summary.last_intent or record.intent
            record.slots = dict(summary.slots)
            record.summary = summary.text
            record.transcript = [t.model_dump(mode="json") for t in summary.turns]
        record.updated_at = self._now()

    def is_held(self, conversation_id: str) -> bool:
        """Does an adviser hold this conversation? Then the bot must stay silent."""
        with Session(self._engine) as session:
            found = session.scalar(
                select(TicketRecord.id).where(
                    TicketRecord.conversation_id == conversation_id,
                    TicketRecord.status == TicketStatus.ASSIGNED.value,
                )
            )
            return found is not None

    def active_ticket_for(self, conversation_id: str) -> HandoffTicket | None:
        """The conversation's open or assigned ticket, if any."""
        with Session(self._engine) as session:
            record = self._active_record(session, conversation_id)
            return _ticket(record) if record is not None else None

    def add_member_message(self, conversation_id: str, text: str) -> TicketMessage | None:
        """Keep (redacted) what the member writes while a ticket is active, for the adviser.

        Returns ``None`` when the conversation has no active ticket.
        """
        with Session(self._engine) as session, session.begin():
            record = self._active_record(session, conversation_id)
            if record is None:
                return None
            now = self._now()
            message = TicketMessageRecord(
                ticket_id=record.id,
                author="member",
                author_kind="member",
                text=clip(redact(text), MAX_REPLY_CHARS),
                created_at=now,
                delivered=True,
                delivered_at=now,
            )
            session.add(message)
            record.updated_at = now
            session.flush()
            return _message(message, record)

    # -- the console's side ---------------------------------------------------------------

    def queue(self, *, include_assigned: bool = False, limit: int = 200) -> list[HandoffTicket]:
        """Waiting tickets, most urgent first, then oldest first."""
        statuses = ACTIVE_STATUSES if include_assigned else (TicketStatus.OPEN.value,)
        with Session(self._engine) as session:
            records = session.scalars(
                select(TicketRecord)
                .where(TicketRecord.status.in_(statuses))
                .order_by(
                    TicketRecord.priority.desc(),
                    TicketRecord.reason_rank.desc(),
                    TicketRecord.created_at.asc(),
                    TicketRecord.id.asc(),
                )
                .limit(limit)
            )
            return [_ticket(r) for r in records]

    def assigned_to(self, adviser: str) -> list[HandoffTicket]:
        """The tickets an adviser currently holds, oldest first."""
        with Session(self._engine) as session:
            records = session.scalars(
                select(TicketRecord)
                .where(
                    TicketRecord.status == TicketStatus.ASSIGNED.value,
                    TicketRecord.assigned_to == adviser,
                )
                .order_by(TicketRecord.assigned_at.asc())
            )
            return [_ticket(r) for r in records]

    def get(self, ticket_id: str, *, actor: str | None = None) -> HandoffTicket | None:
        """The ticket, or ``None``. With ``actor``, the read is audited (``ticket.view``)."""
        with Session(self._engine) as session, session.begin():
            record = session.get(TicketRecord, ticket_id)
            if actor is not None:
                detail = None if record is not None else "introuvable"
                self._audit(session, actor, "ticket.view", ticket_id, detail)
            return _ticket(record) if record is not None else None

    def take(self, ticket_id: str, adviser: str) -> HandoffTicket:
        """Assign an open ticket to ``adviser`` (atomic: of two advisers, exactly one wins).

        Taking a ticket one already holds is a no-op. Raises :class:`TicketAlreadyTakenError`
        when someone else holds it, :class:`TicketStateError` when it is released or closed.
        """
        now = self._now()
        with Session(self._engine) as session, session.begin():
            result = session.execute(
                update(TicketRecord)
                .where(
                    TicketRecord.id == ticket_id,
                    TicketRecord.status == TicketStatus.OPEN.value,
                )
                .values(
                    status=TicketStatus.ASSIGNED.value,
                    assigned_to=adviser,
                    assigned_at=now,
                    updated_at=now,
                )
                .execution_options(synchronize_session=False)
            )
            record = session.get(TicketRecord, ticket_id, populate_existing=True)
            if record is None:
                raise TicketNotFoundError(ticket_id)
            if _rowcount(result) == 1:
                self._audit(session, adviser, "ticket.take", ticket_id)
                return _ticket(record)
            if record.status == TicketStatus.ASSIGNED.value:
                if record.assigned_to == adviser:
                    return _ticket(record)
                raise TicketAlreadyTakenError(ticket_id, record.assigned_to or "?")
            raise TicketStateError(ticket_id, record.status, "prise en charge")

    def add_reply(self, ticket_id: str, adviser: str, text: str) -> TicketMessage:
        """Record an adviser's reply, to be delivered to the member by the channel."""
        body = text.strip()
        if not body:
            raise ValueError("réponse vide")
        if len(body) > MAX_REPLY_CHARS:
            raise ValueError(f"réponse trop longue ({len(body)} > {MAX_REPLY_CHARS} caractères)")
        with Session(self._engine) as session, session.begin():
            record = self._held_record(session, ticket_id, adviser, "réponse")
            now = self._now()
            message = TicketMessageRecord(
                ticket_id=ticket_id,
                author=adviser,
                author_kind="adviser",
                text=body,
                created_at=now,
                delivered=False,
            )
            session.add(message)
            record.updated_at = now
            session.flush()
            self._audit(session, adviser, "ticket.reply", ticket_id, f"message {message.id}")
            return _message(message, record)

    def release(self, ticket_id: str, adviser: str) -> HandoffTicket:
        """Give the conversation back to the bot (only the adviser who holds it)."""
        return self._end(ticket_id, adviser, TicketStatus.RELEASED, "ticket.release")

    def close(self, ticket_id: str, actor: str, *, note: str | None = None) -> HandoffTicket:
        """Close a ticket: an open or released one by anyone, an assigned one by its holder."""
        return self._end(ticket_id, actor, TicketStatus.CLOSED, "ticket.close", note)

    def _end(
        self,
        ticket_id: str,
        actor: str,
        status: TicketStatus,
        action: str,
        note: str | None = None,
    ) -> HandoffTicket:
        now = self._now()
        held_by_actor = and_(
            TicketRecord.status == TicketStatus.ASSIGNED.value,
            TicketRecord.assigned_to == actor,
        )
        allowed = held_by_actor
        if status is TicketStatus.CLOSED:
            unheld = (TicketStatus.OPEN.value, TicketStatus.RELEASED.value)
            allowed = or_(held_by_actor, TicketRecord.status.in_(unheld))
        with Session(self._engine) as session, session.begin():
            result = session.execute(
                update(TicketRecord)
                .where(TicketRecord.id == ticket_id, allowed)
                .values(status=status.value, ended_at=now, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            record = session.get(TicketRecord, ticket_id, populate_existing=True)
            if record is None:
                raise TicketNotFoundError(ticket_id)
            if _rowcount(result) != 1:
                if record.status == TicketStatus.ASSIGNED.value:
                    raise NotTicketHolderError(ticket_id, actor, record.assigned_to)
                verb = "rendre la main" if status is TicketStatus.RELEASED else "clôture"
                raise TicketStateError(ticket_id, record.status, verb)
            self._audit(session, actor, action, ticket_id, note)
            return _ticket(record)

    def messages(self, ticket_id: str) -> list[TicketMessage]:
        """Every message of a ticket, oldest first."""
        with Session(self._engine) as session:
            record = session.get(TicketRecord, ticket_id)
            if record is None:
                raise TicketNotFoundError(ticket_id)
            rows = session.scalars(
                select(TicketMessageRecord)
                .where(TicketMessageRecord.ticket_id == ticket_id)
                .order_by(TicketMessageRecord.created_at, TicketMessageRecord.id)
            )
            return [_message(row, record) for row in rows]

    # -- the channels' side ---------------------------------------------------------------

    def pending_replies(self, conversation_id: str | None = None) -> list[TicketMessage]:
        """Adviser replies not delivered yet (for one conversation, or all), oldest first."""
        query = (
            select(TicketMessageRecord, TicketRecord)
            .join(TicketRecord, TicketRecord.id == TicketMessageRecord.ticket_id)
            .where(TicketMessageRecord.delivered.is_(False))
            .order_by(TicketMessageRecord.created_at, TicketMessageRecord.id)
        )
        if conversation_id is not None:
            query = query.where(TicketRecord.conversation_id == conversation_id)
        with Session(self._engine) as session:
            return [_message(message, ticket) for message, ticket in session.execute(query)]

    def mark_delivered(self, message_ids: Iterable[int]) -> int:
        """Mark replies as sent to the member; returns how many changed."""
        ids: Sequence[int] = list(message_ids)
        if not ids:
            return 0
        with Session(self._engine) as session, session.begin():
            result = session.execute(
                update(TicketMessageRecord)
                .where(
                    TicketMessageRecord.id.in_(ids),
                    TicketMessageRecord.delivered.is_(False),
                )
                .values(delivered=True, delivered_at=self._now())
                .execution_options(synchronize_session=False)
            )
            return _rowcount(result)

    # -- helpers --------------------------------------------------------------------------

    @staticmethod
    def _active_record(
        session: Session, conversation_id: str, *, lock: bool = False
    ) -> TicketRecord | None:
        query = select(TicketRecord).where(
            TicketRecord.conversation_id == conversation_id,
            TicketRecord.status.in_(ACTIVE_STATUSES),
        )
        if lock:
            query = query.with_for_update()
        return session.scalars(query).first()

    @staticmethod
    def _held_record(session: Session, ticket_id: str, adviser: str, action: str) -> TicketRecord:
        record = session.get(TicketRecord, ticket_id, with_for_update=True)
        if record is None:
            raise TicketNotFoundError(ticket_id)
        if record.status != TicketStatus.ASSIGNED.value:
            raise TicketStateError(ticket_id, record.status, action)
        if record.assigned_to != adviser:
            raise NotTicketHolderError(ticket_id, adviser, record.assigned_to)
        return record

    def _audit(
        self,
        session: Session,
        actor: str,
        action: str,
        target: str,
        detail: str | None = None,
    ) -> None:
        session.add(
            AuditRecord(actor=actor, action=action, target=target, at=self._now(), detail=detail)
        )
