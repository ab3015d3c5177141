"""``action_safety_reply``: emergency numbers first, or a kind refusal of medical advice."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

import safety
from actions.handoff import open_ticket
from handoff import HandoffReason


class ActionSafetyReply(Action):
    def name(self) -> str:
        return "action_safety_reply"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[dict[str, Any]]:
        assessment = safety.assess(tracker.latest_message.get("text") or "")
        if not assessment.needs_reply:
            # the engine flagged the message but the text no longer matches: be safe anyway
            assessment = safety.Assessment(category=safety.Category.MEDICAL_EMERGENCY)
        reply = safety.reply_for(assessment)
        dispatcher.utter_message(text=reply.text, json_message=reply.to_payload())
        if assessment.is_crisis:
            # after the numbers, never before: advisers see the conversation as urgent
            ticket = open_ticket(tracker, HandoffReason.URGENT)
            return [
                SlotSet("urgent", True),
                SlotSet("handoff_ticket", ticket.id if ticket else None),
            ]
        return []
