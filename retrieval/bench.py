"""``make bench`` (retrieval part): build throughput and query latency at scale.

The knowledge base is scaled up synthetically to ``chunks`` chunk-sized documents (sentences
of real documents shuffled, thinned and recombined, so vocabulary and lengths stay realistic),
indexed with the production code, then queried one question at a time on one core (FAISS and
BLAS limited to one thread). Plain BM25 over the same chunks is timed in the same run as a
reference point.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from pathlib import Path

import faiss
from threadpoolctl import threadpool_limits

from retrieval.chunking import indexed_text
from retrieval.documents import load_corpus, split_sentences
from retrieval.index import build_index
from retrieval.lexical import BM25Index
from retrieval.search import HybridRetriever
from retrieval.text import plain_tokens

DEV_SET = Path(__file__).resolve().parent.parent / "eval" / "retrieval_dev.jsonl"


def synthetic_corpus(corpus: Path, count: int, out: Path, seed: int = 7) -> None:
    """Write ``count`` synthetic chunk-sized documents as JSONL."""
    rng = random.Random(seed)
    documents = load_corpus(corpus)
    sentences = [
        sentence
        for document in documents
        for line in document.body.splitlines()
        if line.strip() and not line.startswith("#")
        for sentence in split_sentences(line)
    ]
    titles = [document.meta.title for document in documents]
    with out.open("w", encoding="utf-8") as handle:
        for number in range(count):
            picked = rng.sample(sentences, k=min(6, len(sentences)))
            words = " ".join(picked).split()
            kept = [w for w in words if rng.random() > 0.15]
            text = " ".join(kept)[:850]
            line = {"id": f"synthetic-{number}", "title": rng.choice(titles), "text": text}
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def _questions(count: int) -> list[str]:
    if DEV_SET.is_file():
        lines = DEV_SET.read_text(encoding="utf-8").splitlines()
        questions = [json.loads(line)["question"] for line in lines if line.strip()]
    else:
        questions = ["combien est remboursée une consultation chez le dermatologue"]
    return [questions[i % len(questions)] for i in range(count)]


def run_benchmark(corpus: Path, chunks: int, queries: int) -> None:
    faiss.omp_set_num_threads(1)
    with tempfile.TemporaryDirectory() as tmp, threadpool_limits(limits=1):
        synthetic = Path(tmp) / "synthetic.jsonl"
        synthetic_corpus(corpus, chunks, synthetic)
        started = time.perf_counter()
        manifest = build_index(synthetic, Path(tmp) / "index", progress=False)
        build_seconds = time.perf_counter() - started
        retriever = HybridRetriever.load(Path(tmp) / "index")
        questions = _questions(queries)
        for question in questions[:20]:
            retriever.search(question, k=5)
        timings = []
        for question in questions:
            t0 = time.perf_counter()
            retriever.search(question, k=5)
            timings.append((time.perf_counter() - t0) * 1000)
        plain = BM25Index.fit(
            [indexed_text(chunk) for chunk in retriever.chunks], analyser=plain_tokens
        )
        plain_timings = []
        for question in questions:
            t0 = time.perf_counter()
            plain.scores(question).argmax()
            plain_timings.append((time.perf_counter() - t0) * 1000)
    print(f"# Retrieval benchmark ({manifest.chunk_count} chunks, {queries} queries, 1 thread)")
    print()
    print("| measure | value |")
    print("|---|---|")
    throughput = manifest.chunk_count / build_seconds
    print(f"| index build | {build_seconds:.1f} s ({throughput:.0f} chunks/s) |")
    print(f"| hybrid query p50 | {statistics.median(timings):.2f} ms |")
    print(f"| hybrid query p95 | {_percentile(timings, 0.95):.2f} ms |")
    print(f"| plain BM25 query p50 (reference) | {statistics.median(plain_timings):.2f} ms |")
    print(f"| plain BM25 query p95 (reference) | {_percentile(plain_timings, 0.95):.2f} ms |")
