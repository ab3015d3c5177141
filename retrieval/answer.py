"""Compose a short, grounded French answer from retrieved passages, with citations.

The answer only quotes the knowledge base: the lead paragraph of the best document (written to
answer its main question) and, when another section matches the question better, the one or
two sentences of it that share most words with the question. No figure is produced here that
is not in a passage. Below the confidence threshold the composer refuses honestly.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Sequence

from langchain_core.documents import Document

from retrieval.documents import split_sentences
from retrieval.search import Hit, Retriever
from retrieval.text import analyse

_MARKER_RE = re.compile(r"\[(\d+)\]")
MAX_EXTRA_SENTENCES = 2


@dataclasses.dataclass(frozen=True)
class Citation:
    """A source as shown to the member: title, link and the date it gives."""

    title: str
    url: str
    updated: str
    publisher: str = ""

    def as_payload(self) -> dict[str, str]:
        return {"title": self.title, "url": self.url, "updated": self.updated}


@dataclasses.dataclass(frozen=True)
class Answer:
    """A grounded answer, or an honest refusal (``grounded=False``)."""

    text: str
    citations: tuple[Citation, ...]
    grounded: bool
    confidence: float
    doc_id: str | None = None
    title: str | None = None
    updated: str | None = None
    applies_from: str | None = None
    passages: tuple[str, ...] = ()
    related: tuple[tuple[str, str], ...] = ()


def confidence_of(hits: Sequence[Hit]) -> float:
    """How sure we are that the first hit answers the question, in [0, 1].

    The geometric mean of the dense cosine of its best chunk (comparable across questions,
    unlike fused RRF scores) and the IDF-weighted share of the question's words that the
    document contains: a question about something the knowledge base never mentions leaves a
    rare word uncovered even when the vectors look close.
    """
    if not hits:
        return 0.0
    top = hits[0]
    value = math.sqrt(max(top.dense_score, 0.0) * max(top.coverage, 0.0))
    return max(0.0, min(1.0, value))


def _lead_paragraph(chunks: Sequence[Document]) -> str:
    for chunk in chunks:
        if chunk.metadata.get("audience") == "adviser":
            continue
        for paragraph in chunk.page_content.split("\n\n"):
            paragraph = paragraph.strip()
            if paragraph and not paragraph.startswith(("#", "-", "*", "|")):
                return paragraph
    return chunks[0].page_content.strip() if chunks else ""


def _best_sentences(question: str, chunk: Document, exclude: str) -> list[str]:
    wanted = set(analyse(question, expand=False))
    scored: list[tuple[int, int, str]] = []
    for order, line in enumerate(chunk.page_content.splitlines()):
        for sentence in split_sentences(line.strip().lstrip("-* ").strip()):
            if not sentence or sentence in exclude or sentence.startswith("#"):
                continue
            overlap = len(wanted & set(analyse(sentence, expand=False)))
            if overlap:
                scored.append((overlap, -order, sentence))
    scored.sort(reverse=True)
    return [sentence for _, _, sentence in scored[:MAX_EXTRA_SENTENCES]]


def _citations(text: str, chunk: Document) -> tuple[Citation, ...]:
    sources = list(chunk.metadata.get("sources") or [])
    numbers = sorted({int(n) for n in _MARKER_RE.findall(text)}) or [1]
    citations = []
    for number in numbers:
        if 1 <= number <= len(sources):
            source = sources[number - 1]
            citations.append(
                Citation(
                    title=str(source.get("title", "")),
                    url=str(source.get("url", "")),
                    updated=str(source.get("date", "")),
                    publisher=str(source.get("publisher", "")),
                )
            )
    return tuple(citations)


def _renumber(text: str, citations_numbers: Sequence[int]) -> str:
    mapping = {old: new for new, old in enumerate(citations_numbers, start=1)}
    return _MARKER_RE.sub(lambda m: f"[{mapping.get(int(m.group(1)), int(m.group(1)))}]", text)


def compose(question: str, hits: Sequence[Hit], retriever: Retriever, threshold: float) -> Answer:
    """The answer to ``question`` from ``hits``, or a refusal below ``threshold``."""
    confidence = confidence_of(hits)
    if not hits or confidence < threshold:
        return Answer(
            text=(
                "Je ne trouve pas de réponse fiable à cette question dans ma base de "
                "connaissances. Pouvez-vous la reformuler, par exemple en précisant le soin ou "
                "la garantie concernés ? Un conseiller peut aussi vous répondre."
            ),
            citations=(),
            grounded=False,
            confidence=confidence,
        )
    top = hits[0]
    chunks = retriever.chunks_of(top.doc_id)
    lead = _lead_paragraph(chunks)
    parts = [lead]
    best = next((c for c in top.chunks if c.metadata.get("audience") != "adviser"), None)
    if best is not None and best.page_content.strip() and lead not in best.page_content:
        parts.extend(_best_sentences(question, best, lead))
    body = " ".join(part for part in parts if part)
    numbers = sorted({int(n) for n in _MARKER_RE.findall(body)}) or [1]
    reference = chunks[0] if chunks else top.chunks[0]
    citations = _citations(body, reference)
    body = _renumber(body, numbers)
    meta = reference.metadata
    return Answer(
        text=body,
        citations=citations,
        grounded=True,
        confidence=confidence,
        doc_id=top.doc_id,
        title=str(meta.get("title", top.title)),
        updated=str(meta.get("updated", "")),
        applies_from=str(meta.get("applies_from", "")),
        passages=tuple(parts),
        related=tuple((hit.doc_id, hit.title) for hit in hits[1:3]),
    )


def format_for_member(answer: Answer) -> str:
    """Plain-text rendering for channels without rich messages (REST, SMS-like)."""
    if not answer.grounded:
        return answer.text
    lines = [answer.text]
    if answer.citations:
        lines.append("")
        lines.append("Sources :")
        for number, citation in enumerate(answer.citations, start=1):
            where = f" ({citation.publisher})" if citation.publisher else ""
            lines.append(f"[{number}] {citation.title}{where}, {citation.updated} — {citation.url}")
    if answer.updated:
        lines.append(f"Fiche mise à jour le {_french_date(answer.updated)}.")
    return "\n".join(lines)


def _french_date(iso: str) -> str:
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{parts[2]}/{parts[1]}/{parts[0]}"
    return iso
