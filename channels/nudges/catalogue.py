"""The nudge catalogue: what may be suggested, to whom, how often, in which words, on what source.

Data lives in ``knowledge_base/nudges/catalogue.yml`` (see the README there); this module
validates it. Every item must cite at least one source, and its message must end with
:data:`STOP_SENTENCE`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError, model_validator

from assistant.envelope import Envelope, SourceRef
from channels.nudges.enums import NudgeTopic, Sex
from channels.nudges.exceptions import CatalogueError

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CATALOGUE = REPO_ROOT / "knowledge_base" / "nudges" / "catalogue.yml"
STOP_SENTENCE = "Répondez STOP pour ne plus recevoir ces rappels."
#: a WhatsApp template body is limited to 1,024 characters; keep messages short
MAX_MESSAGE_LENGTH = 600
_ID = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")

TemplateParameter = Literal["first_name"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CatalogueSource(_Strict):
    """A cited source; ``kb_document`` names the knowledge-base document that carries it."""

    title: str = Field(min_length=3)
    url: HttpUrl
    updated: dt.date
    kb_document: str | None = Field(default=None, pattern=_ID)

    def ref(self) -> SourceRef:
        return SourceRef(title=self.title, url=str(self.url), updated=self.updated.isoformat())


class AgeRange(_Strict):
    """Ages reached during the year, both ends included."""

    min: int = Field(ge=0, le=120)
    max: int = Field(ge=0, le=120)

    @model_validator(mode="after")
    def _ordered(self) -> AgeRange:
        if self.min > self.max:
            raise ValueError(f"age range {self.min}-{self.max}: min is above max")
        return self

    def __contains__(self, age: object) -> bool:
        return isinstance(age, int) and self.min <= age <= self.max


def _month_day(value: str) -> tuple[int, int]:
    match = _MONTH_DAY.match(value)
    if match is None:
        raise ValueError(f"{value!r}: expected MM-DD")
    month, day = int(match[1]), int(match[2])
    dt.date(2000, month, day)  # raises on 02-30 and the like (2000 is a leap year)
    return month, day


class Season(_Strict):
    """A yearly window, from ``start`` to ``end`` included (``MM-DD``); it may span New Year."""

    start: str
    end: str

    @model_validator(mode="after")
    def _valid(self) -> Season:
        _month_day(self.start)
        _month_day(self.end)
        return self

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, dt.date):
            return False
        today, start, end = (day.month, day.day), _month_day(self.start), _month_day(self.end)
        return start <= today <= end if start <= end else today >= start or today <= end


class Eligibility(_Strict):
    """Who an item is for: age (ranges or exact ages), sex, and an optional yearly season."""

    age_ranges: list[AgeRange] = Field(default_factory=list)
    ages: list[int] = Field(default_factory=list)
    sex: Literal["female", "male", "any"] = "any"
    season: Season | None = None

    @model_validator(mode="after")
    def _one_age_rule(self) -> Eligibility:
        if bool(self.age_ranges) == bool(self.ages):
            raise ValueError("give either age_ranges or ages (exactly one of them)")
        if any(not 0 <= age <= 120 for age in self.ages):
            raise ValueError("ages must be between 0 and 120")
        return self

    def age_range_of(self, age: int) -> AgeRange | None:
        return next((r for r in self.age_ranges if age in r), None)

    def refusal(self, age: int, sex: Sex | None, day: dt.date) -> str | None:
        """Why a member of this age and sex is not eligible on ``day``; ``None`` if eligible."""
        if self.ages and age not in self.ages:
            return f"âge {age} : rappel prévu à {', '.join(map(str, self.ages))} ans"
        if self.age_ranges and self.age_range_of(age) is None:
            bands = ", ".join(f"{r.min}-{r.max}" for r in self.age_ranges)
            return f"âge {age} hors des tranches {bands} ans"
        if self.sex != "any":
            if sex is None:
                return "sexe non renseigné (rappel réservé à un sexe)"
            if sex.value != self.sex:
                return "rappel réservé à l'autre sexe"
        if self.season is not None and day not in self.season:
            return f"hors saison ({self.season.start} au {self.season.end})"
        return None


class WhatsAppTemplate(_Strict):
    """A template approved in WhatsApp Manager; ``parameters`` fill its body placeholders."""

    name: str = Field(pattern=r"^[a-z0-9_]{1,512}$")
    language_code: str = Field(default="fr", pattern=r"^[a-z]{2}(?:_[A-Z]{2})?$")
    parameters: list[TemplateParameter] = Field(default_factory=list)


class NudgeItem(_Strict):
    """One reminder the scheduler may send."""

    id: str = Field(pattern=_ID, max_length=60)
    topic: NudgeTopic
    title: str = Field(min_length=3)
    eligibility: Eligibility
    min_interval_days: int = Field(ge=1)
    once_per_age_range: bool = False
    #: items of one group share their interval (e.g. the two cervical-screening steps)
    interval_group: str | None = Field(default=None, pattern=_ID, max_length=60)
    message: str = Field(min_length=20, max_length=MAX_MESSAGE_LENGTH)
    whatsapp_template: WhatsAppTemplate
    sources: list[CatalogueSource] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> NudgeItem:
        if self.topic is NudgeTopic.ALL:
            raise ValueError("topic 'all' is a consent scope, not an item topic")
        if not self.message.rstrip().endswith(STOP_SENTENCE):
            raise ValueError(f"message must end with « {STOP_SENTENCE} »")
        if self.once_per_age_range and not self.eligibility.age_ranges:
            raise ValueError("once_per_age_range needs eligibility.age_ranges")
        return self

    @property
    def group(self) -> str:
        return self.interval_group or self.id

    def envelope(self, member_id: str) -> Envelope:
        """The ``kind: "nudge"`` payload sent (and logged) with this reminder."""
        return Envelope(
            kind="nudge",
            sources=[source.ref() for source in self.sources],
            data={"nudge_id": self.id, "topic": self.topic.value, "member_id": member_id},
        )


class Catalogue(_Strict):
    """Every item, in priority order (the first due item is sent first under the caps)."""

    version: int = Field(ge=1)
    updated_on: dt.date
    items: list[NudgeItem] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Catalogue:
        ids = [item.id for item in self.items]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate item ids: {', '.join(duplicates)}")
        return self

    def get(self, nudge_id: str) -> NudgeItem:
        for item in self.items:
            if item.id == nudge_id:
                return item
        raise CatalogueError(f"no nudge with id {nudge_id!r}")


def parse_catalogue(text: str, origin: str = "<catalogue>") -> Catalogue:
    """Validate catalogue YAML; errors name ``origin`` and the failing field."""
    try:
        raw = yaml.safe_load(text)
        return Catalogue.model_validate(raw)
    except yaml.YAMLError as exc:
        raise CatalogueError(f"{origin}: invalid YAML: {exc}") from exc
    except ValidationError as exc:
        raise CatalogueError(f"{origin}: {exc}") from exc


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Load and validate the catalogue file (the repository's by default)."""
    path = path or DEFAULT_CATALOGUE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogueError(f"{path}: {exc.strerror or exc}") from exc
    return parse_catalogue(text, str(path))
