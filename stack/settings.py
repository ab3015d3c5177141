"""Stack settings from the environment: ports, paths and the engine's API token."""

from __future__ import annotations

import functools
import os
import secrets
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class StackSettings(BaseSettings):
    """Every value can be overridden by the environment variable of the same name."""

    model_config = SettingsConfigDict(extra="ignore")

    host: str = "127.0.0.1"
    engine_port: int = 5005
    actions_port: int = 5055
    data_dir: Path = REPO_ROOT / "data"
    models_dir: Path = REPO_ROOT / "models"
    model_name: str = "mutuelle"
    engine_venv: Path = REPO_ROOT / ".venv-engine"
    #: token protecting the engine's HTTP API; generated into data/ when not given
    rasa_auth_token: str = ""
    #: SQLAlchemy dialect of the tracker store; sqlite (default) or postgresql
    tracker_dialect: str = "sqlite"
    #: tracker database: a file for sqlite, a database name for postgresql
    tracker_db: str = ""
    log_level: str = "INFO"

    @property
    def model_path(self) -> Path:
        return self.models_dir / f"{self.model_name}.tar.gz"

    @property
    def tracker_database(self) -> str:
        if self.tracker_db:
            return self.tracker_db
        return str(self.data_dir / "tracker.db")

    def api_token(self) -> str:
        """The configured token, or one generated once and kept in ``data/`` (mode 0600)."""
        if self.rasa_auth_token:
            return self.rasa_auth_token
        path = self.data_dir / "rasa-auth-token"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(32))
        return path.read_text().strip()


@functools.cache
def get_settings() -> StackSettings:
    return StackSettings()
