"""``action_nlu_fallback``: an honest "I'm not sure I understood", never a confident guess."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.handoff import escalate_after_repeated_failure
from actions.replies import FALLBACK_TEXT, fallback_envelope


class ActionNluFallback(Action):
    def name(self) -> str:
        return "action_nlu_fallback"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[dict[str, Any]]:
        escalated = escalate_after_repeated_failure(dispatcher, tracker)
        if escalated is not None:
            return escalated
        intent = tracker.latest_message.get("intent") or {}
        dispatcher.utter_message(
            text=FALLBACK_TEXT,
            json_message=fallback_envelope(
                "low_nlu_confidence",
                confidence=round(float(intent.get("confidence") or 0.0), 4),
            ).as_json_message(),
        )
        return []
