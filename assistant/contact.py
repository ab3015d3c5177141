"""How members reach a human adviser (fictitious number of the fictitious mutuelle)."""

from __future__ import annotations

ADVISER_PHONE = "01 84 60 00 00"
ADVISER_HOURS = "du lundi au vendredi de 8 h 30 à 18 h et le samedi de 9 h à 12 h"
ADVISER_CONTACT = f"Un conseiller peut vous répondre au {ADVISER_PHONE}, {ADVISER_HOURS}."
