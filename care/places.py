"""Places a member can name, resolved against the communes table (the gazetteer).

A :class:`Place` is a commune (with its centre), a Paris/Lyon/Marseille arrondissement, a
postcode, a département (searched whole, nearest first from its largest town) or an explicit
point. Names are matched on folded keys (no accents,
no case, « St » = « Saint », hyphens = spaces). Homonyms are ranked by population when the
communes file gives it, else by the number of postcodes (a proxy for size).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import get_close_matches
from typing import Literal

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Engine, select

from care._text import fold
from care.communes import Commune
from care.orm import CommuneRecord

__all__ = ["Gazetteer", "Place", "PlaceKind", "city_label"]

PlaceKind = Literal["commune", "arrondissement", "code_postal", "departement", "point"]

_ARTICLE_RE = re.compile(r"^(?:le|la|les|l) (?=\S)")
_CITY_RE = re.compile(r"^(.*?)\s+\d{1,2}\s*(?:er|e|ème|eme)?\s+arrondissement$", re.IGNORECASE)
_ARRONDISSEMENT_RE = re.compile(r"^(.*?) (\d{1,2})(?: ?(?:er|e|eme|ieme|em))?(?: arrondissement)?$")


class Place(BaseModel):
    """Where to search around (JSON-ready)."""

    model_config = ConfigDict(frozen=True)

    kind: PlaceKind
    label: str
    latitude: float
    longitude: float
    insee_code: str | None = None
    postal_code: str | None = None
    department_code: str | None = None
    reference: str | None = None
    """For a département: the town distances are measured from (its largest commune)."""

    @classmethod
    def point(cls, latitude: float, longitude: float, label: str = "votre adresse") -> Place:
        return cls(kind="point", label=label, latitude=latitude, longitude=longitude)


@dataclass(slots=True)
class _Entry:
    place: Place
    rank: float


def _mean(values: Iterable[float]) -> float:
    items = list(values)
    return sum(items) / len(items)


def city_label(arrondissement: str) -> str:
    """``"Paris 11e Arrondissement"`` → ``"Paris"``."""
    match = _CITY_RE.match(arrondissement)
    return match.group(1) if match else arrondissement


class Gazetteer:
    """Name, postcode and département lookups over a list of communes."""

    def __init__(self, communes: Iterable[Commune]) -> None:
        by_insee: dict[str, list[Commune]] = defaultdict(list)
        for commune in communes:
            by_insee[commune.insee_code].append(commune)
        self.names: dict[str, list[_Entry]] = defaultdict(list)
        self.arrondissements: dict[tuple[str, int], Place] = {}
        self.postcodes: dict[str, Place] = {}
        self.departments: dict[str, Place] = {}
        self.department_names: dict[str, str] = {}
        cities: dict[str, list[Place]] = defaultdict(list)
        by_postcode: dict[str, list[Commune]] = defaultdict(list)
        by_department: dict[str, list[Commune]] = defaultdict(list)
        for insee, rows in by_insee.items():
            first = rows[0]
            postcodes = sorted({r.postal_code for r in rows})
            for row in rows:
                by_postcode[row.postal_code].append(row)
            by_department[first.department_code].append(first)
            key = fold(first.name)
            match = _ARRONDISSEMENT_RE.match(key)
            kind: PlaceKind = "arrondissement" if match else "commune"
            place = Place(
                kind=kind,
                label=first.name,
                latitude=first.latitude,
                longitude=first.longitude,
                insee_code=insee,
                postal_code=postcodes[0] if len(postcodes) == 1 else None,
                department_code=first.department_code,
            )
            rank = float(first.population) if first.population is not None else len(postcodes)
            self.names[key].append(_Entry(place, rank))
            article = _ARTICLE_RE.match(key)
            if article:  # « au Bouscat », « à Havre »: also without the article, ranked after
                self.names[key[article.end() :]].append(_Entry(place, rank - 1e6))
            if match:
                self.arrondissements[(match.group(1), int(match.group(2)))] = place
                cities[match.group(1)].append(place)
        for city, parts in cities.items():
            own = [e for e in self.names.get(city, []) if e.place.kind == "commune"]
            centre = own[0].place if own else None
            place = Place(
                kind="commune",
                label=centre.label if centre else city_label(parts[0].label),
                latitude=centre.latitude if centre else _mean(p.latitude for p in parts),
                longitude=centre.longitude if centre else _mean(p.longitude for p in parts),
                insee_code=centre.insee_code if centre else None,
                department_code=parts[0].department_code,
            )
            self.names[city] = [_Entry(place, 1e9)]  # the city wins over its homonyms
        for entries in self.names.values():
            entries.sort(key=lambda e: -e.rank)
        for postcode, rows in by_postcode.items():
            unique = {r.insee_code: r for r in rows}
            names = sorted({r.name for r in unique.values()})
            self.postcodes[postcode] = Place(
                kind="code_postal",
                label=f"{postcode} {names[0]}" if len(names) == 1 else postcode,
                latitude=_mean(r.latitude for r in unique.values()),
                longitude=_mean(r.longitude for r in unique.values()),
                postal_code=postcode,
                department_code=rows[0].department_code,
            )
        main_town: dict[str, _Entry] = {}
        for entries in self.names.values():
            for entry in entries:
                code = entry.place.department_code or ""
                if entry.place.kind == "commune" and (
                    code not in main_town or entry.rank > main_town[code].rank
                ):
                    main_town[code] = entry
        for code, rows in by_department.items():
            name = rows[0].department_name
            town = main_town.get(code)
            self.departments[code] = Place(
                kind="departement",
                label=f"{name} ({code})" if name else code,
                latitude=town.place.latitude if town else _mean(r.latitude for r in rows),
                longitude=town.place.longitude if town else _mean(r.longitude for r in rows),
                department_code=code,
                reference=town.place.label if town else None,
            )
            if name:
                self.department_names[fold(name)] = code
        self.max_words = max((len(name.split()) for name in self.names), default=1)
        self._by_initial: dict[str, list[str]] = defaultdict(list)
        for name in self.names:
            self._by_initial[name[:1]].append(name)

    @classmethod
    def from_engine(cls, engine: Engine) -> Gazetteer:
        """Load from the ``care_communes`` table."""
        with engine.connect() as conn:
            rows = conn.execute(
                select(
                    CommuneRecord.insee_code,
                    CommuneRecord.postal_code,
                    CommuneRecord.name,
                    CommuneRecord.department_code,
                    CommuneRecord.department_name,
                    CommuneRecord.region_name,
                    CommuneRecord.latitude,
                    CommuneRecord.longitude,
                    CommuneRecord.population,
                )
            ).all()
        return cls(Commune(*row) for row in rows)

    def __len__(self) -> int:
        return len(self.names)

    def commune(self, name: str, *, department_code: str | None = None) -> Place | None:
        """The best commune for a name (folded exact match), optionally in a département."""
        entries = self.names.get(fold(name), [])
        if department_code is not None:
            entries = [e for e in entries if e.place.department_code == department_code]
        return entries[0].place if entries else None

    def homonyms(self, name: str) -> int:
        return len(self.names.get(fold(name), []))

    def fuzzy_commune(self, name: str) -> Place | None:
        """A commune whose folded name is close to ``name`` (typos such as "nante")."""
        key = fold(name)
        if len(key) < 4:
            return None
        match = get_close_matches(key, self._by_initial.get(key[:1], []), n=1, cutoff=0.85)
        return self.commune(match[0]) if match else None

    def arrondissement(self, city: str, number: int) -> Place | None:
        return self.arrondissements.get((fold(city), number))

    def postcode(self, code: str) -> Place | None:
        return self.postcodes.get(code)

    def department(self, code_or_name: str) -> Place | None:
        text = code_or_name.strip().upper()
        if text.isdigit() and len(text) == 1:
            text = text.zfill(2)
        code = text if text in self.departments else self.department_names.get(fold(text))
        return self.departments.get(code) if code else None
