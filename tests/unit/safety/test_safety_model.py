"""The learned second opinion: optional, built by ``python -m safety train``, stdlib only.

Every test here chooses its model explicitly through ``$SAFETY_MODEL_FILE`` (a model built
into a temporary directory, a hand-made one, or none at all), so the results never depend
on whether ``build/safety_model.json`` happens to exist on the machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from safety import Category, assess, evaluate, load_corpus
from safety._detector import MODEL_SIGNAL, assess_patterns
from safety._model import (
    DEFAULT_MODEL_FILE,
    MODEL_ENV,
    Model,
    features,
    load_model,
    model_path,
    worth_a_second_opinion,
)
from safety._normalize import normalize
from safety._train import DEFAULT_EXTRA, train, train_and_save

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "eval" / "safety_corpus.yml"
HELDOUT_2 = ROOT / "eval" / "safety_heldout_2.yml"
SUICIDAL = Category.SUICIDAL_DISTRESS
NONE = Category.NONE


@pytest.fixture(scope="module")
def built_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("model") / "safety_model.json"
    train_and_save(path)
    return path


@pytest.fixture
def with_model(built_model: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(MODEL_ENV, str(built_model))
    return built_model


@pytest.fixture
def always_yes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A model that reads distress in anything it is asked about: tests the gate alone."""
    path = tmp_path / "always_yes.json"
    path.write_text(json.dumps(Model({}, bias=10.0, threshold=0.5).to_json()), encoding="utf-8")
    monkeypatch.setenv(MODEL_ENV, str(path))
    return path


def test_default_path_is_build_in_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_ENV, raising=False)
    assert DEFAULT_MODEL_FILE == ROOT / "build" / "safety_model.json"
    assert model_path() == DEFAULT_MODEL_FILE
    monkeypatch.setenv(MODEL_ENV, "elsewhere/model.json")
    assert model_path() == Path("elsewhere/model.json")


def test_without_the_file_the_patterns_decide_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MODEL_ENV, str(tmp_path / "absent.json"))
    assert load_model() is None
    for item in load_corpus(CORPUS)[::25]:
        assert assess(item.text) == assess_patterns(item.text)


@pytest.mark.parametrize("content", ["{not json", '{"format": "other"}', "[]", ""])
def test_an_unreadable_file_means_patterns_only(
    content: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    monkeypatch.setenv(MODEL_ENV, str(path))
    assert load_model() is None
    assert assess("je veux plus vivre").category is SUICIDAL
    assert assess("je voudrais mon attestation").category is NONE


def test_training_is_deterministic_quick_and_stdlib(built_model: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.json"
    started = time.perf_counter()
    report = train_and_save(again)
    assert time.perf_counter() - started < 30
    assert again.read_bytes() == built_model.read_bytes()
    assert 0.8 <= report.threshold < 1.0
    assert report.items == len(load_corpus(CORPUS)) + len(load_corpus(DEFAULT_EXTRA))


def test_the_model_file_round_trips(built_model: Path) -> None:
    model = load_model(built_model)
    assert model is not None
    assert Model.from_json(json.loads(json.dumps(model.to_json()))) == model


def test_no_false_alarm_and_full_recall_with_the_model(with_model: Path) -> None:
    corpus = evaluate(load_corpus(CORPUS), assess)
    assert corpus.errors == ()
    assert corpus.false_alarms == ()
    heldout = evaluate(load_corpus(HELDOUT_2), assess)
    assert heldout.false_alarms == ()


def test_the_model_only_ever_adds_suicidal_distress(with_model: Path) -> None:
    items = load_corpus(CORPUS) + load_corpus(DEFAULT_EXTRA) + load_corpus(HELDOUT_2)
    added = 0
    for item in items:
        with_it, patterns = assess(item.text), assess_patterns(item.text)
        if with_it != patterns:
            added += 1
            assert patterns.is_crisis is False
            assert with_it.category is SUICIDAL
            assert with_it.signals[-1] == MODEL_SIGNAL
    assert added > 0


@pytest.mark.parametrize(
    "text",
    [
        # training phrasings that the patterns leave open
        "je ne vois pas de lumière au bout du tunnel, juste le noir",
        "j'ai cherché quel pont est le plus haut de la ville",
        "je vais enfin avoir la paix, bientôt",
    ],
)
def test_indirect_distress_is_read_by_the_model(with_model: Path, text: str) -> None:
    assert assess_patterns(text).category is NONE
    found = assess(text)
    assert found.category is SUICIDAL and MODEL_SIGNAL in found.signals


@pytest.mark.parametrize(
    "text",
    [
        "bonjour je voudrais connaître mes garanties optique",  # no word worth weighing
        "je veux mourir",  # too short: the patterns' job (they do find this one)
        "je regarde une série sur un ado qui veut disparaître",  # a story
        "mdr je vais crever de rire si vous remboursez ça un jour",  # a laugh
        "mon frère s'est suicidé l'an dernier, comment fermer son contrat ?",  # set aside
    ],
)
def test_the_gate_keeps_the_model_away(always_yes: Path, text: str) -> None:
    assert MODEL_SIGNAL not in assess(text).signals


def test_what_the_gate_lets_through_is_read_as_distress(always_yes: Path) -> None:
    found = assess("je n'ai plus rien à faire de mes journées, tout me pèse")
    assert found.category is SUICIDAL
    assert found.signals == (MODEL_SIGNAL,)
    assert found.urgent is False
    assert assess("je n'ai plus rien à faire de mes journées, ce soir tout me pèse").urgent


def test_worth_a_second_opinion() -> None:
    assert not worth_a_second_opinion(normalize("je veux ma carte de tiers payant"))
    assert not worth_a_second_opinion(normalize("je v mourir"))
    assert worth_a_second_opinion(normalize("je ne vois plus de raison de me lever"))


def test_features_mark_negation_and_masked_idioms() -> None:
    found = features("je ai pas de idees noires ~lol~")
    assert {"w idees", "n idees", "n noires", "b pas de", "c  id", "m idiom", "w lol"} <= set(found)
    assert "n je" not in found
    assert found == sorted(set(found))


def test_train_sets_the_threshold_out_of_fold() -> None:
    items = load_corpus(CORPUS)[::3]
    model, report = train(items, folds=3)
    negatives = [i for i in items if i.expected is NONE]
    assert all(not model.says_yes(normalize(i.text)) for i in negatives if len(i.text) > 40)
    assert report.out_of_fold_false_rate <= 0.005
    assert report.positives == sum(i.expected is SUICIDAL for i in items)


def test_cli_train_writes_the_model(tmp_path: Path) -> None:
    output = tmp_path / "cli.json"
    result = subprocess.run(
        [sys.executable, "-m", "safety", "train", "--output", str(output)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert output.exists() and "threshold" in result.stdout
    evaluated = subprocess.run(
        [sys.executable, "-m", "safety", "eval", "--corpus", str(HELDOUT_2)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        env={"PATH": "", "SAFETY_MODEL_FILE": str(output)},
    )
    assert "patterns + learned second opinion" in evaluated.stdout


def test_assess_stays_fast_with_the_model(with_model: Path) -> None:
    texts = [item.text for item in load_corpus(CORPUS)]
    for text in texts[:50]:
        assess(text)  # warm the caches, load the model
    started = time.perf_counter()
    for text in texts:
        assess(text)
    per_message = (time.perf_counter() - started) / len(texts)
    assert per_message < 0.0015  # about 0.5 ms here; a generous bound for busy machines
