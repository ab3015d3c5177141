"""Prevention reminders, opt-in only: the consent question, the member's explicit answer,
STOP at any time, and the reminder itself when the scheduler triggers it."""

from __future__ import annotations

import functools
import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.handoff import conversation_channel
from actions.member_context import current_member
from actions.slot_reading import latest_text
from assistant import Envelope
from channels.nudges import (
    Channel,
    ConsentLedger,
    ConsentMethod,
    ConsentReply,
    NudgeError,
    NudgeTopic,
    classify_consent_reply,
    current_wording,
    is_stop_command,
    load_catalogue,
)

logger = logging.getLogger(__name__)
ASK = "Répondez OUI pour accepter ou NON pour refuser."


@functools.cache
def consent_ledger() -> ConsentLedger:
    return ConsentLedger.from_url()


def nudge_channel(tracker: Tracker) -> Channel:
    """The consent ledger's channel of this conversation (the website otherwise)."""
    channel = conversation_channel(tracker) or ""
    return Channel(channel) if channel in {c.value for c in Channel} else Channel.WEB


def _consent_envelope(status: str, **data: Any) -> dict[str, Any]:
    return Envelope(kind="consent", data={"status": status, **data}).as_json_message()


class ActionOfferConsent(Action):
    """Show the exact wording and ask for an explicit yes."""

    def name(self) -> str:
        return "action_offer_consent"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        if current_member(tracker) is None:
            dispatcher.utter_message(
                text="Les rappels de prévention sont liés à votre dossier d'adhérent : "
                "connectez-vous à votre espace adhérent (site ou application), puis "
                "redemandez-les ici. En attendant, je peux vous dire quels dépistages ou "
                "vaccins concernent votre âge.",
                json_message=_consent_envelope("identification_required"),
            )
            return [SlotSet("consent_asked", False)]
        wording = current_wording(NudgeTopic.ALL)
        envelope = wording.envelope()
        dispatcher.utter_message(
            text=f"{wording.text}\n{ASK}",
            buttons=[
                {"title": "Oui, j'accepte", "payload": "oui j'accepte"},
                {"title": "Non merci", "payload": "non merci"},
            ],
            json_message={
                **envelope.as_json_message(),
                "data": {**envelope.data, "status": "asked"},
            },
        )
        return [SlotSet("consent_asked", True), SlotSet("consent_version", wording.version)]


class ActionRecordConsent(Action):
    """Record an explicit yes (nothing else), a no, or a STOP given as the answer."""

    def name(self) -> str:
        return "action_record_consent"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        text = latest_text(tracker)
        reply = classify_consent_reply(text)
        member = current_member(tracker)
        version = tracker.get_slot("consent_version")
        done = [SlotSet("consent_asked", False), SlotSet("consent_version", None)]
        if reply is ConsentReply.STOP:
            return _opt_out(dispatcher, tracker, ConsentMethod.STOP_COMMAND) + done
        if reply is ConsentReply.NO or member is None or not isinstance(version, str):
            dispatcher.utter_message(
                text="C'est noté : vous ne recevrez pas de rappels. Vous pourrez changer d'avis "
                "quand vous voudrez.",
                json_message=_consent_envelope("declined"),
            )
            return done
        if reply is ConsentReply.UNCLEAR:
            dispatcher.utter_message(text=f"Je préfère être sûr de votre choix. {ASK}")
            return []
        try:
            event = consent_ledger().record_opt_in(
                member_id=member.member_id,
                channel=nudge_channel(tracker),
                recipient_id=tracker.sender_id,
                conversation_id=tracker.sender_id,
                wording_version=version,
                reply_text=text,
                message_id=tracker.latest_message.get("message_id"),
            )
        except (NudgeError, SQLAlchemyError):
            logger.exception("consent could not be recorded")
            dispatcher.utter_message(
                text="Je n'ai pas pu enregistrer votre accord pour le moment ; aucun rappel ne "
                "vous sera envoyé. Vous pourrez réessayer plus tard."
            )
            return done
        dispatcher.utter_message(
            text="Merci, c'est enregistré. Vous recevrez au plus quelques rappels de prévention, "
            "jamais entre 20 h et 9 h. Écrivez STOP à tout moment pour les arrêter.",
            json_message=_consent_envelope(
                "opted_in", wording_version=event.wording_version, channel=event.channel
            ),
        )
        return done


def _opt_out(
    dispatcher: CollectingDispatcher, tracker: Tracker, method: ConsentMethod
) -> list[dict[str, Any]]:
    member = current_member(tracker)
    try:
        consent_ledger().record_opt_out(
            channel=nudge_channel(tracker),
            method=method,
            member_id=member.member_id if member else None,
            recipient_id=None if member else tracker.sender_id,
            conversation_id=tracker.sender_id,
            member_text=latest_text(tracker),
        )
    except (NudgeError, SQLAlchemyError):
        logger.exception("opt-out could not be recorded")
    dispatcher.utter_message(
        text="C'est noté : vous ne recevrez plus aucun rappel de prévention, sur aucun canal. "
        "Vous pourrez les réactiver quand vous le souhaiterez.",
        json_message=_consent_envelope("opted_out"),
    )
    return [SlotSet("consent_asked", False), SlotSet("consent_version", None)]


class ActionOptOutNudges(Action):
    """« STOP », « désabonner »: ends every reminder at once, on every channel."""

    def name(self) -> str:
        return "action_opt_out_nudges"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        method = (
            ConsentMethod.STOP_COMMAND
            if is_stop_command(latest_text(tracker))
            else ConsentMethod.OPT_OUT_REQUEST
        )
        return _opt_out(dispatcher, tracker, method)


class ActionSendNudge(Action):
    """The reminder the scheduler triggers (intent ``nudge_reminder``, entity ``nudge_id``)."""

    def name(self) -> str:
        return "action_send_nudge"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        nudge_id = next(tracker.get_latest_entity_values("nudge_id"), None)
        try:
            item = load_catalogue().get(str(nudge_id))
        except (NudgeError, KeyError):
            logger.warning("unknown nudge id")
            return []
        member = current_member(tracker)
        envelope = item.envelope(member.member_id if member else "")
        dispatcher.utter_message(text=item.message, json_message=envelope.as_json_message())
        return []
