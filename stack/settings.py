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
    gateway_port: int = 8080
    data_dir: Path = REPO_ROOT / "data"
    models_dir: Path = REPO_ROOT / "models"
    model_name: str = "mutuelle"
    engine_venv: Path = REPO_ROOT / ".venv-engine"
    #: token protecting the engine's HTTP API; generated into data/ when not given
    rasa_auth_token: str = ""
    #: SQLite file of the tracker store (default data/tracker.db)
    tracker_db: str = ""
    #: production tracker: postgresql://user:password@host:5432/database (empty: SQLite)
    tracker_url: str = ""
    #: lock store shared by engine replicas: redis://host:6379/1 (empty: in memory)
    lock_store_url: str = ""
    log_level: str = "INFO"
    #: application database (members, handoffs, directory…); default a SQLite file in data/
    mutuelle_db_url: str = ""
    #: secret shared with the channels to sign member tokens; generated into data/ if unset
    member_token_secret: str = ""

    @property
    def model_path(self) -> Path:
        return self.models_dir / f"{self.model_name}.tar.gz"

    @property
    def tracker_database(self) -> str:
        if self.tracker_db:
            return self.tracker_db
        return str(self.data_dir / "tracker.db")

    @property
    def database_url(self) -> str:
        return self.mutuelle_db_url or f"sqlite:///{self.data_dir / 'mutuelle.db'}"

    def api_token(self) -> str:
        """The configured token, or one generated once and kept in ``data/`` (mode 0600)."""
        return self.rasa_auth_token or self._generated_secret("rasa-auth-token")

    def member_secret(self) -> str:
        """The member-token signing secret, configured or generated once into ``data/``."""
        return self.member_token_secret or self._generated_secret("member-token.key")

    def _generated_secret(self, name: str) -> str:
        path = self.data_dir / name
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(32))
        return path.read_text().strip()


@functools.cache
def get_settings() -> StackSettings:
    return StackSettings()
