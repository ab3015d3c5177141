from __future__ import annotations

import pytest

from privacy import redact


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("écrivez à jean.dupont@example.fr", "[email]"),
        ("appelez le 06 12 34 56 78", "[telephone]"),
        ("mon +33 6 12 34 56 78", "[telephone]"),
        ("sécu 1 85 05 78 006 084 36", "[nir]"),
        ("né le 12/03/1985", "[date]"),
        ("adhérent ADH-123456", "[adherent]"),
        ("j'habite 12 rue des Lilas", "[adresse]"),
    ],
)
def test_identifiers_are_masked(text: str, placeholder: str) -> None:
    assert placeholder in redact(text)


def test_care_words_and_amounts_are_kept() -> None:
    text = "un dermatologue secteur 2 à 70 € près de 44000"
    assert redact(text) == text
