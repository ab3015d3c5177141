"""Hybrid search: FAISS (dense, through LangChain) + French BM25, fused by reciprocal rank.

Results are per document, best first, without duplicates; each hit keeps its best chunks so
the answer composer can quote them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np
from langchain_community.vectorstores import FAISS
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from retrieval.embeddings import LsaEmbeddings, embeddings_config, neural_embeddings
from retrieval.index import load_vector_store, verify_index
from retrieval.lexical import BM25Index
from retrieval.settings import RetrievalSettings, get_settings
from retrieval.text import analyse

#: RRF constant: small, because the lists are short and the first ranks matter most
RRF_K = 4.0
DENSE_WEIGHT = 1.5
LEXICAL_WEIGHT = 1.0
CANDIDATES = 60


@dataclasses.dataclass(frozen=True)
class Hit:
    """One document found for a question."""

    doc_id: str
    title: str
    score: float
    dense_score: float
    lexical_score: float
    chunks: tuple[Document, ...]
    #: IDF-weighted share of the question's words that occur in this document
    coverage: float = 0.0


class Retriever(Protocol):
    """What the answer composer needs from a retriever."""

    def search(self, question: str, k: int = 5, audience: str | None = None) -> list[Hit]: ...

    def chunks_of(self, doc_id: str) -> list[Document]: ...


def _doc_ranks(chunk_ids: Sequence[int], chunks: Sequence[Document]) -> dict[str, int]:
    ranks: dict[str, int] = {}
    for chunk_id in chunk_ids:
        doc_id = str(chunks[chunk_id].metadata["doc_id"])
        if doc_id not in ranks:
            ranks[doc_id] = len(ranks)
    return ranks


class HybridRetriever:
    """Dense + lexical retrieval over one verified index folder."""

    def __init__(
        self,
        store: FAISS,
        bm25: BM25Index,
        chunks: list[Document],
        embeddings: Embeddings,
        *,
        dense_weight: float = DENSE_WEIGHT,
        lexical_weight: float = LEXICAL_WEIGHT,
    ) -> None:
        self.store = store
        self.bm25 = bm25
        self.chunks = chunks
        self.embeddings = embeddings
        self.dense_weight = dense_weight
        self.lexical_weight = lexical_weight
        self._by_doc: dict[str, list[Document]] = {}
        for chunk in chunks:
            self._by_doc.setdefault(str(chunk.metadata["doc_id"]), []).append(chunk)
        self._doc_columns: dict[str, frozenset[int]] = {}

    def _columns_of(self, doc_id: str) -> frozenset[int]:
        """BM25 vocabulary columns of a document: its analysed terms, as already indexed."""
        columns = self._doc_columns.get(doc_id)
        if columns is None:
            rows = [int(chunk.metadata["position"]) for chunk in self._by_doc.get(doc_id, [])]
            columns = self.bm25.columns_of_rows(rows)
            self._doc_columns[doc_id] = columns
        return columns

    def coverage(self, question_terms: set[str], doc_id: str) -> float:
        """IDF-weighted share of the question's (analysed) terms found in the document.

        A question about something the corpus never mentions ("cure thermale") keeps a
        high-IDF word uncovered, whatever the vector similarity says.
        """
        if not question_terms:
            return 0.0
        index = self.bm25.vocabulary.index
        present = self._columns_of(doc_id)
        total = covered = 0.0
        for term in question_terms:
            weight = self.bm25.term_idf(term)
            total += weight
            if index.get(term, -1) in present:
                covered += weight
        return covered / total

    def chunks_of(self, doc_id: str) -> list[Document]:
        """The chunks of one document, in reading order."""
        return list(self._by_doc.get(doc_id, []))

    @classmethod
    def load(cls, folder: Path, settings: RetrievalSettings | None = None) -> HybridRetriever:
        """Open an index folder after verifying its signed manifest."""
        settings = settings or get_settings()
        verify_index(folder, settings)
        config = embeddings_config(folder)
        embeddings: Embeddings
        if config.get("backend", "lsa") == "lsa":
            embeddings = LsaEmbeddings.load(folder)
        else:
            embeddings = neural_embeddings(
                config["backend"], config.get("model", ""), settings.embedding_base_url
            )
        store, chunks = load_vector_store(folder, embeddings)
        return cls(store, BM25Index.load(folder), chunks, embeddings)

    @classmethod
    def load_default(cls) -> HybridRetriever:
        """The knowledge-base index of this installation (``RETRIEVAL_INDEX_DIR``)."""
        settings = get_settings()
        return cls.load(settings.index_dir, settings)

    def _query_vector(self, question: str) -> list[float]:
        if isinstance(self.embeddings, LsaEmbeddings):
            return list(self.embeddings.embed_array([question])[0])
        vector = np.asarray(self.embeddings.embed_query(question), dtype=np.float32)
        norm = float(np.linalg.norm(vector)) or 1.0
        return list(vector / norm)

    def dense_chunks(self, question: str, limit: int) -> list[tuple[int, float]]:
        pairs = self.store.similarity_search_with_score_by_vector(
            self._query_vector(question), k=limit
        )
        return [(int(doc.metadata["position"]), float(score)) for doc, score in pairs]

    def lexical_chunks(self, question: str, limit: int) -> list[tuple[int, float]]:
        scores = self.bm25.scores(question)
        limit = min(limit, len(scores))
        top = np.argpartition(-scores, limit - 1)[:limit]
        ranked = sorted(((int(i), float(scores[i])) for i in top), key=lambda p: -p[1])
        return [(i, s) for i, s in ranked if s > 0.0]

    def search(self, question: str, k: int = 5, audience: str | None = None) -> list[Hit]:
        """Documents for ``question``, best first; ``audience`` keeps only matching chunks."""
        if not question.strip():
            return []
        limit = min(CANDIDATES, len(self.chunks))
        dense = self.dense_chunks(question, limit)
        lexical = self.lexical_chunks(question, limit)
        if audience is not None:
            dense = [p for p in dense if self.chunks[p[0]].metadata.get("audience") == audience]
            lexical = [p for p in lexical if self.chunks[p[0]].metadata.get("audience") == audience]
        dense_ranks = _doc_ranks([i for i, _ in dense], self.chunks)
        lexical_ranks = _doc_ranks([i for i, _ in lexical], self.chunks)
        fused: dict[str, float] = {}
        for doc_id, rank in dense_ranks.items():
            fused[doc_id] = fused.get(doc_id, 0.0) + self.dense_weight / (RRF_K + rank + 1)
        for doc_id, rank in lexical_ranks.items():
            fused[doc_id] = fused.get(doc_id, 0.0) + self.lexical_weight / (RRF_K + rank + 1)
        best_dense: dict[str, float] = {}
        best_lexical: dict[str, float] = {}
        doc_chunks: dict[str, list[int]] = {}
        for scores_list, best in ((dense, best_dense), (lexical, best_lexical)):
            for chunk_id, score in scores_list:
                doc_id = str(self.chunks[chunk_id].metadata["doc_id"])
                best.setdefault(doc_id, score)
                members = doc_chunks.setdefault(doc_id, [])
                if chunk_id not in members:
                    members.append(chunk_id)
        ranked = sorted(fused.items(), key=lambda item: (-item[1], item[0]))[:k]
        question_terms = set(analyse(question, expand=False))
        return [
            Hit(
                doc_id=doc_id,
                title=str(self.chunks[doc_chunks[doc_id][0]].metadata.get("title", doc_id)),
                score=score,
                dense_score=best_dense.get(doc_id, 0.0),
                lexical_score=best_lexical.get(doc_id, 0.0),
                chunks=tuple(self.chunks[i] for i in doc_chunks[doc_id][:3]),
                coverage=self.coverage(question_terms, doc_id),
            )
            for doc_id, score in ranked
        ]
