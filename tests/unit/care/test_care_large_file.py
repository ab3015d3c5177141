"""Large files are streamed: memory stays bounded whatever the number of rows."""

from __future__ import annotations

import resource
from pathlib import Path

import pytest

from care import _importing as rows
from care import import_directory, make_care_engine, read_communes
from care.ensure import sample_files
from care.importer import _Writer
from care.rpps import RppsFile

ROWS = 200_000


def _write_copies(path: Path, count: int) -> None:
    """``count`` rows made from the sample's rows with fresh identifiers (fast)."""
    lines = sample_files().activite.read_text(encoding="utf-8").splitlines(keepends=True)
    header, body = lines[0], lines[1:]
    with path.open("w", encoding="utf-8") as handle:
        handle.write(header)
        for number in range(count):
            line = body[number % len(body)]
            handle.write(f"8|{20_000_000_000 + number}{line[line.index('|', 2) :]}")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


@pytest.mark.large_file
def test_200k_rows_are_streamed_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "PS_LibreAcces_Personne_activite_big.txt"
    _write_copies(path, ROWS)
    assert path.stat().st_size > 50_000_000
    lookup = rows.CommuneLookup(read_communes(sample_files().communes))
    source = RppsFile(path, required=rows.ACTIVITE_REQUIRED)
    extract = rows.extractor(source, rows.ACTIVITE_USED)
    before = _peak_rss_mb()
    counts = {"stored": 0, "without_address": 0, "bad": 0}
    for item in source.rows():
        if not isinstance(item, tuple):
            counts["bad"] += 1
            continue
        parsed = rows.activity_from_row(extract(item[1]), lookup, run=1)
        if parsed is None:
            counts["without_address"] += 1
        elif isinstance(parsed, str):
            counts["bad"] += 1
        else:
            counts["stored"] += 1
    assert counts["bad"] == 0
    assert counts["stored"] + counts["without_address"] == ROWS
    # the 60 MB file never sits in memory: the process peak grows by far less than its size
    assert _peak_rss_mb() - before < 40


@pytest.mark.large_file
def test_import_buffers_at_most_one_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "PS_LibreAcces_Personne_activite_20k.txt"
    _write_copies(path, 20_000)
    largest: list[int] = []
    original = _Writer.flush

    def recording_flush(self: _Writer) -> None:
        largest.append(self.pending())
        original(self)

    monkeypatch.setattr(_Writer, "flush", recording_flush)
    engine = make_care_engine(f"sqlite:///{tmp_path / 'big.db'}")
    report = import_directory(
        engine, activite=path, communes=sample_files().communes, progress=False, batch_size=1000
    )
    engine.dispose()
    assert report.completed and report.bad_rows == 0
    assert report.sites_stored + report.without_address + report.non_liberal_dropped >= 19_000
    assert len(largest) >= 19 and max(largest) <= 1000
