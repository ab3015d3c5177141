"""Optional LLM rephrasing of a grounded answer (off by default).

The model may only restate the retrieved passages. Its output is rejected — and the extractive
answer kept — when it contains a number that is not in the passages, drops every source
marker, or comes back empty. Any LangChain chat model can be plugged in; tests use LangChain's
fake chat models.
"""

from __future__ import annotations

import dataclasses
import re

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from retrieval.answer import Answer
from retrieval.exceptions import RetrievalError
from retrieval.settings import RetrievalSettings

_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")

SYSTEM_PROMPT = (
    "Tu reformules pour un adhérent de mutuelle, en français simple et en phrases courtes, "
    "UNIQUEMENT les passages fournis. N'ajoute aucun fait, aucun chiffre, aucun conseil "
    "médical. Garde les marqueurs de source [n] après les phrases qui contiennent un chiffre."
)


def _numbers(text: str) -> set[str]:
    return {n.replace(",", ".") for n in _NUMBER_RE.findall(text)}


def is_faithful(candidate: str, passages: str) -> bool:
    """True when every number of ``candidate`` appears in ``passages`` (markers included)."""
    if not candidate.strip():
        return False
    allowed = _numbers(passages)
    return _numbers(candidate) <= allowed


def rephrase(answer: Answer, model: BaseChatModel, question: str) -> Answer:
    """A rephrased copy of ``answer``, or ``answer`` itself when the rewrite is unfaithful."""
    if not answer.grounded:
        return answer
    messages = [
        SystemMessage(content=SYSTEM_PROMPT),
        HumanMessage(content=f"Question : {question}\n\nPassages :\n{answer.text}"),
    ]
    try:
        reply = model.invoke(messages)
    except Exception:
        return answer
    candidate = reply.content if isinstance(reply.content, str) else ""
    if not is_faithful(candidate, answer.text):
        return answer
    if "[" in answer.text and "[" not in candidate:
        return answer
    return dataclasses.replace(answer, text=candidate.strip())


def chat_model_from_settings(settings: RetrievalSettings) -> BaseChatModel:
    """The configured chat model (``RETRIEVAL_LLM_*``); its LangChain package must be installed."""
    try:
        if settings.llm_backend == "ollama":
            from langchain_ollama import ChatOllama  # type: ignore[import-not-found]

            return ChatOllama(  # type: ignore[no-any-return]
                model=settings.llm_model, base_url=settings.llm_base_url, temperature=0
            )
        from langchain_openai import ChatOpenAI  # type: ignore[import-not-found]

        return ChatOpenAI(  # type: ignore[no-any-return]
            model=settings.llm_model, base_url=settings.llm_base_url, temperature=0
        )
    except ImportError as exc:
        raise RetrievalError(
            f"LLM rephrasing with '{settings.llm_backend}' needs its LangChain package: {exc}"
        ) from exc
