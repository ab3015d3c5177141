"""Contract advice: the choice form, the recommendation and the side-by-side comparison."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.member_context import current_member
from actions.slot_reading import FREE_INTENTS, READING_BLOCKED, latest_intent, latest_text
from assistant import Envelope, SourceRef
from dialogue.care_request import contracts_named
from dialogue.contract_choice import (
    FORM_SLOTS,
    SLOT_OF_FIELD,
    missing_slots,
    parse_choice,
    render_comparison,
    render_recommendation,
    request_from_slots,
    slots_from_answers,
)
from dialogue.simulation import contract_names
from reimbursement import compare, load_contracts, recommend

CHOICE_SLOTS = (*FORM_SLOTS, *SLOT_OF_FIELD.values())


def _envelope(
    kind: Literal["contract_recommendation"],
    sources: list[dict[str, str | None]],
    data: dict[str, Any],
) -> Envelope:
    return Envelope(kind=kind, sources=[SourceRef.model_validate(s) for s in sources], data=data)


class ValidateContractForm(FormValidationAction):
    """Reads age, household, needs and budget from whatever the member writes."""

    def name(self) -> str:
        return "validate_contract_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        intent = latest_intent(tracker)
        requested = tracker.get_slot("requested_slot")
        slots = {slot: tracker.get_slot(slot) for slot in CHOICE_SLOTS}
        events: list[dict[str, Any]] = []
        if intent == "choose_contract" and requested is None:
            # a new request: forget the previous answers
            events = [SlotSet(slot, None) for slot in CHOICE_SLOTS if slots[slot] is not None]
            slots = dict.fromkeys(CHOICE_SLOTS)
            member = current_member(tracker)
            if member is not None:
                slots["choice_age"] = member.age_in(dt.date.today().year)
                events.append(SlotSet("choice_age", slots["choice_age"]))
        if intent not in READING_BLOCKED:
            text = latest_text(tracker)
            answers = parse_choice(text, requested=str(requested) if requested else None)
            said = slots_from_answers(answers)
            if intent in FREE_INTENTS and requested:
                said = {k: v for k, v in said.items() if k == requested}
            events.extend(SlotSet(slot, value) for slot, value in said.items())
            slots.update(said)
        missing = missing_slots(slots)
        events.append(SlotSet("requested_slot", missing[0] if missing else None))
        return events


class ActionRecommendContracts(Action):
    """Up to three contracts, ranked with reasons; never pushy, an adviser is offered."""

    def name(self) -> str:
        return "action_recommend_contracts"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        request = request_from_slots({slot: tracker.get_slot(slot) for slot in CHOICE_SLOTS})
        rendered = render_recommendation(recommend(request))
        envelope = _envelope("contract_recommendation", rendered.sources, rendered.data)
        dispatcher.utter_message(text=rendered.text, json_message=envelope.as_json_message())
        return [SlotSet("last_flow", "contract_choice")]


class ActionCompareContracts(Action):
    """Two contracts side by side: the two named, or the member's and the one named."""

    def name(self) -> str:
        return "action_compare_contracts"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        catalog = load_contracts()
        named = contracts_named(latest_text(tracker), contract_names(catalog))
        member = current_member(tracker)
        if len(named) == 1 and member is not None and member.contract_id != named[0]:
            named = [member.contract_id, named[0]]
        if len(named) < 2:
            names = ", ".join(catalog.get(c).name for c in catalog.ids)
            dispatcher.utter_message(
                text=f"Quelles formules voulez-vous comparer ? Nous proposons : {names}. "
                "Écrivez par exemple « compare Confort et Sérénité »."
            )
            return []
        rendered = render_comparison(compare(named[0], named[1], catalog=catalog))
        envelope = _envelope("contract_recommendation", rendered.sources, rendered.data)
        dispatcher.utter_message(text=rendered.text, json_message=envelope.as_json_message())
        return [SlotSet("last_flow", "contract_choice")]
