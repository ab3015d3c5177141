"""reply_for(): French text, the right numbers first, sources from the facts sheet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from safety import Assessment, Category, SafetyReply, assess, reply_for

FACTS_SHEET = Path("/work/shared/reference/fr-health-facts.md")


def _reply(text: str) -> SafetyReply:
    return reply_for(assess(text))


def _first_line(reply: SafetyReply) -> str:
    return reply.text.splitlines()[0]


def test_medical_emergency_reply() -> None:
    reply = _reply("il ne respire plus")
    first = _first_line(reply)
    assert "15" in first and "112" in first
    assert "SMS au 114" in reply.text.splitlines()[1]
    assert "restez auprès" in reply.text and "N'attendez pas" in reply.text
    assert [n.number for n in reply.numbers] == ["15", "112", "114"]
    assert reply.urgent and reply.kind == "emergency"


def test_suicidal_distress_reply_leads_with_3114() -> None:
    reply = _reply("je veux mourir")
    assert _first_line(reply).startswith("Appelez le 3114")
    assert "gratuit, 24 h/24 et 7 j/7" in _first_line(reply)
    assert "15 ou le 112" in reply.text and "danger immédiat" in reply.text
    assert "conseiller" in reply.text and reply.offer_handoff
    assert reply.numbers[0].number == "3114"
    assert not reply.urgent


def test_suicidal_crisis_with_an_act_leads_with_emergency_services() -> None:
    reply = _reply("j'ai avalé tous mes cachets pour en finir")
    assert _first_line(reply).startswith("Appelez le 15 ou le 112 tout de suite")
    assert "3114" in reply.text.splitlines()[1]
    assert [n.number for n in reply.numbers][:2] == ["15", "112"]
    assert reply.urgent and reply.offer_handoff


def test_poisoning_reply() -> None:
    reply = _reply("mon fils a bu de la javel")
    assert _first_line(reply).startswith("Appelez le 15 (SAMU) ou le 112 immédiatement")
    assert "emballage" in reply.text
    assert "centres antipoison" in reply.text and "d'abord le 15" in reply.text
    assert reply.numbers[0].number == "15"


def test_medical_advice_reply_is_a_kind_refusal_with_pointers() -> None:
    reply = _reply("combien de doliprane je peux prendre")
    first = _first_line(reply)
    assert "médecin" in first and "pharmacien" in first and "116 117" in first
    assert "le 15" in first
    assert "Je ne peux pas poser de diagnostic" in reply.text
    assert "médicament ou une dose" in reply.text
    assert reply.kind == "fallback" and not reply.urgent
    assert reply.numbers[0].tel_uri == "tel:116117"


def test_no_reply_for_none() -> None:
    with pytest.raises(ValueError, match="NONE"):
        reply_for(Assessment(Category.NONE))


@pytest.mark.parametrize("category", [c for c in Category if c is not Category.NONE])
@pytest.mark.parametrize("urgent", [True, False])
def test_every_reply_is_sourced_and_serialisable(category: Category, urgent: bool) -> None:
    reply = reply_for(Assessment(category, urgent=urgent))
    payload = reply.to_payload()
    assert payload["kind"] in {"emergency", "fallback"}
    assert payload["sources"], "every reply cites its sources"
    for source in reply.sources:
        assert source.url.startswith("https://")
        assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", source.updated)
        assert set(source.to_dict()) == {"title", "url", "updated"}
    data = payload["data"]
    assert isinstance(data, dict) and data["category"] == category.value
    # every number shown as a button is in the text too, in the same order
    positions = [_position(reply.text, n.number) for n in reply.numbers]
    assert positions == sorted(positions)


def _position(text: str, number: str) -> int:
    found = re.search(rf"(?<!\d){re.escape(number)}(?!\d)", text)
    assert found, number
    return found.start()


def test_numbers_and_sources_match_the_facts_sheet() -> None:
    if not FACTS_SHEET.exists():
        pytest.skip("facts sheet not available on this machine")
    section = FACTS_SHEET.read_text(encoding="utf-8").split("### 7.3")[1].split("\n---")[0]
    for number in ("**15**", "**112**", "**114**", "**3114**", "**116 117**"):
        assert number in section
    assert "A14455" in section and "A15206" in section and "francetvinfo" in section
    texts = " ".join(
        reply_for(Assessment(c, urgent=True)).text for c in Category if c.value != "none"
    )
    for number in ("15", "112", "114", "3114", "116 117"):
        assert number in texts
