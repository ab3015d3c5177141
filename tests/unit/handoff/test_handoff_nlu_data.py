"""NLU examples of the handoff reasons: Rasa 3.1 format, enough variety, no clash, no data."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from handoff import INTENT_REASONS
from tests.conftest import REPO_ROOT

NLU_DIR = REPO_ROOT / "bot" / "data" / "nlu"
FILE = NLU_DIR / "handoff_reasons.yml"
INTENTS = (
    "bereavement",
    "fraud_report",
    "claim_dispute",
    "callback_request",
    "contract_termination",
)


def _examples(path: Path) -> dict[str, list[str]]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    result: dict[str, list[str]] = {}
    for item in data.get("nlu") or []:
        if "intent" in item:
            lines = item["examples"].splitlines()
            result[item["intent"]] = [line[2:].strip() for line in lines if line.startswith("- ")]
    return result


def _plain(example: str) -> str:
    return re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", example).strip().lower()


def test_format_and_intents() -> None:
    data = yaml.safe_load(FILE.read_text(encoding="utf-8"))
    assert data["version"] == "3.1"
    assert tuple(_examples(FILE)) == INTENTS
    assert set(INTENTS) <= set(INTENT_REASONS)


@pytest.mark.parametrize("intent", INTENTS)
def test_at_least_thirty_distinct_examples(intent: str) -> None:
    examples = _examples(FILE)[intent]
    assert len(examples) >= 30
    assert len({_plain(e) for e in examples}) == len(examples)
    lengths = [len(_plain(e).split()) for e in examples]
    assert min(lengths) <= 3 and max(lengths) >= 10  # short and long ones


def test_no_example_is_shared_with_another_intent() -> None:
    mine = {_plain(e): intent for intent, ex in _examples(FILE).items() for e in ex}
    for path in NLU_DIR.glob("*.yml"):
        if path == FILE:
            continue
        for intent, examples in _examples(path).items():
            for example in examples:
                assert _plain(example) not in mine, (path.name, intent, example)


def test_no_personal_data() -> None:
    text = FILE.read_text(encoding="utf-8")
    assert not re.search(r"\b0\d(?:[ .]?\d{2}){4}\b", text)  # phone numbers
    assert "@" not in text
    assert not re.search(r"\b[12]\s?\d{2}\s?\d{2}\s?\d{2}\s?\d{3}\s?\d{3}", text)  # NIR
