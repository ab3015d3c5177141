"""Small sparse-vector helpers shared by the BM25 and LSA retrievers.

Saved with ``numpy.savez`` and read back with ``allow_pickle=False``: an index folder never
holds a pickle.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

FloatArray = NDArray[np.float32]


class Vocabulary:
    """Term → column index, built once from the corpus and frozen."""

    def __init__(self, terms: Sequence[str]) -> None:
        self.terms = list(terms)
        self.index = {term: i for i, term in enumerate(self.terms)}

    @classmethod
    def from_documents(cls, documents: Iterable[Iterable[str]], min_df: int = 1) -> Vocabulary:
        df: Counter[str] = Counter()
        for terms in documents:
            df.update(set(terms))
        return cls(sorted(term for term, count in df.items() if count >= min_df))

    def __len__(self) -> int:
        return len(self.terms)

    def counts_matrix(self, documents: Sequence[Sequence[str]]) -> sp.csr_matrix:
        """Raw term counts, one row per document; unknown terms are ignored."""
        index = self.index
        indices: list[int] = []
        indptr = [0]
        for terms in documents:
            indices.extend([column for term in terms if (column := index.get(term)) is not None])
            indptr.append(len(indices))
        matrix = sp.csr_matrix(
            (
                np.ones(len(indices), dtype=np.float32),
                np.asarray(indices, dtype=np.int32),
                np.asarray(indptr, dtype=np.int64),
            ),
            shape=(len(documents), len(self.terms)),
        )
        matrix.sum_duplicates()
        return matrix

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.terms, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Vocabulary:
        terms = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
            raise ValueError(f"{path}: not a vocabulary")
        return cls(terms)


def save_sparse(path: Path, matrix: sp.spmatrix, **arrays: NDArray[np.generic]) -> None:
    csr = sp.csr_matrix(matrix)
    with path.open("wb") as handle:
        contents: dict[str, NDArray[np.generic]] = {
            "data": csr.data,
            "indices": csr.indices,
            "indptr": csr.indptr,
            "shape": np.asarray(csr.shape, dtype=np.int64),
            **arrays,
        }
        np.savez(handle, **contents)  # type: ignore[arg-type]


def load_sparse(path: Path) -> tuple[sp.csr_matrix, dict[str, NDArray[np.generic]]]:
    with np.load(path, allow_pickle=False) as archive:
        shape = tuple(int(x) for x in archive["shape"])
        matrix = sp.csr_matrix(
            (archive["data"], archive["indices"], archive["indptr"]), shape=shape
        )
        extras = {
            name: archive[name]
            for name in archive.files
            if name not in {"data", "indices", "indptr", "shape"}
        }
    return matrix, extras


def l2_normalise_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ matrix, dtype=np.float32)
