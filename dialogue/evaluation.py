"""How well the French parsers read members' messages, on independent held-out sets.

``python -m dialogue.evaluation`` scores :func:`dialogue.care_request.parse_care_request` on
``eval/simulation_requests_heldout.jsonl`` and :meth:`care.CareDirectory.parse` on
``eval/care_queries_heldout.jsonl`` (written by someone who never saw the parsers), field by
field, and writes ``reports/parsers_eval.md``. Never tune on these files.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from care import CareDirectory, CareQuery, FeeFilter, get_directory
from dialogue.care_request import parse_care_request
from dialogue.simulation import contract_names
from reimbursement import load_contracts
from retrieval.text import fold
from stack.settings import REPO_ROOT

EVAL_DIR = REPO_ROOT / "eval"
SIMULATION_SET = EVAL_DIR / "simulation_requests_heldout.jsonl"
CARE_SET = EVAL_DIR / "care_queries_heldout.jsonl"
SPECIALTY_ALIASES: dict[str, str] = {}

Scorer = Callable[[dict[str, Any]], dict[str, Any]]


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _fold(text: str) -> str:
    return fold(text).replace("-", " ")


def read_simulation(item: dict[str, Any]) -> dict[str, Any]:
    request = parse_care_request(item["text"], contract_names(load_contracts()))
    return {
        "act": request.act.value if request.act else None,
        "specialty": request.specialty.value if request.specialty else None,
        "sector": request.sector.value if request.sector else None,
        "fee": str(request.fee) if request.fee is not None else None,
        "contract": request.contract_id,
    }


def _place_matches(expected: str | None, query: CareQuery) -> bool:
    place = query.place
    if expected is None:
        return place is None and not query.near_me
    if expected == "near_me":
        return query.near_me and place is None
    if place is None:
        return False
    if expected.startswith("dep:"):
        return place.kind == "departement" and place.department_code == expected[4:]
    if expected.isdigit():
        return place.postal_code == expected
    return _fold(place.label).startswith(_fold(expected))


def care_reader(directory: CareDirectory) -> Scorer:
    def read(item: dict[str, Any]) -> dict[str, Any]:
        query = directory.parse(item["text"])
        expected_specialty = item["specialty"]
        wanted = SPECIALTY_ALIASES.get(expected_specialty, expected_specialty)
        return {
            "specialty": expected_specialty if query.specialty == wanted else query.specialty,
            "place": item["place"] if _place_matches(item["place"], query) else "≠",
            "sector_1_only": query.fee_filter is FeeFilter.SECTEUR_1,
            "teleconsultation": query.teleconsultation,
        }

    return read


def score(
    items: Iterable[dict[str, Any]], read: Scorer, fields: Sequence[str]
) -> tuple[dict[str, float], float, list[str]]:
    """Per-field accuracy, exact-match rate, and the failures (for the report)."""
    items = list(items)
    correct = dict.fromkeys(fields, 0)
    exact = 0
    failures: list[str] = []
    for item in items:
        got = read(item)
        wrong = [f for f in fields if got.get(f) != item.get(f)]
        for field in fields:
            correct[field] += field not in wrong
        exact += not wrong
        if wrong:
            diffs = ", ".join(f"{f}: {item.get(f)!r} ≠ {got.get(f)!r}" for f in wrong)
            failures.append(f"{item['text']} → {diffs}")
    total = max(len(items), 1)
    return {f: correct[f] / total for f in fields}, exact / total, failures


def report(simulation: Path = SIMULATION_SET, care: Path = CARE_SET) -> str:
    sim_fields = ("act", "specialty", "sector", "fee", "contract")
    care_fields = ("specialty", "place", "sector_1_only", "teleconsultation")
    sim_items = _load(simulation)
    care_items = _load(care)
    sim_acc, sim_exact, sim_fail = score(sim_items, read_simulation, sim_fields)
    care_acc, care_exact, care_fail = score(care_items, care_reader(get_directory()), care_fields)
    lines = ["# French parsers on the independent held-out sets", ""]
    for name, n, acc, exact in (
        ("money requests (`dialogue.care_request`)", len(sim_items), sim_acc, sim_exact),
        ("care queries (`care.parse_care_query`)", len(care_items), care_acc, care_exact),
    ):
        lines.append(f"## {name}: {n} messages, all fields right: {exact:.3f}")
        lines.append("")
        lines.append("| field | accuracy |")
        lines.append("|---|---|")
        lines.extend(f"| {field} | {value:.3f} |" for field, value in acc.items())
        lines.append("")
    lines.append("## Misreadings")
    lines.extend(f"- {failure}" for failure in (*sim_fail, *care_fail))
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dialogue.evaluation", description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "reports" / "parsers_eval.md")
    args = parser.parse_args(argv)
    text = report()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text.split("## Misreadings")[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
