"""Numbers as members write them: "70 €", "70,50 euros", "70e", "deux boîtes", "trois jours"."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from retrieval.text import fold

WORD_NUMBERS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
}
_NUMBER = r"(\d{1,3}(?:[  .]\d{3})+|\d+)(?:[.,](\d{1,2}))?"
_CURRENCY_AFTER = re.compile(_NUMBER + r"\s*(?:€|euros?\b|eur\b|e\b|balles\b)")
_CURRENCY_BEFORE = re.compile(r"€\s*" + _NUMBER)
_BARE = re.compile(r"(?<![\w,.])" + _NUMBER + r"(?![\w,.]|\s*%)")
_UNIT_AFTER = re.compile(
    r"^\s*(?:ans?\b|jours?\b|nuits?\b|boites?\b|enfants?\b|oreilles?\b|km\b|kilometres?\b|"
    r"seances?\b|mois\b|semaines?\b|fois\b|appareils?\b|%|h\b|heures?\b|paires?\b|personnes?\b)"
)
_NOT_AN_AMOUNT_BEFORE = re.compile(r"(?:secteur|classe|panier|option|dans le|le|du|n°|numero)\s*$")
_WORD_NUMBER = re.compile(r"\b(" + "|".join(WORD_NUMBERS) + r")\b")


def _to_decimal(whole: str, cents: str | None) -> Decimal | None:
    digits = re.sub(r"[  .]", "", whole)
    try:
        value = Decimal(digits)
        if cents:
            value += Decimal(cents.ljust(2, "0")) / 100
    except InvalidOperation:
        return None
    return value.quantize(Decimal("0.01"))


def amounts(text: str, *, bare: bool = False) -> list[Decimal]:
    """Euro amounts in ``text``, in order.

    With ``bare=True`` a number without a currency sign also counts (the member answers a
    question about a price with "70"), unless a unit says it is something else ("30 ans",
    "secteur 2", "3 boîtes", "80 %").
    """
    folded = fold(text)
    found: list[tuple[int, Decimal]] = []
    taken: list[range] = []
    for pattern in (_CURRENCY_AFTER, _CURRENCY_BEFORE):
        for match in pattern.finditer(folded):
            value = _to_decimal(match.group(1), match.group(2))
            if value is not None:
                found.append((match.start(), value))
                taken.append(range(match.start(), match.end()))
    if bare and not found:
        for match in _BARE.finditer(folded):
            if any(match.start() in span for span in taken):
                continue
            if _UNIT_AFTER.match(folded[match.end() :]):
                continue
            if _NOT_AN_AMOUNT_BEFORE.search(folded[: match.start()]):
                continue
            value = _to_decimal(match.group(1), match.group(2))
            if value is not None:
                found.append((match.start(), value))
    return [value for _, value in sorted(found, key=lambda item: item[0])]


_PRICE_CUE = re.compile(
    r"(?:\ba|pour|coute|coutent|paye|payee|prend|facture|factures|fait|devis de|prix de)\s+"
    + _NUMBER
)


def priced_amounts(text: str) -> list[Decimal]:
    """Numbers introduced as a price without a currency sign ("un ophtalmo à 50")."""
    folded = fold(text)
    found = []
    for match in _PRICE_CUE.finditer(folded):
        if _UNIT_AFTER.match(folded[match.end() :]):
            continue
        value = _to_decimal(match.group(1), match.group(2))
        if value is not None:
            found.append(value)
    return found


def count_before(text: str, units: str) -> int | None:
    """The count written before one of ``units`` (a regex alternation on folded text):
    ``count_before("deux boîtes", "boites?")`` → 2."""
    folded = fold(text)
    match = re.search(r"\b(\d{1,3}|" + "|".join(WORD_NUMBERS) + r")\s+(?:" + units + r")\b", folded)
    if match is None:
        return None
    token = match.group(1)
    return int(token) if token.isdigit() else WORD_NUMBERS[token]


def small_integer(text: str) -> int | None:
    """A lone small number answering a "how many" question ("3", "trois", "2 jours")."""
    folded = fold(text)
    match = re.search(r"\b(\d{1,3})\b", folded)
    if match:
        return int(match.group(1))
    word = _WORD_NUMBER.search(folded)
    return WORD_NUMBERS[word.group(1)] if word else None
