"""``python -m safety train``: build the learned second opinion (``_model``), pure Python.

Training data: the tuning corpus (``eval/safety_corpus.yml``) and the extra training
phrasings (``eval/safety_training_extra.yml``); never a held-out set. The label is
"suicidal distress" against everything else, the features those of
:func:`safety._model.features` on the skeleton text with idioms masked.

The threshold is set on out-of-fold scores: each message is scored by a model trained
without it, and the threshold is the lowest one at which no more than ``max_false_rate``
of the negatives (items expected ``none``) would be read as distress, through the same
gate as in :func:`safety.assess` (no crisis found or set aside by the patterns, a word
worth weighing, no story, news or laugh), and never below ``min_threshold``; then raised,
if need be, above the score of every training negative under the final model, so that the
built model never raises a false alarm on its own training negatives.

Deterministic (fixed seed and order), about 10 to 20 seconds on a laptop core.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from safety._assessment import CRISES, Category
from safety._context import mask_idioms, not_about_now
from safety._corpus import DEFAULT_CORPUS, CorpusItem, load_corpus
from safety._detector import assess_patterns
from safety._model import Model, features, worth_a_second_opinion
from safety._normalize import normalize

__all__ = ["DEFAULT_EXTRA", "TrainingReport", "train", "train_and_save"]

DEFAULT_EXTRA = DEFAULT_CORPUS.with_name("safety_training_extra.yml")
MAX_THRESHOLD = 0.999
LABEL = Category.SUICIDAL_DISTRESS


@dataclass(frozen=True)
class TrainingReport:
    items: int
    positives: int
    features: int
    threshold: float
    out_of_fold_recall: float  # positives missed by the patterns would be seen at this share
    out_of_fold_false_rate: float  # negatives (expected "none") read as distress
    seconds: float

    def lines(self) -> list[str]:
        return [
            f"items: {self.items} ({self.positives} suicidal distress)",
            f"features kept: {self.features}",
            f"threshold: {self.threshold:.3f}",
            f"out-of-fold: recall on distress {self.out_of_fold_recall:.3f}, "
            f"negatives read as distress {self.out_of_fold_false_rate:.3%}",
            f"seconds: {self.seconds:.1f}",
        ]


def _skeleton(text: str) -> str:
    return mask_idioms(normalize(text))[0]


def _fit(
    rows: Sequence[list[str]],
    labels: Sequence[int],
    *,
    epochs: int,
    seed: int,
    rate: float = 0.5,
    l2: float = 1e-4,
) -> tuple[dict[str, float], float]:
    """Logistic regression by AdaGrad, binary features, L2-normalised rows."""
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias, bias_square = 0.0, 0.0
    positives = sum(labels)
    # balance the classes: each side weighs as much as the other in total
    weight_of = {
        1: len(labels) / (2 * max(1, positives)),
        0: len(labels) / (2 * max(1, len(labels) - positives)),
    }
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            feats = rows[index]
            if not feats:
                continue
            scale = 1.0 / math.sqrt(len(feats))
            score = bias + scale * sum(weights.get(f, 0.0) for f in feats)
            probability = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
            error = (probability - labels[index]) * weight_of[labels[index]]
            for f in feats:
                current = weights.get(f, 0.0)
                gradient = error * scale + l2 * current
                square = squares.get(f, 0.0) + gradient * gradient
                squares[f] = square
                weights[f] = current - rate * gradient / (math.sqrt(square) + 1e-8)
            bias_square += error * error
            bias -= rate * error / (math.sqrt(bias_square) + 1e-8)
    return weights, bias


def train(
    corpus: Sequence[CorpusItem],
    *,
    epochs: int = 6,
    folds: int = 4,
    seed: int = 13,
    max_false_rate: float = 0.005,
    min_threshold: float = 0.8,
    prune: float = 1e-3,
) -> tuple[Model, TrainingReport]:
    """Train on ``corpus``; set the threshold on out-of-fold scores (see module docstring)."""
    started = time.perf_counter()
    skeletons = [_skeleton(item.text) for item in corpus]
    rows = [features(s) for s in skeletons]
    labels = [int(item.expected is LABEL) for item in corpus]

    # out-of-fold scores, for the threshold
    scores = [0.0] * len(rows)
    for fold in range(folds):
        train_idx = [i for i in range(len(rows)) if i % folds != fold]
        weights, bias = _fit(
            [rows[i] for i in train_idx], [labels[i] for i in train_idx], epochs=epochs, seed=seed
        )
        probe = Model(weights, bias, threshold=1.0)
        for i in range(fold, len(rows), folds):
            scores[i] = probe.probability_of(rows[i])

    negatives_all = [i for i, item in enumerate(corpus) if item.expected is Category.NONE]
    asked = [
        i
        for i in negatives_all
        if worth_a_second_opinion(skeletons[i])
        and not not_about_now(skeletons[i])
        and _patterns_leave_it_open(corpus[i].text)
    ]
    negatives = sorted((scores[i] for i in asked), reverse=True)
    allowed = int(max_false_rate * len(negatives_all))
    threshold = min_threshold
    if len(negatives) > allowed:
        threshold = max(min_threshold, negatives[allowed] + 1e-6)
    positives = [scores[i] for i in range(len(rows)) if labels[i]]

    weights, bias = _fit(rows, labels, epochs=epochs, seed=seed)
    kept = {f: round(w, 4) for f, w in weights.items() if abs(w) >= prune}
    model = Model(weights=kept, bias=round(bias, 4), threshold=1.0)
    # never a false alarm on the training negatives themselves
    in_sample = max((model.probability_of(rows[i]) for i in asked), default=0.0)
    threshold = min(MAX_THRESHOLD, max(threshold, in_sample + 1e-3))
    model = Model(weights=kept, bias=model.bias, threshold=round(threshold, 4))
    report = TrainingReport(
        items=len(rows),
        positives=sum(labels),
        features=len(kept),
        threshold=model.threshold,
        out_of_fold_recall=sum(p >= threshold for p in positives) / max(1, len(positives)),
        out_of_fold_false_rate=sum(n >= threshold for n in negatives) / max(1, len(negatives_all)),
        seconds=time.perf_counter() - started,
    )
    return model, report


def _patterns_leave_it_open(text: str) -> bool:
    """The patterns see no crisis and no guard set one aside: the model would be asked."""
    found = assess_patterns(text)
    if found.category in CRISES:
        return False
    return not any(entry.split(":", 1)[0] in {c.value for c in CRISES} for entry in found.silenced)


def train_and_save(
    output: Path, corpus_files: Sequence[Path] = (DEFAULT_CORPUS, DEFAULT_EXTRA)
) -> TrainingReport:
    """Train on the corpus files that exist and write the model to ``output``."""
    items: list[CorpusItem] = []
    for path in corpus_files:
        if path.exists():
            items.extend(load_corpus(path))
    model, report = train(items)
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_suffix(output.suffix + ".tmp")
    temporary.write_text(json.dumps(model.to_json(), ensure_ascii=False), encoding="utf-8")
    temporary.replace(output)
    return report
