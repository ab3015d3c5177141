"""The nudge catalogue: validation rules, and the repository's file against the knowledge base."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from channels.nudges import STOP_SENTENCE, CatalogueError, Sex, load_catalogue, parse_catalogue
from channels.nudges.catalogue import DEFAULT_CATALOGUE, Season
from retrieval.documents import KnowledgeDocument, load_knowledge_base
from tests.unit.channels.nudges.conftest import TINY_CATALOGUE

REPO_ROOT = Path(__file__).resolve().parents[4]


def _first_item() -> dict[str, object]:
    raw = yaml.safe_load(TINY_CATALOGUE)
    return {"version": 1, "updated_on": "2026-11-25", "items": [raw["items"][0]]}


def _parse(document: dict[str, object]) -> None:
    parse_catalogue(yaml.safe_dump(document, allow_unicode=True), "test.yml")


@pytest.fixture(scope="module")
def knowledge_base() -> dict[str, KnowledgeDocument]:
    return {d.id: d for d in load_knowledge_base(REPO_ROOT / "knowledge_base" / "docs")}


def test_nudge_repository_catalogue_is_valid() -> None:
    catalogue = load_catalogue()
    assert DEFAULT_CATALOGUE == REPO_ROOT / "knowledge_base" / "nudges" / "catalogue.yml"
    ids = {item.id for item in catalogue.items}
    assert {"depistage-cancer-sein", "depistage-cancer-colorectal", "mt-dents"} <= ids
    assert {"mon-bilan-prevention", "vaccin-grippe", "rappel-dtp"} <= ids
    for item in catalogue.items:
        assert item.message.endswith(STOP_SENTENCE)
        assert item.sources


def test_nudge_catalogue_sources_are_the_knowledge_base_front_matter(
    knowledge_base: dict[str, KnowledgeDocument],
) -> None:
    for item in load_catalogue().items:
        for source in item.sources:
            assert source.kb_document in knowledge_base, (item.id, source.kb_document)
            cited = {
                (s.title, str(s.url), s.date)
                for s in knowledge_base[source.kb_document].meta.sources
            }
            assert (source.title, str(source.url), source.updated) in cited, item.id


def test_nudge_catalogue_figures_appear_in_the_cited_documents(
    knowledge_base: dict[str, KnowledgeDocument],
) -> None:
    for item in load_catalogue().items:
        documents = {s.kb_document for s in item.sources if s.kb_document}
        text = " ".join(knowledge_base[d].body for d in documents)
        for figure in re.findall(r"\d+", item.message):
            assert re.search(rf"(?<!\d){figure}(?!\d)", text), (item.id, figure)


def test_nudge_catalogue_rejects_an_item_without_source() -> None:
    document = _first_item()
    item = document["items"][0]  # type: ignore[index]
    item["sources"] = []
    with pytest.raises(CatalogueError, match="sources"):
        _parse(document)
    del item["sources"]
    with pytest.raises(CatalogueError, match="sources"):
        _parse(document)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("message", "Bonjour, faites votre dépistage tous les deux ans.", "STOP"),
        ("topic", "all", "consent scope"),
        ("topic", "astrologie", "topic"),
        ("eligibility", {"sex": "female"}, "age_ranges or ages"),
        ("eligibility", {"age_ranges": [{"min": 74, "max": 50}]}, "min is above max"),
        ("eligibility", {"ages": [25], "season": {"start": "02-30", "end": "03-01"}}, "day"),
        ("whatsapp_template", {"name": "Rappel Sein", "language_code": "fr"}, "name"),
        ("whatsapp_template", {"name": "rappel", "parameters": ["nir"]}, "parameters"),
        ("once_per_age_range", True, None),
    ],
)
def test_nudge_catalogue_validation(field: str, value: object, message: str | None) -> None:
    document = _first_item()
    document["items"][0][field] = value  # type: ignore[index]
    if message is None:  # once_per_age_range with age_ranges is fine
        _parse(document)
        return
    with pytest.raises(CatalogueError, match=message):
        _parse(document)


def test_nudge_catalogue_rejects_duplicate_ids_and_bad_files(tmp_path: Path) -> None:
    document = _first_item()
    document["items"] = document["items"] * 2  # type: ignore[operator]
    with pytest.raises(CatalogueError, match="duplicate"):
        _parse(document)
    with pytest.raises(CatalogueError, match="missing.yml"):
        load_catalogue(tmp_path / "missing.yml")
    (tmp_path / "broken.yml").write_text("items: [", encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"broken\.yml: invalid YAML"):
        load_catalogue(tmp_path / "broken.yml")


def test_nudge_season_may_span_new_year() -> None:
    season = Season(start="10-14", end="01-31")
    assert dt.date(2026, 10, 14) in season and dt.date(2027, 1, 31) in season
    assert dt.date(2026, 12, 25) in season
    assert dt.date(2026, 10, 13) not in season and dt.date(2027, 2, 1) not in season
    summer = Season(start="06-01", end="08-31")
    assert dt.date(2026, 7, 1) in summer and dt.date(2026, 9, 1) not in summer


def test_nudge_eligibility_refusals() -> None:
    catalogue = parse_catalogue(TINY_CATALOGUE)
    sein = catalogue.get("sein").eligibility
    day = dt.date(2026, 11, 25)
    assert sein.refusal(50, Sex.FEMALE, day) is None
    assert sein.refusal(74, Sex.FEMALE, day) is None
    assert "hors des tranches" in (sein.refusal(49, Sex.FEMALE, day) or "")
    assert "hors des tranches" in (sein.refusal(75, Sex.FEMALE, day) or "")
    assert "non renseigné" in (sein.refusal(60, None, day) or "")
    assert "autre sexe" in (sein.refusal(60, Sex.MALE, day) or "")
    grippe = catalogue.get("grippe").eligibility
    assert grippe.refusal(70, None, day) is None
    assert "hors saison" in (grippe.refusal(70, None, dt.date(2026, 6, 1)) or "")
    with pytest.raises(CatalogueError):
        catalogue.get("inconnu")


def test_nudge_item_envelope() -> None:
    item = load_catalogue().get("depistage-cancer-sein")
    payload = item.envelope("HS-1005").as_json_message()
    assert payload["kind"] == "nudge"
    assert payload["data"] == {
        "nudge_id": "depistage-cancer-sein",
        "topic": "screenings",
        "member_id": "HS-1005",
    }
    assert payload["sources"][0]["url"].startswith("https://www.ameli.fr/")
    assert payload["sources"][0]["updated"] == "2026-06-01"
