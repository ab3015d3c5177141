"""The contract range: loading, contrat responsable rules, range coherence."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from reimbursement import (
    ContractCatalog,
    ContractDataError,
    UnknownContractError,
    load_contracts,
)
from reimbursement.contracts import DEFAULT_CONTRACTS_PATH


@pytest.fixture
def raw() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(DEFAULT_CONTRACTS_PATH.read_text(encoding="utf-8"))
    return copy.deepcopy(data)


def _guarantees(raw: dict[str, Any], contract_id: str) -> dict[str, Any]:
    contract = next(c for c in raw["contracts"] if c["id"] == contract_id)
    guarantees: dict[str, Any] = contract["guarantees"]
    return guarantees


def test_the_range_loads_and_is_all_responsable() -> None:
    catalog = load_contracts()
    assert catalog.insurer == "Mutuelle Horizon Santé"
    assert catalog.ids == ("essentielle", "equilibre", "confort", "serenite", "integrale")
    assert all(c.responsable for c in catalog.contracts)
    assert [c.level for c in catalog.contracts] == [1, 2, 3, 4, 5]
    assert catalog.get("confort").name == "Confort"


def test_unknown_contract() -> None:
    with pytest.raises(UnknownContractError, match="platine") as info:
        load_contracts().get("platine")
    assert "essentielle" in str(info.value)


def test_household_premium_with_free_third_child() -> None:
    prices = load_contracts().get("essentielle").monthly_prices
    from reimbursement import AgeBand

    two = prices.household(AgeBand.DE_40_A_59, adults=2, children=2)
    four = prices.household(AgeBand.DE_40_A_59, adults=2, children=4)
    assert two == four  # children from rank 3 are free


@pytest.mark.parametrize(
    ("contract_id", "category", "change", "message"),
    [
        ("confort", "consultation_specialiste", {"non_optam_pct_br": 220}, "200 %"),
        ("confort", "consultation_specialiste", {"non_optam_pct_br": 190}, "20 points"),
        ("confort", "consultation_generaliste", {"optam_pct_br": 90}, "ticket modérateur"),
        ("integrale", "optique_hors_100_sante", {"simple": 450}, "420"),
        ("integrale", "optique_hors_100_sante", {"frame_cap": 120}, "100"),
        ("confort", "couronne_100_sante", {"frais_reels": False}, "100 % Santé"),
        ("confort", "forfait_journalier", {"max_days": 30}, "sans limitation"),
        ("confort", "aides_auditives_classe_2", {"per_ear": 1800}, "1 700"),
        ("confort", "pharmacie", {"smr_65_pct_br": 80}, "ticket modérateur"),
    ],
)
def test_contrat_responsable_rules_are_enforced(
    raw: dict[str, Any], contract_id: str, category: str, change: dict[str, Any], message: str
) -> None:
    _guarantees(raw, contract_id)[category].update(change)
    with pytest.raises(ValueError, match=message):
        ContractCatalog.model_validate(raw)


def test_optional_ticket_moderateur_for_15_percent_drugs_is_allowed(raw: dict[str, Any]) -> None:
    _guarantees(raw, "essentielle")["pharmacie"]["smr_15_pct_br"] = 0
    ContractCatalog.model_validate(raw)


def test_a_higher_level_may_not_be_worse(raw: dict[str, Any]) -> None:
    _guarantees(raw, "serenite")["lentilles"]["per_year"] = 10
    with pytest.raises(ValueError, match="lentilles"):
        ContractCatalog.model_validate(raw)


def test_unknown_fields_are_rejected(raw: dict[str, Any]) -> None:
    _guarantees(raw, "confort")["cure_thermale"] = {"pct_br": 100}
    with pytest.raises(ValueError, match="cure_thermale"):
        ContractCatalog.model_validate(raw)


def test_missing_age_band_is_rejected(raw: dict[str, Any]) -> None:
    del raw["contracts"][0]["monthly_prices"]["adult"]["70_plus"]
    with pytest.raises(ValueError, match="70_plus"):
        ContractCatalog.model_validate(raw)


def test_load_errors_name_the_file(tmp_path: Path, raw: dict[str, Any]) -> None:
    with pytest.raises(ContractDataError, match="introuvable"):
        load_contracts(tmp_path / "absent.yml")
    broken = tmp_path / "broken.yml"
    broken.write_text("contracts: [", encoding="utf-8")
    with pytest.raises(ContractDataError, match="YAML"):
        load_contracts(broken)
    invalid = tmp_path / "invalid.yml"
    _guarantees(raw, "confort")["consultation_generaliste"]["optam_pct_br"] = 50
    invalid.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ContractDataError, match="invalid.yml"):
        load_contracts(invalid)


def test_amounts_from_yaml_floats_are_exact() -> None:
    from decimal import Decimal

    prices = load_contracts().get("essentielle").monthly_prices
    from reimbursement import AgeBand

    assert prices.adult[AgeBand.MOINS_26] == Decimal("22.90")
