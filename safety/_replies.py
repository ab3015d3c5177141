"""``reply_for()``: the French message for each category, numbers first, with sources."""

from __future__ import annotations

from dataclasses import dataclass

from safety._assessment import Assessment, Category
from safety._sources import (
    EMERGENCY_NUMBERS_SOURCE,
    ON_CALL_DOCTOR_SOURCE,
    SUICIDE_PREVENTION_SOURCE,
    Source,
)

__all__ = ["PhoneNumber", "SafetyReply", "reply_for"]


@dataclass(frozen=True)
class PhoneNumber:
    """A number to show as a button or a link, in the order of the text."""

    number: str
    label: str

    @property
    def tel_uri(self) -> str:
        return "tel:" + self.number.replace(" ", "")

    def to_dict(self) -> dict[str, str]:
        return {"number": self.number, "label": self.label, "uri": self.tel_uri}


@dataclass(frozen=True)
class SafetyReply:
    """What the assistant says instead of its normal answer.

    ``kind`` is the response-envelope kind: ``emergency`` for the three crisis categories,
    ``fallback`` for the refusal to give medical advice.
    """

    category: Category
    urgent: bool
    text: str
    numbers: tuple[PhoneNumber, ...]
    sources: tuple[Source, ...]
    offer_handoff: bool = False

    @property
    def kind(self) -> str:
        return "fallback" if self.category is Category.MEDICAL_ADVICE_REQUEST else "emergency"

    def to_payload(self) -> dict[str, object]:
        """The ``json_message`` envelope: ``{"kind", "sources", "data"}``."""
        return {
            "kind": self.kind,
            "sources": [source.to_dict() for source in self.sources],
            "data": {
                "category": self.category.value,
                "urgent": self.urgent,
                "numbers": [number.to_dict() for number in self.numbers],
                "offer_handoff": self.offer_handoff,
            },
        }


SAMU = PhoneNumber("15", "SAMU – urgences médicales")
EUROPEAN = PhoneNumber("112", "Numéro d'urgence européen")
SMS_114 = PhoneNumber(
    "114", "Urgences par SMS – personnes sourdes, malentendantes, aphasiques ou dysphasiques"
)
SUICIDE_LINE = PhoneNumber("3114", "Prévention du suicide – gratuit, 24 h/24, 7 j/7")
ON_CALL_DOCTOR = PhoneNumber(
    "116 117", "Médecin de garde – soirs dès 20 h, week-ends dès samedi midi, jours fériés"
)

_SMS_LINE = "Personne sourde, malentendante, aphasique ou dysphasique : envoyez un SMS au 114."

_EMERGENCY = SafetyReply(
    category=Category.MEDICAL_EMERGENCY,
    urgent=True,
    text=(
        "Appelez le 15 (SAMU) ou le 112 maintenant.\n"
        f"{_SMS_LINE}\n\n"
        "N'attendez pas que ça passe. Si vous êtes avec la personne, restez auprès d'elle "
        "jusqu'à l'arrivée des secours et suivez les consignes données au téléphone.\n"
        "Je suis l'assistant de votre mutuelle : je ne peux pas évaluer une urgence, les "
        "secours, eux, le peuvent. Vos questions de remboursement peuvent attendre."
    ),
    numbers=(SAMU, EUROPEAN, SMS_114),
    sources=(EMERGENCY_NUMBERS_SOURCE,),
)

_POISONING = SafetyReply(
    category=Category.POISONING,
    urgent=True,
    text=(
        "Appelez le 15 (SAMU) ou le 112 immédiatement.\n"
        f"{_SMS_LINE}\n\n"
        "Gardez l'emballage, le flacon ou la boîte du produit à portée de main : les "
        "secours vous demanderont ce qui a été pris, combien et quand. Restez avec la "
        "personne.\n"
        "Les centres antipoison donnent aussi des conseils, mais en cas d'urgence, "
        "c'est d'abord le 15.\n"
        "Je suis l'assistant de votre mutuelle : je ne peux pas évaluer la situation, les "
        "secours, eux, le peuvent."
    ),
    numbers=(SAMU, EUROPEAN, SMS_114),
    sources=(EMERGENCY_NUMBERS_SOURCE,),
)

_DISTRESS = SafetyReply(
    category=Category.SUICIDAL_DISTRESS,
    urgent=False,
    text=(
        "Appelez le 3114, le numéro national de prévention du suicide : gratuit, 24 h/24 "
        "et 7 j/7.\n"
        "En cas de danger immédiat, appelez le 15 ou le 112 (SMS au 114 pour les "
        "personnes sourdes ou malentendantes).\n\n"
        "Merci de me l'avoir écrit. Ce que vous vivez compte, et vous n'avez pas à le "
        "porter seul(e). Au 3114, des professionnels vous écoutent, pour vous ou pour un "
        "proche.\n"
        "Si vous le souhaitez, je peux aussi vous mettre en relation avec un conseiller "
        "de la mutuelle."
    ),
    numbers=(SUICIDE_LINE, SAMU, EUROPEAN, SMS_114),
    sources=(SUICIDE_PREVENTION_SOURCE, EMERGENCY_NUMBERS_SOURCE),
    offer_handoff=True,
)

_DISTRESS_URGENT = SafetyReply(
    category=Category.SUICIDAL_DISTRESS,
    urgent=True,
    text=(
        "Appelez le 15 ou le 112 tout de suite si vous avez pris quelque chose, si vous "
        "êtes blessé(e) ou en danger maintenant (SMS au 114 pour les personnes sourdes ou "
        "malentendantes).\n"
        "Le 3114, numéro national de prévention du suicide, vous répond aussi : gratuit, "
        "24 h/24 et 7 j/7.\n\n"
        "Merci de me l'avoir dit. Vous comptez, et vous n'avez pas à traverser ça "
        "seul(e). Si quelqu'un est près de vous, demandez-lui de rester avec vous.\n"
        "Je peux aussi vous mettre en relation avec un conseiller de la mutuelle."
    ),
    numbers=(SAMU, EUROPEAN, SMS_114, SUICIDE_LINE),
    sources=(EMERGENCY_NUMBERS_SOURCE, SUICIDE_PREVENTION_SOURCE),
    offer_handoff=True,
)

_ADVICE = SafetyReply(
    category=Category.MEDICAL_ADVICE_REQUEST,
    urgent=False,
    text=(
        "Pour un avis médical : votre médecin ou un pharmacien. Le soir dès 20 h, le "
        "week-end dès le samedi midi et les jours fériés : le 116 117 (médecin de garde), "
        "ou le 15 là où le 116 117 n'est pas disponible. Si c'est urgent : le 15 ou le "
        "112.\n\n"
        "Je ne peux pas poser de diagnostic, ni conseiller un médicament ou une dose : "
        "seul un professionnel de santé peut le faire en connaissant votre situation.\n"
        "Je peux en revanche vous aider pour vos remboursements, ou pour trouver un "
        "professionnel de santé près de chez vous."
    ),
    numbers=(ON_CALL_DOCTOR, SAMU, EUROPEAN),
    sources=(ON_CALL_DOCTOR_SOURCE, EMERGENCY_NUMBERS_SOURCE),
)


def reply_for(assessment: Assessment) -> SafetyReply:
    """The reply for an assessment that :attr:`~Assessment.needs_reply`.

    Raises ``ValueError`` for ``Category.NONE``: there is nothing to say, the normal flow
    goes on.
    """
    match assessment.category:
        case Category.MEDICAL_EMERGENCY:
            return _EMERGENCY
        case Category.POISONING:
            return _POISONING
        case Category.SUICIDAL_DISTRESS:
            return _DISTRESS_URGENT if assessment.urgent else _DISTRESS
        case Category.MEDICAL_ADVICE_REQUEST:
            return _ADVICE
        case Category.NONE:
            raise ValueError("no safety reply for Category.NONE: let the normal flow answer")
