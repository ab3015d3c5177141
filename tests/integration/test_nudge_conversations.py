"""Prevention reminders through the engine: explicit consent with proof, STOP, the reminder."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from channels.nudges import Channel, ConsentLedger, NudgeTopic, load_catalogue
from members.identity import sign_member_token
from tests.integration.conftest import API_TOKEN, MEMBER_SECRET, Engine

pytestmark = pytest.mark.engine


def sender(name: str) -> str:
    return f"it-nudge-{name}-{uuid.uuid4().hex[:8]}"


def consent_status(engine: Engine, replies: list[dict[str, Any]]) -> str:
    found = [p for p in engine.custom(replies) if p["kind"] == "consent"]
    assert len(found) == 1, engine.text(replies)
    return str(found[0]["data"]["status"])


def test_an_anonymous_visitor_cannot_opt_in(engine: Engine) -> None:
    replies = engine.say(sender("anon"), "je veux recevoir des rappels de prévention")
    assert consent_status(engine, replies) == "identification_required"


def test_only_an_explicit_yes_is_recorded_with_its_wording_and_stop_ends_it(
    engine: Engine,
) -> None:
    who = sender("member")
    meta = {"member_token": sign_member_token("HS-1004", MEMBER_SECRET)}
    ledger = ConsentLedger.from_url(engine.settings.database_url)
    asked = engine.say(who, "je veux recevoir des rappels de prévention", **meta)
    assert consent_status(engine, asked) == "asked"
    assert "OUI" in engine.text(asked)
    maybe = engine.say(who, "peut-être, je sais pas", **meta)
    assert "OUI" in engine.text(maybe)
    assert ledger.proof("HS-1004") == []
    accepted = engine.say(who, "oui j'accepte", **meta)
    assert consent_status(engine, accepted) == "opted_in"
    proof = ledger.proof("HS-1004")
    assert len(proof) == 1 and proof[0].wording_text and proof[0].conversation_id == who
    assert ledger.has_consent("HS-1004", NudgeTopic.ALL, Channel.WEB)
    stopped = engine.say(who, "STOP", **meta)
    assert consent_status(engine, stopped) == "opted_out"
    assert not ledger.has_consent("HS-1004", NudgeTopic.ALL, Channel.WEB)


def test_the_scheduler_trigger_sends_the_sourced_reminder(engine: Engine) -> None:
    who = sender("trigger")
    engine.say(who, "bonjour")
    item = load_catalogue().items[0]
    response = engine.client.post(
        f"/conversations/{who}/trigger_intent",
        params={"token": API_TOKEN, "output_channel": "collector"},
        json={"name": "nudge_reminder", "entities": {"nudge_id": item.id}},
    )
    assert response.status_code == 200
    messages = response.json()["messages"]
    assert any(m.get("text") == item.message for m in messages)
    nudges = [m["custom"] for m in messages if m.get("custom", {}).get("kind") == "nudge"]
    assert nudges and nudges[0]["sources"] and nudges[0]["data"]["nudge_id"] == item.id
