"""French text normalisation shared by the lexical and the LSA retrievers.

Members write without accents, with elisions ("l'ALD", "qu'est-ce"), abbreviations ("dermato",
"sécu") and SMS spellings ("cb", "pr"). Both retrievers see the same normalised tokens:
lower-cased, accents folded, elisions split off, stop words dropped, Snowball-stemmed, and
expanded with the domain lexicon (``data/lexicon_fr.yml``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

import snowballstemmer
import yaml

_LEXICON_PATH = Path(__file__).parent / "data" / "lexicon_fr.yml"
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)?")
_ELISION_RE = re.compile(r"\b(?:l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
_MARKER_RE = re.compile(r"\[\d+\]")

STOP_WORDS: frozenset[str] = frozenset(
    [
        "a",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "cet",
        "cette",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "elles",
        "en",
        "est",
        "et",
        "etre",
        "eu",
        "il",
        "ils",
        "je",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "lui",
        "ma",
        "mais",
        "me",
        "meme",
        "mes",
        "moi",
        "mon",
        "ne",
        "nos",
        "notre",
        "nous",
        "on",
        "ou",
        "par",
        "pas",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "ta",
        "te",
        "tes",
        "toi",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
        "y",
        "c",
        "d",
        "j",
        "l",
        "m",
        "n",
        "s",
        "t",
        "ai",
        "as",
        "avons",
        "avez",
        "ont",
        "suis",
        "es",
        "sommes",
        "etes",
        "sont",
        "etais",
        "etait",
        "ete",
        "fait",
        "faire",
        "cela",
        "ca",
        "ceci",
        "si",
        "plus",
        "tres",
        "bien",
        "aussi",
        "alors",
        "donc",
        "car",
        "comme",
        "quand",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "bonjour",
        "bonsoir",
        "salut",
        "merci",
        "svp",
        "stp",
        "please",
        "hello",
        "slt",
    ]
)


def fold(text: str) -> str:
    """Lower-case and strip accents (``É`` → ``e``, ``œ`` → ``oe``), keeping the length stable."""
    text = text.lower().replace("œ", "oe").replace("æ", "ae").replace("’", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def strip_markers(text: str) -> str:
    """Remove ``[n]`` source markers from a passage."""
    return _MARKER_RE.sub("", text)


@functools.cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("french")


@functools.cache
def _lexicon() -> Mapping[str, tuple[str, ...]]:
    """Folded single-word form → extra folded words (synonyms, expansions)."""
    raw = yaml.safe_load(_LEXICON_PATH.read_text(encoding="utf-8")) or {}
    table: dict[str, tuple[str, ...]] = {}
    for group in raw.get("groups", []):
        words = [fold(w) for w in group]
        for word in words:
            others = tuple(w for w in words if w != word)
            table[word] = tuple(dict.fromkeys(table.get(word, ()) + others))
    for abbreviation, expansion in (raw.get("expansions") or {}).items():
        key = fold(str(abbreviation))
        table[key] = tuple(dict.fromkeys(table.get(key, ()) + (fold(str(expansion)),)))
    return table


def raw_tokens(text: str) -> list[str]:
    """Folded word tokens with elisions split off; numbers keep their decimal part."""
    folded = _ELISION_RE.sub(" ", fold(strip_markers(text)))
    return _TOKEN_RE.findall(folded)


@functools.lru_cache(maxsize=262_144)
def stem(word: str) -> str:
    """Snowball French stem of a folded word; numbers are kept as they are.

    Cached: the pure-Python stemmer costs ~0.2 ms a word and texts repeat their words.
    """
    if word[0].isdigit():
        return word
    return str(_stemmer().stemWord(word))


@functools.lru_cache(maxsize=65_536)
def _expanded_stems(token: str) -> tuple[str, ...]:
    """The stem of ``token`` followed by the stems of its lexicon expansions, no repeats."""
    stems = [stem(token)]
    for extra in _lexicon().get(token, ()):
        stems.extend(stem(t) for t in raw_tokens(extra) if t not in STOP_WORDS)
    return tuple(dict.fromkeys(stems))


def analyse(text: str, *, expand: bool = True) -> list[str]:
    """Tokens for indexing and querying: stop words dropped, stemmed, lexicon-expanded."""
    out: list[str] = []
    for token in raw_tokens(text):
        if token in STOP_WORDS:
            continue
        if expand:
            out.extend(_expanded_stems(token))
        else:
            out.append(stem(token))
    return out


def plain_tokens(text: str) -> list[str]:
    """The baseline analyser of plain BM25: lower-case word tokens, nothing else."""
    return re.findall(r"\w+", text.lower())


def char_ngram_text(tokens: Iterable[str]) -> str:
    """Folded, stop-word-free text used by the character n-gram features (typo tolerance)."""
    return " ".join(t for t in tokens if t not in STOP_WORDS)
