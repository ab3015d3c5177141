"""Database URL and engine: SQLite file by default, PostgreSQL (or any SQLAlchemy URL) by config.

The URL is, in order: the ``url`` argument, the ``MUTUELLE_DB_URL`` environment variable, then
``sqlite:///data/mutuelle.db``. A relative SQLite path is taken relative to the repository root
(not the working directory), and the folder of a SQLite file is created when missing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from members.exceptions import DatabaseConfigError
from members.orm import Base

ENV_VAR = "MUTUELLE_DB_URL"
DEFAULT_URL = "sqlite:///data/mutuelle.db"
REPO_ROOT = Path(__file__).resolve().parents[1]


def _sqlite_file(url: URL) -> Path | None:
    """The database file of a SQLite URL (``None`` for in-memory or URI databases)."""
    database = url.database
    if url.get_backend_name() != "sqlite" or not database:
        return None
    if database == ":memory:" or database.startswith("file:"):
        return None
    path = Path(database)
    return path if path.is_absolute() else REPO_ROOT / path


def database_url(url: str | None = None, *, environ: Mapping[str, str] | None = None) -> URL:
    """The URL to use: argument, then ``MUTUELLE_DB_URL``, then the SQLite default."""
    env = os.environ if environ is None else environ
    raw = url or env.get(ENV_VAR) or DEFAULT_URL
    try:
        parsed = make_url(raw)
    except ArgumentError as exc:
        raise DatabaseConfigError(f"URL de base de données invalide ({ENV_VAR}) : {exc}") from exc
    path = _sqlite_file(parsed)
    return parsed.set(database=str(path)) if path is not None else parsed


def make_engine(url: str | None = None, *, environ: Mapping[str, str] | None = None) -> Engine:
    """An engine for :func:`database_url`, with the member tables created if missing.

    For a SQLite file, its folder is created first.
    """
    resolved = database_url(url, environ=environ)
    path = _sqlite_file(resolved)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(resolved, pool_pre_ping=True)
    init_db(engine)
    return engine


def init_db(engine: Engine) -> None:
    """Create the tables that do not exist yet (portable DDL, no migrations needed here)."""
    Base.metadata.create_all(engine)
