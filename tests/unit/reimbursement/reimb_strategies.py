"""Hypothesis strategies for the reimbursement tests (imported by the test modules)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from reimbursement import (
    AllowanceCategory,
    AlternativeMedicineSession,
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
    SmrRate,
    SpecialistConsultation,
    Specialty,
    YearToDate,
)


def money(low: str = "0", high: str = "2000") -> st.SearchStrategy[Decimal]:
    return st.decimals(
        min_value=Decimal(low), max_value=Decimal(high), places=2, allow_nan=False
    ).map(lambda d: d.quantize(Decimal("0.01")))


year_to_date = st.builds(
    YearToDate,
    participation_forfaitaire=money("0", "50"),
    franchises=money("0", "50"),
)

situations = st.builds(
    MemberSituation,
    age=st.integers(0, 100),
    ald=st.booleans(),
    c2s=st.booleans(),
    pregnant_6th_month_or_later=st.booleans(),
    medecin_traitant_declared=st.booleans(),
    year_to_date=year_to_date,
)

_NO_NON_OPTAM_BASE = (Specialty.GYNECOLOGUE, Specialty.PSYCHIATRE, Specialty.GERIATRE)


@st.composite
def specialist_consultations(draw: st.DrawFn) -> SpecialistConsultation:
    specialty = draw(st.sampled_from(Specialty))
    sectors = [
        s
        for s in Sector
        if not (s is Sector.SECTEUR_2_NON_OPTAM and specialty in _NO_NON_OPTAM_BASE)
    ]
    return SpecialistConsultation(
        specialty=specialty,
        sector=draw(st.sampled_from(sectors)),
        fee=draw(money("0", "300")),
        referred_by_medecin_traitant=draw(st.booleans()),
    )


@st.composite
def glasses(draw: st.DrawFn, basket: OpticalBasket | None = None) -> Glasses:
    chosen = basket or draw(st.sampled_from(OpticalBasket))
    frame_high = "30" if chosen is OpticalBasket.CLASSE_A else "600"
    return Glasses(
        basket=chosen,
        complexity=draw(st.sampled_from(LensComplexity)),
        frame_price=draw(money("0", frame_high)),
        lenses_price=draw(money("0", "1500")),
        base_de_remboursement=draw(st.none() | money("0", "60")),
    )


gp_consultations = st.builds(
    GPConsultation,
    sector=st.sampled_from(Sector),
    fee=money("0", "200"),
    in_parcours=st.booleans(),
)
pharmacy = st.builds(
    PharmacyPurchase,
    box_price=money("0.01", "300"),
    boxes=st.integers(1, 10),
    smr_rate=st.sampled_from(SmrRate),
)
crowns = st.builds(DentalCrown, basket=st.sampled_from(DentalBasket), price=money("0", "2000"))
dental_care = st.builds(DentalCare, fee=money("0", "500"), base=st.none() | money("0", "200"))
hearing_aids = st.builds(
    HearingAid,
    hearing_class=st.sampled_from(HearingClass),
    price_per_ear=money("0", "950"),
    ears=st.integers(1, 2),
)
hospital_stays = st.builds(
    HospitalStay,
    days=st.integers(0, 30),
    stay_fees=money("0", "10000"),
    stay_base=st.none() | money("0", "10000"),
    psychiatry=st.booleans(),
    surgeon_fee=money("0", "3000"),
    surgeon_base=st.none() | money("0", "2000"),
    surgeon_sector=st.sampled_from(
        [Sector.SECTEUR_1, Sector.SECTEUR_2_OPTAM, Sector.SECTEUR_2_NON_OPTAM]
    ),
    private_room_nights=st.integers(0, 30),
    private_room_price_per_night=money("0", "200"),
)
alternative_medicine = st.builds(AlternativeMedicineSession, price=money("0", "150"))
non_reimbursed = st.builds(
    NonReimbursedExpense,
    category=st.sampled_from(AllowanceCategory),
    price=money("0", "800"),
)

acts = st.one_of(
    gp_consultations,
    specialist_consultations(),
    pharmacy,
    glasses(),
    crowns,
    dental_care,
    hearing_aids,
    hospital_stays,
    alternative_medicine,
    non_reimbursed,
)

cent_pour_cent_sante_acts = st.one_of(
    glasses(OpticalBasket.CLASSE_A),
    st.builds(DentalCrown, basket=st.just(DentalBasket.CENT_POUR_CENT_SANTE), price=money()),
    st.builds(
        HearingAid,
        hearing_class=st.just(HearingClass.CLASSE_1),
        price_per_ear=money("0", "950"),
        ears=st.integers(1, 2),
    ),
)
