"""Last-inbound times (the gateway's hook) and the optional sex profile."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from channels.nudges import Channel, InboundRegistry, MemberProfiles, Sex, record_inbound
from tests.unit.channels.nudges.conftest import NOW


def test_nudge_record_inbound_keeps_the_latest_time(engine: Engine) -> None:
    registry = InboundRegistry(engine)
    assert registry.last_inbound(Channel.WHATSAPP, "33600000001") is None
    record_inbound("whatsapp", "33600000001", NOW, engine=engine)
    record_inbound(Channel.WHATSAPP, "33600000001", NOW - dt.timedelta(hours=3), engine=engine)
    assert registry.last_inbound(Channel.WHATSAPP, "33600000001") == NOW
    later = NOW + dt.timedelta(minutes=5)
    registry.record_inbound(Channel.WHATSAPP, "33600000001", later)
    assert registry.last_inbound(Channel.WHATSAPP, "33600000001") == later
    assert registry.last_inbound(Channel.TELEGRAM, "33600000001") is None
    record_inbound("telegram", "telegram:123", NOW, engine=engine)  # the gateway's conversation id
    assert registry.last_inbound(Channel.TELEGRAM, "123") == NOW


def test_nudge_record_inbound_defaults_to_now_and_refuses_naive_times(engine: Engine) -> None:
    registry = InboundRegistry(engine)
    registry.record_inbound(Channel.TELEGRAM, "tg-1")
    last = registry.last_inbound(Channel.TELEGRAM, "tg-1")
    assert last is not None and dt.datetime.now(dt.UTC) - last < dt.timedelta(minutes=1)
    with pytest.raises(ValueError, match="naive"):
        registry.record_inbound(Channel.TELEGRAM, "tg-1", dt.datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        record_inbound("fax", "tg-1", NOW, engine=engine)


def test_nudge_member_profiles(engine: Engine) -> None:
    profiles = MemberProfiles(engine)
    assert profiles.sex_of("HS-1") is None
    profiles.set_sex("HS-1", Sex.FEMALE, source="member")
    profiles.set_sex("HS-2", Sex.MALE, source="adviser")
    profiles.set_sex("HS-2", Sex.FEMALE, source="member")
    assert profiles.all_sexes() == {"HS-1": Sex.FEMALE, "HS-2": Sex.FEMALE}
    profiles.set_sex("HS-1", None, source="member")
    assert profiles.sex_of("HS-1") is None
