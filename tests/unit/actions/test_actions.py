from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import faq
from actions.fallback import ActionNluFallback
from actions.faq import ActionAnswerQuestion
from assistant import Envelope
from retrieval.exceptions import IndexIntegrityError
from retrieval.index import build_index
from retrieval.search import HybridRetriever
from retrieval.settings import RetrievalSettings


def _tracker(text: str, intent: str = "ask_question", confidence: float = 0.9) -> Tracker:
    return Tracker(
        sender_id="test",
        slots={},
        latest_message={"text": text, "intent": {"name": intent, "confidence": confidence}},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


@pytest.fixture
def use_tiny_index(
    monkeypatch: pytest.MonkeyPatch, tiny_kb: Path, retrieval_settings: RetrievalSettings
) -> None:
    build_index(tiny_kb, retrieval_settings.index_dir, progress=False, settings=retrieval_settings)
    retriever = HybridRetriever.load(retrieval_settings.index_dir, retrieval_settings)
    monkeypatch.setattr(faq, "knowledge_retriever", lambda: retriever)
    monkeypatch.setattr("retrieval.service.get_settings", lambda: retrieval_settings)


async def _run(action: Any, tracker: Tracker) -> list[dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, {})
    assert events == []
    messages: list[dict[str, Any]] = dispatcher.messages
    return messages


@pytest.mark.usefixtures("use_tiny_index")
async def test_answer_action_sends_text_and_answer_envelope() -> None:
    messages = await _run(ActionAnswerQuestion(), _tracker("tarif du médecin généraliste ?"))
    assert len(messages) == 1
    payload = Envelope.model_validate(messages[0]["custom"])
    assert payload.kind == "answer"
    assert payload.sources[0].updated == "2024-12-22"
    assert payload.data["doc_id"] == "consultation-generaliste"
    assert "30 €" in messages[0]["text"]


@pytest.mark.usefixtures("use_tiny_index")
async def test_answer_action_falls_back_when_not_grounded() -> None:
    messages = await _run(ActionAnswerQuestion(), _tracker("résultat du match de rugby ?"))
    payload = Envelope.model_validate(messages[0]["custom"])
    assert payload.kind == "fallback"
    assert payload.data["reason"] == "no_grounded_answer"


async def test_answer_action_apologises_when_the_index_is_unavailable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken() -> HybridRetriever:
        raise IndexIntegrityError("no index")

    monkeypatch.setattr(faq, "knowledge_retriever", broken)
    messages = await _run(ActionAnswerQuestion(), _tracker("tarif généraliste"))
    assert messages[0]["custom"]["kind"] == "fallback"
    assert messages[0]["custom"]["data"]["reason"] == "knowledge_base_unavailable"
    assert "01 84 60 00 00" in messages[0]["text"]


async def test_nlu_fallback_is_honest_and_offers_an_adviser() -> None:
    messages = await _run(ActionNluFallback(), _tracker("zorglub", "nlu_fallback", 0.31))
    assert "pas sûr" in messages[0]["text"]
    assert messages[0]["custom"] == {
        "kind": "fallback",
        "sources": [],
        "data": {"reason": "low_nlu_confidence", "adviser_offered": True, "confidence": 0.31},
    }
