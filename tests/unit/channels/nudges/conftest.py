"""Nudge fixtures: a SQLite database in tmp_path, a tiny catalogue, fake senders."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from channels.nudges import (
    Catalogue,
    Channel,
    ConsentLedger,
    NudgeScheduler,
    NudgeSettings,
    NudgeTopic,
    current_wording,
    make_nudge_engine,
    parse_catalogue,
)
from members.orm import MemberRecord
from tests.unit.channels.nudges.nudge_fakes import FakeRelay, FakeTemplateSender, FakeTrigger

#: a Wednesday, 11:00 in Paris, inside the flu season
NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)

SOURCE = """
    sources:
      - title: "Source de test"
        url: https://www.ameli.fr/test
        updated: 2026-06-01
"""
STOP = "Répondez STOP pour ne plus recevoir ces rappels."
TINY_CATALOGUE = f"""
version: 1
updated_on: 2026-11-25
items:
  - id: sein
    topic: screenings
    title: Dépistage du cancer du sein
    eligibility: {{age_ranges: [{{min: 50, max: 74}}], sex: female}}
    min_interval_days: 730
    message: "Bonjour, une mammographie est proposée tous les 2 ans. {STOP}"
    whatsapp_template: {{name: rappel_sein, language_code: fr, parameters: [first_name]}}
{SOURCE}
  - id: colorectal
    topic: screenings
    title: Dépistage du cancer colorectal
    eligibility: {{age_ranges: [{{min: 50, max: 74}}]}}
    min_interval_days: 730
    message: "Bonjour, un test de dépistage est proposé tous les 2 ans. {STOP}"
    whatsapp_template: {{name: rappel_colorectal, language_code: fr, parameters: [first_name]}}
{SOURCE}
  - id: grippe
    topic: vaccines
    title: Vaccin contre la grippe
    eligibility:
      age_ranges: [{{min: 65, max: 120}}]
      season: {{start: "10-14", end: "01-31"}}
    min_interval_days: 300
    message: "Bonjour, la vaccination contre la grippe a lieu chaque automne. {STOP}"
    whatsapp_template: {{name: rappel_grippe, language_code: fr}}
{SOURCE}
  - id: bilan
    topic: bilan_prevention
    title: Mon bilan prévention
    eligibility:
      age_ranges: [{{min: 18, max: 25}}, {{min: 45, max: 50}}, {{min: 60, max: 65}}]
    min_interval_days: 365
    once_per_age_range: true
    message: "Bonjour, vous pouvez faire Mon bilan prévention, gratuit. {STOP}"
    whatsapp_template: {{name: rappel_bilan, language_code: fr}}
{SOURCE}
"""


@pytest.fixture(autouse=True)
def _clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ENGINE_URL", "RASA_AUTH_TOKEN", "MUTUELLE_DB_URL"):
        monkeypatch.delenv(name, raising=False)
    for name in [n for n in os.environ if n.startswith("NUDGE_")]:
        monkeypatch.delenv(name)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/nudges.db"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_nudge_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def ledger(engine: Engine) -> ConsentLedger:
    return ConsentLedger(engine)


@pytest.fixture
def catalogue() -> Catalogue:
    return parse_catalogue(TINY_CATALOGUE)


@pytest.fixture
def settings() -> NudgeSettings:
    return NudgeSettings()


@pytest.fixture
def trigger() -> FakeTrigger:
    return FakeTrigger()


@pytest.fixture
def template_sender() -> FakeTemplateSender:
    return FakeTemplateSender()


@pytest.fixture
def relay() -> FakeRelay:
    return FakeRelay()


@pytest.fixture
def scheduler(
    engine: Engine,
    catalogue: Catalogue,
    settings: NudgeSettings,
    trigger: FakeTrigger,
    template_sender: FakeTemplateSender,
    relay: FakeRelay,
) -> NudgeScheduler:
    return NudgeScheduler(
        engine, catalogue, settings, trigger=trigger, template_sender=template_sender, relay=relay
    )


def add_member(engine: Engine, member_id: str, birth_year: int, first_name: str = "Alex") -> None:
    with Session(engine) as session, session.begin():
        session.add(
            MemberRecord(
                member_id=member_id,
                first_name=first_name,
                birth_year=birth_year,
                contract_id="confort",
            )
        )


OptIn = Callable[..., None]


@pytest.fixture
def opt_in(ledger: ConsentLedger) -> OptIn:
    def _opt_in(
        member_id: str,
        channel: Channel = Channel.WEB,
        recipient_id: str | None = None,
        topic: NudgeTopic = NudgeTopic.ALL,
        at: dt.datetime = NOW - dt.timedelta(days=30),
    ) -> None:
        ledger.record_opt_in(
            member_id=member_id,
            channel=channel,
            recipient_id=recipient_id or f"{channel}-{member_id}",
            wording_version=current_wording(topic).version,
            reply_text="oui",
            message_id="msg-1",
            at=at,
        )

    return _opt_in
