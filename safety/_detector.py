"""``assess()``: normalise, mask idioms, match the signals, apply the guards, decide."""

from __future__ import annotations

import re

from safety._assessment import EMERGENCIES, NO_CONCERN, Assessment, Category
from safety._context import MessageContext, mask_idioms, silencing_guard
from safety._normalize import normalize
from safety._signal import Signal
from safety._signals_advice import ADVICE_SIGNALS
from safety._signals_distress import DISTRESS_SIGNALS
from safety._signals_emergency import EMERGENCY_SIGNALS
from safety._signals_poisoning import POISONING_SIGNALS

__all__ = ["SIGNALS", "assess"]

SIGNALS: tuple[Signal, ...] = (
    *DISTRESS_SIGNALS,
    *POISONING_SIGNALS,
    *EMERGENCY_SIGNALS,
    *ADVICE_SIGNALS,
)

# When several categories fire, the first one here wins: suicidal distress is never
# hidden behind the overdose it comes with, a poisoning reply also says "call 15", and a
# medical question only matters when nothing worse is going on.
_PRIORITY = (
    Category.SUICIDAL_DISTRESS,
    Category.POISONING,
    Category.MEDICAL_EMERGENCY,
    Category.MEDICAL_ADVICE_REQUEST,
)


def assess(text: str) -> Assessment:
    """Classify one message. Pure, fast, and never raises on any string."""
    normalized = normalize(text)
    if not normalized.strip(" .,?"):
        return NO_CONCERN
    masked, had_idiom = mask_idioms(normalized)
    ctx = MessageContext.of(masked)

    fired: list[Signal] = []
    silenced: list[str] = ["idiom"] if had_idiom else []
    for sig in SIGNALS:
        reasons = [silencing_guard(sig, m, ctx) for m in _matches(sig, masked)]
        if not reasons:
            continue
        if None in reasons:
            fired.append(sig)
        else:
            silenced.append(f"{sig.label}:{reasons[0]}")

    categories = {sig.category for sig in fired}
    category = next((c for c in _PRIORITY if c in categories), Category.NONE)
    if category is Category.NONE:
        return Assessment(Category.NONE, silenced=tuple(silenced))
    return Assessment(
        category=category,
        signals=tuple(sig.label for sig in fired),
        urgent=_urgent(category, fired, ctx),
        silenced=tuple(silenced),
    )


def _matches(sig: Signal, text: str) -> list[re.Match[str]]:
    start = 0
    if sig.any_pattern is not None:
        first = sig.any_pattern.search(text)
        if first is None:
            return []  # the common case, found with one search instead of one per pattern
        start = first.start()  # no pattern of the signal matches any earlier
    return [m for pattern in sig.patterns for m in pattern.finditer(text, start)]


def _urgent(category: Category, fired: list[Signal], ctx: MessageContext) -> bool:
    if category in EMERGENCIES:
        return True
    if category is Category.SUICIDAL_DISTRESS:
        return ctx.imminent or any(sig.urgent or sig.category in EMERGENCIES for sig in fired)
    return False
