"""Engine for the nudge tables: the same database as the member store.

The URL is resolved like :func:`members.database.database_url`: argument, then
``MUTUELLE_DB_URL``, then ``sqlite:///data/mutuelle.db``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import URL

from channels.nudges.exceptions import NudgeConfigError
from channels.nudges.orm import NudgeBase
from members.database import database_url
from members.database import make_engine as make_member_engine
from members.exceptions import DatabaseConfigError

NUDGE_TABLES = tuple(sorted(NudgeBase.metadata.tables))


def resolve_url(url: str | None = None, *, environ: Mapping[str, str] | None = None) -> URL:
    try:
        return database_url(url, environ=environ)
    except DatabaseConfigError as exc:
        raise NudgeConfigError(str(exc)) from exc


def init_nudge_db(engine: Engine) -> None:
    """Create the nudge tables that do not exist yet."""
    NudgeBase.metadata.create_all(engine)


def make_nudge_engine(
    url: str | None = None, *, environ: Mapping[str, str] | None = None
) -> Engine:
    """An engine with the member tables and the nudge tables created if missing."""
    try:
        engine = make_member_engine(url, environ=environ)
    except DatabaseConfigError as exc:
        raise NudgeConfigError(str(exc)) from exc
    init_nudge_db(engine)
    return engine


def make_readonly_engine(
    url: str | None = None, *, environ: Mapping[str, str] | None = None
) -> Engine:
    """An engine that creates nothing: no folder, no SQLite file, no table (for dry runs)."""
    resolved = resolve_url(url, environ=environ)
    if resolved.get_backend_name() == "sqlite" and resolved.database not in (None, "", ":memory:"):
        database = str(resolved.database)
        if not database.startswith("file:") and not Path(database).exists():
            raise NudgeConfigError(f"la base SQLite {database} n'existe pas")
    return create_engine(resolved, pool_pre_ping=True)


def existing_tables(engine: Engine) -> frozenset[str]:
    return frozenset(inspect(engine).get_table_names())
