"""Shared reply texts and envelopes of the action server."""

from __future__ import annotations

from assistant import Envelope

ADVISER_CONTACT = (
    "Un conseiller peut vous répondre au 01 84 60 00 00, du lundi au vendredi de 8 h 30 à "
    "18 h 30 et le samedi de 9 h à 12 h."
)

FALLBACK_TEXT = (
    "Je ne suis pas sûr d'avoir compris votre demande, et je préfère ne pas vous répondre au "
    "hasard. Pouvez-vous la reformuler en une phrase, par exemple « Combien est remboursée une "
    "consultation chez le dermatologue ? » ? " + ADVISER_CONTACT
)


def fallback_envelope(reason: str, **data: object) -> Envelope:
    """``kind: fallback``: the assistant does not know; says why, offers an adviser."""
    return Envelope(kind="fallback", data={"reason": reason, "adviser_offered": True, **data})
