"""Split documents into chunks that respect Markdown headings and keep their metadata."""

from __future__ import annotations

from langchain_core.documents import Document
from langchain_text_splitters import MarkdownHeaderTextSplitter, RecursiveCharacterTextSplitter

from retrieval.documents import KnowledgeDocument

ADVISER_HEADING = "pour les conseillers"
CHUNK_SIZE = 900
CHUNK_OVERLAP = 120

_HEADERS = [("#", "h1"), ("##", "h2"), ("###", "h3")]


def chunk_document(document: KnowledgeDocument) -> list[Document]:
    """Chunks of one document, each with the document's metadata and its section heading.

    Sections are split on ``#``/``##``/``###`` first, then long sections on paragraph and
    sentence boundaries. A chunk under "Pour les conseillers" is tagged ``audience=adviser`` so
    member answers can leave it out while the copilot still finds it.
    """
    header_splitter = MarkdownHeaderTextSplitter(_HEADERS, strip_headers=True)
    size_splitter = RecursiveCharacterTextSplitter(
        chunk_size=CHUNK_SIZE,
        chunk_overlap=CHUNK_OVERLAP,
        separators=["\n\n", "\n", ". ", " "],
    )
    sections = header_splitter.split_text(document.body) or [Document(page_content=document.body)]
    meta = document.meta
    base: dict[str, object] = {
        "doc_id": meta.id,
        "title": meta.title,
        "topic": meta.topic,
        "summary": meta.summary,
        "keywords": " ".join(meta.keywords),
        "applies_from": meta.applies_from.isoformat(),
        "updated": meta.reviewed_on.isoformat(),
        "sources": [
            {
                "title": source.title,
                "url": str(source.url),
                "publisher": source.publisher,
                "date": source.date.isoformat(),
            }
            for source in meta.sources
        ],
    }
    chunks: list[Document] = []
    for section_number, section in enumerate(sections):
        heading = str(section.metadata.get("h2") or section.metadata.get("h1") or meta.title)
        audience = "adviser" if ADVISER_HEADING in heading.lower() else "member"
        for piece in size_splitter.split_text(section.page_content):
            if not piece.strip():
                continue
            metadata = dict(base)
            metadata.update(
                {
                    "chunk_id": f"{meta.id}#{len(chunks)}",
                    "section": heading,
                    "section_index": section_number,
                    "audience": audience,
                }
            )
            chunks.append(Document(page_content=piece.strip(), metadata=metadata))
    return chunks


def indexed_text(chunk: Document) -> str:
    """What the retrievers see for a chunk: title, keywords, section heading and text."""
    meta = chunk.metadata
    return " \n".join(
        part
        for part in (
            meta.get("title", ""),
            meta.get("keywords", ""),
            meta.get("section", ""),
            chunk.page_content,
        )
        if part
    )
