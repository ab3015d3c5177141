"""Finding care: ``validate_care_form`` reads specialty and place (with follow-ups such as
« et à Rennes ? » or « seulement secteur 1 »), ``action_find_care`` searches the directory."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from pydantic import ValidationError
from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.member_context import current_member
from actions.replies import ADVISER_CONTACT, fallback_envelope
from actions.slot_reading import READING_BLOCKED, latest_intent, latest_text
from assistant import Envelope, SourceRef
from care import CareError, CareQuery, format_results_fr, get_directory
from dialogue.care_guidance import guidance_for
from dialogue.simulation import situation_for

logger = logging.getLogger(__name__)
BLOCKED = READING_BLOCKED - {"find_care"}


def previous_query(tracker: Tracker) -> CareQuery | None:
    raw = tracker.get_slot("care_query")
    if not isinstance(raw, dict):
        return None
    try:
        return CareQuery.model_validate(raw)
    except ValidationError:
        return None


def _slots(query: CareQuery) -> dict[str, Any]:
    specialty = query.specialty or query.unsupported_specialty
    place = query.place.label if query.place else query.unknown_place
    return {
        "care_query": query.model_dump(mode="json"),
        "care_search_specialty": specialty,
        "care_search_place": place,
    }


class ValidateCareForm(FormValidationAction):
    def name(self) -> str:
        return "validate_care_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        slots = {
            "care_search_specialty": tracker.get_slot("care_search_specialty"),
            "care_search_place": tracker.get_slot("care_search_place"),
        }
        if latest_intent(tracker) not in BLOCKED:
            previous = previous_query(tracker)
            try:
                query = get_directory().parse(latest_text(tracker), previous)
            except CareError:
                logger.exception("care directory unavailable")
                return [SlotSet("requested_slot", None)]
            if query != previous:
                slots = _slots(query)
                events = [SlotSet(slot, value) for slot, value in slots.items()]
        missing = [
            slot for slot in ("care_search_specialty", "care_search_place") if not slots[slot]
        ]
        events.append(SlotSet("requested_slot", missing[0] if missing else None))
        return events


class ActionFindCare(Action):
    """Nearest professionals with sector, fee and, on the member's contract, what is left."""

    def name(self) -> str:
        return "action_find_care"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        query = previous_query(tracker)
        member = current_member(tracker)
        try:
            directory = get_directory()
            if query is None:
                query = directory.parse(latest_text(tracker))
            response = directory.search(
                query,
                contract_id=member.contract_id if member else None,
                situation=situation_for(member) if member else None,
            )
        except CareError:
            logger.exception("care search failed")
            dispatcher.utter_message(
                text="La recherche de professionnels est indisponible pour le moment : "
                "l'annuaire officiel annuairesante.ameli.fr permet de chercher par spécialité "
                f"et par lieu. {ADVISER_CONTACT}",
                json_message=fallback_envelope("care_directory_unavailable").as_json_message(),
            )
            return []
        notes = guidance_for(dt.datetime.now(dt.UTC), teleconsultation=query.teleconsultation)
        text = format_results_fr(response, query)
        if notes:
            text += "\n" + "\n".join(note.text for note in notes)
        sources = [SourceRef.model_validate(source) for note in notes for source in note.sources]
        info = query.specialty_info
        citation = info.source.as_citation() if info is not None else None
        if citation is not None and citation["updated"]:
            sources.insert(0, SourceRef.model_validate(citation))
        data = response.model_dump(mode="json")
        envelope = Envelope(kind="care_search", sources=sources, data=data)
        dispatcher.utter_message(text=text, json_message=envelope.as_json_message())
        return [
            SlotSet("last_flow", "care_search"),
            SlotSet("care_query", query.model_dump(mode="json")),
        ]
