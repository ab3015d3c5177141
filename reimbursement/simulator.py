"""Public entry point of the reimbursement simulator.

``simulate(act, situation, contract)`` is pure: same input, same output, no I/O (except
loading the default contract catalogue when a contract is given by id). See
:mod:`reimbursement.results` for how the parts add up and how the participation forfaitaire
and franchises are accounted.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from reimbursement import allowances, consultations, hospital, products
from reimbursement.acts import (
    ACT_ADAPTER,
    Act,
    AlternativeMedicineSession,
    DentalCare,
    DentalCrown,
    Glasses,
    GPConsultation,
    HearingAid,
    HospitalStay,
    NonReimbursedExpense,
    PharmacyPurchase,
    SpecialistConsultation,
)
from reimbursement.contracts import Contract, ContractCatalog, load_contracts
from reimbursement.engine import PosteSpec, settle
from reimbursement.results import PosteResult, SimulationNote, SimulationResult
from reimbursement.situation import MemberSituation
from reimbursement.sources import AMELI_C2S


def parse_act(data: Mapping[str, Any]) -> Act:
    """Validate a plain dict (``{"kind": ..., ...}``) into an act model."""
    return ACT_ADAPTER.validate_python(data)


def _build(
    act: Act, situation: MemberSituation, contract: Contract | None
) -> tuple[list[PosteSpec], list[SimulationNote]]:
    match act:
        case GPConsultation():
            return consultations.gp_consultation(act, situation, contract)
        case SpecialistConsultation():
            return consultations.specialist_consultation(act, situation, contract)
        case PharmacyPurchase():
            return products.pharmacy(act, situation, contract)
        case Glasses():
            return products.glasses(act, situation, contract)
        case DentalCrown():
            return products.dental_crown(act, situation, contract)
        case DentalCare():
            return products.dental_care(act, situation, contract)
        case HearingAid():
            return products.hearing_aid(act, situation, contract)
        case HospitalStay():
            return hospital.hospital_stay(act, situation, contract)
        case AlternativeMedicineSession():
            return allowances.alternative_medicine(act, situation, contract)
        case NonReimbursedExpense():
            return allowances.non_reimbursed(act, situation, contract)


def _total(postes: list[PosteResult], field: str) -> Decimal:
    return sum((getattr(p, field) for p in postes), Decimal("0.00"))


def simulate(
    act: Act,
    situation: MemberSituation,
    contract: Contract | str | None,
    *,
    catalog: ContractCatalog | None = None,
) -> SimulationResult:
    """Simulate what the Assurance Maladie, the mutuelle and the member pay for one act.

    ``contract`` is a :class:`Contract`, a contract id of ``catalog`` (default: the
    catalogue of :func:`load_contracts`), or ``None`` for "no complémentaire". Annual caps
    (participation forfaitaire, franchises, forfaits) start from ``situation.year_to_date``;
    the result carries the updated totals for the next act of the same year.

    Raises :class:`~reimbursement.exceptions.UnsupportedCareError` when no sourced rule covers
    the case, and :class:`~reimbursement.exceptions.UnknownContractError` for an unknown id.
    """
    if isinstance(contract, str):
        contract = (catalog or load_contracts()).get(contract)
    specs, notes = _build(act, situation, contract)
    if situation.c2s and contract is not None:
        notes.append(
            SimulationNote(
                text="Avec la complémentaire santé solidaire, la part complémentaire est en "
                "principe prise en charge par la C2S ; cette simulation applique le contrat "
                f"{contract.name} indiqué.",
                source=AMELI_C2S,
            )
        )
    ytd = situation.year_to_date
    postes = []
    for spec in specs:
        poste, ytd = settle(spec, situation, ytd)
        postes.append(poste)
    return SimulationResult(
        act_label=act.label,
        contract_id=contract.id if contract else None,
        contract_name=contract.name if contract else None,
        fee=_total(postes, "fee"),
        base=_total(postes, "base"),
        amo_gross=_total(postes, "amo_gross"),
        participation_forfaitaire=_total(postes, "participation_forfaitaire"),
        franchises=_total(postes, "franchises"),
        majoration_hors_parcours=_total(postes, "majoration_hors_parcours"),
        amo_net=_total(postes, "amo_net"),
        mutuelle=_total(postes, "mutuelle"),
        reste_a_charge=_total(postes, "reste_a_charge"),
        postes=tuple(postes),
        notes=tuple(notes),
        year_to_date=ytd,
    )
