"""Scheduler decisions: consent, eligibility, interval, caps, quiet hours, routes, failures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, func, inspect, select
from sqlalchemy.orm import Session

from channels.nudges import (
    Catalogue,
    Channel,
    ConsentLedger,
    ConsentMethod,
    FrequencyCap,
    InboundRegistry,
    MemberProfiles,
    NudgeDecision,
    NudgeJournal,
    NudgeScheduler,
    NudgeSettings,
    NudgeTopic,
    Outcome,
    Reason,
    Route,
    RunReport,
    Sex,
)
from channels.nudges.orm import NudgeLogRecord
from members import init_db
from tests.unit.channels.nudges.conftest import NOW, OptIn, add_member
from tests.unit.channels.nudges.nudge_fakes import FakeRelay, FakeTemplateSender, FakeTrigger

DAY = dt.timedelta(days=1)


def by_item(report: RunReport, member_id: str) -> dict[str, NudgeDecision]:
    return {d.nudge_id: d for d in report.decisions if d.member_id == member_id}


def sent(report: RunReport) -> list[tuple[str, str]]:
    return [(d.member_id, d.nudge_id) for d in report.decisions if d.outcome is Outcome.SENT]


def seed_sent(engine: Engine, member_id: str, nudge_id: str, at: dt.datetime) -> None:
    NudgeJournal(engine).write(
        "seed",
        NudgeDecision(
            member_id=member_id,
            nudge_id=nudge_id,
            interval_group=nudge_id,
            topic=NudgeTopic.SCREENINGS,
            outcome=Outcome.SENT,
            decided_at=at,
        ),
    )


def log_rows(engine: Engine) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(NudgeLogRecord)) or 0


async def test_nudge_sent_through_trigger_intent_and_logged_with_envelope(
    engine: Engine, scheduler: NudgeScheduler, trigger: FakeTrigger, opt_in: OptIn
) -> None:
    add_member(engine, "HS-1", 1966)  # 60 this year
    opt_in("HS-1", Channel.WEB, "conv-1", NudgeTopic.SCREENINGS)
    report = await scheduler.run(now=NOW)
    decisions = by_item(report, "HS-1")
    assert decisions["colorectal"].outcome is Outcome.SENT
    assert decisions["colorectal"].route is Route.TRIGGER_INTENT
    assert trigger.calls == [("conv-1", "nudge_reminder", {"nudge_id": "colorectal"}, "socketio")]
    [logged] = [
        e for e in NudgeJournal(engine).entries(member_id="HS-1") if e.nudge_id == "colorectal"
    ]
    assert logged.outcome is Outcome.SENT and logged.run_id == report.run_id
    assert logged.envelope == {
        "kind": "nudge",
        "sources": [
            {"title": "Source de test", "url": "https://www.ameli.fr/test", "updated": "2026-06-01"}
        ],
        "data": {"nudge_id": "colorectal", "topic": "screenings", "member_id": "HS-1"},
    }
    assert decisions["grippe"].reason is Reason.NO_CONSENT  # vaccines were not accepted
    assert log_rows(engine) == len(report.decisions) == 4


async def test_nudge_members_without_any_consent_record_are_not_evaluated(
    engine: Engine, scheduler: NudgeScheduler
) -> None:
    add_member(engine, "HS-1", 1966)
    report = await scheduler.run(now=NOW)
    assert report.decisions == [] and log_rows(engine) == 0


async def test_nudge_stop_on_one_channel_ends_everything(
    engine: Engine,
    scheduler: NudgeScheduler,
    ledger: ConsentLedger,
    trigger: FakeTrigger,
    template_sender: FakeTemplateSender,
    opt_in: OptIn,
) -> None:
    add_member(engine, "HS-1", 1956)  # 70: colorectal, flu
    opt_in("HS-1", Channel.WHATSAPP, "33600000001")
    opt_in("HS-1", Channel.WEB, "conv-1")
    ledger.record_opt_out(
        channel=Channel.TELEGRAM,
        member_id="HS-1",
        method=ConsentMethod.STOP_COMMAND,
        at=NOW - DAY,
    )
    report = await scheduler.run(now=NOW)
    assert {d.reason for d in report.decisions} == {Reason.NO_CONSENT}
    assert trigger.calls == [] and template_sender.calls == []


@pytest.mark.parametrize(
    ("birth_year", "sex", "expected"),
    [
        (1977, Sex.FEMALE, Reason.NOT_ELIGIBLE),  # 49
        (1976, Sex.FEMALE, None),  # 50
        (1952, Sex.FEMALE, None),  # 74
        (1951, Sex.FEMALE, Reason.NOT_ELIGIBLE),  # 75
        (1966, Sex.MALE, Reason.NOT_ELIGIBLE),
        (1966, None, Reason.NOT_ELIGIBLE),  # sex unknown: sex-specific items are not sent
    ],
)
async def test_nudge_eligibility_by_age_and_sex(
    engine: Engine,
    catalogue: Catalogue,
    settings: NudgeSettings,
    opt_in: OptIn,
    birth_year: int,
    sex: Sex | None,
    expected: Reason | None,
) -> None:
    add_member(engine, "HS-1", birth_year)
    if sex is not None:
        MemberProfiles(engine).set_sex("HS-1", sex, source="member")
    opt_in("HS-1", Channel.WEB, "conv-1", NudgeTopic.SCREENINGS)
    scheduler = NudgeScheduler(engine, catalogue, settings, trigger=FakeTrigger())
    decision = by_item(await scheduler.run(now=NOW, dry_run=True), "HS-1")["sein"]
    assert decision.reason is expected
    if expected is None:
        assert decision.outcome is Outcome.WOULD_SEND


async def test_nudge_sex_can_be_given_as_optional_input(
    engine: Engine, catalogue: Catalogue, opt_in: OptIn
) -> None:
    add_member(engine, "HS-1", 1966)
    opt_in("HS-1", Channel.WEB, "conv-1", NudgeTopic.SCREENINGS)
    scheduler = NudgeScheduler(engine, catalogue, sexes={"HS-1": Sex.FEMALE})
    decision = by_item(await scheduler.run(now=NOW, dry_run=True), "HS-1")["sein"]
    assert decision.outcome is Outcome.WOULD_SEND


async def test_nudge_member_missing_from_the_member_store(
    scheduler: NudgeScheduler, opt_in: OptIn
) -> None:
    opt_in("HS-GONE", Channel.WEB, "conv-1")
    report = await scheduler.run(now=NOW)
    assert {d.reason for d in report.decisions} == {Reason.NOT_ELIGIBLE}


async def test_nudge_interval_between_two_nudges_of_an_item(
    engine: Engine, scheduler: NudgeScheduler, opt_in: OptIn
) -> None:
    add_member(engine, "HS-1", 1966)
    opt_in("HS-1", Channel.WEB, "conv-1", NudgeTopic.SCREENINGS, at=NOW - 800 * DAY)
    seed_sent(engine, "HS-1", "colorectal", NOW - 729 * DAY)
    decision = by_item(await scheduler.run(now=NOW), "HS-1")["colorectal"]
    assert decision.reason is Reason.INTERVAL and "730 jours" in decision.detail
    later = by_item(await scheduler.run(now=NOW + DAY), "HS-1")["colorectal"]
    assert later.outcome is Outcome.SENT


async def test_nudge_once_per_age_band(
    engine: Engine, scheduler: NudgeScheduler, opt_in: OptIn
) -> None:
    add_member(engine, "HS-45", 1981)  # 45 in 2026, 47 in 2028: same 45-50 band
    add_member(engine, "HS-60", 1966)  # last bilan at 45 (2011), now 60: new band
    for member_id in ("HS-45", "HS-60"):
        opt_in(member_id, Channel.WEB, f"conv-{member_id}", NudgeTopic.BILAN_PREVENTION)
    seed_sent(engine, "HS-45", "bilan", dt.datetime(2026, 3, 2, 10, tzinfo=dt.UTC))
    seed_sent(engine, "HS-60", "bilan", dt.datetime(2011, 3, 2, 10, tzinfo=dt.UTC))
    report = await scheduler.run(now=dt.datetime(2028, 11, 22, 10, tzinfo=dt.UTC))
    refused = by_item(report, "HS-45")["bilan"]
    assert refused.reason is Reason.INTERVAL and "45-50" in refused.detail
    assert by_item(report, "HS-60")["bilan"].outcome is Outcome.SENT


async def test_nudge_frequency_cap_one_per_seven_days(
    engine: Engine, scheduler: NudgeScheduler, opt_in: OptIn
) -> None:
    add_member(engine, "HS-1", 1956)  # 70: colorectal and flu are both due
    opt_in("HS-1", Channel.WEB, "conv-1")
    first = by_item(await scheduler.run(now=NOW), "HS-1")
    assert first["colorectal"].outcome is Outcome.SENT  # catalogue order = priority
    assert first["grippe"].reason is Reason.FREQUENCY_CAP
    six_days = by_item(await scheduler.run(now=NOW + 6 * DAY), "HS-1")
    assert six_days["grippe"].reason is Reason.FREQUENCY_CAP
    assert six_days["colorectal"].reason is Reason.INTERVAL
    week = by_item(await scheduler.run(now=NOW + 7 * DAY), "HS-1")
    assert week["grippe"].outcome is Outcome.SENT


async def test_nudge_frequency_cap_four_per_ninety_days(
    engine: Engine, scheduler: NudgeScheduler, opt_in: OptIn
) -> None:
    add_member(engine, "HS-1", 1966)
    opt_in("HS-1", Channel.WEB, "conv-1", NudgeTopic.SCREENINGS)
    for days in (80, 60, 40, 20):
        seed_sent(engine, "HS-1", f"ancien-{days}", NOW - days * DAY)
    decision = by_item(await scheduler.run(now=NOW), "HS-1")["colorectal"]
    assert decision.reason is Reason.FREQUENCY_CAP and "90 jours" in decision.detail
    after = by_item(await scheduler.run(now=NOW + 11 * DAY), "HS-1")["colorectal"]
    assert after.outcome is Outcome.SENT  # the one 80 days ago left the window


async def test_nudge_caps_are_configurable(
    engine: Engine, catalogue: Catalogue, opt_in: OptIn
) -> None:
    add_member(engine, "HS-1", 1956)
    opt_in("HS-1", Channel.WEB, "conv-1")
    settings = NudgeSettings(caps=[FrequencyCap(max_nudges=5, period_days=1)])
    scheduler = NudgeScheduler(engine, catalogue, settings, trigger=FakeTrigger())
    report = await scheduler.run(now=NOW)
    assert sent(report) == [("HS-1", "colorectal"), ("HS-1", "grippe")]


@pytest.mark.parametrize(
    ("instant", "deferred"),
    [
        ("2026-11-25T18:59", False),  # 19:59 Paris
        ("2026-11-25T19:00", True),  # 20:00
        ("2026-11-25T07:59", True),  # 08:59
        ("2026-11-25T08:00", False),  # 09:00
        ("2026-03-29T06:59", True),  # 08:59 CEST, the day clocks go forward
        ("2026-03-29T07:00", False),  # 09:00 CEST
        ("2026-03-28T07:00", True),  # 08:00 CET, the day before
        ("2026-10-25T07:59", True),  # 08:59 CET, the day clocks go back
        ("2026-10-25T08:00", False),  # 09:00 CET
        ("2026-10-24T07:00", False),  # 09:00 CEST, the day before
    ],
)
async def test_nudge_quiet_hours_in_paris_time(
    engine: Engine,
    scheduler: NudgeScheduler,
    trigger: FakeTrigger,
    opt_in: OptIn,
    instant: str,
    deferred: bool,
) -> None:
    add_member(engine, "HS-1", 1966)
    opt_in("HS-1", Channel.WEB, "conv-1", NudgeTopic.SCREENINGS, at=NOW - 400 * DAY)
    now = dt.datetime.fromisoformat(instant).replace(tzinfo=dt.UTC)
    decision = by_item(await scheduler.run(now=now), "HS-1")["colorectal"]
    if deferred:
        assert (decision.outcome, decision.reason) == (Outcome.DEFERRED, Reason.QUIET_HOURS)
        assert trigger.calls == []
    else:
        assert decision.outcome is Outcome.SENT and len(trigger.calls) == 1


async def test_nudge_deferred_at_night_is_sent_next_morning(
    engine: Engine, scheduler: NudgeScheduler, opt_in: OptIn
) -> None:
    add_member(engine, "HS-1", 1966)
    opt_in("HS-1", Channel.WEB, "conv-1", NudgeTopic.SCREENINGS)
    evening = dt.datetime(2026, 11, 25, 21, 30, tzinfo=dt.UTC)
    night = by_item(await scheduler.run(now=evening), "HS-1")["colorectal"]
    assert night.outcome is Outcome.DEFERRED and "26/11 09:00" in night.detail
    morning = by_item(await scheduler.run(now=evening + dt.timedelta(hours=10, minutes=30)), "HS-1")
    assert morning["colorectal"].outcome is Outcome.SENT


async def test_nudge_whatsapp_template_outside_the_window_trigger_intent_inside(
    engine: Engine,
    scheduler: NudgeScheduler,
    trigger: FakeTrigger,
    template_sender: FakeTemplateSender,
    relay: FakeRelay,
    opt_in: OptIn,
) -> None:
    add_member(engine, "HS-1", 1966, first_name="Nadia")
    add_member(engine, "HS-2", 1966)
    opt_in("HS-1", Channel.WHATSAPP, "33600000001", NudgeTopic.SCREENINGS)
    opt_in("HS-2", Channel.WHATSAPP, "33600000002", NudgeTopic.SCREENINGS)
    inbound = InboundRegistry(engine)
    inbound.record_inbound(Channel.WHATSAPP, "33600000001", NOW - dt.timedelta(hours=24))
    inbound.record_inbound(Channel.WHATSAPP, "33600000002", NOW - dt.timedelta(hours=23))
    report = await scheduler.run(now=NOW)
    assert by_item(report, "HS-1")["colorectal"].route is Route.WHATSAPP_TEMPLATE
    assert template_sender.calls == [
        {
            "to": "33600000001",
            "template_name": "rappel_colorectal",
            "language_code": "fr",
            "body_parameters": ["Nadia"],
        }
    ]
    assert by_item(report, "HS-2")["colorectal"].route is Route.TRIGGER_INTENT
    assert trigger.calls == [
        ("whatsapp:33600000002", "nudge_reminder", {"nudge_id": "colorectal"}, "collector")
    ]
    assert relay.deliveries == [(Channel.WHATSAPP, "33600000002", trigger.messages)]


async def test_nudge_latest_consented_channel_is_used(
    engine: Engine, scheduler: NudgeScheduler, trigger: FakeTrigger, opt_in: OptIn
) -> None:
    add_member(engine, "HS-1", 1966)
    opt_in("HS-1", Channel.WEB, "conv-1", at=NOW - 20 * DAY)
    opt_in("HS-1", Channel.TELEGRAM, "tg-1", at=NOW - 10 * DAY)
    decision = by_item(await scheduler.run(now=NOW), "HS-1")["colorectal"]
    assert decision.channel is Channel.TELEGRAM
    assert trigger.calls[0][0] == "telegram:tg-1" and trigger.calls[0][3] == "collector"


async def test_nudge_send_failure_is_logged_and_retried_next_run(
    engine: Engine,
    catalogue: Catalogue,
    settings: NudgeSettings,
    opt_in: OptIn,
) -> None:
    add_member(engine, "HS-1", 1966)
    opt_in("HS-1", Channel.WEB, "conv-1", NudgeTopic.SCREENINGS)
    broken = NudgeScheduler(engine, catalogue, settings, trigger=FakeTrigger(fail=True))
    failed = await broken.run(now=NOW)
    decision = by_item(failed, "HS-1")["colorectal"]
    assert (decision.outcome, decision.reason) == (Outcome.FAILED, Reason.SEND_FAILURE)
    assert "503" in decision.detail and failed.failures == 1
    [logged] = [e for e in NudgeJournal(engine).entries() if e.nudge_id == "colorectal"]
    assert logged.outcome is Outcome.FAILED and logged.envelope is not None
    working = FakeTrigger()
    fixed = NudgeScheduler(engine, catalogue, settings, trigger=working)
    retried = await fixed.run(now=NOW + dt.timedelta(hours=1))
    assert sent(retried) == [("HS-1", "colorectal")] and len(working.calls) == 1


async def test_nudge_template_sender_exception_and_missing_senders_are_failures(
    engine: Engine, catalogue: Catalogue, settings: NudgeSettings, opt_in: OptIn
) -> None:
    add_member(engine, "HS-1", 1966)
    add_member(engine, "HS-2", 1966)
    add_member(engine, "HS-3", 1966)
    opt_in("HS-1", Channel.WHATSAPP, "33600000001", NudgeTopic.SCREENINGS)
    opt_in("HS-2", Channel.TELEGRAM, "tg-2", NudgeTopic.SCREENINGS)
    opt_in("HS-3", Channel.WEB, "conv-3", NudgeTopic.SCREENINGS)
    trigger = FakeTrigger()
    scheduler = NudgeScheduler(
        engine, catalogue, settings, trigger=trigger, template_sender=FakeTemplateSender(fail=True)
    )
    report = await scheduler.run(now=NOW)
    assert by_item(report, "HS-1")["colorectal"].detail == "RuntimeError"
    assert "relais" in by_item(report, "HS-2")["colorectal"].detail
    assert by_item(report, "HS-3")["colorectal"].outcome is Outcome.SENT
    assert [call[0] for call in trigger.calls] == ["conv-3"]  # no trigger without a relay
    no_senders = NudgeScheduler(engine, catalogue, settings)
    again = await no_senders.run(now=NOW + dt.timedelta(hours=1))
    assert "WhatsApp" in by_item(again, "HS-1")["colorectal"].detail
    assert again.failures == 2


async def test_nudge_collector_without_messages_is_a_failure(
    engine: Engine, catalogue: Catalogue, settings: NudgeSettings, opt_in: OptIn
) -> None:
    add_member(engine, "HS-1", 1966)
    opt_in("HS-1", Channel.TELEGRAM, "tg-1", NudgeTopic.SCREENINGS)
    relay = FakeRelay()
    scheduler = NudgeScheduler(
        engine, catalogue, settings, trigger=FakeTrigger(messages=[]), relay=relay
    )
    decision = by_item(await scheduler.run(now=NOW), "HS-1")["colorectal"]
    assert decision.outcome is Outcome.FAILED and relay.deliveries == []


async def test_nudge_dry_run_changes_nothing_and_lists_reasons(
    engine: Engine,
    scheduler: NudgeScheduler,
    trigger: FakeTrigger,
    template_sender: FakeTemplateSender,
    opt_in: OptIn,
) -> None:
    add_member(engine, "HS-1", 1956)
    add_member(engine, "HS-2", 1990)
    opt_in("HS-1", Channel.WHATSAPP, "33600000001")
    opt_in("HS-2", Channel.WEB, "conv-2", NudgeTopic.VACCINES)
    report = await scheduler.run(now=NOW, dry_run=True)
    assert report.dry_run and log_rows(engine) == 0
    assert trigger.calls == [] and template_sender.calls == []
    hs1 = by_item(report, "HS-1")
    assert hs1["colorectal"].outcome is Outcome.WOULD_SEND
    assert hs1["colorectal"].route is Route.WHATSAPP_TEMPLATE
    assert hs1["grippe"].reason is Reason.FREQUENCY_CAP  # the simulated send counts
    assert hs1["sein"].reason is Reason.NOT_ELIGIBLE
    assert by_item(report, "HS-2")["colorectal"].reason is Reason.NO_CONSENT
    assert by_item(report, "HS-2")["grippe"].reason is Reason.NOT_ELIGIBLE
    assert report.as_dict()["counts"] == {"skipped": 7, "would_send": 1}
    assert "33600000001" not in str(report.as_dict())  # no phone number in the output
    real = await scheduler.run(now=NOW)
    assert sent(real) == [("HS-1", "colorectal")]


async def test_nudge_dry_run_creates_no_table(tmp_path: Path, catalogue: Catalogue) -> None:
    engine = create_engine(f"sqlite:///{tmp_path}/members-only.db")
    init_db(engine)
    report = await NudgeScheduler(engine, catalogue).run(now=NOW, dry_run=True)
    assert report.decisions == []
    assert inspect(engine).get_table_names() == ["members"]
    engine.dispose()


async def test_nudge_naive_now_is_refused(scheduler: NudgeScheduler) -> None:
    with pytest.raises(ValueError, match="naive"):
        await scheduler.run(now=dt.datetime(2026, 11, 25, 10, 0))
