"""Console settings from the environment (pydantic-settings).

``ENGINE_URL`` and ``RASA_AUTH_TOKEN`` locate the engine's HTTP API (``rasa run --enable-api
--auth-token ...``): the console pauses, resumes and reads conversations through it.
Session cookies are ``Secure`` unless ``CONSOLE_INSECURE_COOKIES=1`` (plain-HTTP localhost
development and tests only).
"""

from __future__ import annotations

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from channels.security import parse_origins

SECURE_COOKIE_NAME = "__Host-console_session"
INSECURE_COOKIE_NAME = "console_session"


class ConsoleSettings(BaseSettings):
    """Where the engine's HTTP API is, and how console sessions are carried."""

    model_config = SettingsConfigDict(extra="ignore")

    #: the Rasa engine (same variable as the gateway's)
    engine_url: str = "http://127.0.0.1:5005"
    #: the engine's ``--auth-token``, sent as ``?token=``
    rasa_auth_token: SecretStr | None = None
    engine_api_timeout_seconds: float = Field(default=10.0, gt=0)

    #: plain-HTTP development: session cookie without the ``Secure`` flag
    console_insecure_cookies: bool = False
    #: extra origins allowed to post to the console (comma separated), e.g. a TLS front end
    #: whose host differs from the one the gateway sees
    console_allowed_origins: str = ""
    #: output channel of adviser replies on the website (the engine's socket.io channel)
    console_web_output_channel: str = "socketio"
    #: output channel for other engine-side channels (``latest``: the latest input channel)
    console_default_output_channel: str = "latest"
    #: action of the action server that sends pending adviser replies
    console_deliver_action: str = "action_deliver_adviser_replies"
    #: how often the console page refreshes the queue, in seconds
    console_queue_refresh_seconds: int = Field(default=15, ge=5, le=600)
    #: login attempts allowed per login name in 5 minutes (ten times more per client address)
    console_login_attempts: int = Field(default=10, ge=1)

    @property
    def secure_cookies(self) -> bool:
        return not self.console_insecure_cookies

    @property
    def cookie_name(self) -> str:
        """``__Host-`` prefix when Secure: the browser then refuses any Domain or Path."""
        return SECURE_COOKIE_NAME if self.secure_cookies else INSECURE_COOKIE_NAME

    @property
    def allowed_origins(self) -> frozenset[str]:
        return parse_origins(self.console_allowed_origins)

    def engine_token(self) -> str | None:
        if self.rasa_auth_token is None:
            return None
        return self.rasa_auth_token.get_secret_value().strip() or None
