"""Retrieval over the knowledge base: hybrid FAISS + French BM25, grounded answers.

Public surface::

    from retrieval import HybridRetriever, answer_question, build_index
"""

from __future__ import annotations

from retrieval.answer import Answer, Citation, compose, format_for_member
from retrieval.exceptions import (
    EmbeddingBackendError,
    IndexIntegrityError,
    KnowledgeBaseError,
    RetrievalError,
)
from retrieval.index import build_index, verify_index
from retrieval.search import Hit, HybridRetriever, Retriever
from retrieval.service import answer_question, log_unanswered

__all__ = [
    "Answer",
    "Citation",
    "EmbeddingBackendError",
    "Hit",
    "HybridRetriever",
    "IndexIntegrityError",
    "KnowledgeBaseError",
    "RetrievalError",
    "Retriever",
    "answer_question",
    "build_index",
    "compose",
    "format_for_member",
    "log_unanswered",
    "verify_index",
]
