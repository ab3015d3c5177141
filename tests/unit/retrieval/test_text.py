from __future__ import annotations

from retrieval.text import analyse, fold, raw_tokens


def test_fold_strips_accents_and_case() -> None:
    assert fold("Remboursé À l'Hôpital, Œil") == "rembourse a l'hopital, oeil"


def test_elisions_are_split_off() -> None:
    assert raw_tokens("l'ALD qu'est-ce d'un") == ["ald", "est", "ce", "un"]


def test_missing_accents_and_abbreviations_meet_the_full_form() -> None:
    with_accents = set(analyse("remboursement du dermatologue"))
    sms = set(analyse("rembourssement dermato"))
    assert "dermatolog" in with_accents & sms


def test_abbreviation_expands_to_its_words() -> None:
    tokens = analyse("C2S")
    assert {"complementair", "sant", "solidair"} <= set(tokens)


def test_numbers_keep_their_decimals() -> None:
    assert "31,50" in raw_tokens("31,50 €")
