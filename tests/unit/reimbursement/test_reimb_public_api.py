"""The public surface of the package and its small helpers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

import reimbursement
from reimbursement import GPConsultation, MemberSituation, parse_act, simulate
from reimbursement.money import eur, format_eur, format_percent, percent_of


def test_every_public_name_is_exported() -> None:
    for name in reimbursement.__all__:
        assert hasattr(reimbursement, name), name
    for name in ("load_contracts", "simulate", "recommend", "compare"):
        assert name in reimbursement.__all__


def test_money_helpers() -> None:
    assert eur("2.005") == Decimal("2.01")  # ROUND_HALF_UP
    assert percent_of(Decimal("31.50"), 70) == Decimal("22.05")
    assert format_eur(Decimal("1700")) == "1\u00a0700\u00a0€"
    assert format_eur(Decimal("20.05")) == "20,05\u00a0€"
    assert format_percent(Decimal("12.50")) == "12,5\u00a0%"


def test_parse_act_from_slots() -> None:
    act = parse_act({"kind": "consultation_generaliste", "fee": "30", "in_parcours": True})
    assert act == GPConsultation(fee=Decimal("30"))
    with pytest.raises(ValidationError):
        parse_act({"kind": "consultation_generaliste", "fee": "30", "colour": "blue"})
    with pytest.raises(ValidationError):
        parse_act({"kind": "consultation_generaliste", "fee": "30.001"})


def test_contract_by_id_or_none() -> None:
    act = GPConsultation(fee=Decimal("30"))
    assert simulate(act, MemberSituation(age=30), "confort").contract_name == "Confort"
    alone = simulate(act, MemberSituation(age=30), None)
    assert alone.contract_id is None and alone.mutuelle == 0
    assert "aucune complémentaire" in alone.summary_fr()


def test_results_serialise_to_json() -> None:
    result = simulate(GPConsultation(fee=Decimal("30")), MemberSituation(age=30), "confort")
    data = result.model_dump(mode="json")
    assert data["amo_net"] == "19.00"
    assert data["postes"][0]["lines"][0]["source"]["url"].startswith("https://")
