"""Website settings from the environment (pydantic-settings).

Every field is read from the environment variable of the same name in upper case.

- ``PUBLIC_ENGINE_URL``: the engine as the **browser** reaches it (its socket.io channel);
  written into the page and into the CSP ``connect-src``.
- ``WEBSITE_DEMO_PASSWORD``: the demo member login; unset → login disabled, the page works
  anonymously.
- ``MEMBER_TOKEN_SECRET``: signs the member tokens the widget sends to the engine (shared with
  the action server); when unset, ``data/member-token.key`` (what ``make run`` generates) is
  used if it exists, else the login is disabled.
- Session cookies are ``Secure`` (``__Host-`` prefix) unless ``WEBSITE_INSECURE_COOKIES=1``
  (plain-HTTP localhost development and tests only).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from channels.security import parse_origins

REPO_ROOT = Path(__file__).resolve().parents[2]
WEB_DIR = Path(__file__).resolve().parent
SECURE_COOKIE_NAME = "__Host-website_session"
INSECURE_COOKIE_NAME = "website_session"


class WebsiteSettings(BaseSettings):
    """Where the browser finds the engine, the demo login and the member-token secret."""

    model_config = SettingsConfigDict(extra="ignore")

    #: the engine's socket.io channel as the browser reaches it (scheme, host, port)
    public_engine_url: str = "http://127.0.0.1:5005"
    #: the engine's ``socketio_path`` (credentials file; Rasa's default)
    public_engine_socketio_path: str = "/socket.io/"
    #: socket.io transports the widget tries, in order (``polling``, ``websocket``): the
    #: engine environment's Sanic 21.12 + python-engineio 4.15 break the websocket transport
    #: ("Invalid frame header"), so the default is long-polling (needs the engine's ``--cors``)
    public_engine_transports: str = "polling"
    #: the key under which the widget sends its metadata (the engine's ``metadata_key``)
    website_metadata_key: str = "metadata"

    #: the demo login's password; unset: no login, the page works anonymously
    website_demo_password: SecretStr | None = None
    #: the member-token signing secret (shared with the action server)
    member_token_secret: SecretStr | None = None
    #: used when ``MEMBER_TOKEN_SECRET`` is not set (the file ``make run`` generates)
    member_token_key_file: Path = REPO_ROOT / "data" / "member-token.key"
    #: life of a member token handed to the widget (it fetches a new one when needed)
    website_member_token_ttl_seconds: int = Field(default=15 * 60, ge=60, le=8 * 3600)
    #: life of the website session cookie
    website_session_hours: float = Field(default=8.0, gt=0, le=24 * 30)
    #: plain-HTTP development: session cookie without ``Secure``
    website_insecure_cookies: bool = False
    #: extra origins allowed to post the login form (comma separated), e.g. a TLS front end
    website_allowed_origins: str = ""
    #: login attempts allowed per member id and per client address in 5 minutes
    website_login_attempts: int = Field(default=10, ge=1)
    #: the members database (``MUTUELLE_DB_URL`` convention when unset)
    website_members_db_url: str | None = None

    @field_validator("public_engine_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError("PUBLIC_ENGINE_URL must be an http(s) URL")
        return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"

    @field_validator("public_engine_socketio_path")
    @classmethod
    def _path(cls, value: str) -> str:
        value = "/" + value.strip().strip("/")
        return value + "/"

    @field_validator("public_engine_transports")
    @classmethod
    def _transports(cls, value: str) -> str:
        names = [name.strip().lower() for name in value.split(",") if name.strip()]
        if not names or any(name not in ("polling", "websocket") for name in names):
            raise ValueError("PUBLIC_ENGINE_TRANSPORTS: a comma list of polling, websocket")
        return ",".join(dict.fromkeys(names))

    @property
    def transports(self) -> tuple[str, ...]:
        return tuple(self.public_engine_transports.split(","))

    @property
    def engine_origin(self) -> str:
        parts = urlsplit(self.public_engine_url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def engine_websocket_origin(self) -> str:
        parts = urlsplit(self.public_engine_url)
        return f"{'wss' if parts.scheme == 'https' else 'ws'}://{parts.netloc}"

    def token_secret(self) -> str:
        """The member-token secret: the variable, else the key file, else ``''``."""
        if self.member_token_secret is not None:
            value = self.member_token_secret.get_secret_value().strip()
            if value:
                return value
        path = self.member_token_key_file
        return path.read_text().strip() if path.is_file() else ""

    def session_secret(self) -> str:
        """The key of the session cookie, derived from the token secret (never the same)."""
        secret = self.token_secret()
        if not secret:
            return ""
        return hmac.new(secret.encode(), b"website-session-cookie", hashlib.sha256).hexdigest()

    @property
    def demo_password(self) -> str:
        if self.website_demo_password is None:
            return ""
        return self.website_demo_password.get_secret_value()

    @property
    def login_enabled(self) -> bool:
        return bool(self.demo_password) and bool(self.token_secret())

    @property
    def secure_cookies(self) -> bool:
        return not self.website_insecure_cookies

    @property
    def cookie_name(self) -> str:
        """``__Host-`` prefix when Secure: the browser then refuses any Domain or Path."""
        return SECURE_COOKIE_NAME if self.secure_cookies else INSECURE_COOKIE_NAME

    @property
    def allowed_origins(self) -> frozenset[str]:
        return parse_origins(self.website_allowed_origins)


@functools.cache
def get_website_settings() -> WebsiteSettings:
    return WebsiteSettings()
