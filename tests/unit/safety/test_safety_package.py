"""Package contract: public API, standard library only, importable by the engine."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

import safety
from safety._detector import SIGNALS

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "safety"
ENGINE_PYTHON = ROOT / ".venv-engine" / "bin" / "python"


def test_public_api() -> None:
    assert sorted(safety.__all__) == safety.__all__
    for name in safety.__all__:
        assert hasattr(safety, name), name


def _imported_top_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_standard_library_only(path: Path) -> None:
    allowed = set(sys.stdlib_module_names) | {"safety", "__future__"}
    assert _imported_top_modules(path) <= allowed


def test_imports_in_the_engine_environment() -> None:
    if not ENGINE_PYTHON.exists():
        pytest.skip("no engine environment on this machine")
    code = "import safety; print(safety.assess('je veux mourir').category.value)"
    result = subprocess.run(
        [str(ENGINE_PYTHON), "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert result.stdout.strip() == "suicidal_distress"


def test_signal_labels_are_unique() -> None:
    labels = [sig.label for sig in SIGNALS]
    assert len(labels) == len(set(labels))


# Patterns are brought to the skeleton form by collapsing doubled letters. A letter
# followed by a group whose alternative starts with the same letter ("quel(?:le|s)")
# would then describe a doubled letter the text can no longer contain.
_DOUBLE_ACROSS_GROUP = re.compile(r"([a-z])\(\?:((?:[^()]|\([^()]*\))*)\)")


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("_*.py")), ids=lambda p: p.name)
def test_no_doubled_letter_split_across_a_group(path: Path) -> None:
    for match in _DOUBLE_ACROSS_GROUP.finditer(path.read_text(encoding="utf-8")):
        letter, body = match.groups()
        assert not any(alt.startswith(letter) for alt in body.split("|")), match.group(0)
