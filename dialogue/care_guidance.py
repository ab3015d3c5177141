"""Access-to-care guidance shown around a care search, taken from the knowledge base.

Out of surgery hours the member is pointed to the on-call doctor (116 117) and the on-call
pharmacy (3237); a téléconsultation request gets its conditions. The sentences are the
documents' member summaries, so each comes with that document's sources and dates.
"""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict

from retrieval.documents import KnowledgeDocument, load_knowledge_base
from stack.settings import REPO_ROOT

PARIS = ZoneInfo("Europe/Paris")
ON_CALL_DOCTOR = "medecin-de-garde-116-117"
ON_CALL_PHARMACY = "pharmacie-de-garde-3237"
TELECONSULTATION = "teleconsultation"


class Guidance(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    sources: list[dict[str, str]]


@functools.cache
def _documents() -> dict[str, KnowledgeDocument]:
    return {doc.id: doc for doc in load_knowledge_base(REPO_ROOT / "knowledge_base" / "docs")}


def _cite(doc: KnowledgeDocument) -> list[dict[str, str]]:
    return [
        {"title": s.title, "url": str(s.url), "updated": doc.updated.isoformat()}
        for s in doc.meta.sources[:1]
    ]


def surgeries_closed(now: dt.datetime) -> bool:
    """Evenings from 20 h, Saturday from noon, Sunday (public holidays are not known here)."""
    local = now.astimezone(PARIS)
    if local.weekday() == 6:
        return True
    if local.weekday() == 5 and local.hour >= 12:
        return True
    return local.hour >= 20 or local.hour < 8


def guidance_for(now: dt.datetime, *, teleconsultation: bool = False) -> list[Guidance]:
    """The notes that apply now, each with its sources."""
    docs = _documents()
    ids = [ON_CALL_DOCTOR, ON_CALL_PHARMACY] if surgeries_closed(now) else []
    if teleconsultation:
        ids.append(TELECONSULTATION)
    return [
        Guidance(text=docs[doc_id].meta.summary, sources=_cite(docs[doc_id]))
        for doc_id in ids
        if doc_id in docs
    ]
