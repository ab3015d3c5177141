"""Processed deliveries in SQL: atomic claim, pruning, the database URL convention."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect

from channels.dedup import DedupStore, make_dedup_engine


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DedupStore]:
    dedup = DedupStore.from_url(f"sqlite:///{tmp_path / 'nested' / 'gw.db'}")
    yield dedup
    dedup.close()


async def test_claim_once_per_channel_and_id(store: DedupStore) -> None:
    assert await store.claim("whatsapp", "wamid.1")
    assert not await store.claim("whatsapp", "wamid.1")
    assert await store.claim("telegram", "wamid.1")


def test_concurrent_claims_let_exactly_one_through(store: DedupStore) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: store.claim_sync("whatsapp", "same"), range(16)))
    assert results.count(True) == 1


def test_old_rows_are_pruned(store: DedupStore) -> None:
    now = datetime(2026, 3, 1, tzinfo=UTC)
    store.claim_sync("telegram", "old", now=now - timedelta(days=8))
    store.claim_sync("telegram", "recent", now=now - timedelta(days=1))
    assert store.prune_sync(now=now) == 1
    assert store.claim_sync("telegram", "old", now=now)
    assert not store.claim_sync("telegram", "recent", now=now)


async def test_pruning_runs_every_n_claims(tmp_path: Path) -> None:
    store = DedupStore(
        make_dedup_engine(f"sqlite:///{tmp_path / 'p.db'}"), retention=timedelta(0), prune_every=3
    )
    for i in range(3):
        await store.claim("web", f"m{i}")
    await asyncio.sleep(0)
    assert await store.claim("web", "m0")  # pruned after the third claim
    store.close()


def test_table_and_folder_are_created(tmp_path: Path, store: DedupStore) -> None:
    assert (tmp_path / "nested" / "gw.db").exists()
    assert "gateway_processed_messages" in inspect(store.engine).get_table_names()
    assert store.ping_sync()


def test_url_falls_back_to_the_project_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MUTUELLE_DB_URL", f"sqlite:///{tmp_path / 'from-env.db'}")
    engine = make_dedup_engine(None)
    assert engine.url.database == str(tmp_path / "from-env.db")
    engine.dispose()


async def test_a_broken_database_lets_the_message_through(tmp_path: Path) -> None:
    store = DedupStore.from_url(f"sqlite:///{tmp_path / 'x.db'}")
    (tmp_path / "x.db").unlink()
    (tmp_path / "x.db").mkdir()  # the file is now a folder: every statement fails
    store.engine.dispose()
    assert await store.claim("web", "m1")
    assert not await store.ping()
    assert await store.prune() == 0
    store.close()
