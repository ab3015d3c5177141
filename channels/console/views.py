"""JSON views of the console API: tickets, transcripts, replies (pydantic models)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from channels.console.delivery import DeliveryReport
from handoff import HandoffReason, HandoffTicket, Priority, TicketMessage, TicketStatus

Speaker = Literal["member", "bot", "adviser"]
MAX_TRANSCRIPT = 200
BUTTON_CHOICE = "(choix d'un bouton)"

_CHANNEL_LABELS = {
    "whatsapp": "WhatsApp",
    "telegram": "Telegram",
    "web": "Site web",
    "website": "Site web",
    "site": "Site web",
    "socketio": "Site web",
    "rest": "API",
    "console": "Console",
    "inconnu": "Inconnu",
}


def channel_label(channel: str) -> str:
    return _CHANNEL_LABELS.get(channel.lower(), channel)


class TicketView(BaseModel):
    """A ticket as the console shows it (French labels included)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    conversation_id: str
    channel: str
    channel_label: str
    member_id: str | None
    reason: str
    reason_label: str
    reasons: list[str]
    priority: int
    priority_label: str
    status: str
    status_label: str
    assigned_to: str | None
    mine: bool
    urgent: bool
    summary: str
    slots: dict[str, Any]
    created_at: datetime
    waiting_seconds: int

    @classmethod
    def of(cls, ticket: HandoffTicket, adviser: str, now: datetime) -> TicketView:
        urgent = (
            ticket.priority is Priority.URGENT
            or ticket.reason is HandoffReason.URGENT
            or bool(ticket.slots.get("urgent"))
        )
        return cls(
            id=ticket.id,
            conversation_id=ticket.conversation_id,
            channel=ticket.channel,
            channel_label=channel_label(ticket.channel),
            member_id=ticket.member_id,
            reason=ticket.reason.value,
            reason_label=ticket.reason.label,
            reasons=[reason.label for reason in ticket.reasons],
            priority=int(ticket.priority),
            priority_label=ticket.priority.label,
            status=ticket.status.value,
            status_label=ticket.status.label,
            assigned_to=ticket.assigned_to,
            mine=ticket.status is TicketStatus.ASSIGNED and ticket.assigned_to == adviser,
            urgent=urgent,
            summary=ticket.summary,
            slots=dict(ticket.slots),
            created_at=ticket.created_at,
            waiting_seconds=max(0, int((now - ticket.created_at).total_seconds())),
        )


class QueueView(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    tickets: list[TicketView]
    refreshed_at: datetime


class TranscriptEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    speaker: Speaker
    text: str
    at: datetime | None = None
    author: str | None = None
    delivered: bool | None = Field(default=None, description="adviser replies only")


class TicketDetail(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    ticket: TicketView
    transcript: list[TranscriptEntry]
    transcript_source: Literal["engine", "summary"]
    last_question: str | None
    paused: bool | None = None
    notice: str | None = None


class ActionResult(BaseModel):
    """The ticket after take, release or close; ``warning`` when the engine did not follow."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ticket: TicketView
    warning: str | None = None


class MessageView(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: int
    text: str
    created_at: datetime
    delivered: bool


class ReplyResult(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    message: MessageView
    delivery: DeliveryReport
    warning: str | None = None


class AdviserView(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    login: str
    display_name: str
    role: str


# -- transcript ------------------------------------------------------------------------------


def _at(value: Any) -> datetime | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    return None


def _events_entries(events: Iterable[Mapping[str, Any]]) -> list[TranscriptEntry]:
    entries: list[TranscriptEntry] = []
    for event in events:
        kind = event.get("event")
        if kind == "restart":
            entries = []
            continue
        text = event.get("text")
        if kind == "user":
            shown = text if isinstance(text, str) and text.strip() else ""
            if not shown or shown.startswith("/"):
                shown = BUTTON_CHOICE
            entries.append(
                TranscriptEntry(speaker="member", text=shown, at=_at(event.get("timestamp")))
            )
        elif kind == "bot" and isinstance(text, str) and text.strip():
            entries.append(
                TranscriptEntry(speaker="bot", text=text, at=_at(event.get("timestamp")))
            )
    return entries


def _message_entry(message: TicketMessage) -> TranscriptEntry:
    if message.author_kind == "adviser":
        return TranscriptEntry(
            speaker="adviser",
            text=message.text,
            at=message.created_at,
            author=message.author,
            delivered=message.delivered,
        )
    return TranscriptEntry(speaker="member", text=message.text, at=message.created_at)


def _sorted(entries: Sequence[TranscriptEntry]) -> list[TranscriptEntry]:
    epoch = datetime.fromtimestamp(0, UTC)

    def key(pair: tuple[int, TranscriptEntry]) -> tuple[datetime, int]:
        at = pair[1].at or epoch
        return (at.replace(tzinfo=UTC) if at.tzinfo is None else at, pair[0])

    ordered = sorted(enumerate(entries), key=key)
    return [entry for _, entry in ordered][-MAX_TRANSCRIPT:]


def transcript_from_tracker(
    events: Iterable[Mapping[str, Any]], messages: Sequence[TicketMessage]
) -> list[TranscriptEntry]:
    """The engine's user and bot turns, with the ticket's adviser replies and the member
    messages kept while the conversation was held, oldest first.

    Adviser replies the engine delivered also appear as bot turns: those are shown once, as
    the adviser's."""
    adviser_texts = {m.text.strip() for m in messages if m.author_kind == "adviser"}
    engine_entries = [
        entry
        for entry in _events_entries(events)
        if not (entry.speaker == "bot" and entry.text.strip() in adviser_texts)
    ]
    engine_member = {(e.text.strip()) for e in engine_entries if e.speaker == "member"}
    extra = [
        _message_entry(m)
        for m in messages
        if m.author_kind == "adviser" or m.text.strip() not in engine_member
    ]
    return _sorted([*engine_entries, *extra])


def transcript_from_ticket(
    ticket: HandoffTicket, messages: Sequence[TicketMessage]
) -> list[TranscriptEntry]:
    """The redacted turns saved with the ticket (when the engine cannot be read)."""
    entries = [
        TranscriptEntry(speaker=turn.speaker, text=turn.text, at=turn.at)
        for turn in ticket.transcript
    ]
    return _sorted([*entries, *(_message_entry(m) for m in messages)])


def last_member_question(entries: Sequence[TranscriptEntry]) -> str | None:
    for entry in reversed(entries):
        if entry.speaker == "member" and entry.text != BUTTON_CHOICE and entry.text.strip():
            return entry.text
    return None


def message_view(message: TicketMessage, delivered_ids: Iterable[int] = ()) -> MessageView:
    return MessageView(
        id=message.id,
        text=message.text,
        created_at=message.created_at,
        delivered=message.delivered or message.id in set(delivered_ids),
    )
