"""Human handoff: reasons, tickets, summaries, adviser accounts and the Chatwoot connector.

What the action server calls::

    from handoff import TicketStore, build_summary, member_message, reason_for_intent

    store = TicketStore.from_url()              # MUTUELLE_DB_URL, else data/mutuelle.db
    if store.is_held(tracker.sender_id):        # an adviser holds the conversation: stay silent
        ...
    reason = reason_for_intent(intent)          # or HandoffReason.REPEATED_FAILURE when
                                                # needs_human_after_failures(tracker.events)
    summary = build_summary(tracker.events, reason=reason)
    ticket = store.open_ticket(tracker.sender_id, reason, summary=summary)
    text = member_message(reason, datetime.now(UTC))

What the console calls: :class:`AdviserDirectory` (``login``, ``adviser_for_token``,
``record_access``, ``list_audit``) and :class:`TicketStore` (``queue``, ``get``, ``take``,
``add_reply``, ``release``, ``close``). The channels deliver ``pending_replies`` and
``mark_delivered`` them. ``python -m handoff --help`` creates adviser accounts.
"""

from __future__ import annotations

from handoff.advisers import AdviserDirectory, hash_password, verify_password
from handoff.chatwoot import (
    AgentReply,
    ChatwootClient,
    ChatwootSettings,
    handoff_note,
    parse_agent_reply,
)
from handoff.database import init_db, make_engine
from handoff.exceptions import (
    AdviserError,
    AdviserExistsError,
    AdviserNotFoundError,
    ChatwootError,
    HandoffConfigError,
    HandoffError,
    NotTicketHolderError,
    TicketAlreadyTakenError,
    TicketError,
    TicketNotFoundError,
    TicketStateError,
    WeakPasswordError,
)
from handoff.hours import (
    DEFAULT_OPENING_HOURS,
    Availability,
    OpeningHours,
    TimeRange,
    availability,
    load_opening_hours,
    member_message,
)
from handoff.models import (
    Adviser,
    AdviserRole,
    AuditEntry,
    HandoffTicket,
    IssuedSession,
    TicketMessage,
    TicketStatus,
)
from handoff.reasons import (
    ADVISER_PHONE,
    INTENT_REASONS,
    HandoffReason,
    Priority,
    reason_for_intent,
)
from handoff.store import TicketStore
from handoff.summary import (
    REPEATED_FAILURE_THRESHOLD,
    ConversationSummary,
    Turn,
    build_summary,
    consecutive_failures,
    needs_human_after_failures,
)

__all__ = [
    "ADVISER_PHONE",
    "DEFAULT_OPENING_HOURS",
    "INTENT_REASONS",
    "REPEATED_FAILURE_THRESHOLD",
    "Adviser",
    "AdviserDirectory",
    "AdviserError",
    "AdviserExistsError",
    "AdviserNotFoundError",
    "AdviserRole",
    "AgentReply",
    "AuditEntry",
    "Availability",
    "ChatwootClient",
    "ChatwootError",
    "ChatwootSettings",
    "ConversationSummary",
    "HandoffConfigError",
    "HandoffError",
    "HandoffReason",
    "HandoffTicket",
    "IssuedSession",
    "NotTicketHolderError",
    "OpeningHours",
    "Priority",
    "TicketAlreadyTakenError",
    "TicketError",
    "TicketMessage",
    "TicketNotFoundError",
    "TicketStateError",
    "TicketStatus",
    "TicketStore",
    "TimeRange",
    "Turn",
    "WeakPasswordError",
    "availability",
    "build_summary",
    "consecutive_failures",
    "handoff_note",
    "hash_password",
    "init_db",
    "load_opening_hours",
    "make_engine",
    "member_message",
    "needs_human_after_failures",
    "parse_agent_reply",
    "reason_for_intent",
    "verify_password",
]
