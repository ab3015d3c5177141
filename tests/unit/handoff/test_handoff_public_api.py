"""The package's public surface: every name in ``__all__`` exists, and nothing else leaks."""

from __future__ import annotations

import handoff


def test_exported_names_exist_and_are_sorted() -> None:
    assert handoff.__all__ == sorted(handoff.__all__, key=lambda n: (not n.isupper(), n))
    for name in handoff.__all__:
        assert hasattr(handoff, name), name


def test_public_callables_are_exported() -> None:
    expected = {
        "TicketStore",
        "AdviserDirectory",
        "ChatwootClient",
        "build_summary",
        "member_message",
        "availability",
        "reason_for_intent",
        "needs_human_after_failures",
        "parse_agent_reply",
    }
    assert expected <= set(handoff.__all__)


def test_exception_tree() -> None:
    assert issubclass(handoff.TicketAlreadyTakenError, handoff.TicketError)
    assert issubclass(handoff.TicketError, handoff.HandoffError)
    assert issubclass(handoff.WeakPasswordError, handoff.AdviserError)
    assert issubclass(handoff.ChatwootError, handoff.HandoffError)
    error = handoff.TicketNotFoundError("t-1")
    assert repr(error) == "TicketNotFoundError('Ticket introuvable : t-1')"
