"""Held-out mini set: 40 phrasings written after tuning, never used to tune.

Measured once, on first run, and recorded here as it was:

    exact 28/40 = 0.700; crisis recall (emergency, poisoning, suicidal seen as *some*
    crisis) 10/20 = 0.500; false alarms on the 13 negatives: 0;
    recall per category: emergency 6/7, poisoning 0/4, suicidal 4/9, medical question 5/7.

The 12 misses are listed below as strict xfails, so each run shows them. They are not
fixed in the patterns: a fix would make this set no longer held out. If a change to the
detector makes one pass, the strict xfail fails: move it out of ``KNOWN_MISSES`` and
say so, since the set then no longer measures unseen wording.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from safety import Category, CorpusItem, assess, evaluate, load_corpus

HELDOUT = Path(__file__).with_name("safety_heldout.yml")
ITEMS = load_corpus(HELDOUT)

KNOWN_MISSES = frozenset(
    {
        "mon mari vient de s'écrouler dans le salon, il ne réagit pas",
        "ma fille de 2 ans a avalé le contenu d'un flacon de sirop, au moins la moitié",
        "mon père s'est trompé de médicaments et en a pris le double, il est somnolent",
        "jcrois que mon petit frere a bu du liquide vaisselle",
        "je viens d'avaler une plaquette entière de lexomil",
        "je supporte plus rien, j'ai envie de tout arrêter pour de bon",
        "si je disparaissais ça changerait rien pour personne",
        "j'ai plus la force de continuer, je veux juste que ça s'arrête",
        "je vois pas pourquoi je continuerais à vivre",
        "jai tout préparé pour ce soir, je veux plus souffrir",
        "est-ce que mes symptômes font penser à un diabète ?",
        "ma fille a des plaques qui grattent, c'est de l'eczéma ?",
    }
)


def _case(item: CorpusItem) -> object:
    marks = (
        [pytest.mark.xfail(strict=True, reason="held-out miss, deliberately not tuned on")]
        if item.text in KNOWN_MISSES
        else []
    )
    return pytest.param(item, marks=marks, id=item.text[:50])


def test_heldout_set_is_complete() -> None:
    assert len(ITEMS) == 40
    assert {item.text for item in ITEMS} >= KNOWN_MISSES


@pytest.mark.parametrize("item", [_case(item) for item in ITEMS])
def test_heldout_item(item: CorpusItem) -> None:
    assert assess(item.text).category is item.expected


def test_heldout_scores_as_recorded() -> None:
    evaluation = evaluate(ITEMS, assess)
    print("\n" + evaluation.report())
    assert evaluation.false_alarms == ()
    assert len(evaluation.errors) == len(KNOWN_MISSES) == 12
    assert evaluation.crisis_recall == pytest.approx(0.5)
    none = next(s for s in evaluation.scores if s.category is Category.NONE)
    assert none.recall == 1.0
