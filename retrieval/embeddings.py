"""Embeddings behind LangChain's ``Embeddings`` interface.

Default: ``LsaEmbeddings``, latent semantic analysis fitted on the corpus itself. Why: it needs
no download and no network, builds in seconds, is deterministic, and learns the corpus's own
vocabulary (BR, OPTAM, C2S…) which general-purpose small models handle poorly in French. It
combines word features (French-normalised stems, see ``retrieval.text``) with character
n-grams (3–5) that tolerate typos and missing accents, reduced by truncated SVD to dense
vectors that FAISS searches by inner product (vectors are L2-normalised, so it is a cosine).

Neural back ends (sentence-transformers from a local path, Ollama, any OpenAI-compatible
server) are selected by configuration and imported only then; they are never required.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from langchain_core.embeddings import Embeddings
from numpy.typing import NDArray
from sklearn.utils.extmath import randomized_svd

from retrieval.exceptions import EmbeddingBackendError
from retrieval.sparse import FloatArray, Vocabulary, l2_normalise_rows
from retrieval.text import STOP_WORDS, analyse, raw_tokens

CHAR_NGRAM_RANGE = (3, 5)
CHAR_BLOCK_WEIGHT = 1.0
MAX_COMPONENTS = 256


def word_features(text: str) -> list[str]:
    """Stems plus stem bigrams (bigrams keep 'ticket moderateur' apart from 'ticket')."""
    stems = analyse(text)
    return stems + [f"{a}_{b}" for a, b in zip(stems, stems[1:], strict=False)]


@functools.lru_cache(maxsize=131_072)
def _token_grams(token: str) -> tuple[str, ...]:
    low, high = CHAR_NGRAM_RANGE
    padded = f" {token} "
    return tuple(
        padded[i : i + n] for n in range(low, high + 1) for i in range(max(len(padded) - n + 1, 1))
    )


def char_features(text: str) -> list[str]:
    grams: list[str] = []
    for token in raw_tokens(text):
        if token not in STOP_WORDS:
            grams.extend(_token_grams(token))
    return grams


class _TfidfBlock:
    """Sublinear TF-IDF with smooth IDF, L2-normalised (the usual sklearn recipe)."""

    def __init__(self, vocabulary: Vocabulary, idf: FloatArray) -> None:
        self.vocabulary = vocabulary
        self.idf = idf

    @classmethod
    def fit(cls, features: Sequence[Sequence[str]], min_df: int = 1) -> _TfidfBlock:
        vocabulary = Vocabulary.from_documents(features, min_df=min_df)
        counts = vocabulary.counts_matrix(features).tocsc()
        df = np.diff(counts.indptr).astype(np.float32)
        n = float(len(features))
        idf = (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)
        return cls(vocabulary, idf)

    def weights_of(self, features: Sequence[str]) -> tuple[NDArray[np.int64], FloatArray]:
        """Column ids and L2-normalised TF-IDF weights of one feature list."""
        index = self.vocabulary.index
        counts = Counter(c for f in features if (c := index.get(f)) is not None)
        ids = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        weights = (1.0 + np.log(tf)) * self.idf[ids]
        norm = float(np.linalg.norm(weights))
        return ids, np.asarray(weights / norm if norm else weights, dtype=np.float32)

    def transform(self, features: Sequence[Sequence[str]]) -> sp.csr_matrix:
        counts = self.vocabulary.counts_matrix(features)
        counts.data = (1.0 + np.log(counts.data)) * self.idf[counts.indices]
        return l2_normalise_rows(counts)


class LsaEmbeddings(Embeddings):
    """Latent semantic analysis over word and character features, fitted on a corpus."""

    def __init__(self, words: _TfidfBlock, chars: _TfidfBlock, components: FloatArray) -> None:
        self._words = words
        self._chars = chars
        self._components = np.ascontiguousarray(components, dtype=np.float32)

    @property
    def dimension(self) -> int:
        return int(self._components.shape[0])

    @classmethod
    def fit(cls, texts: Sequence[str], max_components: int = MAX_COMPONENTS) -> LsaEmbeddings:
        return cls.fit_transform(texts, max_components)[0]

    @classmethod
    def fit_transform(
        cls, texts: Sequence[str], max_components: int = MAX_COMPONENTS
    ) -> tuple[LsaEmbeddings, FloatArray]:
        """Fit on ``texts`` and return their embeddings too (features computed once)."""
        if len(texts) < 2:
            raise EmbeddingBackendError("LSA needs at least two chunks to fit")
        words = [word_features(t) for t in texts]
        chars = [char_features(t) for t in texts]
        word_block = _TfidfBlock.fit(words)
        char_block = _TfidfBlock.fit(chars, min_df=2)
        model = cls(word_block, char_block, np.zeros((1, 1), dtype=np.float32))
        matrix = model._combine(word_block.transform(words), char_block.transform(chars))
        n_components = max(1, min(max_components, min(matrix.shape) - 1))
        _, _, vt = randomized_svd(matrix, n_components=n_components, n_iter=5, random_state=0)
        model._components = np.ascontiguousarray(vt.T, dtype=np.float32)
        return model, model._project(matrix)

    @staticmethod
    def _combine(words: sp.csr_matrix, chars: sp.csr_matrix) -> sp.csr_matrix:
        return sp.csr_matrix(
            sp.hstack([words, chars * CHAR_BLOCK_WEIGHT], format="csr"), dtype=np.float32
        )

    def _project(self, matrix: sp.csr_matrix) -> FloatArray:
        dense = np.asarray(matrix @ self._components, dtype=np.float32)
        norms = np.linalg.norm(dense, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return np.asarray(dense / norms, dtype=np.float32)

    def _sparse(self, texts: Sequence[str]) -> sp.csr_matrix:
        return self._combine(
            self._words.transform([word_features(t) for t in texts]),
            self._chars.transform([char_features(t) for t in texts]),
        )

    def embed_array(self, texts: Sequence[str]) -> FloatArray:
        if len(texts) == 1:
            return self.embed_one(texts[0])[None, :]
        return self._project(self._sparse(texts))

    def embed_one(self, text: str) -> FloatArray:
        """One text, without building sparse matrices: the query path (≈0.1 ms)."""
        word_ids, word_weights = self._words.weights_of(word_features(text))
        char_ids, char_weights = self._chars.weights_of(char_features(text))
        offset = len(self._words.vocabulary)
        vector = self._components[word_ids].T @ word_weights
        vector += CHAR_BLOCK_WEIGHT * (self._components[char_ids + offset].T @ char_weights)
        norm = float(np.linalg.norm(vector))
        return np.asarray(vector / norm if norm else vector, dtype=np.float32)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [list(map(float, row)) for row in self.embed_array(texts)]

    def embed_query(self, text: str) -> list[float]:
        return list(map(float, self.embed_array([text])[0]))

    def save(self, folder: Path) -> None:
        self._words.vocabulary.save(folder / "lsa_word_vocabulary.json")
        self._chars.vocabulary.save(folder / "lsa_char_vocabulary.json")
        with (folder / "lsa_arrays.npz").open("wb") as handle:
            np.savez(
                handle,
                word_idf=self._words.idf,
                char_idf=self._chars.idf,
                components=self._components,
            )

    @classmethod
    def load(cls, folder: Path) -> LsaEmbeddings:
        with np.load(folder / "lsa_arrays.npz", allow_pickle=False) as arrays:
            words = _TfidfBlock(
                Vocabulary.load(folder / "lsa_word_vocabulary.json"), arrays["word_idf"]
            )
            chars = _TfidfBlock(
                Vocabulary.load(folder / "lsa_char_vocabulary.json"), arrays["char_idf"]
            )
            return cls(words, chars, arrays["components"])


def neural_embeddings(backend: str, model: str, base_url: str | None) -> Embeddings:
    """A configured neural back end; raises ``EmbeddingBackendError`` when unavailable."""
    try:
        if backend == "huggingface":
            from langchain_huggingface import HuggingFaceEmbeddings  # type: ignore[import-not-found]

            return HuggingFaceEmbeddings(model_name=model)  # type: ignore[no-any-return]
        if backend == "ollama":
            from langchain_ollama import OllamaEmbeddings  # type: ignore[import-not-found]

            return OllamaEmbeddings(model=model, base_url=base_url)  # type: ignore[no-any-return]
        if backend == "openai":
            from langchain_openai import OpenAIEmbeddings  # type: ignore[import-not-found]

            return OpenAIEmbeddings(model=model, base_url=base_url)  # type: ignore[no-any-return]
    except ImportError as exc:
        raise EmbeddingBackendError(
            f"embedding back end '{backend}' needs its LangChain package installed: {exc}"
        ) from exc
    raise EmbeddingBackendError(
        f"unknown embedding back end '{backend}' (lsa, huggingface, ollama, openai)"
    )


def embeddings_config(folder: Path) -> dict[str, str]:
    path = folder / "embeddings.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise EmbeddingBackendError(f"{path}: not an embeddings description")
    return {str(k): str(v) for k, v in data.items()}
