"""``python -m care``: ensure-samples, search, import, generate, write-samples."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import care
from care import CareDirectory
from care.cli import main
from care.ensure import SAMPLES_DIR, ensure_samples, sample_files
from care.samples import write_samples
from members.database import REPO_ROOT


def test_public_api_is_exported() -> None:
    for name in care.__all__:
        assert hasattr(care, name), name
    for name in ("parse_care_query", "search_care", "format_results_fr", "ensure_samples"):
        assert name in care.__all__


def test_committed_samples_are_reproducible_and_small(tmp_path: Path) -> None:
    written = write_samples(tmp_path)
    committed = sample_files(SAMPLES_DIR)
    for new, old in zip(written.all(), committed.all(), strict=True):
        assert new.read_bytes() == old.read_bytes(), old.name
    total = sum(p.stat().st_size for p in SAMPLES_DIR.iterdir())
    assert total < 300_000


def test_ensure_samples_is_idempotent_and_respects_real_imports(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    first = ensure_samples(url)
    assert first.action == "imported" and first.report is not None
    assert first.report.bad_rows == 0 and first.report.sites_stored > 400
    assert ensure_samples(url).action == "up_to_date"
    assert ensure_samples(url, force=True).action == "imported"
    directory = CareDirectory.open(url)
    assert len(directory.index) == first.report.sites_stored
    directory.engine.dispose()
    assert main(["ensure-samples", "--db", url]) == 0


def test_search_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    assert main(["search", "un dermato à Nantes", "--db", url]) == 2  # empty directory
    assert "ensure-samples" in capsys.readouterr().err
    assert main(["ensure-samples", "--db", url]) == 0
    capsys.readouterr()
    assert (
        main(["search", "un", "dermato", "à", "Nantes", "--contract", "confort", "--db", url]) == 0
    )
    out = capsys.readouterr().out
    assert "dermatologues près de Nantes" in out and "reste à charge estimé" in out
    assert (
        main(["search", "un kiné près de chez moi", "--home", "44400", "--json", "--db", url]) == 0
    )
    payload = json.loads(capsys.readouterr().out)
    assert payload["status"] == "ok" and payload["place"]["postal_code"] == "44400"


def test_generate_then_import_with_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "gen"
    assert main(["generate", "--rows", "600", "--out", str(out), "--columns", "52"]) == 0
    activite = next(out.glob("PS_LibreAcces_Personne_activite_*.txt"))
    assert activite.read_text(encoding="utf-8").splitlines()[0].count("|") == 52
    report = tmp_path / "report.json"
    code = main(
        [
            "import",
            "--activite", str(activite),
            "--savoir-faire", str(next(out.glob("PS_LibreAcces_SavoirFaire_*.txt"))),
            "--communes", str(out / "communes_sample.csv"),
            "--enrichment", str(next(out.glob("enrichissement_*.csv"))),
            "--db", f"sqlite:///{tmp_path / 'db.sqlite'}",
            "--report", str(report),
            "--no-progress",
        ]
    )  # fmt: skip
    assert code == 0
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["completed"] and data["bad_rows"] == 0 and data["sites_stored"] > 500
    assert "lieux d'exercice enregistrés" in capsys.readouterr().out
    bad = main(
        ["import", "--activite", str(report), "--communes", str(report), "--db", "sqlite://"]
    )
    assert bad == 1


def test_module_runs_as_a_subprocess(tmp_path: Path) -> None:
    env = os.environ | {"MUTUELLE_DB_URL": f"sqlite:///{tmp_path / 'db.sqlite'}"}
    command = [sys.executable, "-m", "care", "ensure-samples"]
    first = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert "importé" in first.stdout
    second = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True)
    assert "déjà à jour" in second.stdout
