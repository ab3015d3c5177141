"""Opening hours: open now or when advisers come back, in French, across week and DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from handoff import (
    ADVISER_PHONE,
    DEFAULT_OPENING_HOURS,
    HandoffConfigError,
    HandoffReason,
    OpeningHours,
    availability,
    load_opening_hours,
    member_message,
)

PARIS = ZoneInfo("Europe/Paris")


def paris(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=PARIS)


def test_default_hours() -> None:
    hours = DEFAULT_OPENING_HOURS
    assert hours.timezone == "Europe/Paris"
    assert [str(s) for s in hours.weekly["monday"]] == ["08:30-18:00"]
    assert [str(s) for s in hours.weekly["saturday"]] == ["09:00-12:00"]
    assert "sunday" not in hours.weekly


def test_open_on_a_weekday() -> None:
    now = paris(2026, 1, 7, 10, 15)  # Wednesday
    result = availability(now)
    assert result.is_open
    assert result.closes_at == paris(2026, 1, 7, 18)
    assert result.next_opening is None
    assert ADVISER_PHONE in result.message


def test_saturday_morning_is_open() -> None:
    assert availability(paris(2026, 1, 10, 11)).is_open  # Saturday 11:00


def test_slot_edges() -> None:
    assert availability(paris(2026, 1, 7, 8, 30)).is_open
    closed = availability(paris(2026, 1, 7, 18, 0))
    assert not closed.is_open
    assert closed.next_opening == paris(2026, 1, 8, 8, 30)
    assert closed.message == "Nos conseillers vous répondront dès demain à 8 h 30."


def test_friday_evening_with_default_hours_reopens_saturday() -> None:
    result = availability(paris(2026, 1, 9, 18, 5))  # Friday 18:05
    assert not result.is_open
    assert result.next_opening == paris(2026, 1, 10, 9)
    assert result.message == "Nos conseillers vous répondront dès demain à 9 h."


def test_friday_evening_without_saturday_reopens_monday() -> None:
    weekdays = OpeningHours.model_validate(
        {
            "weekly": {
                d: ["08:30-18:00"] for d in ("monday", "tuesday", "wednesday", "thursday", "friday")
            }
        }
    )
    result = availability(paris(2026, 1, 9, 18, 5), weekdays)
    assert result.next_opening == paris(2026, 1, 12, 8, 30)
    assert result.message == "Nos conseillers vous répondront dès lundi à 8 h 30."


def test_saturday_noon_and_sunday_reopen_monday() -> None:
    for now in (paris(2026, 1, 10, 12, 5), paris(2026, 1, 11, 15)):
        result = availability(now)
        assert result.next_opening == paris(2026, 1, 12, 8, 30)
    assert availability(paris(2026, 1, 10, 12, 5)).message.endswith("dès lundi à 8 h 30.")
    assert availability(paris(2026, 1, 11, 15)).message.endswith("dès demain à 8 h 30.")


def test_early_morning_reopens_today() -> None:
    result = availability(paris(2026, 1, 7, 7, 0))
    assert result.message == "Nos conseillers vous répondront dès aujourd'hui à 8 h 30."


def test_any_time_zone_is_converted() -> None:
    # 17:05 UTC on Friday 9 January is 18:05 in Paris (winter time)
    assert availability(datetime(2026, 1, 9, 17, 5, tzinfo=UTC)).next_opening == paris(
        2026, 1, 10, 9
    )
    # 16:05 UTC on Friday 3 July is 18:05 in Paris (summer time)
    assert not availability(datetime(2026, 7, 3, 16, 5, tzinfo=UTC)).is_open
    assert availability(datetime(2026, 7, 3, 15, 55, tzinfo=UTC)).is_open


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="fuseau"):
        availability(datetime(2026, 1, 9, 18, 5))


def test_closed_dates_and_long_closures() -> None:
    christmas = OpeningHours.model_validate(
        {
            "weekly": {"monday": ["08:30-12:30", "13:30-18:00"], "friday": ["09:00-17:00"]},
            "closed_on": ["2026-12-25", "2026-12-28"],
        }
    )
    lunch = availability(paris(2026, 12, 21, 12, 45), christmas)  # Monday lunch break
    assert lunch.next_opening == paris(2026, 12, 21, 13, 30)
    assert lunch.message.endswith("dès aujourd'hui à 13 h 30.")
    # Thursday 24 → Friday 25 closed, Monday 28 closed → Friday 1 January
    later = availability(paris(2026, 12, 24, 10), christmas)
    assert later.next_opening == paris(2027, 1, 1, 9)
    assert later.message == "Nos conseillers vous répondront dès le vendredi 1er janvier à 9 h."
    never = OpeningHours.model_validate({"weekly": {}})
    assert availability(paris(2026, 1, 7, 10), never).next_opening is None


def test_invalid_calendars_are_refused() -> None:
    with pytest.raises(ValidationError):
        OpeningHours.model_validate({"weekly": {"monday": ["18:00-08:30"]}})
    with pytest.raises(ValidationError):
        OpeningHours.model_validate({"weekly": {"monday": ["08:00-12:00", "11:00-14:00"]}})
    with pytest.raises(ValidationError):
        OpeningHours.model_validate({"weekly": {"lundi": ["08:00-12:00"]}})
    with pytest.raises(ValidationError):
        OpeningHours.model_validate({"timezone": "Mars/Olympus"})
    with pytest.raises(ValidationError):
        OpeningHours.model_validate({"weekly": {"monday": ["8h-12h"]}})


def test_load_from_yaml(tmp_path: Path) -> None:
    path = tmp_path / "hours.yml"
    path.write_text(
        "timezone: Europe/Paris\nweekly:\n  tuesday: ['10:00-16:00']\nclosed_on: [2026-05-01]\n",
        encoding="utf-8",
    )
    hours = load_opening_hours(path)
    assert hours.weekly["tuesday"][0].start == time(10)
    assert hours.closed_on == frozenset({date(2026, 5, 1)})
    assert load_opening_hours(environ={"HANDOFF_OPENING_HOURS_FILE": str(path)}) == hours
    assert load_opening_hours(environ={}) == DEFAULT_OPENING_HOURS
    path.write_text("weekly: {monday: [oops]}", encoding="utf-8")
    with pytest.raises(HandoffConfigError, match="hours.yml"):
        load_opening_hours(path)
    with pytest.raises(HandoffConfigError, match="absent.yml"):
        load_opening_hours(tmp_path / "absent.yml")


def test_member_message_joins_next_steps_and_hours() -> None:
    text = member_message(HandoffReason.BEREAVEMENT, paris(2026, 1, 10, 12, 5))
    assert text.startswith("Je suis sincèrement désolé")
    assert text.endswith("Nos conseillers vous répondront dès lundi à 8 h 30.")
