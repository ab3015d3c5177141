"""Finding care through the REST channel: the care form, follow-ups and the results."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from members.identity import sign_member_token
from tests.integration.conftest import MEMBER_SECRET, Engine

pytestmark = pytest.mark.engine


def sender(name: str) -> str:
    return f"it-care-{name}-{uuid.uuid4().hex[:8]}"


def care_payload(engine: Engine, replies: list[dict[str, Any]]) -> dict[str, Any]:
    found = [p for p in engine.custom(replies) if p["kind"] == "care_search"]
    assert len(found) == 1, engine.text(replies)
    return found[0]


def test_a_dermatologist_in_nantes_with_sector_and_fees(engine: Engine) -> None:
    replies = engine.say(sender("nantes"), "je cherche un dermatologue à Nantes")
    data = care_payload(engine, replies)["data"]
    assert data["status"] == "ok"
    assert data["place"]["label"].startswith("Nantes")
    results = data["results"]
    assert results and all(r["specialty"] == "dermatologue" for r in results)
    distances = [r["distance_km"] for r in results]
    assert distances == sorted(distances)
    assert all(r["sector_label"] for r in results)
    assert any(r["fee"] for r in results)
    text = engine.text(replies)
    assert "Nantes" in text and "€" in text


def test_missing_place_is_asked_then_searched(engine: Engine) -> None:
    who = sender("ask-place")
    asked = engine.say(who, "je cherche un ophtalmo")
    assert "ville" in engine.text(asked)
    assert not [p for p in engine.custom(asked) if p["kind"] == "care_search"]
    data = care_payload(engine, engine.say(who, "Bordeaux"))["data"]
    assert data["status"] == "ok"
    assert all(r["specialty"] == "ophtalmologue" for r in data["results"])


def test_follow_ups_filter_the_sector_then_change_the_place(engine: Engine) -> None:
    who = sender("follow-up")
    care_payload(engine, engine.say(who, "un dermato sur Nantes"))
    sector_1 = care_payload(engine, engine.say(who, "seulement secteur 1"))["data"]
    assert sector_1["place"]["label"].startswith("Nantes")
    assert sector_1["results"] and all(r["sector"] == "secteur_1" for r in sector_1["results"])
    in_rennes = care_payload(engine, engine.say(who, "et à Rennes ?"))["data"]
    assert in_rennes["place"]["label"].startswith("Rennes")
    assert in_rennes["query"]["specialty"] == "dermatologue"
    assert in_rennes["query"]["fee_filter"] == sector_1["query"]["fee_filter"]
    assert all(r["sector"] == "secteur_1" for r in in_rennes["results"])


def test_near_me_asks_where_and_a_departement_number_works(engine: Engine) -> None:
    who = sender("near-me")
    assert "ville" in engine.text(engine.say(who, "un kiné près de chez moi"))
    data = care_payload(engine, engine.say(who, "44000"))["data"]
    assert data["status"] == "ok" and data["results"]
    gironde = care_payload(engine, engine.say(sender("dept"), "un ophtalmo dans le 33"))["data"]
    assert gironde["place"]["department_code"] == "33"


def test_the_members_contract_gives_the_amount_left_to_pay(engine: Engine) -> None:
    token = sign_member_token("HS-1001", MEMBER_SECRET)
    replies = engine.say(
        sender("member"), "je cherche un dermatologue à Nantes", member_token=token
    )
    data = care_payload(engine, replies)["data"]
    assert data["contract_id"] == "confort"
    assert any(r["reste_a_charge"] is not None for r in data["results"])
