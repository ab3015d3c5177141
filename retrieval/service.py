"""The one call actions and the copilot make: question in, grounded answer out."""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from pathlib import Path

from privacy import redact
from retrieval.answer import Answer, compose
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
) -> Answer:
    """Retrieve and compose; unanswered questions are logged (redacted) for editors."""
    settings = settings or get_settings()
    hits = retriever.search(question, k=settings.top_k, audience=audience)
    answer = compose(question, hits, retriever, settings.min_confidence)
    if not answer.grounded:
        log_unanswered(question, answer, settings.unanswered_log)
    return answer


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
