"""The "typical year" of care behind a recommendation, and its cost under a contract.

The figures are **assumptions**, chosen to be ordinary for a household in metropolitan
France, not statistics; they are shown to the member with the result (``assumptions_fr``).

Base year, for every adult: 3 visits to the médecin traitant (généraliste secteur 1, 30 €);
1 specialist visit on referral to an OPTAM doctor (50 €); 4 boxes of a 65 % drug (10 €) and 2
boxes of a 30 % drug (6 €); 1 routine dental care at the convention tariff (40 €).
For every child: 3 généraliste visits (30 €) and 3 boxes of a 65 % drug (8 €).

Declared needs add:

- lunettes: per adult, one classe B equipment with complex lenses (frame 150 €, lenses
  400 €) every 2 years, counted for half each year;
- dentaire: per adult, one crown at tarif libre (750 €) a year;
- audition: per adult, two classe II hearing aids (1 500 € per ear) every 4 years, counted for
  a quarter each year;
- hospitalisation: for the household, one 3-day surgical stay in a clinic (frais de séjour
  1 500 €, OPTAM surgeon 600 € on a 300 € base, private room 3 nights at 80 €);
- médecines douces: per adult, 4 sessions of ostéopathie at 60 €;
- maternité: one birth: a 4-day stay (frais de séjour 2 000 €, OPTAM obstetrician 500 € on a
  300 € base, private room 4 nights at 80 €), plus 300 € of non-reimbursed expenses.

Each person's annual caps (participation forfaitaire, franchises, forfaits) are tracked
through the year.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from reimbursement.acts import (
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
from reimbursement.contracts import Contract
from reimbursement.enums import (
    AgeBand,
    AllowanceCategory,
    DentalBasket,
    HearingClass,
    LensComplexity,
    Need,
    OpticalBasket,
    Sector,
    SmrRate,
)
from reimbursement.money import ZERO, quantize
from reimbursement.simulator import simulate
from reimbursement.situation import MemberSituation, YearToDate

Who = Literal["adult", "child", "household"]

ADULT_AGE: dict[AgeBand, int] = {
    AgeBand.MOINS_26: 22,
    AgeBand.DE_26_A_39: 32,
    AgeBand.DE_40_A_59: 50,
    AgeBand.DE_60_A_69: 65,
    AgeBand.PLUS_70: 75,
}
CHILD_AGE = 8
D = Decimal


@dataclass(frozen=True)
class CareEvent:
    """``count`` occurrences of ``act`` a year for each person of group ``who``."""

    who: Who
    act: Act
    description: str
    count: int = 1
    every_n_years: int = 1
    pregnant: bool = False
    need: Need | None = None


BASE_EVENTS: tuple[CareEvent, ...] = (
    CareEvent("adult", GPConsultation(fee=D(30)), "3 consultations de généraliste (30 €)", 3),
    CareEvent(
        "adult",
        SpecialistConsultation(sector=Sector.SECTEUR_2_OPTAM, fee=D(50)),
        "1 consultation de spécialiste OPTAM sur orientation (50 €)",
    ),
    CareEvent(
        "adult",
        PharmacyPurchase(box_price=D(10), boxes=4),
        "4 boîtes de médicament remboursé à 65 % (10 €)",
    ),
    CareEvent(
        "adult",
        PharmacyPurchase(box_price=D(6), boxes=2, smr_rate=SmrRate.MODERE),
        "2 boîtes de médicament remboursé à 30 % (6 €)",
    ),
    CareEvent("adult", DentalCare(fee=D(40)), "1 soin dentaire courant (40 €)"),
    CareEvent("child", GPConsultation(fee=D(30)), "3 consultations de généraliste (30 €)", 3),
    CareEvent(
        "child",
        PharmacyPurchase(box_price=D(8), boxes=3),
        "3 boîtes de médicament remboursé à 65 % (8 €)",
    ),
)

_STAY = HospitalStay(
    days=3,
    stay_fees=D(1500),
    surgeon_fee=D(600),
    surgeon_base=D(300),
    surgeon_sector=Sector.SECTEUR_2_OPTAM,
    private_room_nights=3,
    private_room_price_per_night=D(80),
)
_BIRTH = HospitalStay(
    days=4,
    stay_fees=D(2000),
    surgeon_fee=D(500),
    surgeon_base=D(300),
    surgeon_sector=Sector.SECTEUR_2_OPTAM,
    private_room_nights=4,
    private_room_price_per_night=D(80),
)

NEED_EVENTS: dict[Need, tuple[CareEvent, ...]] = {
    Need.LUNETTES: (
        CareEvent(
            "adult",
            Glasses(
                basket=OpticalBasket.CLASSE_B,
                complexity=LensComplexity.COMPLEXE,
                frame_price=D(150),
                lenses_price=D(400),
            ),
            "lunettes à verres complexes hors 100 % Santé (550 €) tous les 2 ans",
            every_n_years=2,
        ),
    ),
    Need.DENTAIRE: (
        CareEvent(
            "adult",
            DentalCrown(basket=DentalBasket.LIBRE, price=D(750)),
            "1 couronne à tarif libre (750 €) par an",
        ),
    ),
    Need.AUDITION: (
        CareEvent(
            "adult",
            HearingAid(hearing_class=HearingClass.CLASSE_2, price_per_ear=D(1500), ears=2),
            "2 aides auditives de classe II (1 500 € par oreille) tous les 4 ans",
            every_n_years=4,
        ),
    ),
    Need.HOSPITALISATION: (
        CareEvent(
            "household",
            _STAY,
            "1 séjour chirurgical de 3 jours en clinique avec chambre particulière",
        ),
    ),
    Need.MEDECINES_DOUCES: (
        CareEvent(
            "adult",
            AlternativeMedicineSession(price=D(60)),
            "4 séances d'ostéopathie (60 €)",
            4,
        ),
    ),
    Need.MATERNITE: (
        CareEvent(
            "household",
            _BIRTH,
            "1 naissance : séjour de 4 jours avec chambre particulière",
            pregnant=True,
        ),
        CareEvent(
            "household",
            NonReimbursedExpense(category=AllowanceCategory.MATERNITE, price=D(300)),
            "300 € de frais non remboursés liés à la naissance",
            pregnant=True,
        ),
    ),
}


def typical_year(needs: frozenset[Need] | set[Need], children: int) -> tuple[CareEvent, ...]:
    """The events of the typical year for the declared needs."""
    events = [e for e in BASE_EVENTS if e.who != "child" or children > 0]
    for need in Need:
        if need in needs:
            events += [
                CareEvent(e.who, e.act, e.description, e.count, e.every_n_years, e.pregnant, need)
                for e in NEED_EVENTS[need]
            ]
    return tuple(events)


def assumptions_fr(events: tuple[CareEvent, ...]) -> tuple[str, ...]:
    """French sentences describing the typical year."""
    group = {"adult": "Par adulte", "child": "Par enfant", "household": "Pour le foyer"}
    return tuple(f"{group[e.who]} : {e.description}." for e in events)


@dataclass(frozen=True)
class YearCost:
    fee: Decimal
    amo: Decimal
    mutuelle: Decimal
    reste_a_charge: Decimal
    reste_by_need: dict[Need | None, Decimal]


def year_cost(
    events: tuple[CareEvent, ...],
    contract: Contract | None,
    age_band: AgeBand,
    adults: int,
    children: int,
) -> YearCost:
    """Simulate the typical year for the whole household under ``contract``."""
    people: list[tuple[Who, int, bool]] = [
        ("adult", ADULT_AGE[age_band], i == 0) for i in range(adults)
    ]
    people += [("child", CHILD_AGE, False) for _ in range(children)]
    totals = {"fee": ZERO, "amo": ZERO, "mutuelle": ZERO, "reste": ZERO}
    by_need: dict[Need | None, Decimal] = {}
    for who, age, first in people:
        ytd = YearToDate()
        for event in events:
            if not (event.who == who or (event.who == "household" and first)):
                continue
            for _ in range(event.count):
                situation = MemberSituation(
                    age=age, pregnant_6th_month_or_later=event.pregnant, year_to_date=ytd
                )
                result = simulate(event.act, situation, contract)
                ytd = result.year_to_date
                share = D(event.every_n_years)
                reste = quantize(result.reste_a_charge / share)
                totals["fee"] += quantize(result.fee / share)
                totals["amo"] += quantize(result.amo_net / share)
                totals["mutuelle"] += quantize(result.mutuelle / share)
                totals["reste"] += reste
                by_need[event.need] = by_need.get(event.need, ZERO) + reste
    return YearCost(totals["fee"], totals["amo"], totals["mutuelle"], totals["reste"], by_need)
