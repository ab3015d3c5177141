"""Families of meaning, the guards that keep them precise, and the matching machinery.

The corpus (``eval/safety_corpus.yml``) holds the bulk of the examples; the cases here pin
down one behaviour each, so that a regression names its cause.
"""

from __future__ import annotations

import re

import pytest

from safety import Category, assess, load_corpus, normalize
from safety._context import mask_idioms
from safety._detector import SIGNALS, _matches
from safety._lexicon import FRAGMENTS, compile_pattern, expand
from safety._normalize import skeleton_pattern

EMERGENCY = Category.MEDICAL_EMERGENCY
SUICIDAL = Category.SUICIDAL_DISTRESS
POISONING = Category.POISONING
NONE = Category.NONE

TEXTS = [mask_idioms(normalize(item.text))[0] for item in load_corpus()]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # one example per family, in words that are not in the corpus
        ("j'aimerais tellement ne plus jamais me réveiller", SUICIDAL),  # not waking up
        ("je compte disparaître pour de bon", SUICIDAL),  # disappear
        ("j'ai envie de tout stopper définitivement", SUICIDAL),  # stop for good
        ("je n'ai plus la force de lutter", SUICIDAL),  # no strength
        ("ma femme serait plus heureuse sans moi", SUICIDAL),  # better off without me
        ("je laisse une lettre d'adieu à mon frère", SUICIDAL),  # goodbye
        ("j'ai stocké des somnifères", SUICIDAL),  # means
        ("mon ado se scarifie les cuisses", SUICIDAL),  # self-harm
        ("mon fils a bu de l'anticalcaire", POISONING),  # product x verb
        ("elle vient d'avaler un blister de seresta", POISONING),  # whole blister
        ("il a gobé le double de sa dose de tramadol", POISONING),  # medication error
        ("mon petit de 3 ans a bu de la bière", POISONING),  # alcohol in a child
        ("mon voisin s'est effondré dans l'escalier", EMERGENCY),  # collapse
        ("elle ne réagit plus à rien", EMERGENCY),  # unresponsive
        ("ça me broie la poitrine", EMERGENCY),  # chest
    ],
)
def test_one_example_per_family(text: str, category: Category) -> None:
    assert assess(text).category is category


@pytest.mark.parametrize(
    ("text", "guard"),
    [
        # hyperbole tied to paperwork
        ("je vais me pendre si vous augmentez encore les tarifs", "blocked"),
        ("ce film me donne envie de mourir", "blocked"),
        # an animal, not a person
        ("mon chat a bu de la javel, le vétérinaire est couvert ?", "blocked"),
        # a long-standing condition in a question about cover
        ("mon fils convulse depuis des années, son traitement est remboursé ?", "chronic"),
        # an open question, with no event in it
        ("que faire si un enfant avale une pile ?", "hypothetical"),
        # over and done with, even with a present-time word
        ("il y a 5 ans j'ai voulu mourir, aujourd'hui ça va", "past"),
    ],
)
def test_guards_of_the_new_families(text: str, guard: str) -> None:
    assessment = assess(text)
    assert not assessment.is_crisis
    assert any(entry.endswith(f":{guard}") for entry in assessment.silenced)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("si mon fils a avalé une pile, que faire ?", POISONING),  # an event, not a question
        ("il y a 3 ans j'ai fait une TS et j'y repense tous les jours", SUICIDAL),
        ("mon fils me dit qu'il veut mourir", SUICIDAL),  # a person, not a thing, as the cause
    ],
)
def test_guards_leave_real_events_alone(text: str, category: Category) -> None:
    assert assess(text).category is category


@pytest.mark.parametrize(
    ("raw", "skeleton"),
    [
        ("jvoi pa pk", "je vois pas pourquoi"),
        ("g pri tt", "je ai pris tout"),
        ("jé pri", "je pris"),
        ("il é inconsiant", "il est inconscient"),
        ("jveu plu vivr", "je veux plus vivre"),
        ("le ptit", "le petit"),
    ],
)
def test_new_sms_spellings(raw: str, skeleton: str) -> None:
    assert normalize(raw) == skeleton


def test_one_search_per_signal_finds_exactly_what_the_patterns_find() -> None:
    for text in TEXTS:
        for sig in SIGNALS:
            assert sig.any_pattern is not None
            found = sig.any_pattern.search(text) is not None
            spans = [m.span() for p in sig.patterns for m in p.finditer(text)]
            assert found == bool(spans), (sig.label, text)
            assert [m.span() for m in _matches(sig, text)] == spans, (sig.label, text)


@pytest.mark.parametrize("name", ["drug", "who", "product", "food", "med"])
def test_word_lists_factored_as_prefix_trees_match_the_same_text(name: str) -> None:
    factored = compile_pattern(f"<{name}>")
    plain = re.compile(rf"(?<![a-z0-9])(?:{skeleton_pattern(expand(FRAGMENTS[name]))})(?![a-z0-9])")
    assert factored.pattern != plain.pattern
    for text in TEXTS:
        # same places; the tree may prefer a longer word ("soude caustique" over "soude")
        starts = [m.start() for m in plain.finditer(text)]
        assert [m.start() for m in factored.finditer(text)] == starts, text
