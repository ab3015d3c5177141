"""The engine's endpoints file, written from the stack settings at start-up.

Embedded default: the SQL tracker in a SQLite file of ``data/`` and the engine's in-memory lock
store. Production (the scale path): ``TRACKER_URL=postgresql://user:pass@host:5432/db`` puts the
tracker in PostgreSQL and ``LOCK_STORE_URL=redis://host:6379/1`` shares conversation locks
between engine replicas through Redis.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from sqlalchemy.engine import make_url

from stack.settings import StackSettings


class EndpointsError(ValueError):
    """A tracker or lock-store URL the engine cannot use."""


def tracker_store(settings: StackSettings) -> dict[str, Any]:
    if not settings.tracker_url:
        return {"type": "SQL", "dialect": "sqlite", "db": settings.tracker_database}
    url = make_url(settings.tracker_url)
    if url.get_backend_name() != "postgresql":
        raise EndpointsError("TRACKER_URL: only postgresql:// URLs are supported")
    store: dict[str, Any] = {
        "type": "SQL",
        "dialect": "postgresql",
        "url": url.host or "127.0.0.1",
        "port": url.port or 5432,
        "db": url.database or "rasa",
        "username": url.username or "postgres",
    }
    if url.password:
        store["password"] = url.password
    return store


def lock_store(settings: StackSettings) -> dict[str, Any]:
    if not settings.lock_store_url:
        return {"type": "in_memory"}
    url = make_url(settings.lock_store_url)
    store: dict[str, Any] = {
        "type": "redis",
        "url": url.host or "127.0.0.1",
        "port": url.port or 6379,
        "db": int(url.database or 0),
        "key_prefix": "mutuelle",
    }
    if url.password:
        store["password"] = url.password
    return store


def render_endpoints(settings: StackSettings) -> dict[str, Any]:
    return {
        "action_endpoint": {"url": f"http://127.0.0.1:{settings.actions_port}/webhook"},
        "tracker_store": tracker_store(settings),
        "lock_store": lock_store(settings),
    }


def write_endpoints(settings: StackSettings) -> Path:
    """Write ``endpoints.yml`` into the data folder (mode 0600: it may hold a password)."""
    path = settings.data_dir / "endpoints.yml"
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(render_endpoints(settings), sort_keys=False))
    path.chmod(0o600)
    return path
