"""``action_answer_question``: grounded answers from the knowledge base, with sources."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.handoff import escalate_after_repeated_failure
from actions.knowledge import knowledge_retriever
from actions.replies import FALLBACK_TEXT, fallback_envelope
from assistant import Envelope, SourceRef
from retrieval import Answer, RetrievalError, answer_question, format_for_member

logger = logging.getLogger(__name__)


def answer_envelope(answer: Answer) -> Envelope:
    """``kind: answer`` with the cited sources, or ``kind: fallback`` when not grounded."""
    if not answer.grounded:
        return fallback_envelope("no_grounded_answer", confidence=answer.confidence)
    return Envelope(
        kind="answer",
        sources=[SourceRef(**citation.as_payload()) for citation in answer.citations],
        data={
            "doc_id": answer.doc_id,
            "title": answer.title,
            "updated": answer.updated,
            "applies_from": answer.applies_from,
            "confidence": round(answer.confidence, 4),
            "related": [{"doc_id": d, "title": t} for d, t in answer.related],
        },
    )


class ActionAnswerQuestion(Action):
    def name(self) -> str:
        return "action_answer_question"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[dict[str, Any]]:
        question = tracker.latest_message.get("text") or ""
        try:
            answer = answer_question(question, knowledge_retriever())
        except RetrievalError:
            logger.exception("knowledge base unavailable")
            dispatcher.utter_message(
                text=FALLBACK_TEXT,
                json_message=fallback_envelope("knowledge_base_unavailable").as_json_message(),
            )
            return []
        if not answer.grounded:
            escalated = escalate_after_repeated_failure(dispatcher, tracker)
            if escalated is not None:
                return escalated
        dispatcher.utter_message(
            text=format_for_member(answer),
            json_message=answer_envelope(answer).as_json_message(),
        )
        return []
