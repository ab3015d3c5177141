"""The reimbursement simulation form: ``validate_simulation_form`` reads each message into the
form's slots, ``action_simulate_reimbursement`` computes and explains the result."""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError
from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.faq import answer_envelope
from actions.knowledge import knowledge_retriever
from actions.member_context import current_member
from actions.replies import ADVISER_CONTACT, fallback_envelope
from actions.slot_reading import FREE_INTENTS, READING_BLOCKED, latest_intent, latest_text
from assistant import Envelope, SourceRef
from dialogue.care_request import (
    CareAct,
    CareRequest,
    merge,
    parse_basket,
    parse_care_request,
    parse_contract,
    parse_sector_answer,
)
from dialogue.numbers import amounts, small_integer
from dialogue.simulation import (
    answer,
    contract_for_simulation,
    contract_names,
    missing_slots,
    refusal_reason,
    request_from_slots,
    run_simulation,
    situation_for,
    slots_from_request,
)
from reimbursement import ReimbursementError, load_contracts
from retrieval import RetrievalError, answer_question, format_for_member

logger = logging.getLogger(__name__)

_YES_BASKET = {
    CareAct.GLASSES: "classe_a",
    CareAct.CROWN: "100_sante",
    CareAct.HEARING_AID: "classe_1",
}
_NO_BASKET = {CareAct.GLASSES: "classe_b", CareAct.CROWN: "libre", CareAct.HEARING_AID: "classe_2"}


def _bare_answer(requested: str, text: str, intent: str, known: CareRequest) -> CareRequest:
    """A short answer to the slot that was asked ("70", "le 1", "oui", "Confort")."""
    fields: dict[str, Any] = {}
    if requested == "care_sector":
        sector = parse_sector_answer(text)
        if sector is not None:
            fields["sector"] = sector
    elif requested in ("care_fee", "care_frame_price"):
        found = amounts(text, bare=True)
        if found:
            fields["fee" if requested == "care_fee" else "frame_price"] = found[0]
    elif requested == "care_basket" and known.act is not None:
        basket = parse_basket(text, known.act)
        if basket is None and intent == "affirm":
            basket = _YES_BASKET.get(known.act)
        elif basket is None and intent == "deny":
            basket = _NO_BASKET.get(known.act)
        if basket is not None:
            fields["basket"] = basket
    elif requested == "care_days":
        days = small_integer(text)
        if days is not None and 0 <= days <= 365:
            fields["days"] = days
    elif requested == "contract_id":
        contract = parse_contract(text, contract_names(load_contracts()))
        if contract is not None:
            fields["contract_id"] = contract
    return CareRequest.model_validate(fields)


def read_message(tracker: Tracker) -> tuple[CareRequest, bool]:
    """What the latest message adds to the request, and whether it starts a new request."""
    intent = latest_intent(tracker)
    text = latest_text(tracker)
    known = request_from_slots(tracker.slots)
    if intent in READING_BLOCKED:
        return known, False
    requested = tracker.get_slot("requested_slot")
    said = CareRequest()
    if intent not in FREE_INTENTS or requested is None:
        said = parse_care_request(text, contract_names(load_contracts()))
    if requested and said.given() == {}:
        said = _bare_answer(str(requested), text, intent, known)
    elif requested and _slot_field(str(requested)) not in said.given():
        bare = _bare_answer(str(requested), text, intent, known)
        said = CareRequest.model_validate({**bare.given(), **said.given()})
    new_request = intent == "simulate_reimbursement"
    if new_request and not said.given():
        # "combien je serai remboursé ?" starts afresh; only the contract is kept
        return CareRequest(contract_id=known.contract_id), True
    return merge(known, said, new_request=new_request), said.given() != {}


def _slot_field(slot: str) -> str:
    return slot.removeprefix("care_") if slot != "contract_id" else "contract_id"


class ValidateSimulationForm(FormValidationAction):
    """Fills every slot the message speaks about, then names the next slot to ask."""

    def name(self) -> str:
        return "validate_simulation_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        request, understood = read_message(tracker)
        member = current_member(tracker)
        missing = missing_slots(request, contract_known=member is not None)
        events: list[dict[str, Any]] = []
        if understood:
            current = {slot: tracker.get_slot(slot) for slot in slots_from_request(request)}
            events = [
                SlotSet(slot, value)
                for slot, value in slots_from_request(request).items()
                if current.get(slot) != value
            ]
            if not events:
                # the member repeated a known value: still counts as an answer
                events = [SlotSet("care_act", request.act.value if request.act else None)]
        events.append(SlotSet("requested_slot", missing[0] if missing else None))
        return events


class ActionPrepareSimulation(Action):
    """Reads a new money question and says whether the form should run now.

    With a fee (or nothing at all, or a care the simulator does not cover) the form runs at
    once. A question naming a care but no fee ("cb je suis remboursé pour un dermato ?") is
    first answered from the knowledge base, with an offer to estimate the member's own case:
    the care is kept, so "70 €" next completes it.
    """

    def name(self) -> str:
        return "action_prepare_simulation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        known = request_from_slots(tracker.slots)
        said = parse_care_request(latest_text(tracker), contract_names(load_contracts()))
        request = CareRequest.model_validate({"contract_id": known.contract_id, **said.given()})
        ready = request.fee is not None or request.act in (None, CareAct.NOT_SIMULATED)
        events: list[dict[str, Any]] = [
            SlotSet(slot, value) for slot, value in slots_from_request(request).items()
        ]
        events.append(SlotSet("simulation_ready", ready))
        if not ready:
            events.append(SlotSet("last_flow", "simulation"))
        return events


class ActionSimulateReimbursement(Action):
    """Explain, line by line, what the Assurance Maladie, the mutuelle and the member pay."""

    def name(self) -> str:
        return "action_simulate_reimbursement"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        request = request_from_slots(tracker.slots)
        member = current_member(tracker)
        if request.act is CareAct.NOT_SIMULATED:
            _answer_from_knowledge_base(dispatcher, tracker, request)
            return [SlotSet("last_flow", "simulation")]
        contract_id = request.contract_id or (member.contract_id if member else None)
        contract = contract_for_simulation(contract_id)
        situation = situation_for(member)
        try:
            run = run_simulation(request, situation, contract)
        except (ReimbursementError, ValidationError, ValueError) as exc:
            logger.info("simulation refused: %s", type(exc).__name__)
            reason = refusal_reason(exc)
            dispatcher.utter_message(
                text=f"Je ne peux pas calculer ce cas de façon fiable : {reason} {ADVISER_CONTACT}",
                json_message=fallback_envelope("simulation_not_possible").as_json_message(),
            )
            return [SlotSet("last_flow", "simulation")]
        rendered = answer(
            run.result,
            optam_variant=run.optam_variant,
            assumptions=run.assumptions,
            member_contract=member is not None and request.contract_id is None,
        )
        envelope = Envelope(
            kind="simulation",
            sources=[SourceRef.model_validate(source) for source in rendered.sources],
            data=rendered.data,
        )
        dispatcher.utter_message(text=rendered.text, json_message=envelope.as_json_message())
        return [SlotSet("last_flow", "simulation")]


def _answer_from_knowledge_base(
    dispatcher: CollectingDispatcher, tracker: Tracker, request: CareRequest
) -> None:
    label = request.care_label or "ce soin"
    question = _question_text(tracker)
    intro = (
        f"Je ne sais pas encore calculer au centime près le remboursement pour : {label}. "
        "Voici ce que dit notre base de connaissances :"
    )
    try:
        found = answer_question(question, knowledge_retriever())
    except RetrievalError:
        logger.exception("knowledge base unavailable")
        dispatcher.utter_message(
            text=f"{intro} elle est indisponible pour le moment. {ADVISER_CONTACT}",
            json_message=fallback_envelope("knowledge_base_unavailable").as_json_message(),
        )
        return
    dispatcher.utter_message(
        text=f"{intro}\n{format_for_member(found)}",
        json_message=answer_envelope(found).as_json_message(),
    )


def _question_text(tracker: Tracker) -> str:
    """The member's message that asked for this simulation (for the knowledge base)."""
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        intent = (event.get("parse_data") or {}).get("intent") or {}
        if intent.get("name") == "simulate_reimbursement":
            return str(event.get("text") or "")
    return latest_text(tracker)
