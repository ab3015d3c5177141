"""Actions write tickets and read members: give each test its own SQLite database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from actions import handoff, member_context


@pytest.fixture(autouse=True)
def isolated_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'mutuelle.db'}"
    monkeypatch.setenv("MUTUELLE_DB_URL", url)
    handoff.ticket_store.cache_clear()
    member_context._repository.cache_clear()
    yield url
    handoff.ticket_store.cache_clear()
    member_context._repository.cache_clear()
