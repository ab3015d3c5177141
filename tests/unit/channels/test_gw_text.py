"""Splitting and packing texts under a platform limit; French dates and amounts."""

from __future__ import annotations

import html
import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from channels.rendering import TELEGRAM_STYLE, WHATSAPP_STYLE
from channels.telegram_payloads import displayed_length
from channels.text import Line, euros, french_date, pack, plain_blocks, split_text, truncate, units

words = st.text(alphabet="abcdéèàç€😀<&*.!?:", min_size=1, max_size=12)
separators = st.sampled_from([" ", " ", " ", ". ", "\n", "\n\n", "? "])
texts = st.lists(st.tuples(words, separators), max_size=120).map(
    lambda pairs: "".join(word + sep for word, sep in pairs)
)


@settings(max_examples=200, deadline=None)
@given(text=texts, limit=st.integers(min_value=8, max_value=200))
def test_split_keeps_every_word_in_order_within_the_limit(text: str, limit: int) -> None:
    pieces = split_text(text, limit)
    assert all(0 < units(piece) <= limit for piece in pieces)
    if all(units(word) <= limit for word in text.split()):
        assert " ".join(pieces).split() == text.split()
    else:
        assert "".join("".join(pieces).split()) == "".join(text.split())


@settings(max_examples=100, deadline=None)
@given(text=texts, limit=st.integers(min_value=30, max_value=300))
def test_pack_respects_the_limit_and_the_order(text: str, limit: int) -> None:
    for style, shown in ((WHATSAPP_STYLE, str), (TELEGRAM_STYLE, _telegram_shown)):
        messages = pack(plain_blocks(text), replace(style, limit=limit))
        assert all(units(shown(m)) <= limit for m in messages)
        assert " ".join(shown(m) for m in messages).split() == text.split()


def _telegram_shown(markup: str) -> str:
    assert displayed_length(markup) == units(html.unescape(re.sub("<[^>]+>", "", markup)))
    return html.unescape(re.sub("<[^>]+>", "", markup))


def test_paragraphs_are_kept_together_when_they_fit() -> None:
    text = "Premier paragraphe.\n\nDeuxième paragraphe.\n\nTroisième."
    assert split_text(text, 45) == ["Premier paragraphe.\n\nDeuxième paragraphe.", "Troisième."]


def test_a_long_paragraph_is_cut_between_sentences() -> None:
    text = "Une phrase courte. Une autre phrase ici ! Et une dernière ?"
    assert split_text(text, 42) == [
        "Une phrase courte. Une autre phrase ici !",
        "Et une dernière ?",
    ]


def test_a_word_longer_than_the_limit_is_cut() -> None:
    assert split_text("https://example.org/" + "a" * 30, 20) == [
        "https://example.org/",
        "a" * 20,
        "a" * 10,
    ]


def test_emoji_count_as_two_units() -> None:
    assert units("😀") == 2
    assert split_text("😀😀😀", 4) == ["😀😀", "😀"]


def test_bold_lines_and_their_cost() -> None:
    bold = Line("Titre", bold=True)
    assert WHATSAPP_STYLE.line(bold) == "*Titre*" and WHATSAPP_STYLE.cost(bold) == 7
    assert TELEGRAM_STYLE.line(bold) == "<b>Titre</b>" and TELEGRAM_STYLE.cost(bold) == 5


def test_split_rejects_a_zero_limit() -> None:
    with pytest.raises(ValueError):
        split_text("x", 0)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (21, "21,00\u00a0€"),
        ("7.5", "7,50\u00a0€"),
        ("1234.5", "1\u00a0234,50\u00a0€"),
        ("n/a", None),
        (True, None),
    ],
)
def test_euros(amount: object, expected: str | None) -> None:
    assert euros(amount) == expected


def test_french_date_and_truncate() -> None:
    assert french_date("2024-12-22") == "22/12/2024"
    assert french_date("2024-12-22T10:00:00") == "22/12/2024"
    assert french_date("décembre 2024") == "décembre 2024"
    assert truncate("Hospitalisation programmée", 10) == "Hospitali…"
    assert truncate("Court", 10) == "Court"
