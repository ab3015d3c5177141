"""Redact direct identifiers from free text before it is logged or stored.

What is masked: e-mail addresses, French and international phone numbers, the social-security
number (NIR, 13 digits + key), IBANs, card numbers, dates of birth written as dates, street
addresses with a number, and member identifiers (``ADH-…``). Amounts, ages and care words are
kept: editors need them to see what was asked. Names are not detected reliably by patterns;
the channels never add them to the text.
"""

from __future__ import annotations

import re

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    (re.compile(r"\bFR\d{2}(?:\s?[A-Z0-9]{4}){5}\s?[A-Z0-9]{3}\b", re.IGNORECASE), "[iban]"),
    (
        re.compile(
            r"\b[12]\s?\d{2}\s?(?:0[1-9]|1[0-2]|[2-9]\d)\s?(?:\d{2}|2[AB])\s?\d{3}\s?\d{3}(?:\s?\d{2})?\b"
        ),
        "[nir]",
    ),
    (re.compile(r"\b(?:\d[ -]?){13,19}\b"), "[numero]"),
    (re.compile(r"(?:(?:\+|00)33[\s.-]?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b"), "[telephone]"),
    (re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\b"), "[date]"),
    (re.compile(r"\bADH[-\s]?\d{3,}\b", re.IGNORECASE), "[adherent]"),
    (
        re.compile(
            r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.?|boulevard|bd|chemin|impasse|"
            r"all[ée]e|place|route|quai|cours)\b[^,.;\n]{0,40}",
            re.IGNORECASE,
        ),
        "[adresse]",
    ),
)


def redact(text: str) -> str:
    """``text`` with direct identifiers replaced by bracketed placeholders."""
    for pattern, placeholder in _PATTERNS:
        text = pattern.sub(placeholder, text)
    return text
