"""Knowledge-base documents: front matter schema, loading, and the sourcing check.

A document is a Markdown file with YAML front matter (see ``knowledge_base/README.md``). Loading
fails, naming the file, on bad front matter. ``check_document`` enforces the editorial rule that
every sentence carrying a figure cites one of the document's sources with a ``[n]`` marker.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError, field_validator

from retrieval.exceptions import KnowledgeBaseError

Topic = Literal[
    "remboursement",
    "consultations",
    "parcours",
    "secteurs",
    "contrat",
    "100-sante",
    "optique",
    "dentaire",
    "audition",
    "aides",
    "prevention",
    "vaccination",
    "acces-aux-soins",
    "urgences",
    "demarches",
    "mutuelle",
    "general",
]

_FRONT_MATTER_RE = re.compile(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", re.DOTALL)
_ID_RE = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_MARKER_RE = re.compile(r"\[(\d+)\]")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-ÖØ-Þ«\"(])")


class Source(BaseModel):
    """Where a fact comes from, and the date that source gives."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = Field(min_length=3)
    url: HttpUrl
    publisher: str = Field(min_length=2)
    official: bool
    date: dt.date


class DocumentMeta(BaseModel):
    """Validated front matter of one knowledge-base document."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_ID_RE, max_length=80)
    title: str = Field(min_length=5)
    topic: Topic
    audience: list[Literal["member", "adviser"]] = Field(min_length=1)
    summary: str = Field(min_length=10)
    keywords: list[str] = Field(default_factory=list)
    applies_from: dt.date
    reviewed_on: dt.date
    sources: list[Source] = Field(min_length=1)

    @field_validator("keywords", mode="before")
    @classmethod
    def _keywords_as_strings(cls, value: object) -> object:
        if isinstance(value, list):
            return [str(item) for item in value]
        return value


class KnowledgeDocument(BaseModel):
    """A document ready to be chunked: metadata plus its Markdown body."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    meta: DocumentMeta
    body: str
    path: str

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def updated(self) -> dt.date:
        """The date shown to members: the last editorial review."""
        return self.meta.reviewed_on


def parse_markdown_document(text: str, path: Path) -> KnowledgeDocument:
    """Parse one Markdown document; raises ``KnowledgeBaseError`` naming the file."""
    match = _FRONT_MATTER_RE.match(text)
    if not match:
        raise KnowledgeBaseError(f"{path}: missing YAML front matter between '---' lines")
    try:
        raw = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path}: front matter is not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(f"{path}: front matter must be a mapping")
    try:
        meta = DocumentMeta.model_validate(raw)
    except ValidationError as exc:
        raise KnowledgeBaseError(f"{path}: invalid front matter: {exc}") from exc
    if meta.id != path.stem:
        raise KnowledgeBaseError(f"{path}: id '{meta.id}' differs from the file name")
    return KnowledgeDocument(meta=meta, body=match.group(2).strip(), path=str(path))


def iter_markdown_files(folder: Path) -> Iterator[Path]:
    """Markdown documents below ``folder``, in a stable order (README files excluded)."""
    for path in sorted(folder.rglob("*.md")):
        if path.name.lower() != "readme.md":
            yield path


def load_knowledge_base(folder: Path) -> list[KnowledgeDocument]:
    """Load and validate every document of a knowledge-base folder; ids must be unique."""
    if not folder.is_dir():
        raise KnowledgeBaseError(f"{folder}: not a folder")
    documents: list[KnowledgeDocument] = []
    seen: dict[str, str] = {}
    for path in iter_markdown_files(folder):
        document = parse_markdown_document(path.read_text(encoding="utf-8"), path)
        if document.id in seen:
            raise KnowledgeBaseError(
                f"{path}: id '{document.id}' already used by {seen[document.id]}"
            )
        seen[document.id] = str(path)
        documents.append(document)
    if not documents:
        raise KnowledgeBaseError(f"{folder}: no Markdown document found")
    return documents


class CorpusLine(BaseModel):
    """One line of a JSONL corpus: ``{"id", "title", "text", "url"?, "updated"?}``."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    title: str = ""
    text: str = Field(min_length=1)
    url: str | None = None
    updated: str | None = None


def load_jsonl_corpus(path: Path) -> list[KnowledgeDocument]:
    """Load a generic JSONL corpus into documents (no sourcing rule: it is not our content)."""
    documents: list[KnowledgeDocument] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                item = CorpusLine.model_validate(json.loads(line))
            except (json.JSONDecodeError, ValidationError) as exc:
                raise KnowledgeBaseError(f"{path}:{number}: invalid corpus line: {exc}") from exc
            documents.append(_document_from_corpus_line(item, path))
    if not documents:
        raise KnowledgeBaseError(f"{path}: empty corpus")
    return documents


def _document_from_corpus_line(item: CorpusLine, path: Path) -> KnowledgeDocument:
    updated = _parse_date(item.updated) or dt.date(1970, 1, 1)
    url = item.url if item.url and item.url.startswith(("http://", "https://")) else None
    meta = DocumentMeta.model_construct(
        id=item.id,
        title=item.title or item.id,
        topic="general",
        audience=["member"],
        summary=item.title or item.id,
        keywords=[],
        applies_from=updated,
        reviewed_on=updated,
        sources=[
            Source.model_construct(
                title=item.title or item.id,
                url=url or "",
                publisher="",
                official=False,
                date=updated,
            )
        ],
    )
    return KnowledgeDocument.model_construct(meta=meta, body=item.text, path=f"{path}#{item.id}")


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def load_corpus(path: Path) -> list[KnowledgeDocument]:
    """A knowledge-base folder of Markdown documents, or a JSONL file of documents."""
    if path.is_dir():
        return load_knowledge_base(path)
    if path.suffix in {".jsonl", ".json"} and path.is_file():
        return load_jsonl_corpus(path)
    raise KnowledgeBaseError(f"{path}: expected a knowledge-base folder or a .jsonl file")


def split_sentences(paragraph: str) -> list[str]:
    """Rough French sentence split, good enough for the sourcing check."""
    return [s for s in _SENTENCE_END_RE.split(paragraph.strip()) if s]


def check_document(document: KnowledgeDocument) -> list[str]:
    """Editorial problems of one document: unsourced figures and dangling markers."""
    problems: list[str] = []
    source_count = len(document.meta.sources)
    for line_number, line in enumerate(document.body.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        for sentence in split_sentences(stripped):
            markers = [int(n) for n in _MARKER_RE.findall(sentence)]
            for marker in markers:
                if not 1 <= marker <= source_count:
                    problems.append(
                        f"{document.path}:{line_number}: marker [{marker}] but only "
                        f"{source_count} source(s)"
                    )
            without_markers = _MARKER_RE.sub("", sentence)
            if any(ch.isdigit() for ch in without_markers) and not markers:
                problems.append(
                    f"{document.path}:{line_number}: figure without a source marker: "
                    f"{sentence[:90]!r}"
                )
    today = dt.date.today()
    if document.meta.reviewed_on > today:
        problems.append(f"{document.path}: reviewed_on is in the future")
    return problems


def check_knowledge_base(folder: Path) -> list[str]:
    """Every problem of a knowledge-base folder; empty when it may be published."""
    if not folder.is_dir():
        return [f"{folder}: not a folder"]
    problems: list[str] = []
    seen: dict[str, Path] = {}
    for path in iter_markdown_files(folder):
        try:
            document = parse_markdown_document(path.read_text(encoding="utf-8"), path)
        except KnowledgeBaseError as exc:
            problems.append(str(exc))
            continue
        if document.id in seen:
            problems.append(f"{path}: id '{document.id}' already used by {seen[document.id]}")
        seen[document.id] = path
        problems.extend(check_document(document))
    if not seen and not problems:
        problems.append(f"{folder}: no Markdown document found")
    return problems
