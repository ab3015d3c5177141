"""The safety gate inside the engine answers first, through the public REST channel."""

from __future__ import annotations

import pytest

from tests.integration.conftest import Engine

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(
    ("message", "category", "first_number"),
    [
        (
            "mon mari a super mal a la poitrine et il transpire, je fais quoi",
            "medical_emergency",
            "15",
        ),
        ("jveux plus vivre, je veux en finir ce soir", "suicidal_distress", None),
        ("ma fille de 2 ans a avalé des cachets de doliprane", "poisoning", "15"),
    ],
)
def test_crisis_messages_get_the_numbers_before_anything_else(
    engine: Engine, message: str, category: str, first_number: str | None
) -> None:
    replies = engine.say(f"it-safety-{category}", message)
    custom = engine.custom(replies)
    assert custom[0]["kind"] == "emergency"
    assert custom[0]["data"]["category"] == category
    first_text = replies[0]["text"]
    numbers = {n["number"] for n in custom[0]["data"]["numbers"]}
    if category == "suicidal_distress":
        assert "3114" in numbers
    else:
        assert first_text.startswith(f"Appelez le {first_number}")
    tracker = engine.client.get(
        f"/conversations/it-safety-{category}/tracker",
        params={"token": "integration-test-token"},
    ).json()
    assert tracker["slots"]["urgent"] is True


def test_crisis_pre_empts_a_conversation_in_progress(engine: Engine) -> None:
    engine.say("it-safety-midway", "combien coûte le forfait journalier ?")
    replies = engine.say("it-safety-midway", "attendez mon fils ne respire plus !!")
    assert engine.custom(replies)[0]["kind"] == "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "ces délais de remboursement me tuent",
        "mdr je suis mort de rire",
        "le 3114 c'est quoi comme numéro ?",
    ],
)
def test_figures_of_speech_and_neutral_questions_do_not_raise_an_alarm(
    engine: Engine, message: str
) -> None:
    replies = engine.say(f"it-safety-neg-{abs(hash(message))}", message)
    assert all(c["kind"] != "emergency" for c in engine.custom(replies))


def test_medical_advice_is_refused(engine: Engine) -> None:
    replies = engine.say("it-safety-advice", "combien de doliprane je peux prendre par jour ?")
    custom = engine.custom(replies)
    assert custom[0]["data"]["category"] == "medical_advice_request"
    assert "116 117" in engine.text(replies)
