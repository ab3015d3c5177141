from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from retrieval.answer import format_for_member
from retrieval.index import build_index
from retrieval.rephrase import rephrase
from retrieval.search import HybridRetriever
from retrieval.service import answer_question
from retrieval.settings import RetrievalSettings


@pytest.fixture
def retriever(tiny_kb: Path, retrieval_settings: RetrievalSettings) -> HybridRetriever:
    build_index(tiny_kb, retrieval_settings.index_dir, progress=False, settings=retrieval_settings)
    return HybridRetriever.load(retrieval_settings.index_dir, retrieval_settings)


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:,\d+)?", re.sub(r"\[\d+\]", "", text)))


def test_grounded_answer_cites_sources_and_invents_no_figure(
    retriever: HybridRetriever, retrieval_settings: RetrievalSettings, tiny_kb: Path
) -> None:
    answer = answer_question(
        "combien coûte une consultation chez le généraliste ?",
        retriever,
        settings=retrieval_settings,
    )
    assert answer.grounded
    assert answer.doc_id == "consultation-generaliste"
    assert answer.citations and answer.citations[0].url.startswith("https://www.ameli.fr/")
    assert answer.citations[0].updated == "2024-12-22"
    source_text = (tiny_kb / "consultations" / "consultation-generaliste.md").read_text()
    assert _numbers(answer.text) <= _numbers(source_text)
    rendered = format_for_member(answer)
    assert "Sources :" in rendered and "Fiche mise à jour le 20/11/2026" in rendered


def test_unknown_topic_gets_an_honest_refusal_and_a_redacted_log(
    retriever: HybridRetriever, retrieval_settings: RetrievalSettings
) -> None:
    question = "mon numéro est 06 12 34 56 78, quel temps fera-t-il à Brest ?"
    answer = answer_question(question, retriever, settings=retrieval_settings)
    assert not answer.grounded
    assert "reformuler" in answer.text and "conseiller" in answer.text
    logged = [
        json.loads(line) for line in retrieval_settings.unanswered_log.read_text().splitlines()
    ]
    assert logged[-1]["question"].startswith("mon numéro est [telephone]")
    assert "06 12" not in retrieval_settings.unanswered_log.read_text()


def test_rephrasing_is_kept_only_when_faithful(
    retriever: HybridRetriever, retrieval_settings: RetrievalSettings
) -> None:
    answer = answer_question(
        "forfait journalier à l'hôpital ?", retriever, settings=retrieval_settings
    )
    assert answer.grounded
    faithful = FakeListChatModel(responses=["À l'hôpital, comptez 23 € par jour [1]."])
    assert rephrase(answer, faithful, "q").text == "À l'hôpital, comptez 23 € par jour [1]."
    inventive = FakeListChatModel(responses=["Comptez 25 € par jour [1]."])
    assert rephrase(answer, inventive, "q") is answer
    unsourced = FakeListChatModel(responses=["Comptez 23 € par jour."])
    assert rephrase(answer, unsourced, "q") is answer


def test_answer_question_applies_a_faithful_rephrasing(
    retriever: HybridRetriever, retrieval_settings: RetrievalSettings
) -> None:
    model = FakeListChatModel(responses=["Un jour à l'hôpital coûte 23 € [1]."])
    answer = answer_question(
        "forfait journalier hôpital", retriever, settings=retrieval_settings, chat_model=model
    )
    assert answer.text == "Un jour à l'hôpital coûte 23 € [1]."
    assert answer.citations
