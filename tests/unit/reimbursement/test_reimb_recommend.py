"""Contract recommender and comparison."""

from __future__ import annotations

from decimal import Decimal

from reimbursement import (
    AgeBand,
    Need,
    RecommendationRequest,
    compare,
    load_contracts,
    recommend,
)


def test_recommendation_is_ranked_explained_and_not_pushy() -> None:
    request = RecommendationRequest(
        age_band=AgeBand.DE_40_A_59,
        adults=2,
        children=1,
        needs=frozenset({Need.LUNETTES, Need.DENTAIRE}),
    )
    result = recommend(request)
    assert 1 <= len(result.options) <= 3
    totals = [o.typical_year_total_cost for o in result.options]
    assert totals == sorted(totals)
    assert [o.rank for o in result.options] == list(range(1, len(result.options) + 1))
    for option in result.options:
        assert option.yearly_premium == option.monthly_premium * 12
        assert option.typical_year_total_cost == (
            option.yearly_premium + option.typical_year_reste_a_charge
        )
        assert option.reasons
    assert sum(o.cheapest_suitable for o in result.options) == 1
    assert "conseiller" in result.message
    assert "moins chère" in result.message
    assert result.assumptions and result.typical_year_fees > 0


def test_needs_exclude_contracts_that_do_not_cover_them() -> None:
    request = RecommendationRequest(
        age_band=AgeBand.DE_26_A_39, needs=frozenset({Need.MEDECINES_DOUCES, Need.MATERNITE})
    )
    result = recommend(request)
    assert "essentielle" not in {o.contract_id for o in result.options}
    assert all(o.covers_needs for o in result.options)


def test_budget_is_respected_and_cheapest_suitable_is_shown() -> None:
    request = RecommendationRequest(
        age_band=AgeBand.DE_60_A_69,
        needs=frozenset({Need.AUDITION, Need.HOSPITALISATION}),
        monthly_budget=Decimal("110"),
    )
    result = recommend(request)
    assert all(o.within_budget and o.monthly_premium <= 110 for o in result.options)
    cheapest = next(o for o in result.options if o.cheapest_suitable)
    assert cheapest.monthly_premium == min(o.monthly_premium for o in result.options)
    assert cheapest.contract_name in result.message


def test_no_contract_in_budget_says_so() -> None:
    request = RecommendationRequest(age_band=AgeBand.PLUS_70, monthly_budget=Decimal("10"))
    result = recommend(request)
    assert result.options and not any(o.within_budget for o in result.options)
    assert "budget" in result.message


def test_heavier_needs_cost_more_care() -> None:
    light = recommend(RecommendationRequest(age_band=AgeBand.DE_40_A_59))
    heavy = recommend(RecommendationRequest(age_band=AgeBand.DE_40_A_59, needs=frozenset(Need)))
    assert heavy.typical_year_fees > light.typical_year_fees


def test_compare_side_by_side() -> None:
    table = compare("essentielle", "integrale")
    assert (table.name_a, table.name_b) == ("Essentielle", "Intégrale")
    categories = [row.category for row in table.rows]
    assert categories[0] == "consultation_generaliste"
    assert "aides_auditives_classe_2" in categories
    assert "cotisation_40_59" in categories
    hearing = next(r for r in table.rows if r.category == "aides_auditives_classe_2")
    assert hearing.guarantee_a.startswith("400") and hearing.guarantee_b.startswith("1\u00a0700")
    fjh = next(r for r in table.rows if r.category == "forfait_journalier")
    assert fjh.same
    assert len(table.sources) == 2


def test_compare_accepts_contract_objects() -> None:
    catalog = load_contracts()
    table = compare(catalog.get("confort"), catalog.get("confort"))
    assert all(row.same for row in table.rows)
