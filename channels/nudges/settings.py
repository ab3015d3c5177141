"""Scheduler settings from the environment (pydantic-settings).

``ENGINE_URL`` and ``RASA_AUTH_TOKEN`` are shared with the rest of the stack; the others use the
``NUDGE_`` prefix. Quiet hours (20:00-09:00 Europe/Paris) are a product rule quoted in the
consent text, so they are constants, not settings.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from channels.nudges.catalogue import DEFAULT_CATALOGUE
from channels.nudges.enums import Channel

TIMEZONE = "Europe/Paris"
QUIET_FROM = dt.time(20, 0)
QUIET_UNTIL = dt.time(9, 0)
#: Rasa's name for "collect the bot's messages and return them" (no engine-side channel)
COLLECTOR = "collector"


class FrequencyCap(BaseModel):
    """At most ``max_nudges`` nudges per member in any ``period_days`` rolling days."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_nudges: int = Field(ge=0)
    period_days: int = Field(ge=1)


class NudgeSettings(BaseSettings):
    """Where the engine is, how often members may be nudged, how each channel is reached."""

    model_config = SettingsConfigDict(env_prefix="NUDGE_", extra="ignore")

    engine_url: str = Field(
        default="http://localhost:5005",
        validation_alias=AliasChoices("ENGINE_URL", "NUDGE_ENGINE_URL"),
    )
    rasa_auth_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("RASA_AUTH_TOKEN", "NUDGE_RASA_AUTH_TOKEN")
    )
    catalogue_path: Path = DEFAULT_CATALOGUE
    intent: str = "nudge_reminder"
    caps: list[FrequencyCap] = Field(
        default_factory=lambda: [
            FrequencyCap(max_nudges=1, period_days=7),
            FrequencyCap(max_nudges=4, period_days=90),
        ]
    )
    whatsapp_window_hours: float = Field(default=24.0, gt=0, le=24)
    #: ``output_channel`` of trigger_intent per channel. ``socketio``: the engine pushes to the
    #: open web page. ``collector``: the engine returns the bot's messages and the gateway's
    #: relay delivers them (WhatsApp and Telegram go through the gateway, not the engine).
    output_channels: dict[Channel, str] = Field(
        default_factory=lambda: {
            Channel.WEB: "socketio",
            Channel.TELEGRAM: COLLECTOR,
            Channel.WHATSAPP: COLLECTOR,
        }
    )
    http_timeout_seconds: float = Field(default=10.0, gt=0)
    #: ``module:callable`` returning an object with ``send_template`` (the gateway's client)
    template_sender_factory: str | None = None
    #: ``module:callable`` returning an object with ``deliver`` (the gateway's renderer)
    relay_factory: str | None = None


@functools.cache
def get_settings() -> NudgeSettings:
    return NudgeSettings()
