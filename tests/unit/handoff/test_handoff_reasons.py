"""Reasons: labels, priorities, queue ranks, the member's messages and the intent mapping."""

from __future__ import annotations

import pytest

from assistant.contact import ADVISER_CONTACT
from handoff import ADVISER_PHONE, INTENT_REASONS, HandoffReason, Priority, reason_for_intent


def test_phone_comes_from_the_action_server_contact_sentence() -> None:
    assert ADVISER_PHONE == "01 84 60 00 00"
    assert ADVISER_PHONE in ADVISER_CONTACT


def test_reason_values_are_stable() -> None:
    assert [r.value for r in HandoffReason] == [
        "explicit_request",
        "repeated_failure",
        "complaint",
        "claim_dispute",
        "bereavement",
        "fraud",
        "callback_request",
        "urgent",
        "contract_termination",
    ]
    assert HandoffReason("fraud") is HandoffReason.FRAUD


def test_priority_order() -> None:
    assert Priority.URGENT > Priority.HIGH > Priority.NORMAL > Priority.LOW
    assert HandoffReason.URGENT.priority is Priority.URGENT
    assert HandoffReason.FRAUD.priority is HandoffReason.BEREAVEMENT.priority is Priority.HIGH
    assert HandoffReason.COMPLAINT.priority is Priority.NORMAL
    assert HandoffReason.CLAIM_DISPUTE.priority is Priority.NORMAL
    for low in ("callback_request", "explicit_request", "repeated_failure"):
        assert HandoffReason(low).priority is Priority.LOW
    assert Priority.URGENT.label == "urgente"


def test_ranks_follow_the_agreed_order() -> None:
    ranked = sorted(HandoffReason, key=lambda r: (r.priority, r.rank), reverse=True)
    assert ranked[:3] == [HandoffReason.URGENT, HandoffReason.FRAUD, HandoffReason.BEREAVEMENT]
    assert set(ranked[3:5]) == {HandoffReason.COMPLAINT, HandoffReason.CLAIM_DISPUTE}
    assert HandoffReason.COMPLAINT.rank == HandoffReason.CLAIM_DISPUTE.rank
    assert HandoffReason.CALLBACK_REQUEST.rank == HandoffReason.EXPLICIT_REQUEST.rank
    assert ranked[-1] is HandoffReason.CONTRACT_TERMINATION


@pytest.mark.parametrize("reason", list(HandoffReason))
def test_every_reason_has_french_texts(reason: HandoffReason) -> None:
    assert reason.label[0].isupper()
    text = reason.next_steps
    assert 60 < len(text) < 600
    assert text.endswith(".")
    assert "conseiller" in text
    lowered = text.lower()
    for pushy in ("dépêchez", "immédiatement", "offre", "promotion", "!"):
        assert pushy not in lowered


def test_sensitive_messages_say_what_they_must() -> None:
    assert "condoléances" in HandoffReason.BEREAVEMENT.next_steps
    fraud = HandoffReason.FRAUD.next_steps
    assert "codes" in fraud and "mots de passe" in fraud
    assert "ne vous les demande jamais" in fraud and "coordonnées bancaires" in fraud
    assert "médiateur" in HandoffReason.COMPLAINT.next_steps
    assert "réclamation" in HandoffReason.CLAIM_DISPUTE.next_steps
    urgent = HandoffReason.URGENT.next_steps
    assert urgent.index("15") < urgent.index("conseiller")  # emergency numbers first
    assert "112" in urgent and "3114" in urgent
    assert "sans frais" in HandoffReason.CONTRACT_TERMINATION.next_steps
    assert "justifier" in HandoffReason.CONTRACT_TERMINATION.next_steps


def test_intents_map_to_reasons() -> None:
    assert reason_for_intent("request_human") is HandoffReason.EXPLICIT_REQUEST
    assert reason_for_intent("fraud_report") is HandoffReason.FRAUD
    assert reason_for_intent("safety_suicidal_distress") is HandoffReason.URGENT
    assert reason_for_intent("ask_question") is None
    assert reason_for_intent(None) is None
    assert set(INTENT_REASONS.values()) == set(HandoffReason) - {HandoffReason.REPEATED_FAILURE}
