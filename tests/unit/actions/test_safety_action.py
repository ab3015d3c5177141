from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.safety import ActionSafetyReply


def _tracker(text: str) -> Tracker:
    return Tracker(
        "t",
        {},
        {"text": text, "intent": {"name": "safety_emergency"}},
        [],
        False,
        None,
        {},
        "action_listen",
    )


async def _run(text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = await ActionSafetyReply().run(dispatcher, _tracker(text), {})
    return dispatcher.messages, events


async def test_emergency_gives_the_numbers_first_and_flags_urgency() -> None:
    messages, events = await _run("mon père a une grosse douleur dans la poitrine")
    assert messages[0]["text"].lstrip().startswith("Appelez le 15")
    assert "112" in messages[0]["text"] and "114" in messages[0]["text"]
    assert messages[0]["custom"]["kind"] == "emergency"
    assert events[0] == SlotSet("urgent", True)
    assert events[1]["name"] == "handoff_ticket" and events[1]["value"]


async def test_suicidal_distress_gives_3114() -> None:
    messages, events = await _run("je veux en finir avec la vie")
    assert "3114" in messages[0]["text"].split("\n")[0] or "3114" in messages[0]["text"][:200]
    assert messages[0]["custom"]["data"]["category"] == "suicidal_distress"
    assert events[0] == SlotSet("urgent", True)


async def test_medical_advice_is_refused_kindly_without_urgency() -> None:
    messages, events = await _run("quel médicament je dois prendre pour ma fièvre ?")
    assert messages[0]["custom"]["data"]["category"] == "medical_advice_request"
    assert "116 117" in messages[0]["text"]
    assert events == []
