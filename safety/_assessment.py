"""What the detector returns: a category, the signals behind it, and urgency."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["CRISES", "EMERGENCIES", "NO_CONCERN", "Assessment", "Category"]


class Category(StrEnum):
    """What a message is about, from the safety point of view."""

    NONE = "none"
    MEDICAL_EMERGENCY = "medical_emergency"
    SUICIDAL_DISTRESS = "suicidal_distress"
    POISONING = "poisoning"
    MEDICAL_ADVICE_REQUEST = "medical_advice_request"


@dataclass(frozen=True)
class Assessment:
    """The verdict on one message. It never holds the user's text.

    ``signals`` names the patterns that fired (``"suicidal_distress:want_to_die"``) and
    ``silenced`` those that matched but were set aside by a guard, with the guard's name
    (``"medical_emergency:stroke:past"``), so that logs explain every decision.

    ``urgent`` means "emergency services first": a medical emergency, a poisoning, or a
    suicidal crisis with an act, a means or a time (pills already taken, "ce soir"…).
    Every category other than ``NONE`` needs a safety reply, urgent or not.
    """

    category: Category
    signals: tuple[str, ...] = ()
    urgent: bool = False
    silenced: tuple[str, ...] = field(default=(), compare=False)

    @property
    def needs_reply(self) -> bool:
        """True when the safety reply must replace the normal flow."""
        return self.category is not Category.NONE

    @property
    def is_crisis(self) -> bool:
        """True for an emergency, a poisoning or suicidal distress (not a medical question)."""
        return self.category in CRISES

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready view for logs and for the NLU message metadata."""
        return {
            "category": self.category.value,
            "signals": list(self.signals),
            "urgent": self.urgent,
            "silenced": list(self.silenced),
        }


# Emergency services first, always.
EMERGENCIES = frozenset({Category.MEDICAL_EMERGENCY, Category.POISONING})
# Everything but a medical question.
CRISES = EMERGENCIES | {Category.SUICIDAL_DISTRESS}

NO_CONCERN = Assessment(Category.NONE)
