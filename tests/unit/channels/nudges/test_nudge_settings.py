"""Settings from the environment, and the gateway's sender factories (``module:callable``)."""

from __future__ import annotations

import pytest

from channels.nudges import Channel, FrequencyCap, NudgeConfigError, NudgeSettings
from channels.nudges.__main__ import main
from channels.nudges.senders import load_factory
from tests.unit.channels.nudges.nudge_fakes import FakeRelay

FAKES = "tests.unit.channels.nudges.nudge_fakes"


def test_nudge_settings_defaults() -> None:
    settings = NudgeSettings()
    assert settings.engine_url == "http://localhost:5005" and settings.rasa_auth_token is None
    assert settings.caps == [
        FrequencyCap(max_nudges=1, period_days=7),
        FrequencyCap(max_nudges=4, period_days=90),
    ]
    assert settings.output_channels[Channel.WEB] == "socketio"
    assert settings.output_channels[Channel.WHATSAPP] == "collector"
    assert settings.intent == "nudge_reminder"


def test_nudge_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENGINE_URL", "http://engine:5005")
    monkeypatch.setenv("RASA_AUTH_TOKEN", "s3cret")
    monkeypatch.setenv("NUDGE_CAPS", '[{"max_nudges": 2, "period_days": 30}]')
    monkeypatch.setenv("NUDGE_OUTPUT_CHANNELS", '{"web": "socketio", "telegram": "telegram"}')
    settings = NudgeSettings()
    assert settings.engine_url == "http://engine:5005"
    assert settings.rasa_auth_token is not None
    assert settings.rasa_auth_token.get_secret_value() == "s3cret"
    assert "s3cret" not in repr(settings)
    assert settings.caps == [FrequencyCap(max_nudges=2, period_days=30)]
    assert settings.output_channels[Channel.TELEGRAM] == "telegram"


def test_nudge_load_factory() -> None:
    assert isinstance(load_factory(f"{FAKES}:FakeRelay"), FakeRelay)
    for spec in ("no-colon", f"{FAKES}:Missing", "no_such_module:factory", f"{FAKES}:FAKES"):
        with pytest.raises(NudgeConfigError):
            load_factory(spec)
    with pytest.raises(NudgeConfigError, match="failed"):
        load_factory("json:loads")  # raises TypeError when called without arguments


def test_nudge_cli_rejects_a_factory_of_the_wrong_kind(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NUDGE_RELAY_FACTORY", f"{FAKES}:FakeTemplateSender")
    assert main(["run", "--db", db_url]) == 3
    monkeypatch.setenv("NUDGE_RELAY_FACTORY", f"{FAKES}:FakeRelay")
    monkeypatch.setenv("NUDGE_TEMPLATE_SENDER_FACTORY", f"{FAKES}:FakeRelay")
    assert main(["run", "--db", db_url]) == 3
