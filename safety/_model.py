"""An optional learned second opinion on suicidal distress, standard library only.

The patterns (``_signals_*``) decide. They generalise by families of meaning, but suicidal
distress is said in more ways than any list holds ("je voudrais que quelqu'un me
débranche", "plus rien ne me raccroche à la vie"). When the patterns see no crisis, and no
guard set a crisis signal aside, this model may still read the message as suicidal
distress: a logistic regression on character n-grams and words of the skeleton text
(idioms masked), trained by ``python -m safety train`` (see ``_train``) on the tuning
corpus and ``eval/safety_training_extra.yml``.

The trained weights are *built*, never committed: the file is
``build/safety_model.json`` in the repository (or the path in ``$SAFETY_MODEL_FILE``).
Without it the detector works on patterns alone. The model only ever adds a suicidal
distress reading; it never removes or changes what the patterns found.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from safety._lexicon import compile_pattern

__all__ = [
    "DEFAULT_MODEL_FILE",
    "FORMAT",
    "MIN_WORDS",
    "MODEL_ENV",
    "Model",
    "features",
    "load_model",
    "model_path",
    "worth_a_second_opinion",
]

MODEL_ENV = "SAFETY_MODEL_FILE"
DEFAULT_MODEL_FILE = Path(__file__).resolve().parent.parent / "build" / "safety_model.json"
FORMAT = "safety-logistic-1"

CHAR_SIZES = (3, 4, 5)
MIN_WORDS = 4
_WORD = re.compile(r"[a-z0-9]+")
_NEGATORS = frozenset({"pas", "jamais", "aucun", "aucune", "sans", "ni"})
_NEGATION_SCOPE = 3

# The model is only asked about messages that speak of life, death, ending, leaving, the
# means or the weight one is for others: a neutral question ("mes garanties optique ?")
# never reaches it, whatever its character n-grams look like.
_WORTH_ASKING = compile_pattern(
    r"mour\w*|meur\w*|mort\w*|vivre|vie|vivant\w*|exist\w*|fini\w*|fin|disparai\w*|disparu\w*"
    r"|parti\w*|partir|pars|part|dormir|endormir|reveil\w*|eteindre|debranch\w*|sauter|saute"
    r"|jeter|pont|vide|toit|falaise|lames?|rasoirs?|cutter|corde|cachets|comprimes|medicaments"
    r"|somniferes|pilules|boites?|arme|fusil|adieux?|revoir|rejoindre|poids|fardeau|boulet"
    r"|charge|sans moi|seule?|force|courage|espoir|sens|suicid\w*|tuer|tue|crever|acte|rien"
    r"|personne|erreur|naitre|nee?|arreter|arrete|stopper|lacher|abandonn\w*|tenir|tiens"
    r"|tiendrai\w*|supporte\w*|souffr\w*|douleur|noir\w*|pire|mieux|soulag\w*|raccroch\w*"
    r"|retient|ciel|la haut|dernier\w*|derniere|testament|lettres?|affaires|regrett\w*"
    r"|manquer\w*|plus la|plus jamais|paix|repos|tranquilles?|probleme|gene|trop|noir"
)


def features(skeleton: str) -> list[str]:
    """The features of a skeleton text: words, word pairs and character n-grams.

    Character n-grams are taken inside each word padded with spaces (``" mour"``), so they
    survive typos and inflections; word pairs keep a little of the order ("plus envie").
    """
    words = _WORD.findall(skeleton)
    found: set[str] = set()
    negated = 0
    for word in words:
        found.add("w " + word)
        if negated:
            found.add("n " + word)  # in the scope of a negation: "pas d'idées suicidaires"
            negated -= 1
        if word in _NEGATORS:
            negated = _NEGATION_SCOPE
        padded = f" {word} "
        for size in CHAR_SIZES:
            for start in range(len(padded) - size + 1):
                found.add("c " + padded[start : start + size])
    for first, second in zip(words, words[1:], strict=False):
        found.add(f"b {first} {second}")
    if "~" in skeleton:
        found.add("m idiom")  # a figure of speech or a laugh was masked
    return sorted(found)


def worth_a_second_opinion(skeleton: str) -> bool:
    """True when the message has any word the model is meant to weigh, in a sentence or more.

    Very short messages ("je v mourir") are left to the patterns: a handful of character
    n-grams is too little for the model to tell a figure of speech from distress.
    """
    return len(_WORD.findall(skeleton)) >= MIN_WORDS and _WORTH_ASKING.search(skeleton) is not None


@dataclass(frozen=True)
class Model:
    """A binary logistic regression: suicidal distress against everything else."""

    weights: dict[str, float]
    bias: float
    threshold: float
    label: str = "suicidal_distress"

    def probability(self, skeleton: str) -> float:
        return self.probability_of(features(skeleton))

    def probability_of(self, feats: Iterable[str]) -> float:
        present = list(feats)
        if not present:
            return 0.0
        get = self.weights.get
        # features are binary and the vector is L2-normalised, as in training
        score = self.bias + sum(get(f, 0.0) for f in present) / math.sqrt(len(present))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def says_yes(self, skeleton: str) -> bool:
        return self.probability(skeleton) >= self.threshold

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "label": self.label,
            "threshold": self.threshold,
            "bias": self.bias,
            "weights": self.weights,
        }

    @classmethod
    def from_json(cls, data: object) -> Model:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} model")
        weights = data["weights"]
        if not isinstance(weights, dict):
            raise ValueError("weights must be a mapping")
        return cls(
            weights={str(k): float(v) for k, v in weights.items()},
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            label=str(data.get("label", "suicidal_distress")),
        )


def model_path() -> Path:
    """``$SAFETY_MODEL_FILE`` if set (relative to the working directory), else the default."""
    configured = os.environ.get(MODEL_ENV, "").strip()
    return Path(configured) if configured else DEFAULT_MODEL_FILE


def load_model(path: Path | None = None) -> Model | None:
    """The model at ``path`` (default: :func:`model_path`), or None if it is absent or unreadable.

    The detector must never fail because of the model: a missing, partial or foreign file
    simply means patterns only. The file is read once per path and process.
    """
    return _load(str(path if path is not None else model_path()))


@lru_cache(maxsize=4)
def _load(path: str) -> Model | None:
    try:
        with open(path, encoding="utf-8") as handle:
            return Model.from_json(json.load(handle))
    except (OSError, ValueError, KeyError, TypeError):
        return None
