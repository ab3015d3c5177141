from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval.documents import (
    check_knowledge_base,
    load_corpus,
    load_knowledge_base,
    parse_markdown_document,
)
from retrieval.exceptions import KnowledgeBaseError
from tests.conftest import DOC_TEMPLATE, REPO_ROOT


def _doc(body: str = "Le tarif est de 30 € [1].", **overrides: str) -> str:
    fields = {
        "id": "exemple",
        "title": "Un exemple de fiche",
        "topic": "consultations",
        "keywords": "exemple",
        "body": body,
    }
    fields.update(overrides)
    return DOC_TEMPLATE.format(**fields)


def test_valid_document_parses(tmp_path: Path) -> None:
    document = parse_markdown_document(_doc(), tmp_path / "exemple.md")
    assert document.id == "exemple"
    assert document.meta.sources[0].publisher == "ameli.fr"
    assert str(document.meta.applies_from) == "2024-12-22"


def test_document_without_source_is_rejected(tmp_path: Path) -> None:
    text = _doc().replace("sources:", "old_sources:")
    with pytest.raises(KnowledgeBaseError, match="exemple.md"):
        parse_markdown_document(text, tmp_path / "exemple.md")


def test_document_without_date_is_rejected(tmp_path: Path) -> None:
    text = _doc().replace("applies_from: 2024-12-22\n", "")
    with pytest.raises(KnowledgeBaseError, match="applies_from"):
        parse_markdown_document(text, tmp_path / "exemple.md")


def test_id_must_match_file_name(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="differs from the file name"):
        parse_markdown_document(_doc(), tmp_path / "autre.md")


def _check(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "kb" / "consultations" / "exemple.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_doc(body=body), encoding="utf-8")
    return check_knowledge_base(tmp_path / "kb")


def test_figure_without_marker_fails_the_check(tmp_path: Path) -> None:
    problems = _check(tmp_path, "La consultation coûte 30 €. Elle est remboursée [1].")
    assert len(problems) == 1
    assert "figure without a source marker" in problems[0]


def test_marker_beyond_sources_fails_the_check(tmp_path: Path) -> None:
    problems = _check(tmp_path, "La consultation coûte 30 € [2].")
    assert any("only 1 source" in p for p in problems)


def test_sourced_figures_pass(tmp_path: Path) -> None:
    assert _check(tmp_path, "La consultation coûte 30 € [1]. Sans chiffre, pas de marque.") == []


def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        path = tmp_path / "kb" / folder / "exemple.md"
        path.parent.mkdir(parents=True)
        path.write_text(_doc(), encoding="utf-8")
    assert any("already used" in p for p in check_knowledge_base(tmp_path / "kb"))


def test_the_shipped_knowledge_base_passes_its_check() -> None:
    folder = REPO_ROOT / "knowledge_base" / "docs"
    assert check_knowledge_base(folder) == []
    documents = load_knowledge_base(folder)
    assert len(documents) >= 60
    assert all(doc.meta.sources and doc.meta.applies_from for doc in documents)


def test_jsonl_corpus_loads_and_rejects_bad_lines(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        {"id": "a", "title": "Titre A", "text": "Texte A", "url": "https://exemple.fr/a"},
        {"id": "b", "title": "Titre B", "text": "Texte B", "updated": "2025-01-02"},
    ]
    corpus.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    documents = load_corpus(corpus)
    assert [d.id for d in documents] == ["a", "b"]
    assert str(documents[1].meta.reviewed_on) == "2025-01-02"
    corpus.write_text('{"id": "c"}\n', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="corpus.jsonl:1"):
        load_corpus(corpus)
