"""The evaluation corpus: format, size, and the detector's scores on it."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from safety import Category, assess, evaluate, load_corpus
from safety._corpus import DEFAULT_CORPUS, CorpusError, parse_corpus

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "eval" / "safety_corpus.yml"
ITEMS = load_corpus(CORPUS)
EVALUATION = evaluate(ITEMS, assess)


def test_default_corpus_path_is_the_repository_file() -> None:
    assert DEFAULT_CORPUS == CORPUS


def test_stdlib_reader_agrees_with_a_real_yaml_parser() -> None:
    parsed = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    assert [(i["text"], i["expected"]) for i in parsed["items"]] == [
        (i.text, i.expected.value) for i in ITEMS
    ]


def test_corpus_size_per_category() -> None:
    counts = Counter(item.expected for item in ITEMS)
    assert len(ITEMS) >= 220
    assert counts[Category.MEDICAL_EMERGENCY] + counts[Category.POISONING] >= 60
    assert counts[Category.SUICIDAL_DISTRESS] >= 50
    assert counts[Category.MEDICAL_ADVICE_REQUEST] >= 30
    assert counts[Category.NONE] >= 80
    groups = Counter(item.group for item in ITEMS if item.expected is Category.NONE)
    assert groups["figure_of_speech"] >= 20 and groups["neutral_question"] >= 20


def test_corpus_has_no_duplicates() -> None:
    texts = [item.text for item in ITEMS]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("category", [c for c in Category if c is not Category.NONE])
def test_recall_is_one_on_positives(category: Category) -> None:
    missed = [
        item.text
        for item, a in zip(EVALUATION.items, EVALUATION.predictions, strict=True)
        if item.expected is category and a.category is not category
    ]
    assert missed == []


def test_no_false_alarm_on_negatives() -> None:
    assert [item.text for item, _ in EVALUATION.false_alarms] == []
    # stricter than the brief: negatives are not even taken for medical questions
    assert next(s for s in EVALUATION.scores if s.category is Category.NONE).recall == 1.0


def test_expected_urgency() -> None:
    wrong = [
        item.text
        for item, a in zip(EVALUATION.items, EVALUATION.predictions, strict=True)
        if item.urgent is not None and item.urgent is not a.urgent
    ]
    assert wrong == []


def test_cli_eval_prints_precision_and_recall() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "safety", "eval", "--corpus", str(CORPUS)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "precision" in result.stdout and "recall" in result.stdout
    for category in Category:
        assert category.value in result.stdout


def test_cli_check_shows_the_reply() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "safety", "check", "j'arrive plus à respirer"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert '"medical_emergency"' in result.stdout and "Appelez le 15" in result.stdout


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("text: nope", "expected '- {...}'"),
        ('- {"text": "x", "expected": "panic"}', "unknown category"),
        ('- {"text": "", "expected": "none"}', "non-empty"),
        ('- {"text": "x", "expected": "none", "extra": 1}', "keys must be"),
        ("- {text: x}", "JSON-style"),
    ],
)
def test_corpus_format_errors_name_the_line(line: str, message: str) -> None:
    with pytest.raises(CorpusError, match=message) as error:
        parse_corpus(["items:", line], source="c.yml")
    assert "c.yml:2" in str(error.value)
