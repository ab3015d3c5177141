"""Retrieval quality on labelled questions: ours vs plain BM25, and the refusal threshold.

Reported: recall@1/3/5 and MRR@10 per system on the development set (used for tuning) and on
the test set (never tuned on), plus how the confidence threshold separates answerable
questions from the unanswerable set.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from retrieval.answer import confidence_of
from retrieval.chunking import indexed_text
from retrieval.index import build_index
from retrieval.lexical import BM25Index
from retrieval.search import HybridRetriever
from retrieval.settings import get_settings
from retrieval.text import plain_tokens

Ranker = Callable[[str], list[str]]


@dataclasses.dataclass(frozen=True)
class Scores:
    recall_at_1: float
    recall_at_3: float
    recall_at_5: float
    mrr: float
    count: int


def load_labelled(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            pairs.append((str(item["question"]), str(item["doc_id"])))
    return pairs


def load_questions(path: Path) -> list[str]:
    return [
        str(json.loads(line)["question"])
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def score(ranker: Ranker, labelled: Sequence[tuple[str, str]]) -> Scores:
    ranks: list[int | None] = []
    for question, expected in labelled:
        ranking = ranker(question)[:10]
        ranks.append(ranking.index(expected) + 1 if expected in ranking else None)
    n = max(len(ranks), 1)

    def recall(k: int) -> float:
        return sum(1 for r in ranks if r is not None and r <= k) / n

    mrr = sum(1.0 / r for r in ranks if r is not None) / n
    return Scores(recall(1), recall(3), recall(5), mrr, len(ranks))


def plain_bm25_ranker(retriever: HybridRetriever) -> Ranker:
    """Okapi BM25 on lower-cased word tokens over the same chunks: the baseline."""
    texts = [indexed_text(chunk) for chunk in retriever.chunks]
    bm25 = BM25Index.fit(texts, analyser=plain_tokens)
    doc_ids = [str(chunk.metadata["doc_id"]) for chunk in retriever.chunks]

    def rank(question: str) -> list[str]:
        scores = bm25.scores(question)
        order = np.argsort(-scores, kind="stable")
        seen: list[str] = []
        for i in order:
            if scores[i] <= 0:
                break
            if doc_ids[i] not in seen:
                seen.append(doc_ids[i])
            if len(seen) == 10:
                break
        return seen

    return rank


def _hybrid_ranker(retriever: HybridRetriever) -> Ranker:
    return lambda q: [hit.doc_id for hit in retriever.search(q, k=10)]


def _single_ranker(retriever: HybridRetriever, dense: bool) -> Ranker:
    def rank(question: str) -> list[str]:
        limit = min(60, len(retriever.chunks))
        pairs = (
            retriever.dense_chunks(question, limit)
            if dense
            else retriever.lexical_chunks(question, limit)
        )
        seen: list[str] = []
        for chunk_id, _ in pairs:
            doc_id = str(retriever.chunks[chunk_id].metadata["doc_id"])
            if doc_id not in seen:
                seen.append(doc_id)
        return seen

    return rank


def _row(name: str, scores: Scores) -> str:
    return (
        f"| {name} | {scores.recall_at_1:.3f} | {scores.recall_at_3:.3f} | "
        f"{scores.recall_at_5:.3f} | {scores.mrr:.3f} |"
    )


def threshold_table(
    retriever: HybridRetriever,
    answerable: Sequence[tuple[str, str]],
    unanswerable: Sequence[str],
    threshold: float,
) -> list[str]:
    answerable_conf = []
    correct_top = []
    for question, expected in answerable:
        hits = retriever.search(question, k=5, audience="member")
        answerable_conf.append(confidence_of(hits))
        correct_top.append(bool(hits) and hits[0].doc_id == expected)
    refused_conf = [
        confidence_of(retriever.search(q, k=5, audience="member")) for q in unanswerable
    ]
    lines = [
        "| threshold | answerable answered | answered and right | unanswerable refused |",
        "|---|---|---|---|",
    ]
    for t in sorted({0.25, 0.3, 0.35, 0.4, 0.45, 0.5, threshold}):
        answered = [c >= t for c in answerable_conf]
        right = [a and ok for a, ok in zip(answered, correct_top, strict=True)]
        refused = [c < t for c in refused_conf]
        mark = " (configured)" if t == threshold else ""
        lines.append(
            f"| {t:.2f}{mark} | {np.mean(answered):.3f} | {np.mean(right):.3f} | "
            f"{np.mean(refused):.3f} |"
        )
    return lines


def run_evaluation(
    corpus: Path,
    dev: Path,
    test: Path | None,
    unanswerable: Path | None,
    report: Path | None,
) -> int:
    settings = get_settings()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "index"
        build_index(corpus, folder, progress=False, settings=settings)
        retriever = HybridRetriever.load(folder, settings)
        systems: dict[str, Ranker] = {
            "hybrid (ours: LSA + French BM25, RRF)": _hybrid_ranker(retriever),
            "dense only (LSA, FAISS)": _single_ranker(retriever, dense=True),
            "French BM25 only": _single_ranker(retriever, dense=False),
            "plain BM25 (baseline)": plain_bm25_ranker(retriever),
        }
        lines = ["# Retrieval evaluation", ""]
        sets = [("development set", dev)] + ([("test set (held out)", test)] if test else [])
        for label, path in sets:
            if not path.is_file():
                continue
            labelled = load_labelled(path)
            lines += [
                f"## {label}: {len(labelled)} questions ({path})",
                "",
                "| system | recall@1 | recall@3 | recall@5 | MRR@10 |",
                "|---|---|---|---|---|",
            ]
            lines += [_row(name, score(ranker, labelled)) for name, ranker in systems.items()]
            lines.append("")
        if unanswerable and unanswerable.is_file():
            answerable = load_labelled(dev)
            lines += [
                f"## Refusal threshold (dev answerable vs {unanswerable})",
                "",
                *threshold_table(
                    retriever, answerable, load_questions(unanswerable), settings.min_confidence
                ),
                "",
            ]
    text = "\n".join(lines)
    print(text)
    if report:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(text + "\n", encoding="utf-8")
    return 0
