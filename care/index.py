"""Compact in-memory index of the directory for nearest-first search.

Loaded once from SQL: one row per practice site, as numpy arrays (coordinates in radians,
département, sector, fee, téléconsultation, new patients), plus, per specialty, the rows
sorted by latitude. A query takes the latitude band of its radius with a binary search,
computes vectorised haversine distances on that band only and sorts the survivors; only the
few sites shown are then read from SQL (by primary key). No table scan per query.
"""

from __future__ import annotations

import math
from array import array
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Engine, select

from care.orm import EnrichmentRecord, MetaRecord, PractitionerRecord, SiteRecord, SkillRecord
from care.specialties import SPECIALTIES, specialty_keys

__all__ = ["EARTH_RADIUS_KM", "DirectoryIndex", "SiteDetails", "haversine_km"]

EARTH_RADIUS_KM = 6371.0088
"""Mean Earth radius (IUGG)."""
KM_PER_DEGREE_LAT = math.pi * EARTH_RADIUS_KM / 180

SECTOR_CODES: dict[str | None, int] = {
    None: 0,
    "secteur_1": 1,
    "secteur_2_optam": 2,
    "secteur_2_non_optam": 3,
    "secteur_3": 4,
    "secteur_2": 5,
}
SECTOR_NAMES = {code: name for name, code in SECTOR_CODES.items()}
_KNOWN_SKILLS = sorted({code for s in SPECIALTIES for code in s.skill_codes})

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


def haversine_km(lat: float, lon: float, lats: npt.ArrayLike, lons: npt.ArrayLike) -> FloatArray:
    """Great-circle distances in km from ``(lat, lon)`` to each point (degrees)."""
    phi1, lam1 = math.radians(lat), math.radians(lon)
    phi2 = np.radians(np.asarray(lats, dtype=np.float64))
    lam2 = np.radians(np.asarray(lons, dtype=np.float64))
    a = (
        np.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * np.cos(phi2) * np.sin((lam2 - lam1) / 2) ** 2
    )
    result: FloatArray = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
    return result


@dataclass(frozen=True, slots=True)
class SiteDetails:
    """What a result shows, read from SQL for the few sites displayed."""

    site_id: int
    pp_id: str
    civility: str
    first_name: str
    last_name: str
    profession_code: str
    site_name: str
    address: str
    postal_code: str
    commune_name: str
    phone: str


@dataclass(frozen=True, slots=True)
class _Subset:
    rows: IntArray  # global row numbers, sorted by latitude
    lat: FloatArray  # their latitudes, sorted


@dataclass(frozen=True, slots=True)
class Candidates:
    """Rows selected by a query, nearest first, with their distance and the total found."""

    rows: IntArray
    distances: FloatArray
    total: int


class _Builder:
    """Accumulates streamed SQL rows in typed buffers (no per-row Python object is kept).

    Rows come ordered by practitioner then site, one row per site × known skill code, so the
    practitioner number and the skill set are derived from consecutive rows, without any
    dictionary keyed by identifier.
    """

    def __init__(self) -> None:
        self.site_id = array("q")
        self.person = array("q")
        self.lat = array("d")
        self.lon = array("d")
        self.fee = array("d")
        self.department = array("h")
        self.sector = array("b")
        self.teleconsultation = array("b")
        self.new_patients = array("b")
        self.groups: dict[str, array[int]] = defaultdict(lambda: array("q"))
        self.departments: dict[str, int] = {}
        self._keys: dict[tuple[str, frozenset[str]], tuple[str, ...]] = {}
        self._pp_id: str | None = None
        self._pending: list[Sequence[Any]] = []  # rows of the current practitioner
        self._skills: set[str] = set()

    def add(self, record: Sequence[Any]) -> None:
        if record[1] != self._pp_id:
            self.flush()
            self._pp_id = record[1]
        if record[-1] is not None:
            self._skills.add(record[-1])
        if not self._pending or self._pending[-1][0] != record[0]:
            self._pending.append(record)

    def flush(self) -> None:
        """Store the sites of the current practitioner (his skills are now all known)."""
        if not self._pending:
            return
        person = len(self.person) and self.person[-1] + 1
        skills = frozenset(self._skills)
        for site_id, _, lat, lon, dept, profession, sector, fee, tele, new, _ in self._pending:
            row = len(self.site_id)
            self.site_id.append(site_id)
            self.person.append(person)
            self.lat.append(lat)
            self.lon.append(lon)
            self.fee.append(math.nan if fee is None else float(fee))
            self.department.append(self.departments.setdefault(dept, len(self.departments)))
            self.sector.append(SECTOR_CODES.get(sector, 0))
            self.teleconsultation.append(_tri(tele))
            self.new_patients.append(_tri(new))
            key = (profession, skills)
            keys = self._keys.get(key)
            if keys is None:
                keys = self._keys[key] = specialty_keys(profession, skills)
            for specialty in keys:
                self.groups[specialty].append(row)
        self._pending.clear()
        self._skills.clear()


class DirectoryIndex:
    """Arrays of every site; build with :meth:`load`."""

    def __init__(self, engine: Engine, built: _Builder, import_run: int = 0) -> None:
        self.engine = engine
        self.import_run = import_run
        # read-only views on the builder's buffers: no copy
        self.site_id: IntArray = np.frombuffer(built.site_id, np.int64)
        self.person: IntArray = np.frombuffer(built.person, np.int64)
        self.lat: FloatArray = np.frombuffer(built.lat, np.float64)
        self.lat_rad = np.radians(self.lat)
        self.lon_rad = np.radians(np.frombuffer(built.lon, np.float64))
        self.cos_lat = np.cos(self.lat_rad)
        self.fee: FloatArray = np.frombuffer(built.fee, np.float64)
        self.department = np.frombuffer(built.department, np.int16)
        self.department_codes = dict(built.departments)
        self.sector = np.frombuffer(built.sector, np.int8)
        self.teleconsultation = np.frombuffer(built.teleconsultation, np.int8)
        self.new_patients = np.frombuffer(built.new_patients, np.int8)
        self._subsets = {
            key: self._subset(np.frombuffer(rows, np.int64)) for key, rows in built.groups.items()
        }
        self._all = self._subset(np.arange(len(built.site_id), dtype=np.int64))

    def _subset(self, rows: IntArray) -> _Subset:
        order = np.argsort(self.lat[rows], kind="stable")
        sorted_rows = rows[order]
        return _Subset(rows=sorted_rows, lat=self.lat[sorted_rows])

    @classmethod
    def load(cls, engine: Engine, *, chunk: int = 20_000) -> DirectoryIndex:
        """Stream the sites (with practitioner, enrichment and skills) from SQL."""
        query = (
            select(
                SiteRecord.id,
                SiteRecord.pp_id,
                SiteRecord.latitude,
                SiteRecord.longitude,
                SiteRecord.department_code,
                PractitionerRecord.profession_code,
                EnrichmentRecord.sector,
                EnrichmentRecord.usual_fee,
                EnrichmentRecord.teleconsultation,
                EnrichmentRecord.accepts_new_patients,
                SkillRecord.code,
            )
            .join(PractitionerRecord, PractitionerRecord.pp_id == SiteRecord.pp_id)
            .outerjoin(EnrichmentRecord, EnrichmentRecord.pp_id == SiteRecord.pp_id)
            .outerjoin(
                SkillRecord,
                (SkillRecord.pp_id == SiteRecord.pp_id) & SkillRecord.code.in_(_KNOWN_SKILLS),
            )
            .order_by(SiteRecord.pp_id, SiteRecord.id)
        )
        builder = _Builder()
        with engine.connect() as conn:
            for record in conn.execution_options(yield_per=chunk).execute(query):
                builder.add(record)
            builder.flush()
            run = conn.execute(select(MetaRecord.value).where(MetaRecord.key == "import_run"))
            run_value = run.scalar()
        return cls(engine, builder, int(run_value or 0))

    def __len__(self) -> int:
        return int(self.site_id.shape[0])

    def count(self, specialty: str | None = None) -> int:
        subset = self._all if specialty is None else self._subsets.get(specialty)
        return 0 if subset is None else int(subset.rows.shape[0])

    def candidates(
        self,
        specialty: str | None,
        latitude: float,
        longitude: float,
        *,
        radius_km: float | None,
        department: str | None = None,
        sectors: tuple[int, ...] | None = None,
        teleconsultation: bool = False,
        new_patients: bool = False,
        limit: int = 5,
    ) -> Candidates:
        """Nearest rows within ``radius_km`` (or in ``department``) that pass the filters."""
        subset = self._all if specialty is None else self._subsets.get(specialty)
        empty = Candidates(np.empty(0, np.int64), np.empty(0, np.float64), 0)
        if subset is None:
            return empty
        if department is not None:
            code = self.department_codes.get(department)
            if code is None:
                return empty
            rows = subset.rows[self.department[subset.rows] == code]
        elif radius_km is not None:
            band = radius_km / KM_PER_DEGREE_LAT
            low, high = np.searchsorted(subset.lat, [latitude - band, latitude + band + 1e-12])
            rows = subset.rows[low:high]
        else:
            rows = subset.rows
        if sectors is not None:
            rows = rows[np.isin(self.sector[rows], np.asarray(sectors, np.int8))]
        if teleconsultation:
            rows = rows[self.teleconsultation[rows] == 1]
        if new_patients:
            rows = rows[self.new_patients[rows] == 1]
        if rows.shape[0] == 0:
            return empty
        phi, lam = math.radians(latitude), math.radians(longitude)
        a = (
            np.sin((self.lat_rad[rows] - phi) / 2) ** 2
            + math.cos(phi) * self.cos_lat[rows] * np.sin((self.lon_rad[rows] - lam) / 2) ** 2
        )
        distances = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
        if radius_km is not None and department is None:
            keep = distances <= radius_km
            rows, distances = rows[keep], distances[keep]
        total = int(rows.shape[0])
        picked, picked_distances = self._nearest_distinct(rows, distances, limit)
        return Candidates(picked, picked_distances, total)

    def _nearest_distinct(
        self, rows: IntArray, distances: FloatArray, limit: int
    ) -> tuple[IntArray, FloatArray]:
        """The ``limit`` nearest rows, one site per practitioner (his nearest).

        Only a few times ``limit`` rows are sorted (``argpartition``); the full sort is the
        fallback when one practitioner fills too many of those places.
        """
        total = rows.shape[0]
        size = min(total, max(limit * 4, limit + 8))
        while True:
            if size < total:
                nearest = np.argpartition(distances, size - 1)[:size]
                keep = distances <= distances[nearest].max()  # ties at the cut stay
                part_rows, part_distances = rows[keep], distances[keep]
            else:
                part_rows, part_distances = rows, distances
            order = np.lexsort((self.site_id[part_rows], part_distances))
            part_rows, part_distances = part_rows[order], part_distances[order]
            _, first = np.unique(self.person[part_rows], return_index=True)
            first.sort()
            if first.shape[0] >= limit or part_rows.shape[0] >= total:
                chosen = first[:limit]
                return part_rows[chosen], part_distances[chosen]
            size = total

    def details(self, rows: IntArray) -> list[SiteDetails]:
        """Read the displayed sites from SQL, in the order of ``rows``."""
        ids = [int(i) for i in self.site_id[rows]]
        if not ids:
            return []
        query = (
            select(
                SiteRecord.id,
                SiteRecord.pp_id,
                PractitionerRecord.civility,
                PractitionerRecord.first_name,
                PractitionerRecord.last_name,
                PractitionerRecord.profession_code,
                SiteRecord.site_name,
                SiteRecord.address,
                SiteRecord.postal_code,
                SiteRecord.commune_name,
                SiteRecord.phone,
            )
            .join(PractitionerRecord, PractitionerRecord.pp_id == SiteRecord.pp_id)
            .where(SiteRecord.id.in_(ids))
        )
        with self.engine.connect() as conn:
            found = {row[0]: SiteDetails(*row) for row in conn.execute(query)}
        return [found[i] for i in ids if i in found]

    def fee_of(self, row: int) -> Decimal | None:
        value = float(self.fee[row])
        return None if math.isnan(value) else Decimal(str(value)).quantize(Decimal("0.01"))

    def sector_of(self, row: int) -> str | None:
        return SECTOR_NAMES.get(int(self.sector[row]))


def _tri(value: bool | None) -> int:
    return -1 if value is None else int(bool(value))
