"""The one call actions and the copilot make: question in, grounded answer out."""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from pathlib import Path

from langchain_core.language_models.chat_models import BaseChatModel

from privacy import redact
from retrieval.answer import Answer, compose
from retrieval.rephrase import chat_model_from_settings, rephrase
from retrieval.search import Retriever
from retrieval.settings import RetrievalSettings, get_settings

logger = logging.getLogger(__name__)
_log_lock = threading.Lock()


def answer_question(
    question: str,
    retriever: Retriever,
    *,
    audience: str | None = "member",
    settings: RetrievalSettings | None = None,
    chat_model: BaseChatModel | None = None,
) -> Answer:
    """Retrieve and compose; unanswered questions are logged (redacted) for editors.

    With ``RETRIEVAL_LLM_REPHRASE`` on (or a ``chat_model`` given), a grounded answer is
    restated by the model and kept only if faithful (see ``retrieval.rephrase``).
    """
    settings = settings or get_settings()
    hits = retriever.search(question, k=settings.top_k, audience=audience)
    answer = compose(question, hits, retriever, settings.min_confidence)
    if not answer.grounded:
        log_unanswered(question, answer, settings.unanswered_log)
        return answer
    if chat_model is None and settings.llm_rephrase:
        chat_model = _configured_chat_model(settings)
    if chat_model is not None:
        answer = rephrase(answer, chat_model, question)
    return answer


_chat_models: dict[str, BaseChatModel] = {}


def _configured_chat_model(settings: RetrievalSettings) -> BaseChatModel:
    key = f"{settings.llm_backend}:{settings.llm_model}:{settings.llm_base_url}"
    if key not in _chat_models:
        _chat_models[key] = chat_model_from_settings(settings)
    return _chat_models[key]


def log_unanswered(question: str, answer: Answer, path: Path) -> None:
    """Append the redacted question to the editors' "unanswered" report (JSON Lines)."""
    record = {
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "question": redact(question)[:500],
        "confidence": round(answer.confidence, 4),
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _log_lock, path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    except OSError:
        logger.warning("could not write the unanswered report to %s", path)
