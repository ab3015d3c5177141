"""``assess()``: normalise, mask idioms, match the signals, apply the guards, decide.

Then, only if the patterns left the message open, ask the learned second opinion
(``_model``) when it has been built.
"""

from __future__ import annotations

import re

from safety._assessment import CRISES, EMERGENCIES, NO_CONCERN, Assessment, Category
from safety._context import MessageContext, mask_idioms, not_about_now, silencing_guard
from safety._model import load_model, worth_a_second_opinion
from safety._normalize import normalize
from safety._signal import Signal
from safety._signals_advice import ADVICE_SIGNALS
from safety._signals_distress import DISTRESS_SIGNALS
from safety._signals_emergency import EMERGENCY_SIGNALS
from safety._signals_poisoning import POISONING_SIGNALS

__all__ = ["MODEL_SIGNAL", "SIGNALS", "assess", "assess_patterns"]

MODEL_SIGNAL = "suicidal_distress:model"
# Guards read the sentence around each match: on a pathological message (the same phrase
# repeated hundreds of times) only the first matches of a signal are weighed.
_MAX_MATCHES = 32
_CRISIS_VALUES = frozenset(c.value for c in CRISES)

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
    """Classify one message. Pure, fast, and never raises on any string.

    The patterns decide; when they see no crisis and no guard set one aside, the learned
    second opinion (``_model``), if it has been built, may still read suicidal distress.
    """
    found, masked, ctx = _read(text)
    if ctx is None or found.category in CRISES or _crisis_set_aside(found):
        return found
    if not worth_a_second_opinion(masked) or not_about_now(masked):
        return found
    model = load_model()
    if model is None or not model.says_yes(masked):
        return found
    return Assessment(
        category=Category.SUICIDAL_DISTRESS,
        signals=(*found.signals, MODEL_SIGNAL),
        urgent=ctx.imminent,
        silenced=found.silenced,
    )


def assess_patterns(text: str) -> Assessment:
    """Classify one message with the patterns alone (no learned second opinion)."""
    return _read(text)[0]


def _crisis_set_aside(found: Assessment) -> bool:
    return any(entry.split(":", 1)[0] in _CRISIS_VALUES for entry in found.silenced)


def _read(text: str) -> tuple[Assessment, str, MessageContext | None]:
    normalized = normalize(text)
    if not normalized.strip(" .,?"):
        return NO_CONCERN, normalized, None
    masked, had_idiom = mask_idioms(normalized)
    ctx = MessageContext.of(masked)

    fired: list[Signal] = []
    silenced: list[str] = ["idiom"] if had_idiom else []
    for sig in SIGNALS:
        first_reason: str | None = None
        for match in _matches(sig, masked)[:_MAX_MATCHES]:
            reason = silencing_guard(sig, match, ctx)
            if reason is None:
                fired.append(sig)  # one standing match is enough: skip the others
                break
            first_reason = first_reason or reason
        else:
            if first_reason is not None:
                silenced.append(f"{sig.label}:{first_reason}")

    categories = {sig.category for sig in fired}
    category = next((c for c in _PRIORITY if c in categories), Category.NONE)
    if category is Category.NONE:
        return Assessment(Category.NONE, silenced=tuple(silenced)), masked, ctx
    found = Assessment(
        category=category,
        signals=tuple(sig.label for sig in fired),
        urgent=_urgent(category, fired, ctx),
        silenced=tuple(silenced),
    )
    return found, masked, ctx


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
