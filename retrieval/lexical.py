"""BM25 over French-normalised tokens, on a sparse matrix so a query costs a column sum."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from retrieval.sparse import FloatArray, Vocabulary, load_sparse, save_sparse
from retrieval.text import analyse

Analyser = Callable[[str], list[str]]


class BM25Index:
    """Okapi BM25 (k1, b) with precomputed per-(chunk, term) weights.

    The weight matrix is kept column-major so scoring a query is the sum of the columns of
    its terms: independent of the number of chunks that do not contain them.
    """

    def __init__(
        self,
        vocabulary: Vocabulary,
        weights: sp.csc_matrix,
        analyser: Analyser = analyse,
    ) -> None:
        self.vocabulary = vocabulary
        self.weights = sp.csc_matrix(weights)
        self.analyser = analyser
        n = float(self.weights.shape[0])
        df = np.diff(self.weights.indptr).astype(np.float32)
        #: IDF of every vocabulary term; ``unknown_idf`` is what a term never seen would get
        self.idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
        self.unknown_idf = float(np.log(1.0 + (n + 0.5) / 0.5))
        self._rows: sp.csr_matrix | None = None

    def columns_of_rows(self, rows: list[int]) -> frozenset[int]:
        """Vocabulary columns present in any of ``rows`` (the terms of those chunks)."""
        if self._rows is None:
            self._rows = sp.csr_matrix(self.weights)
        indptr, indices = self._rows.indptr, self._rows.indices
        return frozenset(int(c) for r in rows for c in indices[indptr[r] : indptr[r + 1]])

    def term_idf(self, term: str) -> float:
        column = self.vocabulary.index.get(term)
        return self.unknown_idf if column is None else float(self.idf[column])

    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        analyser: Analyser = analyse,
        k1: float = 1.2,
        b: float = 0.75,
    ) -> BM25Index:
        tokenised = [analyser(text) for text in texts]
        vocabulary = Vocabulary.from_documents(tokenised)
        counts = vocabulary.counts_matrix(tokenised).tocoo()
        lengths = np.asarray([len(tokens) for tokens in tokenised], dtype=np.float32)
        average = float(lengths.mean()) if len(lengths) else 1.0
        df = np.bincount(counts.col, minlength=len(vocabulary)).astype(np.float32)
        n = float(len(texts))
        idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
        tf = counts.data
        norm = k1 * (1.0 - b + b * lengths[counts.row] / max(average, 1e-6))
        data = idf[counts.col] * tf * (k1 + 1.0) / (tf + norm)
        weights = sp.csc_matrix(
            (data.astype(np.float32), (counts.row, counts.col)),
            shape=counts.shape,
            dtype=np.float32,
        )
        return cls(vocabulary, weights, analyser)

    def scores(self, query: str) -> FloatArray:
        """BM25 score of every chunk for ``query`` (zeros when no term is known)."""
        index = self.vocabulary.index
        columns = {c for term in self.analyser(query) if (c := index.get(term)) is not None}
        scores = np.zeros(self.weights.shape[0], dtype=np.float32)
        indptr, rows, data = self.weights.indptr, self.weights.indices, self.weights.data
        for column in columns:
            start, end = indptr[column], indptr[column + 1]
            scores[rows[start:end]] += data[start:end]
        return scores

    def save(self, folder: Path) -> None:
        self.vocabulary.save(folder / "bm25_vocabulary.json")
        save_sparse(folder / "bm25_weights.npz", self.weights)

    @classmethod
    def load(cls, folder: Path, analyser: Analyser = analyse) -> BM25Index:
        weights, _ = load_sparse(folder / "bm25_weights.npz")
        return cls(
            Vocabulary.load(folder / "bm25_vocabulary.json"), sp.csc_matrix(weights), analyser
        )
