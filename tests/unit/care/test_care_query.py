"""Parsing of free, informal French requests (typos, missing accents, follow-ups)."""

from __future__ import annotations

from typing import Any

import pytest

from care import CareQuery, FeeFilter, Gazetteer, parse_care_query

# text → expected fields; "place" is the place label, "kind" its kind
CASES: list[tuple[str, dict[str, Any]]] = [
    ("un dermato sur Nantes", {"specialty": "dermatologue", "place": "Nantes"}),
    ("un ophtalmo dans le 33", {"specialty": "ophtalmologue", "place": "Gironde (33)"}),
    ("un kiné près de chez moi", {"specialty": "kinesitherapeute", "near_me": True}),
    ("je cherche un dermatologue à Nantes", {"specialty": "dermatologue", "place": "Nantes"}),
    ("et à Rennes ?", {"specialty": None, "place": "Rennes"}),
    ("seulement secteur 1", {"fee_filter": FeeFilter.SECTEUR_1, "place": None}),
    ("un medecin a st herblain", {"specialty": "generaliste", "place": "Saint-Herblain"}),
    ("dentiste Saint-Herblain", {"specialty": "dentiste", "place": "Saint-Herblain"}),
    ("un dentiste a saint herblain", {"specialty": "dentiste", "place": "Saint-Herblain"}),
    ("gynéco 44000", {"specialty": "gynecologue", "place": "44000 Nantes"}),
    ("un psy dans le 44", {"specialty": "psychiatre", "place": "Loire-Atlantique (44)"}),
    ("ophtalmo Paris 11e", {"specialty": "ophtalmologue", "place": "Paris 11e Arrondissement"}),
    ("ophtalmo paris 11", {"specialty": "ophtalmologue", "kind": "arrondissement"}),
    (
        "un orl dans le 11eme arrondissement de paris",
        {"specialty": "orl", "kind": "arrondissement"},
    ),
    ("cardiologue 75011", {"specialty": "cardiologue", "place": "75011 Paris 11e Arrondissement"}),
    ("pediatre a lyon", {"specialty": "pediatre", "place": "Lyon"}),
    ("un pédiatre à Lyon 3e", {"specialty": "pediatre", "place": "Lyon 3e Arrondissement"}),
    ("Sage-femme à Rezé", {"specialty": "sage_femme", "place": "Rezé"}),
    ("sage femme reze", {"specialty": "sage_femme", "place": "Rezé"}),
    ("infirmière à domicile à Mérignac", {"specialty": "infirmier", "place": "Mérignac"}),
    ("une infirmiere a merignac", {"specialty": "infirmier", "place": "Mérignac"}),
    ("orthophoniste pour mon fils à Pessac", {"specialty": "orthophoniste", "place": "Pessac"}),
    (
        "Je voudrais un rdv chez un dermatolgue a Bordeau",
        {"specialty": "dermatologue", "place": "Bordeaux"},
    ),
    ("opthalmo a toulouse", {"specialty": "ophtalmologue", "place": "Toulouse"}),
    ("un médecin de la peau vers Lille", {"specialty": "dermatologue", "place": "Lille"}),
    (
        "médecin traitant qui prend de nouveaux patients à Nantes",
        {"specialty": "generaliste", "place": "Nantes", "new_patients": True},
    ),
    (
        "un généraliste sans dépassement d'honoraires à Marseille",
        {"specialty": "generaliste", "place": "Marseille", "fee_filter": FeeFilter.SECTEUR_1},
    ),
    ("dermato OPTAM à Lyon", {"fee_filter": FeeFilter.MAITRISE, "place": "Lyon"}),
    ("gynéco avec dépassements maîtrisés", {"fee_filter": FeeFilter.MAITRISE, "place": None}),
    ("psychiatre en téléconsultation", {"specialty": "psychiatre", "teleconsultation": True}),
    ("un psy en visio svp", {"specialty": "psychiatre", "teleconsultation": True}),
    (
        "kiné à moins de 10 km de Rennes",
        {"specialty": "kinesitherapeute", "place": "Rennes", "radius_km": 10.0},
    ),
    (
        "un dentiste dans un rayon de 5km autour de Vertou",
        {"specialty": "dentiste", "place": "Vertou", "radius_km": 5.0},
    ),
    (
        "chirurgien-dentiste pas cher à Orvault",
        {"specialty": "dentiste", "place": "Orvault", "fee_filter": FeeFilter.SECTEUR_1},
    ),
    ("un cardiologue en Gironde", {"specialty": "cardiologue", "place": "Gironde (33)"}),
    ("ORL autour de moi", {"specialty": "orl", "near_me": True}),
    ("le gynécologue le plus proche", {"specialty": "gynecologue", "near_me": True}),
    (
        "des kinés à Saint-Sébastien-sur-Loire",
        {"specialty": "kinesitherapeute", "place": "Saint-Sébastien-sur-Loire"},
    ),
    ("kine st sebastien sur loire", {"place": "Saint-Sébastien-sur-Loire"}),
    (
        "masseur-kinésithérapeute au Bouscat",
        {"specialty": "kinesitherapeute", "place": "Le Bouscat"},
    ),
    ("un docteur à Villeneuve d'Ascq", {"specialty": "generaliste", "place": "Villeneuve-d'Ascq"}),
    ("ostéopathe à Nantes", {"specialty": None, "unsupported_specialty": "osteopathe"}),
    ("un dermato à Tataouine", {"specialty": "dermatologue", "unknown_place": "tataouine"}),
    ("dermato dans le 99", {"unknown_place": "département 99"}),
    ("un dermato 99999", {"unknown_place": "99999"}),
    (
        "DERMATO NANTES SECTEUR 1",
        {"specialty": "dermatologue", "place": "Nantes", "fee_filter": FeeFilter.SECTEUR_1},
    ),
    (
        "Bonjour, j'aurais besoin d'un ophtalmologiste sur Aix en Provence svp",
        {"specialty": "ophtalmologue", "place": "Aix-en-Provence"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_parse(text: str, expected: dict[str, Any], gazetteer: Gazetteer) -> None:
    query = parse_care_query(text, gazetteer)
    for field, value in expected.items():
        if field == "place":
            assert (query.place.label if query.place else None) == value
        elif field == "kind":
            assert query.place is not None and query.place.kind == value
        else:
            assert getattr(query, field) == value, field
    if "near_me" not in expected:
        assert not query.near_me


def test_many_phrasings_are_covered() -> None:
    assert len(CASES) >= 25 + 6


def test_without_gazetteer_only_near_me_is_resolved() -> None:
    query = parse_care_query("un kiné près de chez moi")
    assert query.specialty == "kinesitherapeute" and query.near_me
    assert parse_care_query("un dermato à Nantes").place is None


def test_follow_ups_merge_with_the_previous_query(gazetteer: Gazetteer) -> None:
    first = parse_care_query("je cherche un dermatologue à Nantes", gazetteer)
    second = parse_care_query("et à Rennes ?", gazetteer).merged_with(first)
    assert second.specialty == "dermatologue"
    assert second.place is not None and second.place.label == "Rennes"
    third = parse_care_query("seulement secteur 1", gazetteer).merged_with(second)
    assert (third.specialty, third.fee_filter) == ("dermatologue", FeeFilter.SECTEUR_1)
    assert third.place == second.place
    fourth = parse_care_query("plutôt un ophtalmo près de chez moi", gazetteer).merged_with(third)
    assert fourth.specialty == "ophtalmologue" and fourth.near_me and fourth.place is None
    assert fourth.fee_filter is FeeFilter.SECTEUR_1
    assert CareQuery().merged_with(None) == CareQuery()


def test_query_is_json_ready(gazetteer: Gazetteer) -> None:
    query = parse_care_query("un dermato à Nantes secteur 1", gazetteer)
    dumped = query.model_dump(mode="json")
    assert dumped["fee_filter"] == "secteur_1"
    assert dumped["place"]["insee_code"] == "44109"
    assert CareQuery.model_validate(dumped) == query
