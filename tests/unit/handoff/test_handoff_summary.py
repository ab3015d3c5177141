"""Conversation brief from Rasa tracker events: redacted, bounded, with the useful parts."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from handoff import (
    HandoffReason,
    build_summary,
    consecutive_failures,
    needs_human_after_failures,
)
from tests.unit.handoff.handoff_support import tracker_events


def _user(text: str | None, intent: str | None = "ask_question") -> dict[str, Any]:
    return {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}}


def _bot(text: str, kind: str | None = "answer") -> dict[str, Any]:
    return {"event": "bot", "text": text, "data": {"custom": {"kind": kind} if kind else None}}


def test_summary_of_a_recorded_conversation() -> None:
    summary = build_summary(tracker_events(), reason=HandoffReason.CLAIM_DISPUTE)
    assert summary.intents == ["greet", "claim_dispute", "nlu_fallback"]
    assert summary.last_intent == "nlu_fallback"
    assert summary.slots == {"care_type": "lunettes"}
    assert summary.bot_kinds == ["answer", "fallback"]
    assert (summary.channel, summary.member_id) == ("website", "HS-1001")
    assert len(summary.questions) == 2  # "Bonjour" is small talk
    assert [t.speaker for t in summary.turns] == ["member", "bot"] * 3
    assert summary.turns[0].at is not None and summary.turns[0].intent == "greet"
    assert summary.turns[3].kind == "answer"
    text = summary.text
    assert text.startswith("Motif : Contestation d'un remboursement.")
    assert (
        "Demande de l'adhérent : « Mes lunettes ont été remboursées 20 € au lieu de 150 €" in text
    )
    assert "Réponses de l'assistant : réponse sourcée, incompréhension." in text
    assert "Informations : soin = lunettes." in text


def test_phone_email_and_nir_are_redacted_everywhere() -> None:
    summary = build_summary(tracker_events())
    dumped = summary.model_dump_json()
    for secret in ("06 12 34 56 78", "camille.martin@example.org", "1 85 05 78 006 084 36"):
        assert secret not in dumped
    for placeholder in ("[telephone]", "[email]", "[nir]"):
        assert placeholder in summary.text
        assert any(placeholder in turn.text for turn in summary.turns)
    assert "20 €" in summary.text  # amounts stay: the adviser needs them


def test_string_slots_are_redacted() -> None:
    events: list[dict[str, Any]] = [
        {"event": "slot", "name": "location", "value": "12 rue de la Paix, Paris"},
        {"event": "slot", "name": "urgent", "value": True},
        {"event": "slot", "name": "amount", "value": 70},
        {"event": "slot", "name": "specialty", "value": ["dermatologue", "écrire à a@b.fr"]},
        {"event": "slot", "name": "password", "value": "secret"},
        {"event": "slot", "name": "sector", "value": "secteur_2"},
        {"event": "slot", "name": "sector", "value": None},
    ]
    summary = build_summary(events)
    assert summary.slots == {
        "location": "[adresse], Paris",
        "urgent": True,
        "amount": 70,
        "specialty": ["dermatologue", "écrire à [email]"],
    }
    assert "urgence signalée = oui" in summary.text
    assert "Aucune question écrite" in summary.text


def test_bounded_lengths() -> None:
    long_text = "Je voudrais savoir " + "vraiment " * 200 + "combien coûte un dentiste"
    events: list[dict[str, Any]] = []
    for i in range(20):
        events += [_user(f"{long_text} {i}"), _bot("Réponse " * 100)]
    summary = build_summary(events, max_turns=4, max_chars=300)
    assert len(summary.text) <= 300 and summary.text.endswith("…")
    assert len(summary.turns) == 4
    assert all(len(t.text) <= 300 for t in summary.turns)
    assert len(summary.questions) == 3
    assert all(len(q) <= 200 for q in summary.questions)
    assert summary.questions[-1].endswith("…")
    assert build_summary(events, max_turns=0).turns == []


def test_buttons_restart_and_missing_fields() -> None:
    events = [
        _user("ancienne question", "ask_question"),
        {"event": "restart"},
        _user("/request_human", "request_human"),
        {"event": "bot", "text": None, "data": {}},
        {"event": "bot"},
        _user(None, None),
        {"event": "action", "name": "action_listen"},
    ]
    summary = build_summary(events)
    assert summary.intents == ["request_human"]
    assert summary.questions == []
    assert summary.turns[0].text == "(choix d'un bouton)"
    assert summary.bot_kinds == []
    assert build_summary([]).text == "Aucune question écrite par l'adhérent."


def test_consecutive_failures() -> None:
    understood = [_user("tarif dentiste ?"), _bot("30 €")]
    failed_by_intent = [_user("blabla", "nlu_fallback"), _bot("Pardon ?", "fallback")]
    failed_by_answer = [_user("et le truc ?", "ask_question"), _bot("Je ne sais pas", "fallback")]
    failed_by_action = [
        _user("hein", "chitchat"),
        {"event": "action", "name": "action_nlu_fallback"},
    ]
    assert consecutive_failures([]) == 0
    assert consecutive_failures(understood) == 0
    assert consecutive_failures(understood + failed_by_intent) == 1
    assert consecutive_failures(understood + failed_by_intent + failed_by_answer) == 2
    assert consecutive_failures(failed_by_action + understood + failed_by_intent) == 1
    assert consecutive_failures(failed_by_action + failed_by_intent + failed_by_answer) == 3
    # inside an action: the current message has no reply yet, its intent counts
    current = [_user("???", "nlu_fallback")]
    assert needs_human_after_failures(understood + failed_by_answer + current)
    assert not needs_human_after_failures(failed_by_answer + understood + current)
    assert consecutive_failures([*failed_by_answer, {"event": "restart"}, *current]) == 1


@given(st.lists(st.text(max_size=400), max_size=12))
def test_summary_never_exceeds_its_bounds(texts: list[str]) -> None:
    events = [_user(text) if i % 2 == 0 else _bot(text) for i, text in enumerate(texts)]
    summary = build_summary(events, max_turns=5, max_chars=500)
    assert len(summary.text) <= 500
    assert len(summary.turns) <= 5
    assert all(len(t.text) <= 300 for t in summary.turns)
