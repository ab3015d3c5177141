"""Command line: ``python -m safety eval`` and ``python -m safety check TEXT``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from safety._corpus import DEFAULT_CORPUS, evaluate, load_corpus
from safety._detector import assess
from safety._replies import reply_for


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m safety", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run_eval = commands.add_parser("eval", help="precision and recall per category")
    run_eval.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    check = commands.add_parser("check", help="assess one message and show the reply")
    check.add_argument("text")
    args = parser.parse_args(argv)

    if args.command == "eval":
        evaluation = evaluate(load_corpus(args.corpus), assess)
        print(f"corpus: {args.corpus}")
        print(evaluation.report())
        return 1 if evaluation.errors else 0

    assessment = assess(args.text)
    print(json.dumps(assessment.to_dict(), ensure_ascii=False, indent=2))
    if assessment.needs_reply:
        print()
        print(reply_for(assessment).text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
