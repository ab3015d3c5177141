"""Opening hours of the adviser team, as data, and "when will someone answer?" in French.

The default is Monday to Friday 8:30–18:00 and Saturday 9:00–12:00, Europe/Paris. Another
calendar can be given as a YAML file (path argument, or ``HANDOFF_OPENING_HOURS_FILE``)::

    timezone: Europe/Paris
    weekly:
      monday: ["08:30-12:30", "13:30-18:00"]
      saturday: ["09:00-12:00"]
    closed_on: [2026-12-25]

Days left out are closed. Public holidays are not computed: list them in ``closed_on``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from handoff.exceptions import HandoffConfigError
from handoff.reasons import ADVISER_PHONE, HandoffReason

ENV_HOURS_FILE = "HANDOFF_OPENING_HOURS_FILE"

Day = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DAYS: tuple[Day, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_FRENCH_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_FRENCH_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


class TimeRange(BaseModel):
    """One opening slot of a day, ``start`` included, ``end`` excluded; accepts "08:30-18:00"."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: time
    end: time

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        if isinstance(value, str):
            start, sep, end = value.partition("-")
            if not sep:
                raise ValueError(f"plage horaire attendue sous la forme 08:30-18:00 : {value!r}")
            return {"start": start.strip(), "end": end.strip()}
        return value

    @model_validator(mode="after")
    def _ordered(self) -> TimeRange:
        if self.start >= self.end:
            raise ValueError(f"plage horaire vide ou inversée : {self.start}-{self.end}")
        return self

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


class OpeningHours(BaseModel):
    """Weekly opening slots in one time zone, with optional closed dates."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    timezone: str = "Europe/Paris"
    weekly: dict[Day, tuple[TimeRange, ...]] = Field(default_factory=dict)
    closed_on: frozenset[date] = frozenset()

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"fuseau horaire inconnu : {value!r}") from exc
        return value

    @field_validator("weekly")
    @classmethod
    def _sorted_slots(
        cls, value: dict[Day, tuple[TimeRange, ...]]
    ) -> dict[Day, tuple[TimeRange, ...]]:
        result: dict[Day, tuple[TimeRange, ...]] = {}
        for day, slots in value.items():
            ordered = tuple(sorted(slots, key=lambda slot: slot.start))
            for before, after in zip(ordered, ordered[1:], strict=False):
                if after.start < before.end:
                    raise ValueError(f"plages qui se chevauchent le {day} : {before} et {after}")
            result[day] = ordered
        return result

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def slots_on(self, day: date) -> tuple[TimeRange, ...]:
        if day in self.closed_on:
            return ()
        return self.weekly.get(DAYS[day.weekday()], ())


DEFAULT_OPENING_HOURS = OpeningHours.model_validate(
    {
        "timezone": "Europe/Paris",
        "weekly": {day: ["08:30-18:00"] for day in DAYS[:5]} | {"saturday": ["09:00-12:00"]},
    }
)


class Availability(BaseModel):
    """Whether advisers are there at ``at``; if not, when they come back."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    at: datetime
    is_open: bool
    closes_at: datetime | None = None
    next_opening: datetime | None = None
    message: str


def _french_time(moment: time) -> str:
    return f"{moment.hour} h" if moment.minute == 0 else f"{moment.hour} h {moment.minute:02d}"


def _when(opening: datetime, local_now: datetime) -> str:
    """ "aujourd'hui à 8 h 30", "demain à 9 h", "lundi à 8 h 30" or "le lundi 4 janvier à…"."""
    days_ahead = (opening.date() - local_now.date()).days
    hour = _french_time(opening.timetz())
    if days_ahead == 0:
        return f"aujourd'hui à {hour}"
    if days_ahead == 1:
        return f"demain à {hour}"
    weekday = _FRENCH_DAYS[opening.weekday()]
    if days_ahead < 7:
        return f"{weekday} à {hour}"
    month = _FRENCH_MONTHS[opening.month - 1]
    day = "1er" if opening.day == 1 else str(opening.day)
    return f"le {weekday} {day} {month} à {hour}"


def availability(now: datetime, hours: OpeningHours = DEFAULT_OPENING_HOURS) -> Availability:
    """Are advisers open at ``now`` (a time-zone-aware datetime), and if not, when?

    >>> from datetime import UTC
    >>> friday_evening = datetime(2026, 1, 9, 17, 5, tzinfo=UTC)  # 18:05 in Paris
    >>> availability(friday_evening).message
    'Nos conseillers vous répondront dès demain à 9 h.'
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("availability() attend une date avec fuseau horaire (tz-aware)")
    local = now.astimezone(hours.zone)
    for offset in range(0, 400):
        day = local.date() + timedelta(days=offset)
        for slot in hours.slots_on(day):
            start = datetime.combine(day, slot.start, tzinfo=hours.zone)
            end = datetime.combine(day, slot.end, tzinfo=hours.zone)
            if offset == 0 and start <= local < end:
                return Availability(
                    at=now,
                    is_open=True,
                    closes_at=end,
                    message=(
                        "Un conseiller prend le relais dans cette conversation dès que "
                        f"possible ; vous pouvez aussi nous appeler au {ADVISER_PHONE}."
                    ),
                )
            if start > local:
                return Availability(
                    at=now,
                    is_open=False,
                    next_opening=start,
                    message=f"Nos conseillers vous répondront dès {_when(start, local)}.",
                )
    return Availability(
        at=now,
        is_open=False,
        message=(
            "Nos conseillers ne sont pas joignables en ce moment ; votre demande leur est "
            "bien transmise."
        ),
    )


def load_opening_hours(
    path: Path | str | None = None, *, environ: Mapping[str, str] | None = None
) -> OpeningHours:
    """Hours from ``path``, else from the file named by ``HANDOFF_OPENING_HOURS_FILE``, else
    :data:`DEFAULT_OPENING_HOURS`. Errors name the file."""
    env = os.environ if environ is None else environ
    source = path or env.get(ENV_HOURS_FILE)
    if not source:
        return DEFAULT_OPENING_HOURS
    file = Path(source)
    try:
        raw = yaml.safe_load(file.read_text(encoding="utf-8"))
        return OpeningHours.model_validate(raw)
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise HandoffConfigError(f"Horaires des conseillers illisibles ({file}) : {exc}") from exc


def member_message(
    reason: HandoffReason, now: datetime, hours: OpeningHours = DEFAULT_OPENING_HOURS
) -> str:
    """What the member reads when the conversation is handed over: next steps, then when an
    adviser will answer."""
    return f"{reason.next_steps} {availability(now, hours).message}"
