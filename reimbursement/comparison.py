"""Side-by-side comparison of two contracts, ready to render as a table."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from reimbursement.contracts import Contract, ContractCatalog, load_contracts
from reimbursement.enums import AgeBand
from reimbursement.money import format_eur
from reimbursement.sources import Source


class ComparisonRow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    category: str
    label: str
    guarantee_a: str
    guarantee_b: str

    @property
    def same(self) -> bool:
        return self.guarantee_a == self.guarantee_b


class ContractComparison(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    contract_a: str
    contract_b: str
    name_a: str
    name_b: str
    rows: tuple[ComparisonRow, ...]
    sources: tuple[Source, ...]


def _resolve(contract: Contract | str, catalog: ContractCatalog | None) -> Contract:
    if isinstance(contract, Contract):
        return contract
    return (catalog or load_contracts()).get(contract)


def compare(
    contract_a: Contract | str,
    contract_b: Contract | str,
    *,
    catalog: ContractCatalog | None = None,
) -> ContractComparison:
    """One row per care category (guarantee A, guarantee B), then one per premium age band."""
    a, b = _resolve(contract_a, catalog), _resolve(contract_b, catalog)
    rows = [
        ComparisonRow(category=cat, label=label, guarantee_a=text_a, guarantee_b=text_b)
        for (cat, label, text_a), (_, _, text_b) in zip(
            a.guarantees.rows(), b.guarantees.rows(), strict=True
        )
    ]
    for band in AgeBand:
        rows.append(
            ComparisonRow(
                category=f"cotisation_{band.value}",
                label=f"Cotisation mensuelle par adulte ({band.label})",
                guarantee_a=format_eur(a.monthly_prices.adult[band]),
                guarantee_b=format_eur(b.monthly_prices.adult[band]),
            )
        )
    rows.append(
        ComparisonRow(
            category="cotisation_enfant",
            label="Cotisation mensuelle par enfant",
            guarantee_a=format_eur(a.monthly_prices.child),
            guarantee_b=format_eur(b.monthly_prices.child),
        )
    )
    return ContractComparison(
        contract_a=a.id,
        contract_b=b.id,
        name_a=a.name,
        name_b=b.name,
        rows=tuple(rows),
        sources=(a.document, b.document),
    )
