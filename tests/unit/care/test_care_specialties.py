"""Specialty vocabulary: RPPS codes, direct access, simulation mapping."""

from __future__ import annotations

from decimal import Decimal

import pytest

from care import SPECIALTIES, Access, get_specialty, specialty_keys
from care.specialties import synonym_table
from reimbursement import GPConsultation, Sector, SpecialistConsultation, Specialty


@pytest.mark.parametrize(
    ("key", "age", "direct"),
    [
        ("gynecologue", None, True),
        ("ophtalmologue", None, True),
        ("stomatologue", None, True),
        ("dentiste", None, True),
        ("sage_femme", None, True),
        ("pediatre", None, True),
        ("generaliste", None, True),
        ("dermatologue", None, False),
        ("dermatologue", 40, False),
        ("dermatologue", 12, True),  # under 16: no parcours
        ("cardiologue", 30, False),
        ("orl", None, False),
        ("psychiatre", None, False),
        ("psychiatre", 16, True),
        ("psychiatre", 25, True),
        ("psychiatre", 26, False),
    ],
)
def test_direct_access(key: str, age: int | None, direct: bool) -> None:
    assert get_specialty(key).is_direct_access(age) is direct


def test_access_kinds_and_sources() -> None:
    assert get_specialty("generaliste").access is Access.MEDECIN_TRAITANT
    assert get_specialty("kinesitherapeute").access is Access.HORS_PARCOURS
    assert get_specialty("dermatologue").access is Access.ORIENTATION
    for specialty in SPECIALTIES:
        assert specialty.source.url.startswith("https://")
        assert specialty.access_note


@pytest.mark.parametrize(
    ("profession", "skills", "keys"),
    [
        ("10", {"SM54"}, ("generaliste",)),
        ("10", {"SM26"}, ("generaliste",)),
        ("10", {"SM53"}, ("generaliste",)),
        ("10", {"SM15"}, ("dermatologue",)),
        ("10", {"SM19"}, ("gynecologue",)),
        ("10", {"SM20"}, ("gynecologue",)),
        ("10", {"SM42", "SM43"}, ("psychiatre", "pedopsychiatre")),
        ("10", set(), ()),
        ("10", {"SM99"}, ()),
        ("40", set(), ("dentiste",)),
        ("40", {"SCD01"}, ("dentiste", "orthodontiste")),
        ("70", set(), ("kinesitherapeute",)),
        ("50", set(), ("sage_femme",)),
        ("60", set(), ("infirmier",)),
        ("91", set(), ("orthophoniste",)),
        ("21", set(), ()),
    ],
)
def test_specialty_keys_from_rpps_codes(
    profession: str, skills: set[str], keys: tuple[str, ...]
) -> None:
    assert specialty_keys(profession, skills) == keys


def test_lay_terms() -> None:
    table = synonym_table()
    expected = {
        "dermato": "dermatologue",
        "medecin de la peau": "dermatologue",
        "dentiste": "dentiste",
        "chirurgien dentiste": "dentiste",
        "kine": "kinesitherapeute",
        "masseur kinesitherapeute": "kinesitherapeute",
        "ophtalmo": "ophtalmologue",
        "gyneco": "gynecologue",
        "psy": "psychiatre",
        "medecin traitant": "generaliste",
        "generaliste": "generaliste",
        "docteur": "generaliste",
        "sage femme": "sage_femme",
        "orl": "orl",
        "pediatre": "pediatre",
        "cardiologue": "cardiologue",
        "infirmier": "infirmier",
        "infirmiere": "infirmier",
        "orthophoniste": "orthophoniste",
    }
    for term, key in expected.items():
        assert table[term] == key, term


def test_consultation_acts() -> None:
    fee = Decimal("31.50")
    gp = get_specialty("generaliste").consultation_act(Decimal("30"), Sector.SECTEUR_1)
    assert gp == GPConsultation(fee=Decimal("30"), sector=Sector.SECTEUR_1)
    derm = get_specialty("dermatologue").consultation_act(fee, Sector.SECTEUR_2_OPTAM)
    assert derm == SpecialistConsultation(
        specialty=Specialty.DERMATOLOGUE, sector=Sector.SECTEUR_2_OPTAM, fee=fee
    )
    cardio = get_specialty("cardiologue").consultation_act(fee, Sector.SECTEUR_1, referred=False)
    assert isinstance(cardio, SpecialistConsultation)
    assert cardio.specialty is Specialty.AUTRE and not cardio.referred_by_medecin_traitant
    for key in ("dentiste", "kinesitherapeute", "infirmier", "pediatre", "orthophoniste"):
        assert get_specialty(key).consultation_act(fee, Sector.SECTEUR_1) is None
