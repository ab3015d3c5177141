"""``python -m care bench``: import throughput, search latency, memory, vs a naive SQL query.

1. generate a synthetic RPPS extract of ``rows`` activity rows (official layout) in a temp dir;
2. import it into a temp SQLite database (rows/s);
3. load the in-memory index and run ``queries`` searches (random specialty × commune, some
   with filters), timing :func:`care.search.search_care` end to end (index + SQL details);
4. as the reference, time a naive SQL query per search: bounding box + ``ORDER BY`` the
   squared equirectangular distance, ``LIMIT 5``;
5. report the peak RSS of the process.
"""

from __future__ import annotations

import math
import random
import resource
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select

from care._sample_data import COMMUNE_ROWS
from care.database import make_care_engine
from care.importer import import_directory
from care.index import KM_PER_DEGREE_LAT, DirectoryIndex
from care.orm import PractitionerRecord, SiteRecord, SkillRecord
from care.places import Gazetteer
from care.query import CareQuery, parse_care_query
from care.samples import generate
from care.search import DEFAULT_RADIUS_KM, search_care
from care.specialties import SPECIALTIES_BY_KEY

__all__ = ["BenchResult", "run_bench"]

_SPECIALTIES = (
    "generaliste",
    "dermatologue",
    "ophtalmologue",
    "gynecologue",
    "pediatre",
    "psychiatre",
    "cardiologue",
    "orl",
    "dentiste",
    "kinesitherapeute",
    "sage_femme",
    "infirmier",
    "orthophoniste",
)


@dataclass(frozen=True, slots=True)
class BenchResult:
    rows: int
    import_seconds: float
    sites: int
    index_seconds: float
    queries: int
    search_p50_ms: float
    search_p95_ms: float
    sql_p50_ms: float
    sql_p95_ms: float
    parse_p50_ms: float
    parse_p95_ms: float
    peak_rss_mb: float

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.import_seconds if self.import_seconds else 0.0

    def to_text(self) -> str:
        lines = [
            f"Annuaire synthétique : {_n(self.rows)} lignes d'activité, {_n(self.sites)} lieux "
            "d'exercice",
            f"{'mesure':<42} {'p50':>10} {'p95':>10}",
            f"{'-' * 42} {'-' * 10} {'-' * 10}",
            f"{'recherche (index en mémoire + détails SQL)':<42} "
            f"{self.search_p50_ms:>7.2f} ms {self.search_p95_ms:>7.2f} ms",
            f"{'référence : SQL naïf (bbox + ORDER BY)':<42} "
            f"{self.sql_p50_ms:>7.2f} ms {self.sql_p95_ms:>7.2f} ms",
            f"{'analyse de la phrase (parse_care_query)':<42} "
            f"{self.parse_p50_ms:>7.2f} ms {self.parse_p95_ms:>7.2f} ms",
            "",
            f"{'import (SQLite)':<42} {_n(self.rows_per_second):>10} lignes/s "
            f"({self.import_seconds:.1f} s)",
            f"{'chargement de l index en mémoire':<42} {self.index_seconds:>10.2f} s",
            f"{'pic de mémoire (RSS du processus)':<42} {self.peak_rss_mb:>10.0f} Mo",
            f"{'requêtes':<42} {self.queries:>10}",
        ]
        return "\n".join(lines)


def _n(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u202f")


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return statistics.median(ordered), p95


def _naive_sql(engine: Engine, query: CareQuery, limit: int = 5) -> int:
    """The reference: bounding box in SQL, sorted by SQL, one query per search."""
    assert query.place is not None and query.specialty is not None
    specialty = SPECIALTIES_BY_KEY[query.specialty]
    lat, lon = query.place.latitude, query.place.longitude
    radius = query.radius_km or DEFAULT_RADIUS_KM
    dlat = radius / KM_PER_DEGREE_LAT
    dlon = dlat / max(0.1, math.cos(math.radians(lat)))
    scale = math.cos(math.radians(lat))
    distance = (SiteRecord.latitude - lat) * (SiteRecord.latitude - lat) + (
        (SiteRecord.longitude - lon) * scale
    ) * ((SiteRecord.longitude - lon) * scale)
    stmt = (
        select(SiteRecord.id, SiteRecord.address, PractitionerRecord.last_name)
        .join(PractitionerRecord, PractitionerRecord.pp_id == SiteRecord.pp_id)
        .where(
            PractitionerRecord.profession_code == specialty.profession_code,
            SiteRecord.latitude.between(lat - dlat, lat + dlat),
            SiteRecord.longitude.between(lon - dlon, lon + dlon),
        )
        .order_by(distance)
        .limit(limit)
    )
    if specialty.skill_codes:
        skilled = select(SkillRecord.pp_id).where(SkillRecord.code.in_(specialty.skill_codes))
        stmt = stmt.where(SiteRecord.pp_id.in_(skilled))
    with engine.connect() as conn:
        return len(conn.execute(stmt).all())


def run_bench(
    rows: int = 100_000, queries: int = 500, *, seed: int = 7, folder: Path | None = None
) -> BenchResult:
    """Run the benchmark (see module docstring); temp files are removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="care-bench-") as tmp:
        work = folder or Path(tmp)
        files = generate(rows, work, seed=seed)
        engine = make_care_engine(f"sqlite:///{work / 'bench.db'}")
        started = time.perf_counter()
        report = import_directory(
            engine,
            activite=files.activite,
            savoir_faire=files.savoir_faire,
            communes=files.communes,
            enrichment=files.enrichment,
            progress=False,
        )
        import_seconds = time.perf_counter() - started
        started = time.perf_counter()
        index = DirectoryIndex.load(engine)
        gazetteer = Gazetteer.from_engine(engine)
        index_seconds = time.perf_counter() - started
        rng = random.Random(seed)
        towns = [name for _, name, _, _, _ in COMMUNE_ROWS]
        texts = []
        for _ in range(queries):
            specialty = SPECIALTIES_BY_KEY[rng.choice(_SPECIALTIES)]
            extra = rng.choice(("", "", "", " secteur 1", " OPTAM", " à moins de 5 km"))
            texts.append(f"un {specialty.label} à {rng.choice(towns)}{extra}")
        search_ms, sql_ms, parse_ms = [], [], []
        for text in texts:
            started = time.perf_counter()
            query = parse_care_query(text, gazetteer)
            parse_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            search_care(index, query, contract_id="confort")
            search_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            _naive_sql(engine, query)
            sql_ms.append((time.perf_counter() - started) * 1000)
        engine.dispose()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    s50, s95 = _percentiles(search_ms)
    q50, q95 = _percentiles(sql_ms)
    p50, p95 = _percentiles(parse_ms)
    return BenchResult(
        rows=report.activite_rows,
        import_seconds=import_seconds,
        sites=len(index),
        index_seconds=index_seconds,
        queries=queries,
        search_p50_ms=s50,
        search_p95_ms=s95,
        sql_p50_ms=q50,
        sql_p95_ms=q95,
        parse_p50_ms=p50,
        parse_p95_ms=p95,
        peak_rss_mb=peak,
    )
