"""Gateway settings from the environment (pydantic-settings).

Every field is read from the environment variable of the same name in upper case
(``GATEWAY_PORT``, ``WHATSAPP_APP_SECRET``…). A platform whose secrets are not all set is
**disabled**: its webhook answers 404 and nothing it sends is processed — never open.
The database URL follows the project convention: ``GATEWAY_DB_URL`` if set, else
``MUTUELLE_DB_URL``, else ``sqlite:///data/mutuelle.db`` (see :mod:`members.database`).
"""

from __future__ import annotations

import functools

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_WHATSAPP_API_BASE_URL = "https://graph.facebook.com/v21.0"
DEFAULT_TELEGRAM_API_BASE_URL = "https://api.telegram.org"


def _is_set(secret: SecretStr | str | None) -> bool:
    if secret is None:
        return False
    value = secret.get_secret_value() if isinstance(secret, SecretStr) else secret
    return bool(value.strip())


class GatewaySettings(BaseSettings):
    """Where the gateway listens, where the engine is, platform secrets and limits."""

    model_config = SettingsConfigDict(extra="ignore")

    gateway_host: str = "127.0.0.1"
    gateway_port: int = Field(default=8080, ge=1, le=65535)
    #: the Rasa engine; its REST channel is ``{engine_url}/webhooks/rest/webhook``
    engine_url: str = "http://127.0.0.1:5005"
    engine_timeout_seconds: float = Field(default=15.0, gt=0)
    #: timeout of every call to the WhatsApp Graph API and the Telegram Bot API
    outbound_timeout_seconds: float = Field(default=10.0, gt=0)

    whatsapp_verify_token: SecretStr | None = None
    whatsapp_app_secret: SecretStr | None = None
    whatsapp_access_token: SecretStr | None = None
    whatsapp_phone_number_id: str | None = None
    #: Graph API base URL including the version
    whatsapp_api_base_url: str = DEFAULT_WHATSAPP_API_BASE_URL

    telegram_bot_token: SecretStr | None = None
    telegram_secret_token: SecretStr | None = None
    telegram_api_base_url: str = DEFAULT_TELEGRAM_API_BASE_URL

    #: longest member message forwarded to the engine, in characters
    max_message_chars: int = Field(default=2000, gt=0)
    #: largest webhook body accepted, in bytes
    max_body_bytes: int = Field(default=64 * 1024, gt=0)
    #: token bucket per sender: ``rate_limit_messages`` per ``rate_limit_period_seconds``
    rate_limit_messages: int = Field(default=20, gt=0)
    rate_limit_period_seconds: float = Field(default=60.0, gt=0)
    #: how long processed message ids are kept to drop retried deliveries
    dedup_retention_hours: float = Field(default=7 * 24, gt=0)

    gateway_db_url: str | None = None
    log_level: str = "INFO"

    def missing_whatsapp_settings(self) -> list[str]:
        """Names of the WhatsApp variables that are not set (empty when enabled)."""
        required: dict[str, SecretStr | str | None] = {
            "WHATSAPP_VERIFY_TOKEN": self.whatsapp_verify_token,
            "WHATSAPP_APP_SECRET": self.whatsapp_app_secret,
            "WHATSAPP_ACCESS_TOKEN": self.whatsapp_access_token,
            "WHATSAPP_PHONE_NUMBER_ID": self.whatsapp_phone_number_id,
        }
        return [name for name, value in required.items() if not _is_set(value)]

    def missing_telegram_settings(self) -> list[str]:
        """Names of the Telegram variables that are not set (empty when enabled)."""
        required: dict[str, SecretStr | str | None] = {
            "TELEGRAM_BOT_TOKEN": self.telegram_bot_token,
            "TELEGRAM_SECRET_TOKEN": self.telegram_secret_token,
        }
        return [name for name, value in required.items() if not _is_set(value)]

    @property
    def whatsapp_enabled(self) -> bool:
        return not self.missing_whatsapp_settings()

    @property
    def telegram_enabled(self) -> bool:
        return not self.missing_telegram_settings()


@functools.cache
def get_settings() -> GatewaySettings:
    return GatewaySettings()
