"""One object for the Rasa actions: the loaded directory (gazetteer + index) and its queries.

>>> directory = get_directory()                      # doctest: +SKIP
>>> response = directory.ask("un dermato à Nantes", contract_id="confort")  # doctest: +SKIP
>>> print(format_results_fr(response))               # doctest: +SKIP

Loading reads the whole directory once (under a second for 100 000 sites, about 7 s for a
million); searches are then in memory. :func:`get_directory` keeps one instance per database
URL and picks up a new import within a minute (:meth:`CareDirectory.reload_if_stale`).
"""

from __future__ import annotations

import threading
import time

from sqlalchemy import Engine, select

from care.database import make_care_engine, resolve_url
from care.exceptions import DirectoryNotLoadedError
from care.index import DirectoryIndex
from care.orm import MetaRecord
from care.places import Gazetteer, Place
from care.query import CareQuery, parse_care_query
from care.search import CareSearchResponse, search_care
from reimbursement import MemberSituation

__all__ = ["CareDirectory", "get_directory"]


class CareDirectory:
    """The directory loaded in memory, with parse and search bound to it."""

    def __init__(self, engine: Engine, gazetteer: Gazetteer, index: DirectoryIndex) -> None:
        self.engine = engine
        self.gazetteer = gazetteer
        self.index = index

    @classmethod
    def open(cls, engine: Engine | str | None = None) -> CareDirectory:
        """Load from an engine or URL (default: ``MUTUELLE_DB_URL``, then SQLite).

        Raises :class:`DirectoryNotLoadedError` when the directory is empty.
        """
        db = engine if isinstance(engine, Engine) else make_care_engine(engine)
        index = DirectoryIndex.load(db)
        if len(index) == 0:
            raise DirectoryNotLoadedError(
                "l'annuaire est vide : lancez « python -m care ensure-samples » ou un import"
            )
        return cls(db, Gazetteer.from_engine(db), index)

    def parse(self, text: str, previous: CareQuery | None = None) -> CareQuery:
        """Parse ``text``, completed by ``previous`` for follow-ups (« et à Rennes ? »)."""
        return parse_care_query(text, self.gazetteer).merged_with(previous)

    def search(
        self,
        query: CareQuery,
        *,
        origin: Place | None = None,
        contract_id: str | None = None,
        situation: MemberSituation | None = None,
        referred: bool = True,
        limit: int = 5,
    ) -> CareSearchResponse:
        """See :func:`care.search.search_care`."""
        return search_care(
            self.index,
            query,
            origin=origin,
            contract_id=contract_id,
            situation=situation,
            referred=referred,
            limit=limit,
        )

    def ask(
        self,
        text: str,
        *,
        previous: CareQuery | None = None,
        origin: Place | None = None,
        contract_id: str | None = None,
        situation: MemberSituation | None = None,
        referred: bool = True,
        limit: int = 5,
    ) -> CareSearchResponse:
        """Parse then search; ``response.query`` is the merged query to keep for follow-ups."""
        return self.search(
            self.parse(text, previous),
            origin=origin,
            contract_id=contract_id,
            situation=situation,
            referred=referred,
            limit=limit,
        )

    def home_place(self, postcode: str) -> Place | None:
        """A member's home from his postcode (for « près de chez moi »)."""
        return self.gazetteer.postcode(postcode.strip())

    def is_stale(self) -> bool:
        """Whether an import ran since this directory was loaded."""
        with self.engine.connect() as conn:
            run = conn.execute(select(MetaRecord.value).where(MetaRecord.key == "import_run"))
            return int(run.scalar() or 0) != self.index.import_run

    def reload_if_stale(self) -> CareDirectory:
        if not self.is_stale():
            return self
        fresh = CareDirectory.open(self.engine)
        self.gazetteer, self.index = fresh.gazetteer, fresh.index
        return self


_LOCK = threading.Lock()
_DIRECTORIES: dict[str, tuple[CareDirectory, float]] = {}
STALENESS_CHECK_SECONDS = 60.0


def get_directory(url: str | None = None) -> CareDirectory:
    """The shared :class:`CareDirectory` of a database URL (loaded on first use).

    At most once a minute it checks whether an import ran since it was loaded, and reloads.
    Raises :class:`DirectoryNotLoadedError` while the directory is empty.
    """
    key = resolve_url(url).render_as_string(hide_password=False)
    with _LOCK:
        now = time.monotonic()
        cached = _DIRECTORIES.get(key)
        if cached is None:
            directory = CareDirectory.open(url)
        elif now - cached[1] >= STALENESS_CHECK_SECONDS:
            directory = cached[0].reload_if_stale()
        else:
            return cached[0]
        _DIRECTORIES[key] = (directory, now)
        return directory
