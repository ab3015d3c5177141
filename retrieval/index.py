"""Build an index folder and open it again, safely.

An index folder holds a FAISS index (``faiss.index``, FAISS's own binary format), the chunks
as JSON Lines, the BM25 and LSA arrays as ``.npz`` read with ``allow_pickle=False``, and
``manifest.json``: the SHA-256 of every file, signed with HMAC-SHA256 by a key kept in the
project's data folder. Nothing is ever unpickled, and a folder whose manifest does not verify
against this installation's key is refused before any file in it is parsed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

import faiss
import numpy as np
from langchain_community.docstore.in_memory import InMemoryDocstore
from langchain_community.vectorstores import FAISS
from langchain_community.vectorstores.utils import DistanceStrategy
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from pydantic import BaseModel, ConfigDict, ValidationError
from tqdm import tqdm

from retrieval.chunking import chunk_document, indexed_text
from retrieval.documents import KnowledgeDocument, load_corpus
from retrieval.embeddings import LsaEmbeddings, neural_embeddings
from retrieval.exceptions import IndexIntegrityError
from retrieval.lexical import BM25Index
from retrieval.settings import RetrievalSettings, get_settings

FORMAT_VERSION = 1
CHUNKS_FILE = "chunks.jsonl"
FAISS_FILE = "faiss.index"
MANIFEST_FILE = "manifest.json"


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format_version: int
    created_at: str
    corpus: str
    embedding_backend: str
    embedding_model: str
    document_count: int
    chunk_count: int
    files: dict[str, str]
    signature: str = ""

    def payload(self) -> bytes:
        body = self.model_dump(exclude={"signature"})
        return json.dumps(body, sort_keys=True, ensure_ascii=False).encode("utf-8")


def _signing_key(settings: RetrievalSettings, *, create: bool) -> bytes:
    path = settings.signing_key_file
    if not path.exists():
        if not create:
            raise IndexIntegrityError(f"no index signing key at {path}: build the index first")
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return bytes.fromhex(path.read_text().strip())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def embed_corpus(
    settings: RetrievalSettings, texts: list[str], progress: bool
) -> tuple[Embeddings, np.ndarray]:
    """The embeddings model for this corpus and the L2-normalised vectors of ``texts``."""
    model: Embeddings
    if settings.embedding_backend == "lsa":
        model, vectors = LsaEmbeddings.fit_transform(texts)
    else:
        model = neural_embeddings(
            settings.embedding_backend, settings.embedding_model, settings.embedding_base_url
        )
        batches: Iterable[int] = range(0, len(texts), 256)
        if progress:
            batches = tqdm(list(batches), desc="embedding chunks", unit="batch")
        vectors = np.vstack(
            [
                np.asarray(model.embed_documents(texts[i : i + 256]), dtype=np.float32)
                for i in batches
            ]
        )
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    faiss.normalize_L2(vectors)
    return model, vectors


def chunk_corpus(documents: list[KnowledgeDocument], progress: bool = False) -> list[Document]:
    iterable: Iterable[KnowledgeDocument] = documents
    if progress:
        iterable = tqdm(documents, desc="chunking documents", unit="doc")
    return [chunk for document in iterable for chunk in chunk_document(document)]


def build_index(
    corpus: Path,
    out: Path,
    *,
    progress: bool = True,
    settings: RetrievalSettings | None = None,
) -> Manifest:
    """Chunk, embed and index ``corpus`` into ``out`` (replaced atomically)."""
    settings = settings or get_settings()
    documents = load_corpus(corpus)
    chunks = chunk_corpus(documents, progress)
    texts = [indexed_text(chunk) for chunk in chunks]
    embeddings, vectors = embed_corpus(settings, texts, progress)

    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".index-", dir=out.parent))
    try:
        index = faiss.IndexFlatIP(vectors.shape[1])
        index.add(vectors)
        faiss.write_index(index, str(staging / FAISS_FILE))
        with (staging / CHUNKS_FILE).open("w", encoding="utf-8") as handle:
            for chunk in chunks:
                line = {"text": chunk.page_content, "metadata": chunk.metadata}
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")
        BM25Index.fit(texts).save(staging)
        if isinstance(embeddings, LsaEmbeddings):
            embeddings.save(staging)
        (staging / "embeddings.json").write_text(
            json.dumps({"backend": settings.embedding_backend, "model": settings.embedding_model}),
            encoding="utf-8",
        )
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            corpus=str(corpus),
            embedding_backend=settings.embedding_backend,
            embedding_model=settings.embedding_model,
            document_count=len(documents),
            chunk_count=len(chunks),
            files={p.name: _sha256(p) for p in sorted(staging.iterdir()) if p.is_file()},
        )
        key = _signing_key(settings, create=True)
        manifest.signature = hmac.new(key, manifest.payload(), hashlib.sha256).hexdigest()
        (staging / MANIFEST_FILE).write_text(manifest.model_dump_json(indent=2), encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return manifest


def verify_index(folder: Path, settings: RetrievalSettings | None = None) -> Manifest:
    """Check signature and checksums of an index folder before anything in it is parsed."""
    settings = settings or get_settings()
    manifest_path = folder / MANIFEST_FILE
    if not manifest_path.is_file():
        raise IndexIntegrityError(f"{folder}: no {MANIFEST_FILE}; not an index built here")
    try:
        manifest = Manifest.model_validate_json(manifest_path.read_text(encoding="utf-8"))
    except (ValidationError, UnicodeDecodeError) as exc:
        raise IndexIntegrityError(f"{manifest_path}: unreadable manifest") from exc
    key = _signing_key(settings, create=False)
    expected = hmac.new(key, manifest.payload(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, manifest.signature):
        raise IndexIntegrityError(f"{folder}: manifest signature does not verify")
    if manifest.format_version != FORMAT_VERSION:
        raise IndexIntegrityError(f"{folder}: index format {manifest.format_version} unsupported")
    for name, digest in manifest.files.items():
        path = folder / name
        if Path(name).name != name or not path.is_file():
            raise IndexIntegrityError(f"{folder}: missing or invalid file {name!r}")
        if not hmac.compare_digest(_sha256(path), digest):
            raise IndexIntegrityError(f"{folder}: checksum mismatch for {name}")
    return manifest


def load_vector_store(folder: Path, embeddings: Embeddings) -> tuple[FAISS, list[Document]]:
    """The LangChain FAISS store and the chunks, from a verified folder (no pickle)."""
    chunks: list[Document] = []
    with (folder / CHUNKS_FILE).open(encoding="utf-8") as handle:
        for position, line in enumerate(handle):
            item = json.loads(line)
            metadata = dict(item["metadata"], position=position)
            chunks.append(Document(page_content=item["text"], metadata=metadata))
    index = faiss.read_index(str(folder / FAISS_FILE))
    if index.ntotal != len(chunks):
        raise IndexIntegrityError(f"{folder}: {index.ntotal} vectors for {len(chunks)} chunks")
    ids = [str(i) for i in range(len(chunks))]
    store = FAISS(
        embedding_function=embeddings,
        index=index,
        docstore=InMemoryDocstore(dict(zip(ids, chunks, strict=True))),
        index_to_docstore_id=dict(enumerate(ids)),
        distance_strategy=DistanceStrategy.MAX_INNER_PRODUCT,
    )
    return store, chunks
