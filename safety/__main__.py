"""Command line: ``python -m safety eval``, ``check TEXT`` and ``train``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from safety._corpus import DEFAULT_CORPUS, evaluate, load_corpus
from safety._detector import assess, assess_patterns
from safety._model import load_model, model_path
from safety._replies import reply_for


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m safety", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run_eval = commands.add_parser("eval", help="precision and recall per category")
    run_eval.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    run_eval.add_argument(
        "--patterns-only", action="store_true", help="leave the learned model out even if built"
    )
    check = commands.add_parser("check", help="assess one message and show the reply")
    check.add_argument("text")
    run_train = commands.add_parser(
        "train", help="build the learned second opinion (pure Python, a few seconds)"
    )
    run_train.add_argument(
        "--output", type=Path, default=None, help="default: $SAFETY_MODEL_FILE or build/"
    )
    run_train.add_argument(
        "--corpus",
        type=Path,
        action="append",
        default=None,
        help="training files (repeatable; default: the tuning corpus and the extra phrasings)",
    )
    args = parser.parse_args(argv)

    if args.command == "eval":
        assess_fn = assess_patterns if args.patterns_only else assess
        evaluation = evaluate(load_corpus(args.corpus), assess_fn)
        print(f"corpus: {args.corpus}")
        print(f"detector: {_mode(args.patterns_only)}")
        print(evaluation.report())
        return 1 if evaluation.errors else 0

    if args.command == "train":
        from safety._train import DEFAULT_EXTRA, train_and_save

        output = args.output or model_path()
        report = train_and_save(output, args.corpus or (DEFAULT_CORPUS, DEFAULT_EXTRA))
        print(f"model written to {output}")
        print("\n".join(report.lines()))
        return 0

    assessment = assess(args.text)
    print(json.dumps(assessment.to_dict(), ensure_ascii=False, indent=2))
    if assessment.needs_reply:
        print()
        print(reply_for(assessment).text)
    return 0


def _mode(patterns_only: bool) -> str:
    if patterns_only:
        return "patterns only"
    path = model_path()
    if load_model(path) is None:
        return f"patterns only (no model at {path})"
    return f"patterns + learned second opinion ({path})"


if __name__ == "__main__":
    sys.exit(main())
