"""Fixtures of the care directory tests: tiny RPPS files in tmp_path and the imported samples."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from care import CareDirectory, Gazetteer, ensure_samples, make_care_engine, read_communes
from care.ensure import SAMPLES_DIR, sample_files
from tests.unit.care.care_files import COMMUNES_CSV


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "large_file: streams a large generated RPPS file (kept to a few seconds)"
    )


@pytest.fixture
def communes_csv(tmp_path: Path) -> Path:
    path = tmp_path / "communes.csv"
    path.write_text(COMMUNES_CSV, encoding="utf-8")
    return path


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    db = make_care_engine(f"sqlite:///{tmp_path / 'care.db'}")
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def sample_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    db = make_care_engine(f"sqlite:///{tmp_path_factory.mktemp('care') / 'samples.db'}")
    ensure_samples(db)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def directory(sample_engine: Engine) -> CareDirectory:
    return CareDirectory.open(sample_engine)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer(read_communes(sample_files(SAMPLES_DIR).communes))
