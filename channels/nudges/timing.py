"""Clock rules: quiet hours in Paris local time, and WhatsApp's customer-service window."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from channels.nudges.settings import QUIET_FROM, QUIET_UNTIL, TIMEZONE

PARIS = ZoneInfo(TIMEZONE)


def as_utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: give an aware datetime")
    return moment.astimezone(dt.UTC)


def local_time(moment: dt.datetime) -> dt.datetime:
    """``moment`` on the Paris wall clock (CET in winter, CEST in summer)."""
    return as_utc(moment).astimezone(PARIS)


def in_quiet_hours(moment: dt.datetime) -> bool:
    """Whether Paris local time is in [20:00, 09:00): 19:59 and 09:00 are allowed."""
    clock = local_time(moment).time()
    return clock >= QUIET_FROM or clock < QUIET_UNTIL


def next_allowed(moment: dt.datetime) -> dt.datetime:
    """The first moment (UTC) at or after ``moment`` outside quiet hours."""
    if not in_quiet_hours(moment):
        return as_utc(moment)
    local = local_time(moment)
    day = local.date() if local.time() < QUIET_UNTIL else local.date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, QUIET_UNTIL, tzinfo=PARIS).astimezone(dt.UTC)


def window_open(last_inbound: dt.datetime | None, now: dt.datetime, hours: float = 24.0) -> bool:
    """Whether a free-form WhatsApp message is allowed: the member wrote less than 24 h ago."""
    if last_inbound is None:
        return False
    elapsed = as_utc(now) - as_utc(last_inbound)
    return dt.timedelta(0) <= elapsed < dt.timedelta(hours=hours)
