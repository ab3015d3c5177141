"""Member store on SQLite in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
from sqlalchemy import inspect

from members import (
    DEFAULT_URL,
    DEMO_MEMBERS,
    ENV_VAR,
    DatabaseConfigError,
    Member,
    MemberRepository,
    database_url,
    make_engine,
    seed_demo_members,
)
from members.database import REPO_ROOT
from reimbursement import load_contracts


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[MemberRepository]:
    repository = MemberRepository.from_url(f"sqlite:///{tmp_path / 'nested' / 'members.db'}")
    yield repository
    repository.engine.dispose()


def test_tables_and_parent_folder_are_created(tmp_path: Path, repo: MemberRepository) -> None:
    assert (tmp_path / "nested" / "members.db").exists()
    columns = {c["name"] for c in inspect(repo.engine).get_columns("members")}
    assert columns == {
        "member_id",
        "first_name",
        "birth_year",
        "contract_id",
        "ald",
        "c2s",
        "medecin_traitant_declared",
        "created_at",
    }


def test_seed_is_idempotent(repo: MemberRepository) -> None:
    assert seed_demo_members(repo.engine) == len(DEMO_MEMBERS)
    assert seed_demo_members(repo.engine) == 0
    assert len(repo.list_members()) == len(DEMO_MEMBERS)


def test_get_member(repo: MemberRepository) -> None:
    seed_demo_members(repo.engine)
    member = repo.get_member("HS-1002")
    assert isinstance(member, Member)
    assert (member.first_name, member.contract_id, member.ald) == ("Mehdi", "serenite", True)
    assert member.created_at.tzinfo is not None
    assert member.created_at.utcoffset() == UTC.utcoffset(None)
    assert member.age_in(2026) == 68
    assert repo.get_member(" HS-1002 ") == member
    assert repo.get_member("HS-9999") is None


def test_demo_members_use_existing_contracts_on_several_levels() -> None:
    ids = set(load_contracts().ids)
    contracts = {m["contract_id"] for m in DEMO_MEMBERS}
    assert contracts <= ids
    assert len(contracts) >= 4


def test_url_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    explicit = f"sqlite:///{tmp_path / 'a.db'}"
    from_env = f"sqlite:///{tmp_path / 'b.db'}"
    monkeypatch.setenv(ENV_VAR, from_env)
    assert database_url(explicit).database == str(tmp_path / "a.db")
    assert database_url().database == str(tmp_path / "b.db")
    default = database_url(environ={})
    assert DEFAULT_URL.endswith("data/mutuelle.db")
    assert default.database == str(REPO_ROOT / "data" / "mutuelle.db")


def test_postgres_url_is_passed_through() -> None:
    url = database_url("postgresql+psycopg://user:secret@localhost:5432/mutuelle")
    assert url.get_backend_name() == "postgresql"
    assert url.database == "mutuelle"


def test_invalid_url() -> None:
    with pytest.raises(DatabaseConfigError):
        database_url("not a url")


def test_in_memory_database() -> None:
    engine = make_engine("sqlite://")
    assert seed_demo_members(engine) == len(DEMO_MEMBERS)
    engine.dispose()


def test_url_resolution_has_no_side_effect(tmp_path: Path) -> None:
    target = tmp_path / "not-yet" / "m.db"
    database_url(f"sqlite:///{target}")
    assert not target.parent.exists()
    make_engine(f"sqlite:///{target}").dispose()
    assert target.exists()
