"""Doctor consultations: base, parcours de soins, rate and contract cover."""

from __future__ import annotations

from decimal import Decimal

from reimbursement import coverage, tariffs
from reimbursement.acts import GPConsultation, SpecialistConsultation
from reimbursement.contracts import Contract
from reimbursement.engine import PosteSpec
from reimbursement.enums import Sector, Specialty
from reimbursement.exceptions import UnsupportedCareError
from reimbursement.results import SimulationNote
from reimbursement.rules import Rule, Tariff
from reimbursement.situation import MemberSituation
from reimbursement.sources import AMELI_C2S, CONTRAT_RESPONSABLE

_DIRECT_ACCESS = (Specialty.GYNECOLOGUE, Specialty.OPHTALMOLOGUE, Specialty.STOMATOLOGUE)
_NO_NON_OPTAM_BASE = (Specialty.GYNECOLOGUE, Specialty.PSYCHIATRE, Specialty.GERIATRE)

Built = tuple[list[PosteSpec], list[SimulationNote]]


def _base(sector: Sector, specialty: Specialty | None) -> Tariff:
    if sector is Sector.SECTEUR_3:
        return tariffs.TARIF_AUTORITE_GP if specialty is None else tariffs.TARIF_AUTORITE_SPECIALIST
    if sector is Sector.SECTEUR_2_NON_OPTAM:
        if specialty in _NO_NON_OPTAM_BASE:
            assert specialty is not None
            raise UnsupportedCareError(
                f"la base de remboursement d'un {specialty.label} non OPTAM n'est pas dans nos "
                "sources : simulation impossible"
            )
        return tariffs.BASE_NON_OPTAM
    if specialty is None:
        return tariffs.BASE_G
    return tariffs.BASE_SPECIALIST.get(specialty, tariffs.BASE_SPECIALIST_DEFAULT)


def _specialist_parcours(
    act: SpecialistConsultation, situation: MemberSituation
) -> tuple[bool, Rule, list[SimulationNote]]:
    if act.referred_by_medecin_traitant or situation.age < 16:
        return True, tariffs.PARCOURS, []
    direct = act.specialty in _DIRECT_ACCESS or (
        act.specialty is Specialty.PSYCHIATRE and 16 <= situation.age <= 25
    )
    if not direct:
        return False, tariffs.PARCOURS, []
    if situation.medecin_traitant_declared:
        return True, tariffs.DIRECT_ACCESS, []
    note = SimulationNote(
        text=(
            f"Le {act.specialty.label} est en accès direct, mais le taux de 70 % n'est conservé "
            "que si vous avez déclaré un médecin traitant."
        ),
        source=tariffs.DIRECT_ACCESS.source,
    )
    return False, tariffs.DIRECT_ACCESS, [note]


def _consultation(
    *,
    code: str,
    label: str,
    fee: Decimal,
    sector: Sector,
    specialty: Specialty | None,
    in_parcours: bool,
    parcours_rule: Rule,
    situation: MemberSituation,
    contract: Contract | None,
    category: str,
) -> Built:
    base = _base(sector, specialty)
    notes: list[SimulationNote] = []
    full_rate = tariffs.RATE_ALD if situation.ald else tariffs.RATE_DOCTOR
    rate, parcours_rate = full_rate.value, None
    rate_rule: Rule = full_rate
    if not in_parcours:
        rate = full_rate.value - tariffs.MAJORATION_HORS_PARCOURS.value
        rate_rule, parcours_rate = tariffs.MAJORATION_HORS_PARCOURS, full_rate.value
        if situation.ald:
            notes.append(
                SimulationNote(
                    text="ALD hors parcours de soins : la majoration de 40 points est appliquée "
                    "au taux de 100 % (à vérifier).",
                    source=tariffs.RATE_ALD.source,
                )
            )
    elif parcours_rule is not tariffs.PARCOURS:
        rate_rule = parcours_rule.model_copy(
            update={"statement": f"{parcours_rule.statement} ; {full_rate.statement}"}
        )
    if contract is None:
        cover = coverage.no_contract()
    else:
        pct = getattr(contract.guarantees, category).pct_for(sector)
        if sector is Sector.SECTEUR_1 and not in_parcours:
            pct = min(pct, 100)  # dépassement autorisé hors parcours: not coverable
        cover = coverage.percent_of_base(contract, category, pct, base.value)
    if sector is Sector.SECTEUR_1 and not in_parcours and fee > base.value:
        notes.append(
            SimulationNote(
                text="Dépassement autorisé hors parcours de soins : un contrat responsable ne "
                "peut pas le rembourser.",
                source=CONTRAT_RESPONSABLE,
            )
        )
    if situation.c2s and fee > base.value:
        notes.append(
            SimulationNote(
                text="Avec la C2S, les médecins ne peuvent pas facturer de dépassement "
                "d'honoraires, sauf exigence particulière de votre part.",
                source=AMELI_C2S,
            )
        )
    if sector is Sector.SECTEUR_3:
        notes.append(
            SimulationNote(
                text="Médecin non conventionné : l'Assurance Maladie rembourse sur un tarif "
                "d'autorité de quelques centimes.",
                source=base.source,
            )
        )
    spec = PosteSpec(
        code=code,
        label=label,
        fee=fee,
        base=base.value,
        base_rule=base,
        rate=rate,
        rate_rule=rate_rule,
        coverage=cover,
        parcours_rate=parcours_rate,
        participation_forfaitaire=True,
    )
    return [spec], notes


def gp_consultation(
    act: GPConsultation, situation: MemberSituation, contract: Contract | None
) -> Built:
    in_parcours = act.in_parcours or situation.age < 16
    return _consultation(
        code="consultation",
        label=act.label,
        fee=act.fee,
        sector=act.sector,
        specialty=None,
        in_parcours=in_parcours,
        parcours_rule=tariffs.PARCOURS,
        situation=situation,
        contract=contract,
        category="consultation_generaliste",
    )


def specialist_consultation(
    act: SpecialistConsultation, situation: MemberSituation, contract: Contract | None
) -> Built:
    in_parcours, rule, notes = _specialist_parcours(act, situation)
    specs, more = _consultation(
        code="consultation",
        label=act.label,
        fee=act.fee,
        sector=act.sector,
        specialty=act.specialty,
        in_parcours=in_parcours,
        parcours_rule=rule,
        situation=situation,
        contract=contract,
        category="consultation_specialiste",
    )
    return specs, notes + more
