"""From a complete request to the explained simulation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from dialogue.care_request import CareAct, CareRequest, SectorAnswer, parse_care_request
from dialogue.simulation import (
    answer,
    missing_slots,
    plan,
    request_from_slots,
    situation_for,
    slots_from_request,
)
from members import Member
from reimbursement import MemberSituation, Sector, SpecialistConsultation, Specialty, simulate

ADULT = MemberSituation(age=40)


def test_the_form_asks_only_what_is_missing_in_order() -> None:
    assert missing_slots(CareRequest(), contract_known=False) == ["care_act"]
    dermato = parse_care_request("un dermato à 70 €")
    assert missing_slots(dermato, contract_known=False) == ["care_sector", "contract_id"]
    assert missing_slots(dermato, contract_known=True) == ["care_sector"]
    glasses = parse_care_request("des lunettes hors 100 % santé à 450 €")
    assert missing_slots(glasses, contract_known=True) == ["care_frame_price"]
    assert missing_slots(parse_care_request("une séance de kiné"), contract_known=False) == []


def test_slots_round_trip() -> None:
    request = parse_care_request(
        "un dermato secteur 2 OPTAM à 70 € formule confort", {"confort": "confort"}
    )
    slots = slots_from_request(request)
    assert slots["care_fee"] == "70.00"
    assert request_from_slots(slots) == request


def test_unreadable_slot_values_are_ignored_not_fatal() -> None:
    request = request_from_slots({"care_act": "lunettes", "care_fee": "beaucoup"})
    assert request == CareRequest(act=CareAct.GLASSES)


def test_plan_matches_the_simulator_for_a_known_sector() -> None:
    request = parse_care_request("un dermato secteur 2 non adhérent OPTAM à 70 €")
    result = simulate(plan(request, ADULT, "confort").act, ADULT, "confort")
    expected = simulate(
        SpecialistConsultation(
            specialty=Specialty.DERMATOLOGUE, sector=Sector.SECTEUR_2_NON_OPTAM, fee=Decimal(70)
        ),
        ADULT,
        "confort",
    )
    assert result == expected


def test_unknown_optam_is_simulated_both_ways_with_the_assumption_stated() -> None:
    request = parse_care_request("un dermato secteur 2 à 70 €")
    simulation_plan = plan(request, ADULT, "confort")
    assert simulation_plan.optam_variant is not None
    main = simulate(simulation_plan.act, ADULT, "confort")
    optam = simulate(simulation_plan.optam_variant, ADULT, "confort")
    assert optam.reste_a_charge <= main.reste_a_charge
    assert any("OPTAM" in text for text in simulation_plan.assumptions)


def test_unknown_sector_at_the_base_tariff_is_secteur_1() -> None:
    request = CareRequest(act=CareAct.GP, sector=SectorAnswer.UNKNOWN, fee=Decimal(30))
    simulation_plan = plan(request, ADULT, "essentielle")
    assert simulation_plan.optam_variant is None
    assert simulate(simulation_plan.act, ADULT, "essentielle").reste_a_charge == Decimal("2.00")


def test_answer_explains_every_line_and_adds_up() -> None:
    request = parse_care_request("un généraliste secteur 1 à 30 €")
    result = simulate(plan(request, ADULT, "essentielle").act, ADULT, "essentielle")
    rendered = answer(result)
    text = rendered.text.replace("\xa0", " ")
    assert "Versé par l'Assurance Maladie : 19 €" in text
    assert "reste à votre charge 2 €" in text
    assert "conseiller" in text
    figures = rendered.data["figures"]
    assert Decimal(figures["amo_net"]) + Decimal(figures["mutuelle"]) + Decimal(
        figures["reste_a_charge"]
    ) == Decimal(figures["fee"])
    assert len(rendered.data["lines"]) == len(result.lines)
    assert rendered.sources and all(str(s["url"]).startswith("https://") for s in rendered.sources)


def test_member_situation_comes_from_the_store() -> None:
    member = Member(
        member_id="HS-9",
        first_name="Test",
        birth_year=1950,
        contract_id="confort",
        ald=True,
        created_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )
    situation = situation_for(member, today=dt.date(2026, 11, 25))
    assert situation.age == 76 and situation.ald
    assert situation_for(None).age == 40
