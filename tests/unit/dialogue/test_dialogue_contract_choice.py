"""Reading the contract-choice answers and rendering recommendations."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogue.contract_choice import (
    NO_BUDGET,
    NO_PARTICULAR_NEED,
    missing_slots,
    parse_choice,
    render_comparison,
    render_recommendation,
    request_from_slots,
    slots_from_answers,
)
from reimbursement import AgeBand, Need, compare, recommend


def test_one_sentence_can_fill_household_and_needs() -> None:
    answers = parse_choice(
        "quel contrat pour une famille avec deux enfants qui portent des lunettes"
    )
    assert (answers.adults, answers.children, answers.needs) == (2, 2, ("lunettes",))
    slots = slots_from_answers(answers)
    assert missing_slots(slots) == ["choice_age", "choice_budget"]


@pytest.mark.parametrize(
    ("text", "requested", "field", "value"),
    [
        ("j'ai 45 ans", None, "age", 45),
        ("45", "choice_age", "age", 45),
        ("on a 35 et 38 ans", None, "age", 38),
        ("100 € par mois", None, "budget", "100.00"),
        ("80", "choice_budget", "budget", "80.00"),
        ("pas de budget", None, "budget", NO_BUDGET),
        ("rien de particulier", "choice_needs", "needs", (NO_PARTICULAR_NEED,)),
        ("dentaire et hospitalisation", None, "needs", ("dentaire", "hospitalisation")),
        ("je suis seule avec mon fils", None, "adults", 1),
        ("en couple sans enfants", None, "children", 0),
    ],
)
def test_answers(text: str, requested: str | None, field: str, value: object) -> None:
    assert getattr(parse_choice(text, requested=requested), field) == value


def test_request_and_rendering() -> None:
    request = request_from_slots(
        {
            "choice_age": 40,
            "choice_adults": 2,
            "choice_children": 2,
            "choice_needs": ["lunettes"],
            "choice_budget": NO_BUDGET,
        }
    )
    assert request.age_band is AgeBand.DE_40_A_59
    assert request.needs == frozenset({Need.LUNETTES})
    assert request.monthly_budget is None
    rendered = render_recommendation(recommend(request))
    assert 1 <= len(rendered.data["options"]) <= 3
    assert "conseiller" in rendered.text and "sans engagement" in rendered.text
    assert "par an" in rendered.text and "reste à charge" in rendered.text
    assert rendered.sources


def test_budget_per_year_is_turned_into_a_monthly_budget() -> None:
    assert parse_choice("budget 1200 € par an").budget == str(Decimal("100.00"))


def test_comparison_lists_each_differing_guarantee() -> None:
    rendered = render_comparison(compare("confort", "serenite"))
    assert rendered.data["mode"] == "comparison"
    assert "Confort" in rendered.text and "Sérénité" in rendered.text
    assert rendered.text.count("•") == sum(1 for r in rendered.data["rows"] if r["a"] != r["b"])
