"""The evaluation corpus (``eval/safety_corpus.yml``) and its scores.

The corpus is YAML, restricted to one JSON-style flow mapping per item, so the standard
library reads it (this package must import in the engine environment too)::

    items:
      - {"text": "j'ai mal à la poitrine", "expected": "medical_emergency", "group": "chest"}

Blank lines, ``#`` comments, ``version:`` and ``items:`` are the only other lines allowed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from safety._assessment import CRISES, Assessment, Category

__all__ = [
    "DEFAULT_CORPUS",
    "CategoryScore",
    "CorpusError",
    "CorpusItem",
    "Evaluation",
    "evaluate",
    "load_corpus",
    "parse_corpus",
]

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "eval" / "safety_corpus.yml"
_ITEM_KEYS = frozenset({"text", "expected", "group", "urgent"})


class CorpusError(ValueError):
    """A corpus line that is not in the restricted format; the message names the line."""


@dataclass(frozen=True)
class CorpusItem:
    text: str
    expected: Category
    group: str = ""
    urgent: bool | None = None  # when set, the expected value of Assessment.urgent


def load_corpus(path: Path = DEFAULT_CORPUS) -> list[CorpusItem]:
    """Read a corpus file; see the module docstring for the format."""
    return parse_corpus(path.read_text(encoding="utf-8").splitlines(), source=str(path))


def parse_corpus(lines: Iterable[str], source: str = "<corpus>") -> list[CorpusItem]:
    items: list[CorpusItem] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#") or line in {"items:", "version: 1"}:
            continue
        where = f"{source}:{number}"
        if not line.startswith("- {"):
            raise CorpusError(f"{where}: expected '- {{...}}', got {line[:40]!r}")
        try:
            data = json.loads(line[2:])
        except json.JSONDecodeError as error:
            raise CorpusError(f"{where}: not a JSON-style mapping ({error.msg})") from error
        items.append(_item(data, where))
    return items


def _item(data: object, where: str) -> CorpusItem:
    if not isinstance(data, dict) or not set(data) <= _ITEM_KEYS:
        raise CorpusError(f"{where}: keys must be among {sorted(_ITEM_KEYS)}")
    text, expected = data.get("text"), data.get("expected")
    group, urgent = data.get("group", ""), data.get("urgent")
    if not isinstance(text, str) or not text.strip():
        raise CorpusError(f"{where}: 'text' must be a non-empty string")
    if expected not in {c.value for c in Category}:
        raise CorpusError(f"{where}: unknown category {expected!r}")
    if not isinstance(group, str) or not (urgent is None or isinstance(urgent, bool)):
        raise CorpusError(f"{where}: 'group' must be a string and 'urgent' a boolean")
    return CorpusItem(text=text, expected=Category(expected), group=group, urgent=urgent)


@dataclass(frozen=True)
class CategoryScore:
    category: Category
    support: int  # items expected in this category
    predicted: int  # items predicted in this category
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.support if self.support else 1.0


@dataclass(frozen=True)
class Evaluation:
    items: tuple[CorpusItem, ...]
    predictions: tuple[Assessment, ...]

    @property
    def scores(self) -> tuple[CategoryScore, ...]:
        expected = Counter(item.expected for item in self.items)
        predicted = Counter(a.category for a in self.predictions)
        correct = Counter(
            item.expected
            for item, a in zip(self.items, self.predictions, strict=True)
            if item.expected is a.category
        )
        return tuple(CategoryScore(c, expected[c], predicted[c], correct[c]) for c in Category)

    @property
    def errors(self) -> tuple[tuple[CorpusItem, Assessment], ...]:
        """Items whose category (or expected urgency, when given) was missed."""
        return tuple(
            (item, a)
            for item, a in zip(self.items, self.predictions, strict=True)
            if item.expected is not a.category
            or (item.urgent is not None and item.urgent is not a.urgent)
        )

    @property
    def false_alarms(self) -> tuple[tuple[CorpusItem, Assessment], ...]:
        """Items expected ``none`` where a crisis (emergency, poisoning, suicidal) was seen."""
        return tuple(
            (item, a)
            for item, a in zip(self.items, self.predictions, strict=True)
            if item.expected is Category.NONE and a.is_crisis
        )

    @property
    def crisis_recall(self) -> float:
        """Share of crisis items flagged as *some* crisis (the safety-critical number)."""
        pairs = [
            a
            for item, a in zip(self.items, self.predictions, strict=True)
            if item.expected in CRISES
        ]
        return sum(a.is_crisis for a in pairs) / len(pairs) if pairs else 1.0

    def report(self) -> str:
        lines = [f"{'category':<24} {'support':>7} {'predicted':>9} {'precision':>9} {'recall':>7}"]
        for s in self.scores:
            lines.append(
                f"{s.category.value:<24} {s.support:>7} {s.predicted:>9} "
                f"{s.precision:>9.3f} {s.recall:>7.3f}"
            )
        accuracy = 1 - len(self.errors) / len(self.items) if self.items else 1.0
        lines += [
            "",
            f"items: {len(self.items)}  exact: {accuracy:.3f}  "
            f"crisis recall: {self.crisis_recall:.3f}  "
            f"false alarms on 'none': {len(self.false_alarms)}",
        ]
        for item, a in self.errors:
            urgency = f" urgent={a.urgent}" if item.urgent is not None else ""
            lines.append(
                f"  MISS expected={item.expected.value} got={a.category.value}{urgency} "
                f"{list(a.signals or a.silenced)} :: {item.text}"
            )
        return "\n".join(lines)


def evaluate(items: Sequence[CorpusItem], assess_fn: Callable[[str], Assessment]) -> Evaluation:
    return Evaluation(tuple(items), tuple(assess_fn(item.text) for item in items))
