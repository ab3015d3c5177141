"""``python -m retrieval``: check the knowledge base, build an index, query it, evaluate."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from retrieval.documents import check_knowledge_base
from retrieval.exceptions import RetrievalError


def _cmd_check_kb(args: argparse.Namespace) -> int:
    problems = check_knowledge_base(Path(args.folder))
    for problem in problems:
        print(problem)
    count = len(list(Path(args.folder).rglob("*.md")))
    if problems:
        print(f"{len(problems)} problem(s) in {args.folder}", file=sys.stderr)
        return 1
    print(f"knowledge base OK: {count} file(s) checked in {args.folder}")
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    from retrieval.index import build_index

    manifest = build_index(Path(args.corpus), Path(args.out), progress=not args.quiet)
    print(
        f"index built in {args.out}: {manifest.document_count} documents, "
        f"{manifest.chunk_count} chunks, embeddings {manifest.embedding_backend}"
    )
    return 0


def _read_queries(args: argparse.Namespace) -> list[str]:
    if args.queries:
        lines = Path(args.queries).read_text(encoding="utf-8").splitlines()
        questions = []
        for line in lines:
            line = line.strip()
            if not line:
                continue
            if line.startswith("{"):
                questions.append(str(json.loads(line)["question"]))
            else:
                questions.append(line)
        return questions
    if not args.question:
        raise RetrievalError("give a QUESTION or --queries FILE")
    return [" ".join(args.question)]


def _cmd_query(args: argparse.Namespace) -> int:
    from retrieval.search import HybridRetriever

    retriever = (
        HybridRetriever.load(Path(args.index)) if args.index else HybridRetriever.load_default()
    )
    for question in _read_queries(args):
        hits = retriever.search(question, k=args.k)
        if args.json:
            payload = {
                "question": question,
                "hits": [{"id": hit.doc_id, "score": round(hit.score, 6)} for hit in hits],
            }
            print(json.dumps(payload, ensure_ascii=False))
        else:
            print(f"? {question}")
            for rank, hit in enumerate(hits, start=1):
                print(f"  {rank}. {hit.doc_id}  score={hit.score:.4f}  {hit.title}")
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from retrieval.evaluate import run_evaluation

    return run_evaluation(
        corpus=Path(args.corpus),
        dev=Path(args.dev),
        test=Path(args.test) if args.test else None,
        unanswerable=Path(args.unanswerable) if args.unanswerable else None,
        report=Path(args.report) if args.report else None,
    )


def _cmd_bench(args: argparse.Namespace) -> int:
    from retrieval.bench import run_benchmark

    run_benchmark(corpus=Path(args.corpus), chunks=args.chunks, queries=args.queries_count)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m retrieval", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check-kb", help="validate front matter and sourced figures")
    check.add_argument("folder", nargs="?", default="knowledge_base/docs")
    check.set_defaults(func=_cmd_check_kb)

    build = sub.add_parser("build", help="build a signed index from a corpus")
    build.add_argument("--corpus", required=True, help="knowledge-base folder or JSONL file")
    build.add_argument("--out", required=True, help="index folder to write")
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    build.set_defaults(func=_cmd_build)

    query = sub.add_parser("query", help="search an index")
    query.add_argument("--index", help="index folder (default: the knowledge-base index)")
    query.add_argument("--k", type=int, default=5)
    query.add_argument("--json", action="store_true", help="one JSON line per question")
    query.add_argument("--queries", help="file of questions, one per line (text or JSONL)")
    query.add_argument("question", nargs="*")
    query.set_defaults(func=_cmd_query)

    evaluate = sub.add_parser("eval", help="recall@k and MRR, ours vs plain BM25")
    evaluate.add_argument("--corpus", default="knowledge_base/docs")
    evaluate.add_argument("--dev", default="eval/retrieval_dev.jsonl")
    evaluate.add_argument("--test", default="eval/retrieval_test.jsonl")
    evaluate.add_argument("--unanswerable", default="eval/unanswerable.jsonl")
    evaluate.add_argument("--report", default="reports/retrieval_eval.md")
    evaluate.set_defaults(func=_cmd_eval)

    bench = sub.add_parser("bench", help="query latency on a synthetic scale-up")
    bench.add_argument("--corpus", default="knowledge_base/docs")
    bench.add_argument("--chunks", type=int, default=10_000)
    bench.add_argument("--queries-count", type=int, default=500)
    bench.set_defaults(func=_cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except RetrievalError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
