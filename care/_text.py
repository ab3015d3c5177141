"""Accent-, case- and punctuation-insensitive keys for French names and free text.

``fold("Saint-Herblain")`` and ``fold("st herblain")`` both give ``"saint herblain"``, so the
communes table, the specialty vocabulary and what members type meet on the same key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD_RE = re.compile(r"[^a-z0-9]+")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte"}


def strip_accents(text: str) -> str:
    """``"Mérignac"`` → ``"Merignac"`` (ligatures « œ », « æ » are spelt out)."""
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_words(text: str) -> list[str]:
    """The words of :func:`fold`, as a list."""
    words = _NON_WORD_RE.sub(" ", strip_accents(text).lower()).split()
    return [_ABBREVIATIONS.get(word, word) for word in words]


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Lower-case, accents removed, each non-alphanumeric run turned into one space.

    The abbreviations « St » and « Ste » become « saint » and « sainte ».
    """
    return " ".join(fold_words(text))
