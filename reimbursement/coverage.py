"""Turns a contract guarantee into the :class:`~reimbursement.engine.Coverage` of one poste."""

from __future__ import annotations

from decimal import Decimal

from reimbursement.contracts import Contract
from reimbursement.engine import Coverage, CoverageMode
from reimbursement.guarantees import CATEGORY_LABELS
from reimbursement.money import ZERO, format_eur, percent_of
from reimbursement.sources import HORIZON_GARANTIES


def _label(contract: Contract) -> str:
    return f"Remboursement de la mutuelle (contrat {contract.name})"


def no_contract() -> Coverage:
    return Coverage(
        mode=CoverageMode.ALLOWANCE,
        amount=ZERO,
        rule="Aucun contrat de complémentaire santé indiqué pour cette simulation",
        source=HORIZON_GARANTIES,
        label="Remboursement de la mutuelle (aucun contrat)",
    )


def percent_of_base(contract: Contract, category: str, pct: int, base: Decimal) -> Coverage:
    """« pct % BR », Sécurité sociale incluse."""
    return Coverage(
        mode=CoverageMode.TOTAL,
        amount=percent_of(base, pct),
        rule=(
            f"Contrat {contract.name}, {CATEGORY_LABELS[category]} : {pct} % de la base "
            "de remboursement, Sécurité sociale incluse"
        ),
        source=contract.document,
        label=_label(contract),
    )


def full_cover(contract: Contract, category: str, fee: Decimal, covered: bool) -> Coverage:
    """Frais réels (100 % Santé baskets within their price caps, forfait journalier)."""
    return Coverage(
        mode=CoverageMode.TOTAL,
        amount=fee if covered else ZERO,
        rule=(
            f"Contrat {contract.name}, {CATEGORY_LABELS[category]} : "
            + ("prise en charge intégrale (frais réels)" if covered else "non couvert")
        ),
        source=contract.document,
        label=_label(contract),
    )


def ceiling(
    contract: Contract, category: str, amount: Decimal, floor: Decimal, detail: str
) -> Coverage:
    """A euro ceiling, Sécurité sociale incluse, never below ``floor`` (the base: a contrat
    responsable pays at least the ticket modérateur)."""
    return Coverage(
        mode=CoverageMode.TOTAL,
        amount=max(amount, floor),
        rule=(
            f"Contrat {contract.name}, {CATEGORY_LABELS[category]} : {detail}, Sécurité sociale "
            f"incluse (au moins le ticket modérateur)"
        ),
        source=contract.document,
        label=_label(contract),
    )


def allowance(
    contract: Contract,
    category: str,
    amount: Decimal,
    detail: str,
    *,
    usage_key: str,
    units: int = 0,
) -> Coverage:
    """A forfait paid by the mutuelle alone, recorded against the year's allowance."""
    return Coverage(
        mode=CoverageMode.ALLOWANCE,
        amount=max(amount, ZERO),
        rule=f"Contrat {contract.name}, {CATEGORY_LABELS[category]} : {detail}",
        source=contract.document,
        label=_label(contract),
        usage_key=usage_key,
        units=units,
    )


def remaining(total: Decimal, used: Decimal) -> str:
    return f"{format_eur(max(total - used, ZERO))} restant sur {format_eur(total)} par an"
