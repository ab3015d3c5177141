"""Import the RPPS extract, a communes file and the optional enrichment file into SQL.

Memory stays bounded whatever the file size: rows are streamed and written in batches
(``batch_size`` rows, one transaction each), and only the communes table (≈ 40 000 rows) is
held in memory. A bad row is reported with its line number and skipped; it never aborts the
import. Rows are upserted by ``(Identifiant PP, site)``, so importing the same files twice
stores the same rows. Once every file has been read, rows of older imports that the new
extract no longer has are removed, and non-libéral activities are dropped for practitioners
who also practise as libéral (the directory is for members looking for a consultation).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from tqdm import tqdm

from care import _importing as rows
from care.communes import Commune, read_communes
from care.database import make_care_engine
from care.enrichment import EnrichmentRow, read_enrichment
from care.exceptions import CareDataError, ImportInterruptedError
from care.orm import (
    CommuneRecord,
    EnrichmentRecord,
    MetaRecord,
    PractitionerRecord,
    SiteRecord,
    SkillRecord,
)
from care.report import ImportReport
from care.rpps import BadRow, RppsFile

__all__ = ["import_directory", "read_meta", "write_meta"]

BATCH_SIZE = 5000


def read_meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(MetaRecord.value).where(MetaRecord.key == key)).scalar()


def write_meta(conn: Connection, values: Mapping[str, str]) -> None:
    _upsert(conn, MetaRecord, [{"key": k, "value": v} for k, v in values.items()], ["key"])


def _upsert(
    conn: Connection, model: type[Any], records: Sequence[dict[str, Any]], keys: list[str]
) -> None:
    """Insert or update ``records`` of ``model`` on its key columns (SQLite or PostgreSQL)."""
    if not records:
        return
    table = model.__table__
    dialect = conn.dialect.name
    if dialect == "sqlite":
        stmt: Any = sqlite.insert(table)
    elif dialect == "postgresql":
        stmt = postgresql.insert(table)
    else:  # pragma: no cover - only SQLite and PostgreSQL are deployed
        raise CareDataError(f"base {dialect!r} non prise en charge (SQLite ou PostgreSQL)")
    updates = {c: stmt.excluded[c] for c in records[0] if c not in keys}
    if updates:
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_=updates)
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=keys)
    conn.execute(stmt, list(records))


def _store_communes(engine: Engine, communes: list[Commune]) -> None:
    """Replace the communes table in one transaction."""
    with engine.begin() as conn:
        conn.execute(delete(CommuneRecord))
        for start in range(0, len(communes), BATCH_SIZE):
            chunk = communes[start : start + BATCH_SIZE]
            conn.execute(insert(CommuneRecord), [rows.commune_record(c) for c in chunk])


class _Writer:
    """Accumulates deduplicated rows and flushes them in one transaction per batch."""

    def __init__(self, engine: Engine, batch_size: int) -> None:
        self.engine = engine
        self.batch_size = batch_size
        self.practitioners: dict[str, dict[str, Any]] = {}
        self.sites: dict[tuple[str, str], dict[str, Any]] = {}
        self.skills: dict[tuple[str, str], dict[str, Any]] = {}
        self.enrichment: dict[str, dict[str, Any]] = {}

    def pending(self) -> int:
        return max(len(self.sites), len(self.skills), len(self.enrichment))

    def maybe_flush(self) -> None:
        if self.pending() >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        with self.engine.begin() as conn:
            _upsert(conn, PractitionerRecord, list(self.practitioners.values()), ["pp_id"])
            _upsert(conn, SiteRecord, list(self.sites.values()), ["pp_id", "site_key"])
            _upsert(conn, SkillRecord, list(self.skills.values()), ["pp_id", "code"])
            _upsert(conn, EnrichmentRecord, list(self.enrichment.values()), ["pp_id"])
        self.practitioners.clear()
        self.sites.clear()
        self.skills.clear()
        self.enrichment.clear()


def _progress(path: Path, label: str, enabled: bool) -> tqdm:
    return tqdm(
        total=path.stat().st_size,
        desc=label,
        unit="o",
        unit_scale=True,
        disable=not enabled,
        leave=False,
    )


def _read_savoir_faire(
    path: Path, writer: _Writer, report: ImportReport, run: int, progress: bool
) -> None:
    source = RppsFile(path, required=rows.SAVOIR_FAIRE_REQUIRED)
    extract = rows.extractor(source, rows.SAVOIR_FAIRE_USED)
    with _progress(path, "savoir-faire", progress) as bar:
        for item in source.rows(bar.update):
            if isinstance(item, BadRow):
                report.add_bad(item)
                continue
            line, values = item
            report.savoir_faire_rows += 1
            skill = rows.skill_from_row(extract(values), run)
            if isinstance(skill, str):
                report.add_bad(BadRow(path.name, line, skill))
            elif skill is not None:
                writer.skills[(skill["pp_id"], skill["code"])] = skill
                writer.maybe_flush()


def _read_activite(
    path: Path,
    lookup: rows.CommuneLookup,
    writer: _Writer,
    report: ImportReport,
    run: int,
    progress: bool,
) -> None:
    source = RppsFile(path, required=rows.ACTIVITE_REQUIRED)
    extract = rows.extractor(source, rows.ACTIVITE_USED)
    with _progress(path, "activités", progress) as bar:
        for item in source.rows(bar.update):
            if isinstance(item, BadRow):
                report.add_bad(item)
                continue
            line, values = item
            report.activite_rows += 1
            parsed = rows.activity_from_row(extract(values), lookup, run)
            if isinstance(parsed, str):
                report.add_bad(BadRow(path.name, line, parsed))
                continue
            if parsed is None:
                report.without_address += 1
                continue
            practitioner, site, skill, by_postcode = parsed
            report.joined_by_postcode += by_postcode
            writer.practitioners[practitioner["pp_id"]] = practitioner
            writer.sites[(site["pp_id"], site["site_key"])] = site
            if skill is not None:
                writer.skills[(skill["pp_id"], skill["code"])] = skill
            writer.maybe_flush()


def _read_enrichment(path: Path, writer: _Writer, report: ImportReport, run: int) -> None:
    for item in read_enrichment(path):
        if isinstance(item, BadRow):
            report.add_bad(item)
            continue
        report.enrichment_rows += 1
        writer.enrichment[item.pp_id] = _enrichment_record(item, run)
        writer.maybe_flush()


def _enrichment_record(item: EnrichmentRow, run: int) -> dict[str, Any]:
    return {
        "pp_id": item.pp_id,
        "sector": item.sector,
        "usual_fee": item.usual_fee,
        "teleconsultation": item.teleconsultation,
        "accepts_new_patients": item.accepts_new_patients,
        "import_run": run,
    }


def _finish(engine: Engine, report: ImportReport, run: int, *, prune: bool, enriched: bool) -> None:
    """Libéral preference, removal of stale rows, counts. One transaction."""
    with engine.begin() as conn:
        liberal = select(SiteRecord.pp_id).where(SiteRecord.mode_code == "L")
        result = conn.execute(
            delete(SiteRecord).where(SiteRecord.mode_code != "L", SiteRecord.pp_id.in_(liberal))
        )
        report.non_liberal_dropped = result.rowcount or 0
        if prune:
            stale = 0
            models: list[type[Any]] = [SiteRecord, SkillRecord, PractitionerRecord]
            if enriched:
                models.append(EnrichmentRecord)
            for model in models:
                outcome = conn.execute(delete(model).where(model.import_run < run))
                stale += outcome.rowcount or 0
            report.stale_removed = stale

        def count(model: type[Any]) -> int:
            return int(conn.execute(select(func.count()).select_from(model)).scalar_one())

        report.sites_stored = count(SiteRecord)
        report.practitioners_stored = count(PractitionerRecord)
        report.skills_stored = count(SkillRecord)
        known = select(PractitionerRecord.pp_id)
        report.enrichment_without_practitioner = int(
            conn.execute(
                select(func.count())
                .select_from(EnrichmentRecord)
                .where(EnrichmentRecord.pp_id.not_in(known))
            ).scalar_one()
        )


def import_directory(
    engine: Engine | str | None = None,
    *,
    activite: Path,
    communes: Path,
    savoir_faire: Path | None = None,
    enrichment: Path | None = None,
    batch_size: int = BATCH_SIZE,
    progress: bool = True,
    max_reported: int = 50,
    prune: bool = True,
    source: str = "import",
) -> ImportReport:
    """Import the directory files; returns the :class:`ImportReport`.

    ``engine`` is an engine or a database URL (default: ``MUTUELLE_DB_URL``, then SQLite).
    ``source`` is recorded in ``care_meta`` (``"samples"`` for the committed samples, so that
    ``ensure-samples`` never overwrites a real import). Raises :class:`CareDataError` for an
    unusable file (before anything is written) and :class:`ImportInterruptedError` if the
    import stops half-way (the batches already written are kept).
    """
    started = time.perf_counter()
    own_engine = not isinstance(engine, Engine)
    db = make_care_engine(engine) if not isinstance(engine, Engine) else engine
    report = ImportReport(max_reported=max_reported)
    report.files = {"activité": activite.name, "communes": communes.name}
    if savoir_faire is not None:
        report.files["savoir-faire"] = savoir_faire.name
    if enrichment is not None:
        report.files["enrichissement"] = enrichment.name
    try:
        # validate every header before writing anything
        RppsFile(activite, required=rows.ACTIVITE_REQUIRED)
        if savoir_faire is not None:
            RppsFile(savoir_faire, required=rows.SAVOIR_FAIRE_REQUIRED)
        if enrichment is not None:
            next(iter(read_enrichment(enrichment)), None)  # reads and checks the header
        commune_list = read_communes(communes)
        report.communes = len(commune_list)
        with db.begin() as conn:
            run = int(read_meta(conn, "import_run") or 0) + 1
            write_meta(conn, {"import_run": str(run)})
        _store_communes(db, commune_list)
        lookup = rows.CommuneLookup(commune_list)
        del commune_list
        writer = _Writer(db, batch_size)
        try:
            if savoir_faire is not None:
                _read_savoir_faire(savoir_faire, writer, report, run, progress)
            _read_activite(activite, lookup, writer, report, run, progress)
            if enrichment is not None:
                _read_enrichment(enrichment, writer, report, run)
            writer.flush()
        except CareDataError:
            raise
        except Exception as exc:
            report.seconds = time.perf_counter() - started
            raise ImportInterruptedError(f"import interrompu : {exc!r}", report) from exc
        _finish(db, report, run, prune=prune, enriched=enrichment is not None)
        report.seconds = time.perf_counter() - started
        report.completed = True
        with db.begin() as conn:
            write_meta(
                conn,
                {
                    "source": source,
                    "imported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "files": ", ".join(report.files.values())[:400],
                },
            )
        return report
    finally:
        if own_engine:
            db.dispose()


def file_digest(paths: Sequence[Path]) -> str:
    """SHA-256 over the names and contents of ``paths`` (change detection for samples)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(b"\0")
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        digest.update(b"\0")
    return digest.hexdigest()
