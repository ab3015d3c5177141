"""Engine of the care directory: same database and URL convention as :mod:`members`.

The URL is, in order: the ``url`` argument, ``MUTUELLE_DB_URL``, then
``sqlite:///data/mutuelle.db`` (relative SQLite paths are taken from the repository root), as
resolved by :func:`members.database.database_url`. Only the ``care_*`` tables are created here.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from care.orm import CareBase
from members.database import database_url

__all__ = ["init_care_db", "make_care_engine", "resolve_url"]


def resolve_url(url: str | URL | None = None, *, environ: Mapping[str, str] | None = None) -> URL:
    """The database URL to use (see module docstring)."""
    if isinstance(url, URL):
        return url
    return database_url(url, environ=environ)


def _set_sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_care_engine(
    url: str | URL | None = None, *, environ: Mapping[str, str] | None = None
) -> Engine:
    """An engine with the ``care_*`` tables created if missing (SQLite folder created too)."""
    resolved = resolve_url(url, environ=environ)
    is_sqlite = resolved.get_backend_name() == "sqlite"
    database = resolved.database or ""
    if is_sqlite and database and database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(resolved, pool_pre_ping=True)
    if is_sqlite:
        event.listen(engine, "connect", _set_sqlite_pragmas)
    init_care_db(engine)
    return engine


def init_care_db(engine: Engine) -> None:
    """Create the care tables that do not exist yet."""
    CareBase.metadata.create_all(engine)
