"""Care search: the health-professional directory (RPPS open data) and nearest-first search.

Pure domain code, no Rasa. The actions use:

- :func:`get_directory` / :class:`CareDirectory` – the directory loaded once in memory;
- :meth:`CareDirectory.parse` / :func:`parse_care_query` – free French → :class:`CareQuery`;
- :meth:`CareDirectory.search` / :func:`search_care` – nearest-first results with the
  estimated reste à charge (:class:`CareSearchResponse`, JSON-ready);
- :func:`format_results_fr` – a short plain-text French answer;
- :func:`ensure_samples` – load the committed sample directory when needed;
- :func:`import_directory` – import a real RPPS extract (``python -m care import``).

>>> from care import ensure_samples, CareDirectory, format_results_fr
>>> _ = ensure_samples("sqlite://")  # doctest: +SKIP
"""

from __future__ import annotations

from care.communes import Commune, read_communes
from care.database import init_care_db, make_care_engine
from care.ensure import SAMPLES_DIR, EnsureResult, ensure_samples
from care.exceptions import (
    CareDataError,
    CareError,
    DirectoryNotLoadedError,
    ImportInterruptedError,
)
from care.importer import import_directory
from care.index import DirectoryIndex, haversine_km
from care.places import Gazetteer, Place
from care.query import CareQuery, FeeFilter, parse_care_query
from care.render import format_results_fr
from care.report import ImportReport
from care.search import (
    DEFAULT_RADIUS_KM,
    WIDENED_RADIUS_KM,
    CareResult,
    CareSearchResponse,
    SearchStatus,
    search_care,
)
from care.service import CareDirectory, get_directory
from care.specialties import SPECIALTIES, Access, CareSpecialty, get_specialty, specialty_keys

__all__ = [
    "DEFAULT_RADIUS_KM",
    "SAMPLES_DIR",
    "SPECIALTIES",
    "WIDENED_RADIUS_KM",
    "Access",
    "CareDataError",
    "CareDirectory",
    "CareError",
    "CareQuery",
    "CareResult",
    "CareSearchResponse",
    "CareSpecialty",
    "Commune",
    "DirectoryIndex",
    "DirectoryNotLoadedError",
    "EnsureResult",
    "FeeFilter",
    "Gazetteer",
    "ImportInterruptedError",
    "ImportReport",
    "Place",
    "SearchStatus",
    "ensure_samples",
    "format_results_fr",
    "get_directory",
    "get_specialty",
    "haversine_km",
    "import_directory",
    "init_care_db",
    "make_care_engine",
    "parse_care_query",
    "read_communes",
    "search_care",
    "specialty_keys",
]
