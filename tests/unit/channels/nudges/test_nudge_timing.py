"""Quiet hours on the Paris wall clock (both DST changes) and WhatsApp's 24-hour window."""

from __future__ import annotations

import datetime as dt

import pytest

from channels.nudges.timing import in_quiet_hours, local_time, next_allowed, window_open

UTC = dt.UTC


def _utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("instant", "paris", "quiet"),
    [
        # winter, CET = UTC+1
        ("2026-11-25T18:59", "19:59", False),
        ("2026-11-25T19:00", "20:00", True),
        ("2026-11-25T07:59", "08:59", True),
        ("2026-11-25T08:00", "09:00", False),
        # summer, CEST = UTC+2
        ("2026-07-01T17:59", "19:59", False),
        ("2026-07-01T18:00", "20:00", True),
        ("2026-07-01T06:59", "08:59", True),
        ("2026-07-01T07:00", "09:00", False),
        # clocks go forward on Sunday 29 March 2026 at 02:00 -> 03:00
        ("2026-03-28T07:00", "08:00", True),  # Saturday, still CET
        ("2026-03-29T06:59", "08:59", True),
        ("2026-03-29T07:00", "09:00", False),  # same UTC time, now CEST
        ("2026-03-29T17:59", "19:59", False),
        ("2026-03-29T18:00", "20:00", True),
        # clocks go back on Sunday 25 October 2026 at 03:00 -> 02:00
        ("2026-10-24T07:00", "09:00", False),  # Saturday, still CEST
        ("2026-10-25T07:00", "08:00", True),  # same UTC time, now CET
        ("2026-10-25T07:59", "08:59", True),
        ("2026-10-25T08:00", "09:00", False),
        ("2026-10-25T18:59", "19:59", False),
        ("2026-10-25T19:00", "20:00", True),
    ],
)
def test_nudge_quiet_hours_follow_paris_time(instant: str, paris: str, quiet: bool) -> None:
    moment = _utc(instant)
    assert local_time(moment).strftime("%H:%M") == paris
    assert in_quiet_hours(moment) is quiet


def test_nudge_next_allowed_is_9_am_paris() -> None:
    assert next_allowed(_utc("2026-11-25T19:30")) == _utc("2026-11-26T08:00")
    assert next_allowed(_utc("2026-11-25T05:00")) == _utc("2026-11-25T08:00")
    assert next_allowed(_utc("2026-03-28T20:00")) == _utc("2026-03-29T07:00")  # DST night
    assert next_allowed(_utc("2026-11-25T12:00")) == _utc("2026-11-25T12:00")


def test_nudge_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        in_quiet_hours(dt.datetime(2026, 11, 25, 12, 0))


def test_nudge_whatsapp_window() -> None:
    now = _utc("2026-11-25T10:00")
    assert not window_open(None, now)
    assert window_open(now - dt.timedelta(hours=23, minutes=59), now)
    assert not window_open(now - dt.timedelta(hours=24), now)
    assert not window_open(now + dt.timedelta(minutes=1), now)  # from the future: ignore
    assert not window_open(now - dt.timedelta(hours=2), now, hours=1)
