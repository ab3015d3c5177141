"""Hospital stay: frais de séjour, surgeon, forfait journalier and private room."""

from __future__ import annotations

from decimal import Decimal

from reimbursement import coverage, tariffs
from reimbursement.acts import HospitalStay
from reimbursement.contracts import Contract
from reimbursement.engine import Coverage, PosteSpec
from reimbursement.enums import Sector
from reimbursement.exceptions import UnsupportedCareError
from reimbursement.money import ZERO, format_eur
from reimbursement.products import BASE_FROM_INPUT
from reimbursement.results import SimulationNote
from reimbursement.rules import Rule
from reimbursement.situation import MemberSituation
from reimbursement.sources import Source

Built = tuple[list[PosteSpec], list[SimulationNote]]

AMELI_FORFAIT_ACTES_LOURDS = Source(
    title="Forfait de 24 € sur les actes coûteux (porté à 32 € en avril 2026)",
    url="https://www.ameli.fr/assure/remboursements/reste-charge/forfait-24-euros",
    date=None,
    publisher="ameli.fr",
    official=True,
)
ROOM_KEY = "chambre_particuliere"


def _fees_spec(
    code: str, label: str, fee: Decimal, base: Decimal, cover: Coverage, situation: MemberSituation
) -> PosteSpec:
    rate = tariffs.RATE_ALD if situation.ald else tariffs.RATE_HOSPITAL
    return PosteSpec(
        code=code,
        label=label,
        fee=fee,
        base=base,
        base_rule=BASE_FROM_INPUT,
        rate=rate.value,
        rate_rule=rate,
        coverage=cover,
    )


def _forfait_journalier(
    act: HospitalStay, situation: MemberSituation, contract: Contract | None
) -> PosteSpec:
    daily = tariffs.FORFAIT_JOURNALIER_PSY if act.psychiatry else tariffs.FORFAIT_JOURNALIER
    exempt = situation.c2s or situation.pregnant_6th_month_or_later
    fee = ZERO if exempt else daily.value * act.days
    rule: Rule = daily
    if exempt:
        rule = tariffs.FJH_EXEMPTIONS
    cover: Coverage = coverage.no_contract()
    if contract is not None:
        g = contract.guarantees.forfait_journalier
        days = act.days if g.max_days is None else min(act.days, g.max_days)
        covered = daily.value * days if g.frais_reels else ZERO
        cover = coverage.full_cover(contract, "forfait_journalier", covered, g.frais_reels)
    return PosteSpec(
        code="forfait_journalier",
        label=(
            "Forfait journalier : non dû (grossesse ou C2S)"
            if exempt
            else f"Forfait journalier ({act.days} jour(s) à {format_eur(daily.value)})"
        ),
        fee=fee,
        base=ZERO,
        base_rule=rule,
        rate=ZERO,
        rate_rule=rule,
        coverage=cover,
    )


def _private_room(
    act: HospitalStay, situation: MemberSituation, contract: Contract | None
) -> PosteSpec:
    price = act.private_room_price_per_night
    cover: Coverage = coverage.no_contract()
    if contract is not None:
        g = contract.guarantees.chambre_particuliere
        used = situation.year_to_date.units(ROOM_KEY)
        left = act.private_room_nights
        if g.max_days_per_year is not None:
            left = max(0, min(left, g.max_days_per_year - used))
        amount = min(price, g.per_day) * left
        cover = coverage.allowance(
            contract,
            "chambre_particuliere",
            amount,
            f"{g.describe()} ; {left} nuit(s) prise(s) en charge",
            usage_key=ROOM_KEY,
            units=left,
        )
    return PosteSpec(
        code="chambre_particuliere",
        label=f"Chambre particulière ({act.private_room_nights} nuit(s) à {format_eur(price)})",
        fee=price * act.private_room_nights,
        base=ZERO,
        base_rule=tariffs.NOT_REIMBURSED_BY_AMO,
        rate=ZERO,
        rate_rule=tariffs.NOT_REIMBURSED_BY_AMO,
        coverage=cover,
    )


def hospital_stay(
    act: HospitalStay, situation: MemberSituation, contract: Contract | None
) -> Built:
    notes: list[SimulationNote] = []
    stay_base = act.stay_base if act.stay_base is not None else act.stay_fees
    cover: Coverage = coverage.no_contract()
    if contract is not None:
        pct = contract.guarantees.hospitalisation_frais_sejour.pct_br
        cover = coverage.percent_of_base(contract, "hospitalisation_frais_sejour", pct, stay_base)
    specs = [
        _fees_spec("frais_sejour", "Frais de séjour", act.stay_fees, stay_base, cover, situation)
    ]
    if act.surgeon_fee > 0:
        if act.surgeon_sector is Sector.SECTEUR_3:
            raise UnsupportedCareError(
                "chirurgien non conventionné : le tarif d'autorité des actes chirurgicaux n'est "
                "pas dans nos sources"
            )
        base = act.surgeon_base if act.surgeon_base is not None else act.surgeon_fee
        cover = coverage.no_contract()
        if contract is not None:
            pct = contract.guarantees.honoraires_chirurgien.pct_for(act.surgeon_sector)
            cover = coverage.percent_of_base(contract, "honoraires_chirurgien", pct, base)
        label = f"Honoraires du chirurgien ({act.surgeon_sector.label})"
        specs.append(
            _fees_spec("honoraires_chirurgien", label, act.surgeon_fee, base, cover, situation)
        )
        if base >= 120:
            notes.append(
                SimulationNote(
                    text="Pour un acte d'au moins 120 €, l'Assurance Maladie remplace en pratique "
                    "le ticket modérateur par un forfait (24 €, puis 32 € depuis avril 2026) que "
                    "la complémentaire prend en charge. Ce forfait n'est pas simulé : la part de "
                    "l'Assurance Maladie affichée peut être sous-estimée, le reste à charge avec "
                    "un contrat responsable est le même.",
                    source=AMELI_FORFAIT_ACTES_LOURDS,
                )
            )
    if act.days > 0:
        specs.append(_forfait_journalier(act, situation, contract))
    if act.private_room_nights > 0:
        specs.append(_private_room(act, situation, contract))
    return specs, notes
