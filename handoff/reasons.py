"""Why a conversation goes to a human adviser, how urgent it is, and what the member is told.

Each :class:`HandoffReason` has a French label (for advisers), a :class:`Priority` and a rank
that orders the queue (urgent > fraud > bereavement > complaint = claim dispute > callback =
explicit request = repeated failure > contract termination), and a French "what happens next"
message for the member: kind, plain, never pushy.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from assistant.contact import ADVISER_PHONE

__all__ = ["ADVISER_PHONE", "HandoffReason", "Priority"]


class Priority(IntEnum):
    """Queue priority; a higher value is served first."""

    LOW = 0
    NORMAL = 1
    HIGH = 2
    URGENT = 3

    @property
    def label(self) -> str:
        return _PRIORITY_LABELS[self]


_PRIORITY_LABELS = {
    Priority.LOW: "basse",
    Priority.NORMAL: "normale",
    Priority.HIGH: "haute",
    Priority.URGENT: "urgente",
}


class HandoffReason(StrEnum):
    """Why the conversation is handed over (stored as its value)."""

    EXPLICIT_REQUEST = "explicit_request"
    REPEATED_FAILURE = "repeated_failure"
    COMPLAINT = "complaint"
    CLAIM_DISPUTE = "claim_dispute"
    BEREAVEMENT = "bereavement"
    FRAUD = "fraud"
    CALLBACK_REQUEST = "callback_request"
    URGENT = "urgent"
    CONTRACT_TERMINATION = "contract_termination"

    @property
    def label(self) -> str:
        """French label shown to advisers."""
        return _LABELS[self]

    @property
    def priority(self) -> Priority:
        return _PRIORITIES[self]

    @property
    def rank(self) -> int:
        """Order inside the queue: higher first; equal ranks are served oldest first."""
        return _RANKS[self]

    @property
    def next_steps(self) -> str:
        """French message telling the member what happens next (without opening hours)."""
        return _NEXT_STEPS[self]


_LABELS = {
    HandoffReason.EXPLICIT_REQUEST: "Demande de conseiller",
    HandoffReason.REPEATED_FAILURE: "Incompréhensions répétées",
    HandoffReason.COMPLAINT: "Réclamation",
    HandoffReason.CLAIM_DISPUTE: "Contestation d'un remboursement",
    HandoffReason.BEREAVEMENT: "Décès d'un proche",
    HandoffReason.FRAUD: "Fraude ou hameçonnage suspecté",
    HandoffReason.CALLBACK_REQUEST: "Demande de rappel",
    HandoffReason.URGENT: "Urgence signalée",
    HandoffReason.CONTRACT_TERMINATION: "Résiliation de contrat",
}

_RANKS = {
    HandoffReason.URGENT: 90,
    HandoffReason.FRAUD: 80,
    HandoffReason.BEREAVEMENT: 70,
    HandoffReason.COMPLAINT: 60,
    HandoffReason.CLAIM_DISPUTE: 60,
    HandoffReason.CALLBACK_REQUEST: 40,
    HandoffReason.EXPLICIT_REQUEST: 40,
    HandoffReason.REPEATED_FAILURE: 40,
    HandoffReason.CONTRACT_TERMINATION: 30,
}

_PRIORITIES = {
    HandoffReason.URGENT: Priority.URGENT,
    HandoffReason.FRAUD: Priority.HIGH,
    HandoffReason.BEREAVEMENT: Priority.HIGH,
    HandoffReason.COMPLAINT: Priority.NORMAL,
    HandoffReason.CLAIM_DISPUTE: Priority.NORMAL,
    HandoffReason.CALLBACK_REQUEST: Priority.LOW,
    HandoffReason.EXPLICIT_REQUEST: Priority.LOW,
    HandoffReason.REPEATED_FAILURE: Priority.LOW,
    HandoffReason.CONTRACT_TERMINATION: Priority.LOW,
}

_NEXT_STEPS = {
    HandoffReason.EXPLICIT_REQUEST: (
        "Bien sûr. Je transmets votre demande à un conseiller, avec un résumé de notre échange "
        "pour que vous n'ayez pas à tout répéter."
    ),
    HandoffReason.REPEATED_FAILURE: (
        "Je n'arrive pas à bien répondre à votre question et je ne veux pas vous faire perdre "
        "de temps : je la transmets à un conseiller, avec un résumé de notre échange."
    ),
    HandoffReason.COMPLAINT: (
        "Je suis désolé pour cette situation. Je transmets votre réclamation à un conseiller, "
        "qui a accès à votre dossier et vous répondra personnellement. Si sa réponse ne vous "
        "convient pas, ou si vous n'avez pas de réponse dans les deux mois, vous pourrez "
        "saisir gratuitement le médiateur : ses coordonnées figurent dans les conditions "
        "générales de votre contrat."
    ),
    HandoffReason.CLAIM_DISPUTE: (
        "Je comprends que ce remboursement vous pose question. Un conseiller va reprendre "
        "votre décompte avec vous et vous expliquer le calcul ; si une erreur s'est glissée, "
        "il vous dira comment elle sera régularisée. Gardez le décompte et la facture à portée "
        "de main, sans les envoyer dans cette conversation. Si le désaccord persiste, vous "
        "pourrez déposer une réclamation, puis saisir le médiateur."
    ),
    HandoffReason.BEREAVEMENT: (
        "Je suis sincèrement désolé pour la perte de votre proche, et je vous présente toutes "
        "nos condoléances. Un conseiller va vous accompagner dans les démarches (contrat, "
        "ayants droit, capital décès s'il est prévu), à votre rythme : rien ne presse de "
        "votre côté."
    ),
    HandoffReason.FRAUD: (
        "Merci de nous avoir prévenus, vous avez bien fait. Ne communiquez jamais vos codes, "
        "mots de passe ou coordonnées bancaires : Mutuelle Horizon Santé ne vous les demande "
        "jamais par SMS, e-mail ou message. Si vous avez déjà donné des informations "
        "bancaires, prévenez tout de suite votre banque. Un SMS frauduleux peut être signalé "
        "en le transférant au 33700. Un conseiller va examiner la situation avec vous."
    ),
    HandoffReason.CALLBACK_REQUEST: (
        "C'est noté : je transmets votre demande de rappel à un conseiller. Si un moment vous "
        "arrange mieux qu'un autre, vous pouvez me l'indiquer ici."
    ),
    HandoffReason.URGENT: (
        "Si la situation est urgente, appelez sans attendre le 15 (SAMU) ou le 112, ou écrivez "
        "au 114 par SMS. En cas de détresse ou de pensées suicidaires, le 3114 répond jour et "
        "nuit. Je préviens aussi un conseiller de la mutuelle pour qu'il reprenne contact avec "
        "vous."
    ),
    HandoffReason.CONTRACT_TERMINATION: (
        "Je transmets votre demande à un conseiller, qui vous indiquera les modalités de "
        "résiliation adaptées à votre contrat ; vous n'avez pas à vous justifier. Pour un "
        "contrat individuel souscrit depuis plus d'un an, la résiliation est possible à tout "
        "moment, sans frais, et prend effet un mois après la réception de votre demande."
    ),
}

#: NLU intents (bot/data/nlu) and safety intents that call for a human, and why.
INTENT_REASONS: dict[str, HandoffReason] = {
    "request_human": HandoffReason.EXPLICIT_REQUEST,
    "complaint": HandoffReason.COMPLAINT,
    "claim_dispute": HandoffReason.CLAIM_DISPUTE,
    "bereavement": HandoffReason.BEREAVEMENT,
    "fraud_report": HandoffReason.FRAUD,
    "callback_request": HandoffReason.CALLBACK_REQUEST,
    "contract_termination": HandoffReason.CONTRACT_TERMINATION,
    "safety_emergency": HandoffReason.URGENT,
    "safety_poisoning": HandoffReason.URGENT,
    "safety_suicidal_distress": HandoffReason.URGENT,
}


def reason_for_intent(intent: str | None) -> HandoffReason | None:
    """The handoff reason an intent calls for, or ``None`` when the bot can answer itself."""
    return INTENT_REASONS.get(intent or "")
