"""The consent ledger: append-only proof of who accepted which reminders, where, when and how.

Rules:

- an opt-in is recorded only on an explicit yes (:func:`is_explicit_yes`) to a published,
  versioned text (:data:`CONSENT_WORDING`); the exact text, its version, the channel, the
  recipient, the time (UTC), the member's reply and the message id are kept;
- an opt-in covers one channel; an opt-out covers **every channel** (a STOP typed anywhere stops
  the reminders everywhere), for its topic or, with ``NudgeTopic.ALL``, for everything;
- the latest relevant record wins; nothing is ever updated or deleted (the ORM refuses it);
- a STOP when nothing is active is acknowledged but not recorded again (idempotent).

The Rasa actions call :meth:`ConsentLedger.record_opt_in` after showing
:func:`current_wording` and reading the reply with :func:`classify_consent_reply`, and
:meth:`ConsentLedger.record_opt_out` on a STOP or an opt-out request.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from channels.nudges.database import make_nudge_engine
from channels.nudges.enums import Channel, ConsentAction, ConsentMethod, NudgeTopic
from channels.nudges.exceptions import ConsentError, ConsentNotGivenError
from channels.nudges.orm import ConsentEventRecord
from channels.nudges.replies import (
    ConsentReply,
    classify_consent_reply,
    is_explicit_yes,
    is_stop_command,
)
from channels.nudges.wording import CONSENT_WORDING, ConsentWording, current_wording, wording
from privacy.redaction import redact

__all__ = [
    "CONSENT_WORDING",
    "ConsentEvent",
    "ConsentLedger",
    "ConsentReply",
    "ConsentTarget",
    "ConsentWording",
    "active_targets",
    "classify_consent_reply",
    "current_wording",
    "is_explicit_yes",
    "is_stop_command",
]


class ConsentEvent(BaseModel):
    """One record of the ledger, as shown in a proof of consent."""

    model_config = ConfigDict(extra="forbid", frozen=True, from_attributes=True)

    id: int
    member_id: str | None
    action: ConsentAction
    topic: NudgeTopic
    channel: Channel
    recipient_id: str
    conversation_id: str
    occurred_at: datetime
    wording_version: str | None
    wording_text: str | None
    method: ConsentMethod
    message_id: str | None
    member_text: str | None
    recorded_at: datetime

    @property
    def order(self) -> tuple[datetime, int]:
        return (self.occurred_at, self.id)

    def covers(self, topic: NudgeTopic) -> bool:
        return self.topic is NudgeTopic.ALL or self.topic is topic


class ConsentTarget(BaseModel):
    """Where a member currently accepts nudges for a topic."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    channel: Channel
    recipient_id: str
    conversation_id: str
    since: datetime


def active_targets(events: Iterable[ConsentEvent], topic: NudgeTopic) -> list[ConsentTarget]:
    """Channels on which ``events`` (one member's) allow nudges for ``topic``, latest first."""
    if topic is NudgeTopic.ALL:
        raise ConsentError("ask for a specific topic: 'all' is only a consent scope")
    relevant = [e for e in events if e.covers(topic)]
    opt_outs = [e.order for e in relevant if e.action is ConsentAction.OPT_OUT]
    last_out = max(opt_outs, default=None)
    latest_in: dict[Channel, ConsentEvent] = {}
    for event in sorted(relevant, key=lambda e: e.order):
        if event.action is ConsentAction.OPT_IN:
            latest_in[event.channel] = event
    active = [e for e in latest_in.values() if last_out is None or e.order > last_out]
    return [
        ConsentTarget(
            channel=e.channel,
            recipient_id=e.recipient_id,
            conversation_id=e.conversation_id,
            since=e.occurred_at,
        )
        for e in sorted(active, key=lambda e: e.order, reverse=True)
    ]


def _scope(topic: NudgeTopic) -> tuple[NudgeTopic, ...]:
    return NudgeTopic.specific() if topic is NudgeTopic.ALL else (topic,)


def _utc(at: datetime | None) -> datetime:
    if at is None:
        return datetime.now(UTC)
    if at.tzinfo is None:
        raise ConsentError("naive datetime: give an aware (UTC) datetime")
    return at.astimezone(UTC)


def platform_ids(
    channel: Channel, recipient_id: str, conversation_id: str | None
) -> tuple[str, str]:
    """``(recipient, conversation)``: the bare platform address and the engine's sender id.

    The gateway names WhatsApp and Telegram conversations ``"{channel}:{platform id}"``
    (``channels.models.conversation_id``); either form is accepted as ``recipient_id``.
    """
    recipient = recipient_id.strip().removeprefix(f"{channel.value}:")
    if conversation_id:
        return recipient, conversation_id
    if channel is Channel.WEB:
        return recipient, recipient
    return recipient, f"{channel.value}:{recipient}"


def _checked(name: str, value: str, max_length: int) -> str:
    value = value.strip()
    if not value or len(value) > max_length:
        raise ConsentError(f"{name} must be 1 to {max_length} characters")
    return value


class ConsentLedger:
    """The consent records stored in the SQL database of ``engine``."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @classmethod
    def from_url(cls, url: str | None = None) -> ConsentLedger:
        """Ledger on the database URL (argument, ``MUTUELLE_DB_URL``, SQLite default)."""
        return cls(make_nudge_engine(url))

    @property
    def engine(self) -> Engine:
        return self._engine

    def record_opt_in(
        self,
        *,
        member_id: str,
        channel: Channel,
        recipient_id: str,
        wording_version: str,
        reply_text: str,
        message_id: str | None,
        conversation_id: str | None = None,
        at: datetime | None = None,
    ) -> ConsentEvent:
        """Record that the member accepted the text ``wording_version`` by an explicit yes.

        ``recipient_id`` is the platform address (WhatsApp ``wa_id``, Telegram chat id, web
        conversation id); ``conversation_id`` is the engine's sender id (by default
        ``"whatsapp:<wa_id>"``/``"telegram:<chat id>"`` as the gateway names them, and the
        recipient itself on the web).
        Raises :class:`ConsentNotGivenError` — and records nothing — unless ``reply_text`` is an
        explicit yes.
        """
        accepted = wording(wording_version)
        if not is_explicit_yes(reply_text) or is_stop_command(reply_text):
            raise ConsentNotGivenError(
                "la réponse n'est pas un oui explicite : rien n'est enregistré"
            )
        channel = Channel(channel)
        recipient, conversation = platform_ids(channel, recipient_id, conversation_id)
        record = ConsentEventRecord(
            member_id=_checked("member_id", member_id, 20),
            action=ConsentAction.OPT_IN.value,
            topic=accepted.topic.value,
            channel=channel.value,
            recipient_id=_checked("recipient_id", recipient, 128),
            conversation_id=_checked("conversation_id", conversation, 128),
            occurred_at=_utc(at),
            wording_version=accepted.version,
            wording_text=accepted.text,
            method=ConsentMethod.EXPLICIT_YES.value,
            message_id=message_id,
            member_text=redact(reply_text.strip()),
        )
        return self._add([record])[0]

    def record_opt_out(
        self,
        *,
        channel: Channel,
        method: ConsentMethod,
        member_id: str | None = None,
        recipient_id: str | None = None,
        conversation_id: str | None = None,
        topic: NudgeTopic = NudgeTopic.ALL,
        message_id: str | None = None,
        member_text: str | None = None,
        at: datetime | None = None,
    ) -> list[ConsentEvent]:
        """Withdraw consent for ``topic`` (default: everything) on every channel.

        Give ``member_id`` (a conversation that knows the member), or ``recipient_id`` /
        ``conversation_id`` (a STOP from a platform address: every member who consented with
        that address is withdrawn).
        Returns the records written: empty when nothing was active (a repeated STOP). A STOP
        from an address no member ever consented with is recorded once per call, without member.
        """
        if member_id is None and recipient_id is None and conversation_id is None:
            raise ConsentError("give member_id, recipient_id or conversation_id")
        if method is ConsentMethod.EXPLICIT_YES:
            raise ConsentError("an opt-out cannot be given by an explicit yes")
        channel = Channel(channel)
        address, conversation = (
            platform_ids(channel, recipient_id or conversation_id or "", conversation_id)
            if recipient_id or conversation_id
            else ("-", "-")
        )
        address = _checked("recipient_id", address, 128)
        when = _utc(at)
        members = (
            [_checked("member_id", member_id, 20)]
            if member_id is not None
            else self._members_of(channel, address)
        )

        def _record(member: str | None) -> ConsentEventRecord:
            return ConsentEventRecord(
                member_id=member,
                action=ConsentAction.OPT_OUT.value,
                topic=NudgeTopic(topic).value,
                channel=channel.value,
                recipient_id=address,
                conversation_id=_checked("conversation_id", conversation, 128),
                occurred_at=when,
                method=ConsentMethod(method).value,
                message_id=message_id,
                member_text=redact(member_text.strip()) if member_text else None,
            )

        if not members:
            return self._add([_record(None)])
        to_withdraw = [m for m in members if self._has_any(m, _scope(NudgeTopic(topic)))]
        return self._add([_record(m) for m in to_withdraw]) if to_withdraw else []

    def has_consent(self, member_id: str, topic: NudgeTopic, channel: Channel) -> bool:
        """Whether ``member_id`` accepts nudges on ``topic`` (every topic for ``ALL``) there."""
        events = self.proof(member_id)
        return all(
            any(t.channel is Channel(channel) for t in active_targets(events, one))
            for one in _scope(NudgeTopic(topic))
        )

    def targets(self, member_id: str, topic: NudgeTopic) -> list[ConsentTarget]:
        """Where ``member_id`` accepts nudges on a specific ``topic``, latest consent first."""
        return active_targets(self.proof(member_id), topic)

    def proof(self, member_id: str) -> list[ConsentEvent]:
        """Every record of the member, oldest first: the proof of consent for an audit."""
        return self.events_by_member([member_id]).get(member_id, [])

    def events_by_member(
        self, member_ids: Sequence[str] | None = None
    ) -> dict[str, list[ConsentEvent]]:
        """Records of the given members (all members with a record when ``None``), oldest first."""
        query = select(ConsentEventRecord).where(ConsentEventRecord.member_id.is_not(None))
        if member_ids is not None:
            query = query.where(ConsentEventRecord.member_id.in_(list(member_ids)))
        query = query.order_by(ConsentEventRecord.occurred_at, ConsentEventRecord.id)
        grouped: dict[str, list[ConsentEvent]] = defaultdict(list)
        with Session(self._engine) as session:
            for record in session.scalars(query):
                event = ConsentEvent.model_validate(record)
                if event.member_id is not None:
                    grouped[event.member_id].append(event)
        return dict(grouped)

    def _has_any(self, member_id: str, topics: Iterable[NudgeTopic]) -> bool:
        events = self.proof(member_id)
        return any(active_targets(events, topic) for topic in topics)

    def _members_of(self, channel: Channel, recipient_id: str) -> list[str]:
        query = (
            select(ConsentEventRecord.member_id)
            .where(
                ConsentEventRecord.channel == channel.value,
                ConsentEventRecord.recipient_id == recipient_id,
                ConsentEventRecord.member_id.is_not(None),
            )
            .distinct()
        )
        with Session(self._engine) as session:
            return sorted(m for m in session.scalars(query) if m is not None)

    def _add(self, records: list[ConsentEventRecord]) -> list[ConsentEvent]:
        with Session(self._engine, expire_on_commit=False) as session, session.begin():
            session.add_all(records)
            session.flush()
            return [ConsentEvent.model_validate(r) for r in records]
