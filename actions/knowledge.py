"""Process-wide access to the knowledge-base retriever, loaded once on first use."""

from __future__ import annotations

import functools
import logging

from retrieval import HybridRetriever

logger = logging.getLogger(__name__)


@functools.cache
def knowledge_retriever() -> HybridRetriever:
    """The verified knowledge-base index (raises ``RetrievalError`` when unavailable)."""
    retriever = HybridRetriever.load_default()
    logger.info("knowledge-base index loaded: %d chunks", len(retriever.chunks))
    return retriever
