"""Care the Assurance Maladie does not reimburse, paid from the contract's yearly forfaits."""

from __future__ import annotations

from decimal import Decimal

from reimbursement import coverage, tariffs
from reimbursement.acts import AlternativeMedicineSession, NonReimbursedExpense
from reimbursement.contracts import Contract
from reimbursement.engine import Coverage, PosteSpec
from reimbursement.enums import AllowanceCategory
from reimbursement.money import ZERO, format_eur
from reimbursement.results import SimulationNote
from reimbursement.situation import MemberSituation

Built = tuple[list[PosteSpec], list[SimulationNote]]


def _spec(code: str, label: str, price: Decimal, cover: Coverage) -> PosteSpec:
    return PosteSpec(
        code=code,
        label=label,
        fee=price,
        base=ZERO,
        base_rule=tariffs.NOT_REIMBURSED_BY_AMO,
        rate=ZERO,
        rate_rule=tariffs.NOT_REIMBURSED_BY_AMO,
        coverage=cover,
    )


def alternative_medicine(
    act: AlternativeMedicineSession, situation: MemberSituation, contract: Contract | None
) -> Built:
    cover: Coverage = coverage.no_contract()
    if contract is not None:
        g = contract.guarantees.medecines_douces
        used = situation.year_to_date.units("medecines_douces")
        left = max(0, g.max_sessions_per_year - used)
        amount = min(act.price, g.per_session) if left else ZERO
        detail = f"{g.describe()} ; {left} séance(s) restante(s) cette année"
        cover = coverage.allowance(
            contract, "medecines_douces", amount, detail, usage_key="medecines_douces", units=1
        )
    return [_spec("medecine_douce", act.label, act.price, cover)], []


def non_reimbursed(
    act: NonReimbursedExpense, situation: MemberSituation, contract: Contract | None
) -> Built:
    cover: Coverage = coverage.no_contract()
    key = act.category.value
    if contract is not None:
        g = contract.guarantees
        total = {
            AllowanceCategory.LENTILLES: g.lentilles.per_year,
            AllowanceCategory.PREVENTION: g.prevention.per_year,
            AllowanceCategory.MATERNITE: g.maternite.per_birth,
        }[act.category]
        used = situation.year_to_date.allowance_used(key)
        if act.category is AllowanceCategory.MATERNITE:
            detail = f"forfait naissance de {format_eur(total)} (une naissance par an simulée)"
        else:
            detail = coverage.remaining(total, used)
        cover = coverage.allowance(contract, key, total - used, detail, usage_key=key)
    return [_spec(key, act.label, act.price, cover)], []
