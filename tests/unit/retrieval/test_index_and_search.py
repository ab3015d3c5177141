from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from retrieval.exceptions import IndexIntegrityError
from retrieval.index import build_index, verify_index
from retrieval.search import HybridRetriever
from retrieval.settings import RetrievalSettings
from tests.conftest import REPO_ROOT


@pytest.fixture
def built(tiny_kb: Path, retrieval_settings: RetrievalSettings) -> Path:
    build_index(tiny_kb, retrieval_settings.index_dir, progress=False, settings=retrieval_settings)
    return retrieval_settings.index_dir


def test_index_folder_holds_no_pickle_and_a_signed_manifest(
    built: Path, retrieval_settings: RetrievalSettings
) -> None:
    names = {p.name for p in built.iterdir()}
    assert "manifest.json" in names and "faiss.index" in names
    assert not any(name.endswith((".pkl", ".pickle")) for name in names)
    manifest = verify_index(built, retrieval_settings)
    assert manifest.document_count == 4
    assert manifest.signature


def test_tampered_file_is_refused(built: Path, retrieval_settings: RetrievalSettings) -> None:
    with (built / "chunks.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"text": "injected", "metadata": {}}\n')
    with pytest.raises(IndexIntegrityError, match="checksum"):
        HybridRetriever.load(built, retrieval_settings)


def test_index_signed_with_another_key_is_refused(
    built: Path, retrieval_settings: RetrievalSettings, tmp_path: Path
) -> None:
    stranger = retrieval_settings.model_copy(update={"signing_key_file": tmp_path / "other.key"})
    stranger.signing_key_file.write_text("ab" * 32)
    with pytest.raises(IndexIntegrityError, match="signature"):
        HybridRetriever.load(built, stranger)


def test_folder_without_manifest_is_refused(
    tmp_path: Path, retrieval_settings: RetrievalSettings
) -> None:
    (tmp_path / "fake").mkdir()
    with pytest.raises(IndexIntegrityError, match="manifest"):
        HybridRetriever.load(tmp_path / "fake", retrieval_settings)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("combien coute le generaliste ?", "consultation-generaliste"),
        ("le forfait hospit c'est combien par jour", "forfait-journalier"),
        ("mes lunettes sont elles remboursees a 100%", "lunettes-100-sante"),
        ("numero du samu", "numeros-urgence"),
    ],
)
def test_search_finds_the_document_best_first_without_duplicates(
    built: Path, retrieval_settings: RetrievalSettings, question: str, expected: str
) -> None:
    retriever = HybridRetriever.load(built, retrieval_settings)
    hits = retriever.search(question, k=4)
    ids = [hit.doc_id for hit in hits]
    assert ids[0] == expected
    assert len(ids) == len(set(ids))
    assert hits[0].score >= hits[-1].score


def test_member_audience_leaves_adviser_sections_out(
    built: Path, retrieval_settings: RetrievalSettings
) -> None:
    retriever = HybridRetriever.load(built, retrieval_settings)
    hits = retriever.search("note interne vérifier le contrat", k=4, audience="member")
    for hit in hits:
        assert all(chunk.metadata["audience"] == "member" for chunk in hit.chunks)


def _cli(*args: str, key: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, RETRIEVAL_SIGNING_KEY_FILE=str(key), PYTHONPATH=str(REPO_ROOT))
    return subprocess.run(
        [sys.executable, "-m", "retrieval", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_builds_from_jsonl_and_answers_in_json(tmp_path: Path) -> None:
    corpus = tmp_path / "faq.jsonl"
    rows = [
        {
            "id": "cookies",
            "title": "Les cookies",
            "text": "Un site doit demander votre accord "
            "avant de déposer des cookies publicitaires sur votre ordinateur.",
        },
        {
            "id": "droit-acces",
            "title": "Droit d'accès",
            "text": "Vous pouvez demander à un "
            "organisme la copie de toutes les données personnelles qu'il détient sur vous.",
        },
        {
            "id": "plainte",
            "title": "Porter plainte",
            "text": "Vous pouvez adresser une plainte "
            "en ligne si un organisme ne répond pas à votre demande dans un délai d'un mois.",
        },
    ]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    key = tmp_path / "key"
    out = tmp_path / "idx"
    built = _cli("build", "--corpus", str(corpus), "--out", str(out), "--quiet", key=key)
    assert built.returncode == 0, built.stderr
    queries = tmp_path / "q.txt"
    queries.write_text("comment obtenir mes données personnelles\naccepter les cookies\n")
    result = _cli(
        "query", "--index", str(out), "--k", "2", "--json", "--queries", str(queries), key=key
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["hits"][0]["id"] for line in lines] == ["droit-acces", "cookies"]
    for line in lines:
        ids = [hit["id"] for hit in line["hits"]]
        assert len(ids) == len(set(ids)) <= 2
        assert set(line) == {"question", "hits"}


def test_cli_refuses_an_index_it_did_not_sign(tmp_path: Path) -> None:
    (tmp_path / "idx").mkdir()
    (tmp_path / "idx" / "manifest.json").write_text("{}")
    result = _cli("query", "--index", str(tmp_path / "idx"), "question", key=tmp_path / "k")
    assert result.returncode == 2
    assert "error:" in result.stderr
