"""Fixtures of the handoff tests: a SQLite file in tmp_path and a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from handoff import AdviserDirectory, TicketStore, make_engine
from tests.unit.handoff.handoff_support import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'db' / 'handoff.db'}")
    yield engine
    engine.dispose()


@pytest.fixture
def store(engine: Engine, clock: FakeClock) -> TicketStore:
    return TicketStore(engine, clock=clock)


@pytest.fixture
def directory(engine: Engine, clock: FakeClock) -> AdviserDirectory:
    return AdviserDirectory(engine, clock=clock)
