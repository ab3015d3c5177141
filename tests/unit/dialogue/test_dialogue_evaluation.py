"""The parser evaluation scores field by field and lists misreadings."""

from __future__ import annotations

from typing import Any

from dialogue.evaluation import read_simulation, score


def test_scores_count_fields_and_exact_matches() -> None:
    items = [
        {
            "text": "un dermato secteur 1 à 30 €",
            "act": "consultation_specialiste",
            "specialty": "dermatologue",
            "sector": "secteur_1",
            "fee": "30.00",
            "contract": None,
        },
        {
            "text": "des lunettes",
            "act": "lunettes",
            "sector": None,
            "fee": "10.00",
            "contract": None,
        },
    ]
    fields = ("act", "specialty", "sector", "fee", "contract")
    accuracy, exact, failures = score(items, read_simulation, fields)
    assert accuracy["act"] == 1.0 and accuracy["fee"] == 0.5
    assert exact == 0.5
    assert len(failures) == 1 and "fee" in failures[0]


def test_reader_output_shape() -> None:
    got: dict[str, Any] = read_simulation({"text": "j'ai la formule Confort"})
    assert got == {
        "act": None,
        "specialty": None,
        "sector": None,
        "fee": None,
        "contract": "confort",
    }
