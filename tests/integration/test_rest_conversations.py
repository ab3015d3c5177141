"""French conversations with the running stack through the engine's REST channel."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from assistant import Envelope
from tests.integration.conftest import API_TOKEN, Engine

pytestmark = pytest.mark.engine


def test_greeting_gets_a_french_answer(engine: Engine) -> None:
    replies = engine.say("it-greet", "Bonjour")
    assert "Bonjour" in engine.text(replies)


@pytest.mark.parametrize(
    ("question", "doc_id"),
    [
        ("c'est quoi le forfait journalier à l'hôpital ?", "forfait-journalier-hospitalier"),
        ("cb je suis rembourse pr un dermato", "dermatologue-remboursement"),
        ("est ce que le 100% santé marche pour les appareils auditifs", None),
    ],
)
def test_coverage_question_gets_a_sourced_dated_answer(
    engine: Engine, question: str, doc_id: str | None
) -> None:
    replies = engine.say(f"it-answer-{abs(hash(question))}", question)
    payloads = [Envelope.model_validate(p) for p in engine.custom(replies)]
    assert [p.kind for p in payloads] == ["answer"]
    answer = payloads[0]
    assert answer.sources, "an answer must cite its sources"
    assert all(source.url.startswith("http") and source.updated for source in answer.sources)
    assert answer.data["updated"]
    if doc_id:
        assert answer.data["doc_id"] == doc_id
    text = engine.text(replies)
    assert "Sources :" in text and "Fiche mise à jour le" in text


def test_unanswerable_question_gets_an_honest_fallback(engine: Engine) -> None:
    replies = engine.say("it-unknown", "les semelles orthopédiques sont-elles remboursées ?")
    kinds = [p["kind"] for p in engine.custom(replies)]
    assert kinds == ["fallback"]
    text = engine.text(replies)
    assert "conseiller" in text
    assert "€" not in text.replace("01 84 60 00 00", "")


def test_http_api_requires_the_token(engine: Engine) -> None:
    assert engine.client.get("/status").status_code in (401, 403)
    assert engine.client.get("/status", params={"token": API_TOKEN}).status_code == 200


def test_conversation_is_stored_in_the_sqlite_tracker(engine: Engine) -> None:
    engine.say("it-tracker", "merci beaucoup")
    tracker = engine.client.get(
        "/conversations/it-tracker/tracker", params={"token": API_TOKEN}
    ).json()
    assert any(e.get("event") == "user" for e in tracker["events"])
    database = Path(engine.settings.tracker_database)
    with sqlite3.connect(database) as connection:
        count = connection.execute(
            "select count(*) from events where sender_id = 'it-tracker'"
        ).fetchone()[0]
    assert count > 0
