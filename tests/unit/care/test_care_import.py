"""RPPS import: layouts, bad rows, idempotence, enrichment, communes join, libéral preference."""

from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from care import CareDataError, ImportInterruptedError, import_directory
from care.importer import _Writer
from care.orm import CommuneRecord, EnrichmentRecord, PractitionerRecord, SiteRecord, SkillRecord
from care.rpps import ACTIVITE_COLUMNS, ACTIVITE_COLUMNS_52, RppsFile
from tests.unit.care.care_files import activite_row, rpps_line, write_activite, write_savoir_faire


def _count(engine: Engine, model: type) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model)).scalar_one())


def _sites(engine: Engine) -> dict[str, SiteRecord]:
    with Session(engine) as session:
        return {site.pp_id: site for site in session.scalars(select(SiteRecord))}


def test_header_layouts_are_exactly_the_official_ones() -> None:
    assert len(ACTIVITE_COLUMNS_52) == 52
    assert len(ACTIVITE_COLUMNS) == 56
    assert ACTIVITE_COLUMNS[:52] == ACTIVITE_COLUMNS_52
    assert ACTIVITE_COLUMNS[52:] == (
        "Code rôle",
        "Libellé rôle",
        "Code genre activité",
        "Libellé genre activité",
    )
    sample = Path("knowledge_base/directory/PS_LibreAcces_Personne_activite_sample.txt")
    header = sample.read_text(encoding="utf-8").splitlines()[0]
    assert header == "|".join(ACTIVITE_COLUMNS) + "|"


@pytest.mark.parametrize(
    ("columns", "trailing"),
    [
        (ACTIVITE_COLUMNS, True),
        (ACTIVITE_COLUMNS_52, True),
        (ACTIVITE_COLUMNS_52, False),
        (tuple(reversed(ACTIVITE_COLUMNS)), True),
        (tuple(random.Random(3).sample(ACTIVITE_COLUMNS, k=56)), True),
    ],
    ids=["56", "52", "52-no-trailing-pipe", "56-reversed", "56-shuffled"],
)
def test_columns_are_matched_by_name(
    tmp_path: Path,
    engine: Engine,
    communes_csv: Path,
    columns: tuple[str, ...],
    trailing: bool,
) -> None:
    rows = [
        activite_row("10000000001", skill="SM15"),
        activite_row("10000000002", profession="40", insee="44143", postcode="44400"),
    ]
    activite = write_activite(tmp_path / "a.txt", rows, columns, trailing=trailing)
    report = import_directory(engine, activite=activite, communes=communes_csv, progress=False)
    assert report.completed and report.bad_rows == 0
    assert report.sites_stored == 2
    sites = _sites(engine)
    assert sites["10000000001"].commune_name == "Nantes"
    assert sites["10000000001"].address == "12 Rue de la Paix"
    assert sites["10000000001"].phone == "02 61 91 00 00"
    assert sites["10000000002"].insee_code == "44143"
    with engine.connect() as conn:
        skills = conn.execute(select(SkillRecord.pp_id, SkillRecord.code)).all()
    assert [tuple(s) for s in skills] == [("10000000001", "SM15")]


def test_bad_rows_are_reported_with_line_numbers_and_skipped(
    tmp_path: Path, engine: Engine, communes_csv: Path
) -> None:
    good = [activite_row(f"1000000000{i}") for i in range(1, 5)]
    path = write_activite(tmp_path / "a.txt", good[:2])
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    cols = ACTIVITE_COLUMNS

    bad = [
        "8|123|short row|\n",  # line 4: wrong column count
        rpps_line(activite_row(""), cols),  # line 5: missing id
        rpps_line(activite_row("10000000091", insee="99999", postcode="99999"), cols),  # line 6
        rpps_line(activite_row("10000000092", profession="X1"), cols),  # line 7
        rpps_line(activite_row("10000000093", postcode="4400"), cols),  # line 8
        rpps_line(activite_row("10000000094", skill="sm 15"), cols),  # line 9
    ]
    tail = [rpps_line(r, cols) for r in good[2:]]
    path.write_text("".join([*lines, *bad, *tail]), encoding="utf-8")
    report = import_directory(engine, activite=path, communes=communes_csv, progress=False)
    assert report.completed
    assert report.activite_rows == 9  # every row with the right width was read
    assert report.bad_rows == 6
    assert report.sites_stored == 4
    assert sorted(_sites(engine)) == [f"1000000000{i}" for i in range(1, 5)]
    reasons = {row.line: row.reason for row in report.first_bad_rows}
    assert reasons[4].startswith("nombre de colonnes incorrect (4 au lieu de 56)")
    assert reasons[5] == "identifiant PP manquant"
    assert reasons[6].startswith("commune inconnue : code commune 99999")
    assert reasons[7].startswith("code profession invalide")
    assert reasons[8].startswith("code postal invalide")
    assert reasons[9].startswith("code savoir-faire invalide")
    assert report.bad_reasons["commune inconnue"] == 1
    text = report.to_text()
    assert "a.txt, ligne 6 : commune inconnue" in text
    json_path = tmp_path / "out" / "report.json"
    report.write(json_path)
    assert json.loads(json_path.read_text())["bad_rows"] == 6
    report.write(tmp_path / "report.txt")
    assert "lignes rejetées : 6" in (tmp_path / "report.txt").read_text()


def test_max_reported_caps_the_detailed_list(
    tmp_path: Path, engine: Engine, communes_csv: Path
) -> None:
    rows = [activite_row(f"1000000{i:04d}", insee="99999", postcode="") for i in range(30)]
    path = write_activite(tmp_path / "a.txt", rows)
    report = import_directory(
        engine, activite=path, communes=communes_csv, progress=False, max_reported=5
    )
    assert report.bad_rows == 30 and len(report.first_bad_rows) == 5


def test_reimport_is_idempotent_and_prunes_what_disappeared(
    tmp_path: Path, engine: Engine, communes_csv: Path
) -> None:
    rows = [activite_row(f"1000000000{i}", skill="SM54") for i in range(1, 6)]
    path = write_activite(tmp_path / "a.txt", rows)
    first = import_directory(engine, activite=path, communes=communes_csv, progress=False)
    ids_before = {pp: site.id for pp, site in _sites(engine).items()}
    second = import_directory(engine, activite=path, communes=communes_csv, progress=False)
    assert (first.sites_stored, second.sites_stored) == (5, 5)
    assert second.stale_removed == 0
    assert {pp: site.id for pp, site in _sites(engine).items()} == ids_before  # upserted
    assert _count(engine, SkillRecord) == 5
    write_activite(path, rows[:3])
    third = import_directory(engine, activite=path, communes=communes_csv, progress=False)
    assert third.sites_stored == 3
    assert third.stale_removed == 2 + 2 + 2  # sites, skills and practitioners
    assert _count(engine, PractitionerRecord) == 3


def test_interrupted_import_keeps_stored_batches(
    tmp_path: Path, engine: Engine, communes_csv: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [activite_row(f"100000{i:05d}") for i in range(25)]
    path = write_activite(tmp_path / "a.txt", rows)
    import_directory(engine, activite=path, communes=communes_csv, progress=False)
    flushes = 0
    original = _Writer.flush

    def failing_flush(self: _Writer) -> None:
        nonlocal flushes
        flushes += 1
        if flushes == 2:
            raise OSError("disque plein")
        original(self)

    monkeypatch.setattr(_Writer, "flush", failing_flush)
    more = [activite_row(f"200000{i:05d}") for i in range(25)]
    write_activite(path, more + rows)
    with pytest.raises(ImportInterruptedError) as info:
        import_directory(
            engine, activite=path, communes=communes_csv, progress=False, batch_size=10
        )
    assert not info.value.report.completed
    assert _count(engine, SiteRecord) == 25 + 10  # old rows kept + the first new batch


def test_missing_required_column_fails_before_writing(
    tmp_path: Path, engine: Engine, communes_csv: Path
) -> None:
    columns = [c for c in ACTIVITE_COLUMNS if c != "Code commune (coord. structure)"]
    path = write_activite(tmp_path / "a.txt", [activite_row("10000000001")], columns)
    with pytest.raises(CareDataError, match="Code commune"):
        import_directory(engine, activite=path, communes=communes_csv, progress=False)
    assert _count(engine, CommuneRecord) == 0
    good = write_activite(tmp_path / "good.txt", [activite_row("10000000001")])
    enrichment = tmp_path / "enrichissement.csv"
    enrichment.write_text("rpps;secteur\n10000000001;1\n", encoding="utf-8")
    with pytest.raises(CareDataError, match="identifiant"):
        import_directory(
            engine, activite=good, communes=communes_csv, enrichment=enrichment, progress=False
        )
    assert _count(engine, SiteRecord) == 0
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(CareDataError, match="vide"):
        RppsFile(tmp_path / "empty.txt")


def test_commune_join_by_code_then_postcode(
    tmp_path: Path, engine: Engine, communes_csv: Path
) -> None:
    rows = [
        activite_row("10000000001", insee="44162", postcode="44800"),
        activite_row("10000000002", insee="", postcode="44400"),  # no commune code
        activite_row("10000000003", insee="44999", postcode="44700"),  # stale code
        activite_row("10000000004", insee="", postcode=""),  # no practice address
    ]
    path = write_activite(tmp_path / "a.txt", rows)
    report = import_directory(engine, activite=path, communes=communes_csv, progress=False)
    sites = _sites(engine)
    assert sites["10000000001"].commune_name == "Saint-Herblain"
    assert (sites["10000000002"].insee_code, sites["10000000002"].latitude) == ("44143", 47.1917)
    assert sites["10000000003"].insee_code == "44114"
    assert "10000000004" not in sites
    assert (report.joined_by_postcode, report.without_address, report.bad_rows) == (2, 1, 0)


def test_liberal_activity_is_preferred(tmp_path: Path, engine: Engine, communes_csv: Path) -> None:
    rows = [
        activite_row("10000000001", mode="S", structure="HOPITAL"),
        activite_row("10000000001", mode="L", structure="CABINET"),
        activite_row("10000000001", structure="CABINET2", insee="44143", postcode="44400"),
        activite_row("10000000002", mode="S", structure="HOPITAL"),  # salaried only: kept
    ]
    path = write_activite(tmp_path / "a.txt", rows)
    report = import_directory(engine, activite=path, communes=communes_csv, progress=False)
    assert report.non_liberal_dropped == 1
    with engine.connect() as conn:
        kept = conn.execute(select(SiteRecord.pp_id, SiteRecord.site_key)).all()
    assert sorted(tuple(k) for k in kept) == [
        ("10000000001", "CABINET"),
        ("10000000001", "CABINET2"),
        ("10000000002", "HOPITAL"),
    ]


def test_savoir_faire_file_and_enrichment(
    tmp_path: Path, engine: Engine, communes_csv: Path
) -> None:
    rows = [activite_row(f"1000000000{i}") for i in range(1, 5)]
    activite = write_activite(tmp_path / "a.txt", rows)
    savoir_faire = write_savoir_faire(
        tmp_path / "sf.txt", [("10000000001", "SM15"), ("10000000002", "SM38"), ("", "SM04")]
    )
    enrichment = tmp_path / "enrichissement.csv"
    enrichment.write_text(
        "identifiant;secteur;optam;tarif_habituel;teleconsultation;nouveaux_patients\n"
        "10000000001;1;;31,50;oui;non\n"
        "810000000002;2;oui;55;non;\n"  # Identification nationale PP accepted
        "10000000003;2;non;70.00;;oui\n"
        "10000000004;S2;;;;\n"
        "10000000099;3;;80;;\n"  # unknown practitioner: stored, counted
        "10000000005;4;;;;\n"  # bad sector
        "10000000006;1;;trente;;\n"  # bad fee
        ";1;;;;\n",  # missing id
        encoding="utf-8",
    )
    report = import_directory(
        engine,
        activite=activite,
        savoir_faire=savoir_faire,
        communes=communes_csv,
        enrichment=enrichment,
        progress=False,
    )
    assert report.savoir_faire_rows == 3 and report.skills_stored == 2
    assert report.enrichment_rows == 5 and report.enrichment_without_practitioner == 1
    assert report.bad_rows == 4
    reasons = {(r.file, r.line): r.reason for r in report.first_bad_rows}
    assert reasons[("enrichissement.csv", 7)].startswith("secteur")
    assert reasons[("enrichissement.csv", 8)].startswith("tarif_habituel")
    assert reasons[("enrichissement.csv", 9)] == "identifiant manquant"
    assert reasons[("sf.txt", 4)] == "identifiant PP manquant"
    with Session(engine) as session:
        stored = {e.pp_id: e for e in session.scalars(select(EnrichmentRecord))}
    assert stored["10000000001"].sector == "secteur_1"
    assert stored["10000000001"].usual_fee == Decimal("31.50")
    assert stored["10000000001"].teleconsultation is True
    assert stored["10000000001"].accepts_new_patients is False
    assert stored["10000000002"].sector == "secteur_2_optam"
    assert stored["10000000003"].sector == "secteur_2_non_optam"
    assert stored["10000000004"].sector == "secteur_2"  # OPTAM unknown
    assert stored["10000000004"].usual_fee is None
