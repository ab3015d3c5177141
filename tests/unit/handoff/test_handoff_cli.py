"""``python -m handoff``: passwords from the environment or stdin, never from argv."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from handoff import AdviserDirectory
from handoff.__main__ import main
from handoff.demo import DEMO_LOGIN
from tests.conftest import REPO_ROOT

PASSWORD = "une phrase de passe solide"


def _run(argv: list[str], env: dict[str, str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, environ=env, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def _directory(db: str) -> AdviserDirectory:
    return AdviserDirectory.from_url(db)


def test_create_adviser_reads_the_password_from_stdin(db: str) -> None:
    code, out, _ = _run(
        ["create-adviser", "alice", "--name", "Alice", "--db", db], {}, PASSWORD + "\n"
    )
    assert code == 0 and "alice" in out
    directory = _directory(db)
    assert directory.authenticate("alice", PASSWORD) is not None
    assert directory.list_audit(actor="cli")[0].action == "adviser.create"
    directory.engine.dispose()


def test_create_adviser_reads_the_password_from_the_environment(db: str) -> None:
    env = {"HANDOFF_ADVISER_PASSWORD": PASSWORD}
    argv = ["create-adviser", "sup", "--name", "Chef", "--role", "supervisor", "--db", db]
    code, out, _ = _run(argv, env, "ignored\n")
    assert code == 0 and "supervisor" in out
    directory = _directory(db)
    assert directory.authenticate("sup", PASSWORD) is not None
    directory.engine.dispose()


def test_create_adviser_errors(db: str) -> None:
    argv = ["create-adviser", "alice", "--name", "Alice", "--db", db]
    assert _run(argv, {}, "court\n")[0] == 1
    assert _run(argv, {}, PASSWORD + "\n")[0] == 0
    code, _, err = _run(argv, {}, PASSWORD + "\n")
    assert code == 1 and "existe déjà" in err
    with pytest.raises(SystemExit):
        _run(["create-adviser", "bob", "--db", db, "--password", PASSWORD], {})


def test_seed_demo_needs_the_variable(db: str) -> None:
    code, out, _ = _run(["seed-demo", "--db", db], {})
    assert code == 0 and "aucun compte" in out
    directory = _directory(db)
    assert directory.get(DEMO_LOGIN) is None

    env = {"HANDOFF_DEMO_ADVISER_PASSWORD": PASSWORD}
    assert _run(["seed-demo", "--db", db], env)[0] == 0
    assert directory.authenticate(DEMO_LOGIN, PASSWORD) is not None
    code, out, _ = _run(["seed-demo", "--db", db], env)
    assert code == 0 and "existe déjà" in out
    directory.engine.dispose()


def test_module_entry_point(db: str) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "handoff",
            "create-adviser",
            "carole",
            "--name",
            "Carole",
            "--db",
            db,
        ],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "carole" in result.stdout
