"""Pharmacy, optique, dental and hearing: one poste each."""

from __future__ import annotations

from reimbursement import coverage, regulation, tariffs
from reimbursement.acts import DentalCare, DentalCrown, Glasses, HearingAid, PharmacyPurchase
from reimbursement.contracts import Contract
from reimbursement.engine import Coverage, PosteSpec
from reimbursement.enums import DentalBasket, HearingClass, OpticalBasket
from reimbursement.exceptions import UnsupportedCareError
from reimbursement.money import ZERO, format_eur
from reimbursement.results import SimulationNote
from reimbursement.rules import Rule, Tariff
from reimbursement.situation import MemberSituation
from reimbursement.sources import AMELI_TAUX

Built = tuple[list[PosteSpec], list[SimulationNote]]

BASE_FROM_INPUT = Rule(
    code="base_indiquee",
    statement="Base de remboursement indiquée sur la feuille de soins ou le devis",
    source=AMELI_TAUX,
)
BASE_UNKNOWN = Rule(
    code="base_inconnue",
    statement="Base de remboursement non indiquée (voir le devis normalisé) : part de "
    "l'Assurance Maladie comptée à 0 €",
    source=AMELI_TAUX,
)


def _rate(default: Tariff, situation: MemberSituation) -> Tariff:
    return tariffs.RATE_ALD if situation.ald else default


def pharmacy(act: PharmacyPurchase, situation: MemberSituation, contract: Contract | None) -> Built:
    rate = _rate(tariffs.RATE_DRUG[act.smr_rate], situation)
    base = act.box_price * act.boxes
    cover: Coverage = coverage.no_contract()
    if contract is not None:
        pct = contract.guarantees.pharmacie.pct_for(act.smr_rate)
        cover = coverage.percent_of_base(contract, "pharmacie", pct, base)
    base_rule = Rule(
        code="base_medicament",
        statement="Médicament : base de remboursement égale au prix de vente de la boîte",
        source=rate.source,
    )
    spec = PosteSpec(
        code="pharmacie",
        label=act.label,
        fee=base,
        base=base,
        base_rule=base_rule,
        rate=rate.value,
        rate_rule=rate,
        coverage=cover,
        franchise_units=act.boxes,
    )
    return [spec], []


def glasses(act: Glasses, situation: MemberSituation, contract: Contract | None) -> Built:
    notes: list[SimulationNote] = []
    base = act.base_de_remboursement if act.base_de_remboursement is not None else ZERO
    base_rule = BASE_FROM_INPUT if act.base_de_remboursement is not None else BASE_UNKNOWN
    if act.base_de_remboursement is None:
        notes.append(
            SimulationNote(
                text="La base de remboursement des lunettes figure sur le devis normalisé de "
                "l'opticien ; sans elle, la part de l'Assurance Maladie (quelques centimes à "
                "quelques euros) est comptée à 0 € et incluse dans la part de la mutuelle ou "
                "le reste à charge.",
                source=BASE_UNKNOWN.source,
            )
        )
    cover: Coverage = coverage.no_contract()
    if contract is not None and act.basket is OpticalBasket.CLASSE_A:
        g = contract.guarantees.optique_100_sante
        cover = coverage.full_cover(contract, "optique_100_sante", act.fee, g.frais_reels)
    elif contract is not None:
        caps = contract.guarantees.optique_hors_100_sante
        cap = caps.cap_for(act.complexity)
        allowed = min(min(act.frame_price, caps.frame_cap) + act.lenses_price, cap)
        detail = (
            f"{format_eur(cap)} par équipement à {act.complexity.label}, dont monture "
            f"{format_eur(caps.frame_cap)}"
        )
        cover = coverage.ceiling(
            contract, "optique_hors_100_sante", allowed, min(base, act.fee), detail
        )
    spec = PosteSpec(
        code="lunettes",
        label=act.label,
        fee=act.fee,
        base=base,
        base_rule=base_rule,
        rate=_rate(tariffs.RATE_OPTICS, situation).value,
        rate_rule=_rate(tariffs.RATE_OPTICS, situation),
        coverage=cover,
    )
    return [spec], notes


def dental_crown(act: DentalCrown, situation: MemberSituation, contract: Contract | None) -> Built:
    rate = _rate(tariffs.RATE_DENTAL, situation)
    cover: Coverage = coverage.no_contract()
    if contract is not None:
        g = contract.guarantees
        if act.basket is DentalBasket.CENT_POUR_CENT_SANTE:
            covered = g.couronne_100_sante.frais_reels
            cover = coverage.full_cover(contract, "couronne_100_sante", act.price, covered)
        elif act.basket is DentalBasket.MAITRISE:
            pct = g.couronne_tarif_maitrise.pct_br
            cover = coverage.percent_of_base(
                contract, "couronne_tarif_maitrise", pct, tariffs.BASE_CROWN.value
            )
        else:
            pct = g.couronne_tarif_libre.pct_br
            cover = coverage.percent_of_base(
                contract, "couronne_tarif_libre", pct, tariffs.BASE_CROWN.value
            )
    spec = PosteSpec(
        code="couronne",
        label=act.label,
        fee=act.price,
        base=tariffs.BASE_CROWN.value,
        base_rule=tariffs.BASE_CROWN,
        rate=rate.value,
        rate_rule=rate,
        coverage=cover,
    )
    return [spec], []


def dental_care(act: DentalCare, situation: MemberSituation, contract: Contract | None) -> Built:
    rate = _rate(tariffs.RATE_DENTAL, situation)
    base = act.base if act.base is not None else act.fee
    cover: Coverage = coverage.no_contract()
    if contract is not None:
        pct = contract.guarantees.dentaire_soins.pct_br
        cover = coverage.percent_of_base(contract, "dentaire_soins", pct, base)
    spec = PosteSpec(
        code="soins_dentaires",
        label=act.label,
        fee=act.fee,
        base=base,
        base_rule=BASE_FROM_INPUT,
        rate=rate.value,
        rate_rule=rate,
        coverage=cover,
    )
    return [spec], []


def hearing_aid(act: HearingAid, situation: MemberSituation, contract: Contract | None) -> Built:
    young = situation.age <= 20
    base_rule = tariffs.BASE_HEARING_YOUNG if young else tariffs.BASE_HEARING_ADULT
    price_cap = tariffs.PLV_HEARING_YOUNG if young else tariffs.PLV_HEARING_ADULT
    classe_1 = act.hearing_class is HearingClass.CLASSE_1
    if classe_1 and act.price_per_ear > price_cap.value:
        raise UnsupportedCareError(
            f"{format_eur(act.price_per_ear)} dépasse le prix limite d'une aide auditive de "
            f"classe I ({price_cap.statement}) : il s'agit d'un appareil de classe II"
        )
    fee = act.price_per_ear * act.ears
    base = base_rule.value * act.ears
    rate = _rate(tariffs.RATE_HEARING, situation)
    cover: Coverage = coverage.no_contract()
    if contract is not None and classe_1:
        covered = contract.guarantees.aides_auditives_100_sante.frais_reels
        cover = coverage.full_cover(contract, "aides_auditives_100_sante", fee, covered)
    elif contract is not None:
        per_ear = contract.guarantees.aides_auditives_classe_2.per_ear
        detail = f"{format_eur(per_ear)} par oreille"
        cover = coverage.ceiling(
            contract, "aides_auditives_classe_2", per_ear * act.ears, min(base, fee), detail
        )
    spec = PosteSpec(
        code="aide_auditive",
        label=act.label,
        fee=fee,
        base=base,
        base_rule=base_rule,
        rate=rate.value,
        rate_rule=rate,
        coverage=cover,
    )
    notes = []
    if classe_1:
        rule = regulation.CENT_POUR_CENT_SANTE
        notes.append(SimulationNote(text=rule.text, source=rule.source))
    return [spec], notes
