"""Which messages the forms may read values from.

A question asked in the middle of a form ("c'est quoi le secteur 2 ?"), an emergency or a
request for a human must not be read as an answer: the form lets the rules handle them and
asks again afterwards.
"""

from __future__ import annotations

from rasa_sdk import Tracker

READING_BLOCKED = frozenset(
    {
        "ask_question",
        "safety_emergency",
        "safety_poisoning",
        "safety_suicidal_distress",
        "safety_medical_advice",
        "request_human",
        "complaint",
        "claim_dispute",
        "bereavement",
        "fraud_report",
        "callback_request",
        "contract_termination",
        "out_of_scope",
        "goodbye",
        "bot_challenge",
        "find_care",
        "nudge_opt_in",
        "nudge_opt_out",
    }
)
"""Intents whose message is never read as a form answer."""

FREE_INTENTS = frozenset({"greet", "thanks", "chitchat", "affirm", "deny"})
"""Intents whose message is read only as a short answer to the question just asked."""


def latest_intent(tracker: Tracker) -> str:
    intent = tracker.latest_message.get("intent") or {}
    return str(intent.get("name") or "")


def latest_text(tracker: Tracker) -> str:
    return str(tracker.latest_message.get("text") or "")
