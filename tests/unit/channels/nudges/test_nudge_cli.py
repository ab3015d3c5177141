"""``python -m channels.nudges``: exit codes, dry-run output, nothing written by a dry run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

from channels.nudges import Channel, NudgeJournal, NudgeTopic
from channels.nudges.__main__ import main
from tests.unit.channels.nudges.conftest import TINY_CATALOGUE, OptIn, add_member

REPO_ROOT = Path(__file__).resolve().parents[4]
DAYTIME = "2026-11-25T10:00:00+00:00"


@pytest.fixture
def catalogue_file(tmp_path: Path) -> Path:
    path = tmp_path / "catalogue.yml"
    path.write_text(TINY_CATALOGUE, encoding="utf-8")
    return path


@pytest.fixture
def due(engine: Engine, opt_in: OptIn) -> None:
    """One member with one nudge due on the web channel."""
    add_member(engine, "HS-1", 1966)
    opt_in("HS-1", Channel.WEB, "conv-1", NudgeTopic.SCREENINGS)


def _run(db_url: str, catalogue_file: Path, *extra: str) -> int:
    return main(["run", "--db", db_url, "--catalogue", str(catalogue_file), *extra])


@pytest.mark.usefixtures("due")
def test_nudge_cli_dry_run_prints_a_table_and_writes_nothing(
    engine: Engine, db_url: str, catalogue_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db_url, catalogue_file, "--dry-run", "--now", DAYTIME) == 0
    out = capsys.readouterr().out
    assert "Adhérent" in out and "envoi prévu" in out and "non concerné" in out
    assert "Simulation" in out
    assert NudgeJournal(engine).entries() == []


@pytest.mark.usefixtures("due")
def test_nudge_cli_dry_run_json(
    db_url: str, catalogue_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db_url, catalogue_file, "--dry-run", "--json", "--now", "2026-11-25T10:00") == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["dry_run"] is True and payload["now"] == DAYTIME
    decisions = {d["nudge_id"]: d for d in payload["decisions"]}
    assert decisions["colorectal"]["outcome"] == "would_send"
    assert decisions["colorectal"]["envelope"]["kind"] == "nudge"
    assert decisions["sein"]["reason"] == "not_eligible"


@pytest.mark.usefixtures("due")
def test_nudge_cli_send_failure_exits_1_and_is_logged(
    engine: Engine, db_url: str, catalogue_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENGINE_URL", "http://127.0.0.1:9")  # nothing listens: refused
    monkeypatch.setenv("NUDGE_HTTP_TIMEOUT_SECONDS", "2")
    assert _run(db_url, catalogue_file, "--now", DAYTIME) == 1
    [failed] = [e for e in NudgeJournal(engine).entries() if e.outcome == "failed"]
    assert failed.nudge_id == "colorectal" and "injoignable" in failed.detail


@pytest.mark.usefixtures("due")
def test_nudge_cli_run_with_nothing_to_send_exits_0(
    engine: Engine, db_url: str, catalogue_file: Path
) -> None:
    assert _run(db_url, catalogue_file, "--now", "2026-11-25T21:00:00+01:00") == 0
    assert {e.outcome for e in NudgeJournal(engine).entries()} == {"skipped", "deferred"}


def test_nudge_cli_usage_errors_exit_2(db_url: str, catalogue_file: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        _run(db_url, catalogue_file, "--now", "mardi soir")
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main([])
    assert caught.value.code == 2


def test_nudge_cli_configuration_errors_exit_3(
    tmp_path: Path, catalogue_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "absent.db"
    assert _run(f"sqlite:///{missing}", catalogue_file, "--dry-run") == 3
    assert not missing.exists()
    assert _run("not a url", catalogue_file) == 3
    bad = tmp_path / "bad.yml"
    bad.write_text("version: 1\nupdated_on: 2026-11-25\nitems: []\n", encoding="utf-8")
    assert main(["check-catalogue", "--catalogue", str(bad)]) == 3
    assert "erreur" in capsys.readouterr().err


def test_nudge_cli_check_catalogue_and_proof(
    db_url: str, opt_in: OptIn, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check-catalogue"]) == 0
    assert "catalogue OK" in capsys.readouterr().out
    opt_in("HS-1", Channel.WHATSAPP, "33600000001")
    assert main(["proof", "HS-1", "--db", db_url]) == 0
    [event] = json.loads(capsys.readouterr().out)
    assert event["wording_version"] == "prevention-tous-v1" and event["member_text"] == "oui"


def test_nudge_cli_as_a_module(db_url: str, engine: Engine, catalogue_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "channels.nudges", "run", "--dry-run", "--json", "--db", db_url],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"] == {}
