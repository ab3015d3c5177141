"""Handing a conversation to a human adviser: tickets, the member's "what happens next", and
the delivery of the adviser's replies."""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.member_context import current_member
from actions.replies import ADVISER_CONTACT
from actions.slot_reading import latest_intent
from assistant import Envelope
from handoff import (
    HandoffError,
    HandoffReason,
    HandoffTicket,
    TicketStore,
    build_summary,
    consecutive_failures,
    member_message,
    reason_for_intent,
)

logger = logging.getLogger(__name__)


@functools.cache
def ticket_store() -> TicketStore:
    """The ticket store of ``MUTUELLE_DB_URL`` (SQLite file by default)."""
    return TicketStore.from_url()


def conversation_channel(tracker: Tracker) -> str | None:
    """The channel the gateway named in the metadata, else the engine's input channel."""
    metadata = tracker.latest_message.get("metadata") or {}
    channel = metadata.get("channel") if isinstance(metadata, dict) else None
    return str(channel) if channel else tracker.get_latest_input_channel()


def open_ticket(tracker: Tracker, reason: HandoffReason) -> HandoffTicket | None:
    """Open (or raise) the conversation's ticket; ``None`` if the store is unavailable."""
    member = current_member(tracker)
    try:
        return ticket_store().open_ticket(
            tracker.sender_id,
            reason,
            channel=conversation_channel(tracker),
            member_id=member.member_id if member else None,
            summary=build_summary(tracker.events, reason=reason),
        )
    except (HandoffError, SQLAlchemyError):
        logger.exception("handoff ticket could not be stored")
        return None


def handoff_envelope(reason: HandoffReason, ticket: HandoffTicket | None) -> Envelope:
    return Envelope(
        kind="handoff",
        data={
            "reason": reason.value,
            "reason_label": reason.label,
            "priority": reason.priority.name.lower(),
            "ticket_id": ticket.id if ticket else None,
            "status": ticket.status.value if ticket else "not_recorded",
        },
    )


def hand_over(
    dispatcher: CollectingDispatcher, tracker: Tracker, reason: HandoffReason
) -> list[dict[str, Any]]:
    """Open the ticket and tell the member what happens next (``kind: handoff``)."""
    ticket = open_ticket(tracker, reason)
    text = member_message(reason, datetime.now(UTC))
    if ticket is None:
        text = f"{text} {ADVISER_CONTACT}"
    dispatcher.utter_message(
        text=text, json_message=handoff_envelope(reason, ticket).as_json_message()
    )
    return [SlotSet("handoff_ticket", ticket.id if ticket else None)]


def failed_turns_before(events: Sequence[dict[str, Any]]) -> int:
    """Failed turns in a row before the current member message."""
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=0)
    return consecutive_failures(events[:last_user])


def escalate_after_repeated_failure(
    dispatcher: CollectingDispatcher, tracker: Tracker
) -> list[dict[str, Any]] | None:
    """When this is the second failed turn in a row, hand over instead of failing again."""
    if failed_turns_before(tracker.events) + 1 < 2:
        return None
    return hand_over(dispatcher, tracker, HandoffReason.REPEATED_FAILURE)


class ActionOpenHandoff(Action):
    """Explicit requests and sensitive topics (complaint, dispute, bereavement, fraud…)."""

    def name(self) -> str:
        return "action_open_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        reason = reason_for_intent(latest_intent(tracker)) or HandoffReason.EXPLICIT_REQUEST
        return hand_over(dispatcher, tracker, reason)


class ActionDeliverAdviserReplies(Action):
    """Utter the adviser's undelivered replies (run by the console through the HTTP API)."""

    def name(self) -> str:
        return "action_deliver_adviser_replies"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        try:
            pending = ticket_store().pending_replies(tracker.sender_id)
        except (HandoffError, SQLAlchemyError):
            logger.exception("adviser replies could not be read")
            return []
        for message in pending:
            dispatcher.utter_message(text=f"Votre conseiller : {message.text}")
        if pending:
            ticket_store().mark_delivered([message.id for message in pending])
        # run through the HTTP API outside a turn: leave the tracker as after a listen, so the
        # member's next message is handled like any other once the bot has the hand again
        return [ActionExecuted("action_listen")]
