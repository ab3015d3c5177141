"""The simulation form's logic: slots ↔ request, what to ask next, the act to simulate, and
the French answer with its envelope.

When the member does not know an input the answer states the assumption made instead of
guessing silently: an unknown OPTAM status is simulated as non-OPTAM (the less favourable
case) and the OPTAM figure is given beside it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from dialogue.care_request import NO_CONTRACT, CareAct, CareRequest, SectorAnswer
from members import Member
from reimbursement import (
    Act,
    AllowanceCategory,
    AlternativeMedicineSession,
    ContractCatalog,
    DentalBasket,
    DentalCare,
    DentalCrown,
    Glasses,
    GPConsultation,
    HearingAid,
    HearingClass,
    HospitalStay,
    LensComplexity,
    MemberSituation,
    NonReimbursedExpense,
    OpticalBasket,
    PharmacyPurchase,
    Sector,
    SimulationResult,
    SpecialistConsultation,
    Specialty,
    simulate,
)
from reimbursement.money import format_eur
from retrieval.text import fold

SLOT_OF_FIELD: dict[str, str] = {
    "act": "care_act",
    "specialty": "care_specialty",
    "sector": "care_sector",
    "fee": "care_fee",
    "frame_price": "care_frame_price",
    "basket": "care_basket",
    "quantity": "care_quantity",
    "days": "care_days",
    "complexity": "care_complexity",
    "in_parcours": "care_in_parcours",
    "contract_id": "contract_id",
    "care_label": "care_label",
}
"""Form slot of each :class:`CareRequest` field."""

DEFAULT_AGE = 40
CLASS_A_FRAME_SHARE = Decimal("30.00")
"""Frame price assumed inside a 100 % Santé total (the classe A frame is capped at 30 €)."""


def request_from_slots(slots: Mapping[str, Any]) -> CareRequest:
    """The request held in the conversation's slots (unreadable values are ignored)."""
    fields = {field: slots.get(slot) for field, slot in SLOT_OF_FIELD.items()}
    clean = {key: value for key, value in fields.items() if value not in (None, "", [])}
    try:
        return CareRequest.model_validate(clean)
    except ValueError:
        valid: dict[str, Any] = {}
        for key, value in clean.items():
            try:
                CareRequest.model_validate({**valid, key: value})
            except ValueError:
                continue
            valid[key] = value
        return CareRequest.model_validate(valid)


def slots_from_request(request: CareRequest) -> dict[str, Any]:
    """Slot values (JSON-safe) for every field, ``None`` where unknown."""
    data = request.model_dump(mode="json")
    return {slot: data[field] for field, slot in SLOT_OF_FIELD.items()}


def missing_slots(request: CareRequest, *, contract_known: bool) -> list[str]:
    """The slots still to ask, in order; empty when the simulation can run."""
    act = request.act
    if act is None:
        return ["care_act"]
    if act is CareAct.NOT_SIMULATED:
        return []
    needed: list[str] = []
    if act in (CareAct.GP, CareAct.SPECIALIST):
        needed = ["care_sector", "care_fee"]
    elif act is CareAct.GLASSES:
        needed = ["care_basket", "care_fee"]
        if request.basket == OpticalBasket.CLASSE_B.value:
            needed.append("care_frame_price")
    elif act in (CareAct.CROWN, CareAct.HEARING_AID):
        needed = ["care_basket", "care_fee"]
    elif act is CareAct.HOSPITAL:
        needed = ["care_days"]
    else:
        needed = ["care_fee"]
    if not contract_known and request.contract_id is None:
        needed.append("contract_id")
    return [slot for slot in needed if _value(request, slot) is None]


def _value(request: CareRequest, slot: str) -> Any:
    field = next(f for f, s in SLOT_OF_FIELD.items() if s == slot)
    return getattr(request, field)


class Plan(BaseModel):
    """The act(s) to simulate: the main one and, when OPTAM is unknown, the OPTAM variant."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    act: Act
    optam_variant: Act | None = None
    assumptions: tuple[str, ...] = ()


def _consultation(request: CareRequest, sector: Sector, fee: Decimal) -> Act:
    if request.act is CareAct.GP:
        return GPConsultation(sector=sector, fee=fee, in_parcours=request.in_parcours is not False)
    return SpecialistConsultation(
        specialty=request.specialty or Specialty.AUTRE,
        sector=sector,
        fee=fee,
        referred_by_medecin_traitant=request.in_parcours is not False,
    )


def plan(request: CareRequest, situation: MemberSituation, contract: str | None) -> Plan:
    """Turn a complete request into simulator acts, stating each assumption made."""
    fee = request.fee or Decimal(0)
    assumptions: list[str] = []
    act = request.act
    if act in (CareAct.GP, CareAct.SPECIALIST):
        if request.in_parcours is None:
            assumptions.append("Vous passez par votre médecin traitant (parcours de soins).")
        sector = request.sector or SectorAnswer.UNKNOWN
        if sector is SectorAnswer.UNKNOWN:
            as_sector_1 = _consultation(request, Sector.SECTEUR_1, fee)
            trial = simulate(as_sector_1, situation, contract)
            if trial.fee <= trial.base:
                assumptions.append(
                    "Secteur inconnu : le montant ne dépasse pas le tarif de base, calcul fait "
                    "comme pour un médecin de secteur 1."
                )
                return Plan(act=as_sector_1, assumptions=tuple(assumptions))
            sector = SectorAnswer.SECTEUR_2
            assumptions.append(
                "Secteur inconnu : le montant dépasse le tarif de base, le médecin pratique donc "
                "des dépassements (secteur 2)."
            )
        if sector is SectorAnswer.SECTEUR_2:
            assumptions.append(
                "Adhésion à l'OPTAM non précisée : calcul fait pour un médecin non adhérent "
                "(le cas le moins favorable) ; le montant avec l'OPTAM est donné en dessous."
            )
            return Plan(
                act=_consultation(request, Sector.SECTEUR_2_NON_OPTAM, fee),
                optam_variant=_consultation(request, Sector.SECTEUR_2_OPTAM, fee),
                assumptions=tuple(assumptions),
            )
        return Plan(
            act=_consultation(request, Sector(sector.value), fee), assumptions=tuple(assumptions)
        )
    if act is CareAct.PHARMACY:
        boxes = request.quantity or 1
        box_price = (fee / boxes).quantize(Decimal("0.01")) if request.quantity else fee
        assumptions.append("Médicament remboursable à 65 % (service médical rendu majeur).")
        return Plan(
            act=PharmacyPurchase(box_price=box_price, boxes=boxes), assumptions=tuple(assumptions)
        )
    if act is CareAct.GLASSES:
        complexity = LensComplexity(request.complexity or LensComplexity.SIMPLE.value)
        if request.complexity is None:
            assumptions.append("Verres simples (unifocaux) pour les deux yeux.")
        basket = OpticalBasket(request.basket or OpticalBasket.CLASSE_B.value)
        if basket is OpticalBasket.CLASSE_A:
            frame = min(CLASS_A_FRAME_SHARE, fee)
        else:
            frame = min(request.frame_price or Decimal(0), fee)
        assumptions.append(
            "Base de remboursement de l'Assurance Maladie non connue sans le devis : "
            "sa part est comptée à 0 € (elle est de quelques centimes hors 100 % Santé)."
            if basket is OpticalBasket.CLASSE_B
            else "Équipement 100 % Santé : monture et verres aux prix limites de classe A."
        )
        return Plan(
            act=Glasses(
                basket=basket, complexity=complexity, frame_price=frame, lenses_price=fee - frame
            ),
            assumptions=tuple(assumptions),
        )
    if act is CareAct.CROWN:
        return Plan(act=DentalCrown(basket=DentalBasket(request.basket or "libre"), price=fee))
    if act is CareAct.DENTAL_CARE:
        return Plan(act=DentalCare(fee=fee))
    if act is CareAct.HEARING_AID:
        ears = request.quantity or 1
        if request.quantity is None:
            assumptions.append("Un appareil (une oreille) ; dites « deux oreilles » sinon.")
        return Plan(
            act=HearingAid(
                hearing_class=HearingClass(request.basket or "classe_2"),
                price_per_ear=fee,
                ears=ears,
            ),
            assumptions=tuple(assumptions),
        )
    if act is CareAct.HOSPITAL:
        if request.fee is None:
            assumptions.append(
                "Frais de séjour non indiqués : seuls le forfait journalier et sa prise en "
                "charge sont calculés."
            )
        return Plan(
            act=HospitalStay(days=request.days or 1, stay_fees=fee),
            assumptions=tuple(assumptions),
        )
    if act is CareAct.ALTERNATIVE:
        return Plan(
            act=AlternativeMedicineSession(price=fee, practice=request.care_label or "ostéopathie")
        )
    if act is CareAct.CONTACT_LENSES:
        return Plan(act=NonReimbursedExpense(category=AllowanceCategory.LENTILLES, price=fee))
    if act is CareAct.BIRTH:
        return Plan(act=NonReimbursedExpense(category=AllowanceCategory.MATERNITE, price=fee))
    raise ValueError(f"nothing to simulate for {act}")


class SimulationRun(BaseModel):
    """A simulation and, when OPTAM was not said, its OPTAM variant."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    result: SimulationResult
    optam_variant: SimulationResult | None
    assumptions: tuple[str, ...]


def run_simulation(
    request: CareRequest, situation: MemberSituation, contract: str | None
) -> SimulationRun:
    """Plan and simulate a complete request.

    Raises what the simulator raises when no sourced rule covers the case
    (:class:`~reimbursement.ReimbursementError`, pydantic's ``ValidationError``, ``ValueError``);
    :func:`refusal_reason` says why in French.
    """
    simulation_plan = plan(request, situation, contract)
    variant = simulation_plan.optam_variant
    return SimulationRun(
        result=simulate(simulation_plan.act, situation, contract),
        optam_variant=simulate(variant, situation, contract) if variant is not None else None,
        assumptions=simulation_plan.assumptions,
    )


def refusal_reason(exc: Exception) -> str:
    """Why a simulation could not be computed, in French."""
    if isinstance(exc, ValidationError):
        messages = [str(error.get("msg", "")) for error in exc.errors()]
        return "; ".join(m.removeprefix("Value error, ") for m in messages if m) + "."
    return str(exc).rstrip(".") + "."


def situation_for(member: Member | None, today: dt.date | None = None) -> MemberSituation:
    """The member's situation from the store, or a standard adult."""
    if member is None:
        return MemberSituation(age=DEFAULT_AGE)
    year = (today or dt.date.today()).year
    return MemberSituation(
        age=member.age_in(year),
        ald=member.ald,
        c2s=member.c2s,
        medecin_traitant_declared=member.medecin_traitant_declared,
    )


def contract_for_simulation(contract_id: str | None) -> str | None:
    """The simulator's contract argument: ``None`` means no complémentaire."""
    return None if contract_id in (None, NO_CONTRACT) else contract_id


class SimulationAnswer(BaseModel):
    """French text and envelope payload of one simulation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    data: dict[str, Any]
    sources: list[dict[str, str | None]]


def _first_sentence(rule: str) -> str:
    head, _, _ = rule.partition(". ")
    return head.rstrip(".")


def _figures(result: SimulationResult) -> dict[str, str]:
    keys = (
        "fee",
        "base",
        "amo_gross",
        "participation_forfaitaire",
        "franchises",
        "majoration_hors_parcours",
        "amo_net",
        "mutuelle",
        "reste_a_charge",
    )
    return {key: str(getattr(result, key)) for key in keys}


def answer(
    result: SimulationResult,
    *,
    optam_variant: SimulationResult | None = None,
    assumptions: tuple[str, ...] = (),
    member_contract: bool = False,
) -> SimulationAnswer:
    """Line-by-line French explanation and the ``kind: simulation`` payload."""
    contract = (
        f"votre contrat {result.contract_name}"
        if member_contract and result.contract_name
        else (
            f"le contrat {result.contract_name}" if result.contract_name else "sans complémentaire"
        )
    )
    lines = [f"Simulation pour {result.act_label}, avec {contract} :"]
    for line in result.lines:
        lines.append(f"• {line.label} : {format_eur(line.amount)} — {_first_sentence(line.rule)}.")
    lines.append(
        f"En résumé : Assurance Maladie {format_eur(result.amo_net)}, mutuelle "
        f"{format_eur(result.mutuelle)}, reste à votre charge {format_eur(result.reste_a_charge)}."
    )
    if optam_variant is not None:
        lines.append(
            f"Si votre médecin a signé l'OPTAM : Assurance Maladie "
            f"{format_eur(optam_variant.amo_net)}, mutuelle {format_eur(optam_variant.mutuelle)}, "
            f"reste à charge {format_eur(optam_variant.reste_a_charge)} (vérifiable sur "
            "annuairesante.ameli.fr)."
        )
    lines.extend(f"À noter : {note.text}" for note in result.notes)
    if assumptions:
        lines.append("Hypothèses : " + " ".join(assumptions))
    lines.append(
        "Il s'agit d'une estimation ; un conseiller peut vérifier votre cas et, si besoin, "
        "corriger un élément : dites simplement « en fait c'est secteur 1 » ou « 80 € »."
    )
    data: dict[str, Any] = {
        "act": result.act_label,
        "contract_id": result.contract_id,
        "contract_name": result.contract_name,
        "figures": _figures(result),
        "lines": [
            {
                "code": line.code,
                "kind": line.kind.value,
                "label": line.label,
                "amount": str(line.amount),
                "percent": str(line.percent) if line.percent is not None else None,
                "rule": line.rule,
                "source": line.source.title,
            }
            for line in result.lines
        ],
        "notes": [note.text for note in result.notes],
        "assumptions": list(assumptions),
    }
    if optam_variant is not None:
        data["optam_variant"] = _figures(optam_variant)
    sources = [source.as_citation() for source in result.sources]
    return SimulationAnswer(text="\n".join(lines), data=data, sources=sources)


def contract_names(catalog: ContractCatalog) -> dict[str, str]:
    """Folded contract names (with and without accents) → contract id, for the parsers."""
    names: dict[str, str] = {}
    for contract_id in catalog.ids:
        contract = catalog.get(contract_id)
        names[fold(contract.name)] = contract_id
        names[contract_id] = contract_id
    return names
