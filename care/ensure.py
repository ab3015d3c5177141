"""``ensure-samples``: load the committed sample directory when needed, fast and idempotent.

The samples are (re)imported when the directory tables are empty or when the sample files or
the import code changed since the last sample import — a SHA-256 fingerprint is kept in
``care_meta``. A directory filled by a real import (``source=import``) is never
replaced unless ``force=True``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel
from sqlalchemy import Engine, func, select

from care.database import make_care_engine
from care.importer import file_digest, import_directory, read_meta, write_meta
from care.orm import SiteRecord
from care.report import ImportReport
from care.samples import SampleFiles
from members.database import REPO_ROOT

__all__ = ["IMPORTER_VERSION", "SAMPLES_DIR", "EnsureResult", "ensure_samples", "sample_files"]

SAMPLES_DIR = REPO_ROOT / "knowledge_base" / "directory"
IMPORTER_VERSION = "1"
"""Bump to force a re-import of the samples everywhere."""
_IMPORT_CODE = tuple(
    Path(__file__).with_name(name)
    for name in (
        "_importing.py",
        "importer.py",
        "rpps.py",
        "communes.py",
        "enrichment.py",
        "orm.py",
    )
)
"""The import code is part of the fingerprint: a new version re-imports the samples."""


class EnsureResult(BaseModel):
    action: Literal["imported", "up_to_date", "kept_real_import"]
    fingerprint: str
    report: ImportReport | None = None

    def to_text(self) -> str:
        if self.action == "imported" and self.report is not None:
            return (
                f"annuaire d'exemple importé : {self.report.sites_stored} lieux d'exercice, "
                f"{self.report.practitioners_stored} professionnels, "
                f"{self.report.bad_rows} ligne(s) rejetée(s)"
            )
        if self.action == "up_to_date":
            return "annuaire d'exemple déjà à jour"
        return "annuaire issu d'un import réel : exemples non chargés (--force pour remplacer)"


def sample_files(folder: Path = SAMPLES_DIR) -> SampleFiles:
    return SampleFiles.in_folder(folder)


def ensure_samples(
    engine: Engine | str | None = None,
    *,
    folder: Path = SAMPLES_DIR,
    force: bool = False,
    progress: bool = False,
) -> EnsureResult:
    """Import the samples of ``folder`` unless the database already holds them (or real data)."""
    files = sample_files(folder)
    fingerprint = f"v{IMPORTER_VERSION}:" + file_digest((*files.all(), *_IMPORT_CODE))
    own_engine = not isinstance(engine, Engine)
    db = make_care_engine(engine) if not isinstance(engine, Engine) else engine
    try:
        with db.connect() as conn:
            sites = int(conn.execute(select(func.count()).select_from(SiteRecord)).scalar_one())
            source = read_meta(conn, "source")
            stored = read_meta(conn, "samples_fingerprint")
        if not force and sites and source == "import":
            return EnsureResult(action="kept_real_import", fingerprint=fingerprint)
        if not force and sites and source == "samples" and stored == fingerprint:
            return EnsureResult(action="up_to_date", fingerprint=fingerprint)
        report = import_directory(
            db,
            activite=files.activite,
            savoir_faire=files.savoir_faire,
            communes=files.communes,
            enrichment=files.enrichment,
            progress=progress,
            source="samples",
        )
        with db.begin() as conn:
            write_meta(conn, {"samples_fingerprint": fingerprint})
        return EnsureResult(action="imported", fingerprint=fingerprint, report=report)
    finally:
        if own_engine:
            db.dispose()
