"""Engine for the handoff tables, on the project's one database.

The URL is resolved like the member store's (:func:`members.database.database_url`): the
``url`` argument, then ``MUTUELLE_DB_URL``, then the SQLite file ``data/mutuelle.db``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import StaticPool

from handoff.orm import Base
from members.database import database_url


def make_engine(url: str | None = None, *, environ: Mapping[str, str] | None = None) -> Engine:
    """An engine with the handoff tables created if missing.

    An in-memory SQLite database is shared by every session and thread of the engine (one
    connection), so that it behaves like a file in tests.
    """
    resolved = database_url(url, environ=environ)
    if resolved.get_backend_name() == "sqlite":
        database = resolved.database or ""
        if database in ("", ":memory:"):
            engine = create_engine(
                resolved, poolclass=StaticPool, connect_args={"check_same_thread": False}
            )
        else:
            if not database.startswith("file:"):
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(resolved, connect_args={"timeout": 15})
    else:
        engine = create_engine(resolved, pool_pre_ping=True)
    init_db(engine)
    return engine


def init_db(engine: Engine) -> None:
    """Create the handoff tables that do not exist yet."""
    Base.metadata.create_all(engine)
