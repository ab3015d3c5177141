"""Money questions through the REST channel: the simulation and contract-choice forms."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import pytest

from members.identity import sign_member_token
from reimbursement import MemberSituation, Sector, SpecialistConsultation, Specialty, simulate
from tests.integration.conftest import MEMBER_SECRET, Engine

pytestmark = pytest.mark.engine


def sender(name: str) -> str:
    return f"it-money-{name}-{uuid.uuid4().hex[:8]}"


def token(member_id: str) -> str:
    return sign_member_token(member_id, MEMBER_SECRET)


def envelopes(engine: Engine, replies: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [payload for payload in engine.custom(replies) if payload["kind"] == kind]


def only_simulation(engine: Engine, replies: list[dict[str, Any]]) -> dict[str, Any]:
    found = envelopes(engine, replies, "simulation")
    assert len(found) == 1, engine.text(replies)
    return found[0]


def test_dermatologist_sector_2_at_70_asks_the_contract_then_explains(engine: Engine) -> None:
    who = sender("dermato")
    first = engine.say(who, "combien je serai remboursé pour un dermato secteur 2 à 70 € ?")
    assert "formule" in engine.text(first)
    assert any("buttons" in reply for reply in first)
    replies = engine.say(who, "Confort")
    simulation = only_simulation(engine, replies)
    expected = simulate(
        SpecialistConsultation(
            specialty=Specialty.DERMATOLOGUE, sector=Sector.SECTEUR_2_NON_OPTAM, fee=Decimal(70)
        ),
        MemberSituation(age=40),
        "confort",
    )
    figures = simulation["data"]["figures"]
    assert Decimal(figures["reste_a_charge"]) == expected.reste_a_charge
    assert Decimal(figures["mutuelle"]) == expected.mutuelle
    assert simulation["data"]["contract_id"] == "confort"
    assert "optam_variant" in simulation["data"]
    assert simulation["sources"] and all(s["updated"] for s in simulation["sources"])
    text = engine.text(replies)
    assert "Assurance Maladie" in text and "Reste à votre charge" in text


def test_the_members_own_contract_is_used_when_the_token_is_valid(engine: Engine) -> None:
    who = sender("member")
    replies = engine.say(
        who, "combien pour un généraliste secteur 1 à 30 € ?", member_token=token("HS-1001")
    )
    simulation = only_simulation(engine, replies)
    assert simulation["data"]["contract_id"] == "confort"  # HS-1001's contract
    assert "votre contrat Confort" in engine.text(replies)


def test_a_forged_token_is_ignored_and_the_contract_is_asked(engine: Engine) -> None:
    who = sender("forged")
    forged = token("HS-1001").rsplit(".", 1)[0] + ".AAAA"
    replies = engine.say(who, "combien pour un généraliste secteur 1 à 30 € ?", member_token=forged)
    assert not envelopes(engine, replies, "simulation")
    assert "formule" in engine.text(replies)


def test_missing_details_are_asked_and_corrections_are_taken(engine: Engine) -> None:
    who = sender("ophtalmo")
    meta = {"member_token": token("HS-1003")}  # essentielle
    # no fee: the general answer first, with an offer to estimate the member's own case
    general = engine.say(who, "je vais chez l'ophtalmo, je serai remboursé combien ?", **meta)
    assert [p["kind"] for p in engine.custom(general)] in (["answer"], ["fallback"])
    assert "estimation" in engine.text(general)
    asked_fee = engine.say(who, "secteur 1", **meta)
    assert "montant" in engine.text(asked_fee)
    # interruption: the member corrects the sector while the fee is asked
    still_fee = engine.say(who, "ah non pardon, en fait il est secteur 2 avec OPTAM", **meta)
    assert "montant" in engine.text(still_fee)
    assert not envelopes(engine, still_fee, "simulation")
    first = only_simulation(engine, engine.say(who, "55", **meta))
    assert "OPTAM" in first["data"]["act"]
    assert first["data"]["figures"]["fee"] == "55.00"
    # a correction after the answer recomputes it
    second = only_simulation(engine, engine.say(who, "en fait c'est secteur 1", **meta))
    assert "secteur 1" in second["data"]["act"]
    assert second["data"]["figures"]["fee"] == "55.00"


def test_a_question_in_the_middle_of_the_form_is_answered_then_the_form_resumes(
    engine: Engine,
) -> None:
    who = sender("question")
    meta = {"member_token": token("HS-1002")}
    assert "secteur" in engine.text(engine.say(who, "combien pour un dermato à 60 € ?", **meta))
    replies = engine.say(who, "c'est quoi l'OPTAM exactement ?", **meta)
    kinds = [payload["kind"] for payload in engine.custom(replies)]
    assert kinds[0] in {"answer", "fallback"}
    assert "secteur" in engine.text(replies).split("\n")[-1] or "secteur" in engine.text(replies)
    done = engine.say(who, "secteur 2 non adhérent OPTAM", **meta)
    assert only_simulation(engine, done)["data"]["contract_id"] == "serenite"


def test_an_emergency_stops_the_form_and_is_answered_first(engine: Engine) -> None:
    who = sender("emergency")
    engine.say(who, "combien pour un dermato à 70 € ?")
    replies = engine.say(who, "j'ai une douleur énorme dans la poitrine et je respire mal")
    assert engine.custom(replies)[0]["kind"] == "emergency"
    assert "15" in engine.text(replies)


def test_care_the_simulator_does_not_cover_gets_the_knowledge_base_answer(
    engine: Engine,
) -> None:
    replies = engine.say(sender("kine"), "combien je serai remboursé pour une séance de kiné ?")
    assert "Je ne sais pas encore calculer" in engine.text(replies)
    assert not envelopes(engine, replies, "simulation")


def test_contract_choice_for_a_family_with_glasses(engine: Engine) -> None:
    who = sender("family")
    asked_age = engine.say(
        who, "quelle formule pour une famille avec deux enfants qui portent des lunettes ?"
    )
    assert "âge" in engine.text(asked_age)
    asked_budget = engine.say(who, "j'ai 42 ans")
    assert "budget" in engine.text(asked_budget)
    replies = engine.say(who, "pas de budget")
    found = envelopes(engine, replies, "contract_recommendation")
    assert len(found) == 1
    data = found[0]["data"]
    assert 1 <= len(data["options"]) <= 3
    assert data["request"]["children"] == 2 and data["request"]["needs"] == ["lunettes"]
    text = engine.text(replies)
    assert "conseiller" in text and "sans engagement" in text
    # a new constraint recomputes the advice
    again = envelopes(
        engine, engine.say(who, "et avec un budget de 120 € par mois ?"), "contract_recommendation"
    )
    assert again and again[0]["data"]["request"]["monthly_budget"] == "120.00"


def test_two_contracts_side_by_side(engine: Engine) -> None:
    replies = engine.say(sender("compare"), "compare Confort et Sérénité")
    found = envelopes(engine, replies, "contract_recommendation")
    assert found and found[0]["data"]["mode"] == "comparison"
    assert found[0]["data"]["contracts"] == ["confort", "serenite"]
    assert "Sérénité" in engine.text(replies)
