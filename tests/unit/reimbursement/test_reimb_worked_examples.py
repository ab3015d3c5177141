"""Worked examples from official sources, plus the rules around them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reimbursement import (
    AllowanceCategory,
    AlternativeMedicineSession,
    DentalBasket,
    DentalCrown,
    Glasses,
    GPConsultation,
    HearingAid,
    HearingClass,
    HospitalStay,
    LensComplexity,
    LineKind,
    MemberSituation,
    NonReimbursedExpense,
    OpticalBasket,
    PharmacyPurchase,
    Sector,
    SimulationLine,
    SimulationResult,
    SmrRate,
    SpecialistConsultation,
    Specialty,
    UnsupportedCareError,
    YearToDate,
    simulate,
)

D = Decimal
ADULT = MemberSituation(age=40)


def _line(result: SimulationResult, code: str) -> SimulationLine:
    return next(line for line in result.lines if line.code == code)


def test_g_30_in_parcours_service_public_f17042() -> None:
    """G 30 € secteur 1 in the parcours: AMO 21 € − 2 € = 19 €, TM 9 € by the contract."""
    result = simulate(GPConsultation(fee=D("30")), ADULT, "essentielle")
    assert result.base == D("30.00")
    assert result.amo_gross == D("21.00")
    assert result.participation_forfaitaire == D("2.00")
    assert result.amo_net == D("19.00")
    assert result.mutuelle == D("9.00")
    assert result.reste_a_charge == D("2.00")
    assert result.reste_a_charge == result.participation_forfaitaire
    assert _line(result, "amo_brut").percent == D("70")
    assert _line(result, "mutuelle").source.url.endswith("/contrats/essentielle")
    assert _line(result, "base").source.url.startswith("https://www.ameli.fr/")


def test_g_30_outside_parcours() -> None:
    """Hors parcours: AMO 9 € − 2 € = 7 €; the contract pays the ordinary TM only."""
    result = simulate(GPConsultation(fee=D("30"), in_parcours=False), ADULT, "integrale")
    assert result.amo_gross == D("9.00")
    assert result.amo_net == D("7.00")
    assert result.majoration_hors_parcours == D("12.00")
    assert result.mutuelle == D("9.00")  # 30 % TM; never the 40-point majoration
    assert result.reste_a_charge == D("14.00")  # majoration 12 € + PF 2 €


def test_hearing_aid_classe_1_ameli() -> None:
    """Classe I 950 € adult: AMO 240 €, complémentaire 710 €, reste 0 (ameli, Dec 2024)."""
    act = HearingAid(hearing_class=HearingClass.CLASSE_1, price_per_ear=D("950"))
    result = simulate(act, MemberSituation(age=70), "essentielle")
    assert (result.amo_net, result.mutuelle, result.reste_a_charge) == (
        D("240.00"),
        D("710.00"),
        D("0.00"),
    )
    assert _line(result, "base").source.official


def test_dermatologist_secteur_1() -> None:
    """Dermatologist secteur 1 at 31,50 €: AMO 22,05 € − 2 € = 20,05 €."""
    act = SpecialistConsultation(specialty=Specialty.DERMATOLOGUE, fee=D("31.50"))
    result = simulate(act, ADULT, "confort")
    assert result.amo_gross == D("22.05")
    assert result.amo_net == D("20.05")
    assert result.mutuelle == D("9.45")
    assert result.reste_a_charge == D("2.00")


def test_dermatologist_without_referral_is_outside_parcours() -> None:
    act = SpecialistConsultation(
        specialty=Specialty.DERMATOLOGUE, fee=D("31.50"), referred_by_medecin_traitant=False
    )
    result = simulate(act, ADULT, "confort")
    assert result.amo_gross == D("9.45")
    assert result.majoration_hors_parcours == D("12.60")


@pytest.mark.parametrize(("age", "declared", "in_parcours"), [(30, True, True), (30, False, False)])
def test_direct_access_needs_a_declared_medecin_traitant(
    age: int, declared: bool, in_parcours: bool
) -> None:
    act = SpecialistConsultation(
        specialty=Specialty.OPHTALMOLOGUE, fee=D("31.50"), referred_by_medecin_traitant=False
    )
    situation = MemberSituation(age=age, medecin_traitant_declared=declared)
    result = simulate(act, situation, None)
    assert (result.majoration_hors_parcours == 0) is in_parcours


def test_psychiatrist_direct_access_only_from_16_to_25() -> None:
    act = SpecialistConsultation(
        specialty=Specialty.PSYCHIATRE, fee=D("55"), referred_by_medecin_traitant=False
    )
    assert simulate(act, MemberSituation(age=20), None).majoration_hors_parcours == 0
    assert simulate(act, MemberSituation(age=40), None).majoration_hors_parcours > 0


def test_under_16_never_outside_parcours_and_under_18_no_pf() -> None:
    result = simulate(GPConsultation(fee=D("30"), in_parcours=False), MemberSituation(age=10), None)
    assert result.amo_gross == D("21.00")
    assert result.participation_forfaitaire == 0
    assert _line(result, "participation_forfaitaire").label.endswith("(moins de 18 ans)")


def test_non_optam_secteur_2_base_and_cap() -> None:
    act = GPConsultation(sector=Sector.SECTEUR_2_NON_OPTAM, fee=D("60"))
    result = simulate(act, ADULT, "integrale")  # non OPTAM 200 % BR
    assert result.base == D("23.00")
    assert result.amo_gross == D("16.10")
    assert result.mutuelle == D("29.90")  # 2 × 23 − 16,10
    assert result.reste_a_charge == D("16.00")


def test_secteur_3_tarif_d_autorite_and_pf_limited_to_the_payment() -> None:
    act = SpecialistConsultation(sector=Sector.SECTEUR_3, fee=D("80"))
    result = simulate(act, ADULT, "essentielle")
    assert result.base == D("1.22")
    assert result.amo_gross == D("0.85")
    assert result.participation_forfaitaire == D("0.85")
    assert result.amo_net == 0
    assert "ultérieur" in _line(result, "participation_forfaitaire").rule


def test_non_optam_specialty_without_a_sourced_base_is_refused() -> None:
    act = SpecialistConsultation(
        specialty=Specialty.PSYCHIATRE, sector=Sector.SECTEUR_2_NON_OPTAM, fee=D("80")
    )
    with pytest.raises(UnsupportedCareError):
        simulate(act, ADULT, "confort")


def test_ald_pays_100_percent_but_pf_stays() -> None:
    situation = MemberSituation(age=60, ald=True)
    result = simulate(GPConsultation(fee=D("30")), situation, "essentielle")
    assert result.amo_gross == D("30.00")
    assert result.amo_net == D("28.00")
    assert result.reste_a_charge == D("2.00")


def test_pf_annual_cap() -> None:
    situation = MemberSituation(age=40, year_to_date=YearToDate(participation_forfaitaire=D("49")))
    result = simulate(GPConsultation(fee=D("30")), situation, None)
    assert result.participation_forfaitaire == D("1.00")
    assert result.year_to_date.participation_forfaitaire == D("50.00")


def test_pharmacy_franchise_and_optional_ticket_moderateur() -> None:
    act = PharmacyPurchase(box_price=D("10"), boxes=3, smr_rate=SmrRate.FAIBLE)
    essentielle = simulate(act, ADULT, "essentielle")  # 15 % drugs not covered
    confort = simulate(act, ADULT, "confort")
    assert essentielle.amo_gross == D("4.50")
    assert essentielle.franchises == D("3.00")
    assert essentielle.mutuelle == 0
    assert confort.mutuelle == D("25.50")
    assert confort.reste_a_charge == D("3.00")  # the franchises only
    minor = simulate(act, MemberSituation(age=12), "confort")
    assert minor.franchises == 0 and minor.reste_a_charge == 0


def test_glasses_classe_b_cap_and_frame_cap() -> None:
    act = Glasses(
        basket=OpticalBasket.CLASSE_B,
        complexity=LensComplexity.COMPLEXE,
        frame_price=D("180"),
        lenses_price=D("500"),
        base_de_remboursement=D("0.15"),
    )
    result = simulate(act, ADULT, "confort")  # complexe 500 €, frame 100 €
    assert result.amo_gross == D("0.09")
    assert result.amo_gross + result.mutuelle == D("500.00")
    assert result.reste_a_charge == D("180.00")


def test_glasses_classe_a_frame_price_is_capped() -> None:
    with pytest.raises(ValueError, match="100 % Santé"):
        Glasses(basket=OpticalBasket.CLASSE_A, frame_price=D("45"), lenses_price=D("60"))


def test_crown_tarif_libre_percent_of_base() -> None:
    act = DentalCrown(basket=DentalBasket.LIBRE, price=D("750"))
    result = simulate(act, ADULT, "confort")  # 250 % BR
    assert result.base == D("120.00")
    assert result.amo_gross == D("72.00")
    assert result.mutuelle == D("228.00")
    assert result.reste_a_charge == D("450.00")
    assert result.participation_forfaitaire == 0  # no PF at the dentist


def test_hearing_aid_classe_1_above_price_cap_is_refused() -> None:
    act = HearingAid(hearing_class=HearingClass.CLASSE_1, price_per_ear=D("1200"))
    with pytest.raises(UnsupportedCareError):
        simulate(act, ADULT, "confort")
    assert simulate(act, MemberSituation(age=18), "confort").reste_a_charge == 0


def test_hearing_aid_classe_2_ceiling_includes_amo() -> None:
    act = HearingAid(hearing_class=HearingClass.CLASSE_2, price_per_ear=D("1500"), ears=2)
    result = simulate(act, ADULT, "equilibre")  # 700 € per ear
    assert result.amo_gross == D("480.00")
    assert result.mutuelle == D("920.00")
    assert result.reste_a_charge == D("1600.00")


def test_hospital_stay_with_forfait_journalier_and_private_room() -> None:
    act = HospitalStay(
        days=3,
        stay_fees=D("1500"),
        surgeon_fee=D("600"),
        surgeon_base=D("300"),
        surgeon_sector=Sector.SECTEUR_2_OPTAM,
        private_room_nights=3,
        private_room_price_per_night=D("80"),
    )
    result = simulate(act, ADULT, "confort")
    postes = {p.code: p for p in result.postes}
    assert postes["forfait_journalier"].fee == D("69.00")  # 3 × 23 €
    assert postes["forfait_journalier"].reste_a_charge == 0
    assert postes["honoraires_chirurgien"].mutuelle == D("360.00")  # 200 % BR − 80 %
    assert postes["chambre_particuliere"].mutuelle == D("180.00")  # 60 €/night
    assert result.reste_a_charge == D("60.00")
    assert result.participation_forfaitaire == 0
    assert result.notes  # the forfait actes lourds simplification is disclosed


def test_forfait_journalier_exemptions() -> None:
    act = HospitalStay(days=4, stay_fees=D("2000"))
    pregnant = MemberSituation(age=30, pregnant_6th_month_or_later=True)
    assert {p.code: p.fee for p in simulate(act, pregnant, None).postes}["forfait_journalier"] == 0
    without = simulate(act, ADULT, None)
    assert {p.code: p.reste_a_charge for p in without.postes}["forfait_journalier"] == D("92.00")


def test_allowances_are_tracked_over_the_year() -> None:
    situation = ADULT
    paid = []
    for _ in range(4):
        result = simulate(AlternativeMedicineSession(price=D("60")), situation, "confort")
        paid.append(result.mutuelle)
        situation = situation.model_copy(update={"year_to_date": result.year_to_date})
    assert paid == [D("35.00"), D("35.00"), D("35.00"), D("0.00")]  # 3 sessions of 35 €
    lenses = NonReimbursedExpense(category=AllowanceCategory.LENTILLES, price=D("200"))
    first = simulate(lenses, ADULT, "confort")
    assert first.mutuelle == D("150.00")
    after = ADULT.model_copy(update={"year_to_date": first.year_to_date})
    assert simulate(lenses, after, "confort").mutuelle == 0


def test_every_line_is_explained_and_sourced() -> None:
    result = simulate(GPConsultation(fee=D("30")), ADULT, "equilibre")
    kinds = [line.kind for line in result.lines]
    assert kinds[0] is LineKind.BASE and kinds[-1] is LineKind.RESTE_A_CHARGE
    for line in result.lines:
        assert line.label and line.rule
        assert line.source.url.startswith("https://")
    assert "19\u00a0€" in result.summary_fr()
    citations = [s.as_citation() for s in result.sources]
    assert all(set(c) == {"title", "url", "updated"} for c in citations)
