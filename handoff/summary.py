"""A short, redacted French brief of a conversation for the adviser who takes it over.

Input: Rasa tracker events as plain dicts (the HTTP API's ``events`` or rasa-sdk's
``tracker.events``)::

    {"event": "user", "text": ..., "parse_data": {"intent": {"name": ...}, "entities": [...]},
     "metadata": {...}, "input_channel": ...}
    {"event": "bot", "text": ..., "data": {"custom": {"kind": ...}}}
    {"event": "slot", "name": ..., "value": ...}
    {"event": "action", "name": ...}

Every text and every string slot value goes through :func:`privacy.redaction.redact`, and
every text is clipped, so that the brief stays short and holds no direct identifier.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from handoff.reasons import HandoffReason
from privacy.redaction import redact

#: Slots worth showing to an adviser (the ones the domain declares or will declare).
DEFAULT_SLOTS: tuple[str, ...] = (
    "urgent",
    "care_type",
    "specialty",
    "location",
    "amount",
    "sector",
    "contract_id",
)
#: Intents that carry no question (not listed among the member's questions).
SMALL_TALK_INTENTS = frozenset(
    {"greet", "goodbye", "thanks", "affirm", "deny", "chitchat", "bot_challenge"}
)
FALLBACK_INTENTS = frozenset({"nlu_fallback"})
FALLBACK_ACTIONS = frozenset({"action_nlu_fallback", "action_default_fallback"})
#: Failed turns in a row after which the conversation goes to a human.
REPEATED_FAILURE_THRESHOLD = 2

TURN_CHARS = 300
QUESTION_CHARS = 200

_KIND_LABELS = {
    "answer": "réponse sourcée",
    "care_search": "recherche de soins",
    "simulation": "simulation de remboursement",
    "contract_recommendation": "conseil de contrat",
    "handoff": "transfert",
    "emergency": "urgence",
    "nudge": "rappel de prévention",
    "consent": "consentement",
    "fallback": "incompréhension",
}
_SLOT_LABELS = {
    "urgent": "urgence signalée",
    "care_type": "soin",
    "specialty": "spécialité",
    "location": "lieu",
    "amount": "montant",
    "sector": "secteur",
    "contract_id": "contrat",
}

JsonScalar = str | int | float | bool | None


class Turn(BaseModel):
    """One redacted message of the conversation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    speaker: Literal["member", "bot"]
    text: str
    intent: str | None = None
    kind: str | None = None
    at: datetime | None = None


class ConversationSummary(BaseModel):
    """What the adviser needs first; every text is redacted and bounded."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    intents: list[str] = Field(default_factory=list)
    last_intent: str | None = None
    slots: dict[str, JsonScalar | list[JsonScalar]] = Field(default_factory=dict)
    questions: list[str] = Field(default_factory=list)
    bot_kinds: list[str] = Field(default_factory=list)
    turns: list[Turn] = Field(default_factory=list)
    channel: str | None = None
    member_id: str | None = None


def clip(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: max(0, limit - 1)].rstrip() + "…"


def _intent(event: Mapping[str, Any]) -> str | None:
    parse_data = event.get("parse_data") or {}
    intent = parse_data.get("intent") or {}
    name = intent.get("name")
    return str(name) if name else None


def _kind(event: Mapping[str, Any]) -> str | None:
    data = event.get("data") or {}
    custom = data.get("custom") if isinstance(data, Mapping) else None
    kind = custom.get("kind") if isinstance(custom, Mapping) else None
    return str(kind) if kind else None


def _at(event: Mapping[str, Any]) -> datetime | None:
    stamp = event.get("timestamp")
    if isinstance(stamp, int | float) and not isinstance(stamp, bool):
        return datetime.fromtimestamp(stamp, UTC)
    return None


def _slot_value(value: Any) -> JsonScalar | list[JsonScalar]:
    if isinstance(value, str):
        return clip(redact(value), QUESTION_CHARS)
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [v for v in (_slot_value(item) for item in value[:10]) if not isinstance(v, list)]
    return clip(redact(str(value)), QUESTION_CHARS)


def _turns_of(events: Iterable[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
    """Events grouped by member message (a group starts with a ``user`` event)."""
    groups: list[list[Mapping[str, Any]]] = []
    for event in events:
        if event.get("event") == "restart":
            groups = []
        elif event.get("event") == "user":
            groups.append([event])
        elif groups:
            groups[-1].append(event)
    return groups


def _failed(group: Sequence[Mapping[str, Any]]) -> bool:
    if _intent(group[0]) in FALLBACK_INTENTS:
        return True
    for event in group[1:]:
        if event.get("event") == "bot" and _kind(event) == "fallback":
            return True
        if event.get("event") == "action" and event.get("name") in FALLBACK_ACTIONS:
            return True
    return False


def consecutive_failures(events: Iterable[Mapping[str, Any]]) -> int:
    """How many of the latest member messages in a row the bot did not understand.

    A message counts as failed when NLU classified it as ``nlu_fallback``, or when the bot
    answered it with a fallback action or a ``kind: fallback`` envelope. Called from an action,
    the current message counts through its intent (its replies are not in the tracker yet).
    """
    count = 0
    for group in reversed(_turns_of(events)):
        if not _failed(group):
            break
        count += 1
    return count


def needs_human_after_failures(events: Iterable[Mapping[str, Any]]) -> bool:
    """Two failed turns in a row (:data:`REPEATED_FAILURE_THRESHOLD`)."""
    return consecutive_failures(events) >= REPEATED_FAILURE_THRESHOLD


def _member_text(event: Mapping[str, Any]) -> str | None:
    text = event.get("text")
    if not isinstance(text, str) or not text.strip():
        return None
    if text.startswith("/"):  # a button payload such as "/request_human"
        return None
    return text


def build_summary(
    events: Iterable[Mapping[str, Any]],
    *,
    reason: HandoffReason | None = None,
    max_turns: int = 8,
    max_questions: int = 3,
    max_chars: int = 700,
    slot_names: Collection[str] = DEFAULT_SLOTS,
) -> ConversationSummary:
    """The brief of a conversation: intents, useful slots, the member's latest questions, the
    kinds of answers given, and the last ``max_turns`` messages, all redacted and bounded."""
    intents: list[str] = []
    questions: list[str] = []
    bot_kinds: list[str] = []
    slots: dict[str, JsonScalar | list[JsonScalar]] = {}
    turns: list[Turn] = []
    channel: str | None = None
    member_id: str | None = None
    last_intent: str | None = None

    for event in events:
        kind_of_event = event.get("event")
        if kind_of_event == "restart":
            intents, questions, bot_kinds, turns, slots = [], [], [], [], {}
            last_intent = None
        elif kind_of_event == "user":
            intent = _intent(event)
            last_intent = intent or last_intent
            if intent and intent not in intents:
                intents.append(intent)
            metadata = event.get("metadata") or {}
            channel = str(metadata.get("channel") or event.get("input_channel") or "") or channel
            member_id = str(metadata.get("member_id") or "") or member_id
            text = _member_text(event)
            shown = clip(redact(text), TURN_CHARS) if text else "(choix d'un bouton)"
            turns.append(Turn(speaker="member", text=shown, intent=intent, at=_at(event)))
            if text and intent not in SMALL_TALK_INTENTS:
                questions.append(clip(redact(text), QUESTION_CHARS))
        elif kind_of_event == "bot":
            kind = _kind(event)
            if kind:
                bot_kinds.append(kind)
            text = event.get("text")
            shown = clip(redact(text), TURN_CHARS) if isinstance(text, str) and text else ""
            turns.append(Turn(speaker="bot", text=shown, kind=kind, at=_at(event)))
        elif kind_of_event == "slot" and event.get("name") in slot_names:
            name = str(event["name"])
            value = event.get("value")
            if value is None or value == "" or value == []:
                slots.pop(name, None)
            else:
                slots[name] = _slot_value(value)

    recent_questions = questions[-max_questions:]
    text = _summary_text(reason, intents, recent_questions, bot_kinds, slots)
    return ConversationSummary(
        text=clip(text, max_chars),
        intents=intents,
        last_intent=last_intent,
        slots=slots,
        questions=recent_questions,
        bot_kinds=bot_kinds,
        turns=turns[-max_turns:] if max_turns > 0 else [],
        channel=channel,
        member_id=member_id,
    )


def _summary_text(
    reason: HandoffReason | None,
    intents: Sequence[str],
    questions: Sequence[str],
    bot_kinds: Sequence[str],
    slots: Mapping[str, JsonScalar | list[JsonScalar]],
) -> str:
    parts: list[str] = []
    if reason is not None:
        parts.append(f"Motif : {reason.label}.")
    if questions:
        parts.append("Demande de l'adhérent : " + " ; ".join(f"« {q} »" for q in questions) + ".")
    else:
        parts.append("Aucune question écrite par l'adhérent.")
    if intents:
        parts.append("Intentions détectées : " + ", ".join(intents) + ".")
    if bot_kinds:
        counts: dict[str, int] = {}
        for kind in bot_kinds:
            counts[kind] = counts.get(kind, 0) + 1
        answered = ", ".join(
            _KIND_LABELS.get(kind, kind) + (f" ×{n}" if n > 1 else "") for kind, n in counts.items()
        )
        parts.append(f"Réponses de l'assistant : {answered}.")
    if slots:
        details = ", ".join(f"{_SLOT_LABELS.get(k, k)} = {_shown(v)}" for k, v in slots.items())
        parts.append(f"Informations : {details}.")
    return " ".join(parts)


def _shown(value: JsonScalar | list[JsonScalar]) -> str:
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, list):
        return ", ".join(_shown(v) for v in value)
    return str(value)
