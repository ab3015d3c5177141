"""Shared reply texts and envelopes of the action server."""

from __future__ import annotations

from assistant import Envelope
from assistant.contact import ADVISER_CONTACT

__all__ = ["ADVISER_CONTACT", "FALLBACK_TEXT", "fallback_envelope"]


FALLBACK_TEXT = (
    "Je ne suis pas sûr d'avoir compris votre demande, et je préfère ne pas vous répondre au "
    "hasard. Pouvez-vous la reformuler en une phrase, par exemple « Combien est remboursée une "
    "consultation chez le dermatologue ? » ? " + ADVISER_CONTACT
)


def fallback_envelope(reason: str, **data: object) -> Envelope:
    """``kind: fallback``: the assistant does not know; says why, offers an adviser."""
    return Envelope(kind="fallback", data={"reason": reason, "adviser_offered": True, **data})
