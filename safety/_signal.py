"""A signal: a named set of patterns for one category, with its own guards."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from safety._assessment import Category
from safety._lexicon import compile_pattern, union

__all__ = ["AdminScope", "Signal", "signal"]


class AdminScope(Enum):
    """Where administrative words (remboursement, contrat…) silence a signal."""

    NEVER = "never"
    CLAUSE = "clause"
    MESSAGE = "message"


@dataclass(frozen=True)
class Signal:
    """One thing worth noticing, e.g. chest pain, or a wish to die.

    - ``topic``: a *topic word* ("AVC", "overdose", "suicide") that people also use when
      they ask about cover or information. It is silenced by administrative or
      informational wording anywhere in the message, by a past/after-the-fact marker in
      its clause ("a eu un AVC", "suite à"), and by a hypothesis ("en cas de").
      Descriptions of what is happening now are not topics.
    - ``urgent``: for suicidal distress, an act, a means or a deadline.
    - ``not_before`` / ``not_after``: searched in the clause text just before / just
      after the match; a hit silences the match (e.g. "ça" before "me fout en l'air",
      "avec ce dossier" after "en finir").
    - ``requires``: must also be found somewhere in the message (e.g. a symptom word
      next to "c'est grave ?"); with ``requires_elsewhere``, outside the match itself, so
      that a farewell needs a *second* farewell or a word of distress (the default for
      suicidal distress, whose companion words are also its own).
    - ``unless``: silences the signal when found anywhere in the message (e.g. "nez
      bouché" next to "je respire mal").
    - ``admin``: for medical questions, where administrative wording silences them.
    - ``negation_guard``: off for signals that are negative already ("plus envie de
      vivre"), where a negation before them is part of the same thought.
    """

    name: str
    category: Category
    patterns: tuple[re.Pattern[str], ...]
    topic: bool = False
    urgent: bool = False
    not_before: re.Pattern[str] | None = None
    not_after: re.Pattern[str] | None = None
    requires: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None
    admin: AdminScope = AdminScope.NEVER
    negation_guard: bool = True
    requires_elsewhere: bool = False
    # all the patterns in one: the detector skips the signal when it finds nothing
    any_pattern: re.Pattern[str] | None = None

    @property
    def label(self) -> str:
        return f"{self.category.value}:{self.name}"


def signal(
    name: str,
    category: Category,
    *sources: str,
    topic: bool = False,
    urgent: bool = False,
    not_before: str | None = None,
    not_after: str | None = None,
    requires: str | None = None,
    unless: str | None = None,
    admin: AdminScope = AdminScope.NEVER,
    negation_guard: bool = True,
    requires_elsewhere: bool | None = None,
) -> Signal:
    """Build a :class:`Signal` from pattern sources written as described in ``_lexicon``."""
    if not sources:
        raise ValueError(f"signal {name!r} has no pattern")
    patterns = tuple(compile_pattern(s) for s in sources)
    return Signal(
        name=name,
        category=category,
        patterns=patterns,
        topic=topic,
        urgent=urgent,
        not_before=_anchored(not_before, end=True),
        not_after=_anchored(not_after, end=False),
        requires=compile_pattern(requires) if requires else None,
        unless=compile_pattern(unless) if unless else None,
        admin=admin,
        negation_guard=negation_guard,
        requires_elsewhere=(
            category is Category.SUICIDAL_DISTRESS
            if requires_elsewhere is None
            else requires_elsewhere
        ),
        any_pattern=union(patterns),
    )


def _anchored(source: str | None, *, end: bool) -> re.Pattern[str] | None:
    if source is None:
        return None
    compiled = compile_pattern(source, whole_words=False)
    if end:
        return re.compile(rf"(?:^| )(?:{compiled.pattern}) ?$")
    return re.compile(rf"^ ?(?:{compiled.pattern})(?![a-z0-9])")
