"""The engine's endpoints file: SQLite by default, PostgreSQL tracker and Redis locks on request."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from stack.endpoints import EndpointsError, render_endpoints, write_endpoints
from stack.settings import StackSettings


def test_the_embedded_default_needs_no_service(tmp_path: Path) -> None:
    settings = StackSettings(data_dir=tmp_path, actions_port=6001)
    rendered = render_endpoints(settings)
    assert rendered["tracker_store"] == {
        "type": "SQL",
        "dialect": "sqlite",
        "db": str(tmp_path / "tracker.db"),
    }
    assert rendered["lock_store"] == {"type": "in_memory"}
    assert rendered["action_endpoint"]["url"] == "http://127.0.0.1:6001/webhook"


def test_production_uses_postgresql_and_redis(tmp_path: Path) -> None:
    settings = StackSettings(
        data_dir=tmp_path,
        tracker_url="postgresql://rasa:s3cret@db.internal:5433/tracker",
        lock_store_url="redis://cache.internal:6380/3",
    )
    path = write_endpoints(settings)
    written = yaml.safe_load(path.read_text())
    assert written["tracker_store"] == {
        "type": "SQL",
        "dialect": "postgresql",
        "url": "db.internal",
        "port": 5433,
        "db": "tracker",
        "username": "rasa",
        "password": "s3cret",
    }
    assert written["lock_store"]["type"] == "redis"
    assert (written["lock_store"]["url"], written["lock_store"]["port"]) == ("cache.internal", 6380)
    assert written["lock_store"]["db"] == 3
    assert path.stat().st_mode & 0o077 == 0


def test_an_unsupported_tracker_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EndpointsError):
        render_endpoints(StackSettings(data_dir=tmp_path, tracker_url="mysql://x@y/z"))
