"""Nearest-first search on a tiny hand-made directory around Nantes."""

from __future__ import annotations

import math
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from care import (
    CareDirectory,
    CareQuery,
    DirectoryNotLoadedError,
    FeeFilter,
    Place,
    SearchStatus,
    ensure_samples,
    format_results_fr,
    get_directory,
    haversine_km,
    import_directory,
    make_care_engine,
    search_care,
    service,
)
from reimbursement import (
    GPConsultation,
    MemberSituation,
    Sector,
    SpecialistConsultation,
    Specialty,
    simulate,
)
from tests.unit.care.care_files import COMMUNES_CSV, activite_row, write_activite

NANTES = (47.2184, -1.5536)
# dermatologists: pp_id → (commune code, postcode)
DERMATOS = {
    "10000000001": ("44143", "44400"),  # Rezé
    "10000000002": ("44162", "44800"),  # Saint-Herblain
    "10000000003": ("44114", "44700"),  # Orvault
    "10000000004": ("44026", "44470"),  # Carquefou (no enrichment)
    "10000000005": ("44184", "44600"),  # Saint-Nazaire, 50.2 km from Nantes
}
ENRICHMENT = (
    "identifiant;secteur;optam;tarif_habituel;teleconsultation;nouveaux_patients\n"
    "10000000001;1;;31,50;non;non\n"
    "10000000002;2;oui;60;oui;\n"
    "10000000003;2;non;80;non;oui\n"
    "10000000005;1;;31,50;;\n"
    "10000000010;1;;30;;\n"
)


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Written out by hand, independently of the numpy version."""
    radius = 6371.0088
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * radius * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CareDirectory]:
    folder: Path = tmp_path_factory.mktemp("tiny")
    rows = [activite_row(pp, skill="SM15", insee=i, postcode=p) for pp, (i, p) in DERMATOS.items()]
    rows.append(  # a second, farther site of the Rezé dermatologist: shown once, nearest
        activite_row("10000000001", skill="SM15", structure="SECOND")
    )
    rows.append(activite_row("10000000010", skill="SM54", last_name="FICTIF-GENERALISTE"))
    rows.append(activite_row("10000000020", skill="SM40", insee="35238", postcode="35000"))
    (folder / "communes.csv").write_text(COMMUNES_CSV, encoding="utf-8")
    (folder / "enrichissement.csv").write_text(ENRICHMENT, encoding="utf-8")
    engine = make_care_engine(f"sqlite:///{folder / 'tiny.db'}")
    import_directory(
        engine,
        activite=write_activite(folder / "activite.txt", rows),
        communes=folder / "communes.csv",
        enrichment=folder / "enrichissement.csv",
        progress=False,
    )
    yield CareDirectory.open(engine)
    engine.dispose()


def _nantes() -> Place:
    return Place(kind="commune", label="Nantes", latitude=NANTES[0], longitude=NANTES[1])


def _query(**fields: object) -> CareQuery:
    return CareQuery.model_validate({"specialty": "dermatologue", "place": _nantes()} | fields)


def test_haversine_against_hand_computed_values() -> None:
    towns = [(47.1917, -1.5692), (47.2122, -1.6497), (47.2711, -1.6225), (47.2975, -1.4914)]
    expected = [3.194, 7.291, 7.835, 9.970]
    computed = haversine_km(*NANTES, [t[0] for t in towns], [t[1] for t in towns])
    for value, town, hand in zip(computed, towns, expected, strict=True):
        assert value == pytest.approx(_haversine(*NANTES, *town), abs=1e-9)
        assert value == pytest.approx(hand, abs=1e-3)


def test_nearest_first_with_distances(tiny: CareDirectory) -> None:
    response = tiny.search(_query())
    assert response.status is SearchStatus.OK and not response.widened
    assert response.radius_km == 20
    assert [r.practitioner_id for r in response.results] == [
        "10000000001",
        "10000000002",
        "10000000003",
        "10000000004",
    ]
    assert [r.distance_km for r in response.results] == [0.0, 7.3, 7.8, 10.0]
    assert response.results[0].address == "12 Rue de la Paix, 44000 Nantes"  # nearest site
    assert response.total == 5  # sites, including the Rezé dermatologist's second one


def test_nearest_first_from_reze(tiny: CareDirectory) -> None:
    reze = tiny.gazetteer.commune("Rezé")
    assert reze is not None
    response = tiny.search(_query(place=reze, radius_km=8))
    ids = [r.practitioner_id for r in response.results]
    assert ids == ["10000000001", "10000000002"]
    expected = round(_haversine(reze.latitude, reze.longitude, 47.2122, -1.6497), 1)
    assert response.results[1].distance_km == expected == 6.5


@pytest.mark.parametrize(
    ("fields", "ids"),
    [
        ({"radius_km": 7.5}, ["10000000001", "10000000002"]),
        ({"fee_filter": FeeFilter.SECTEUR_1}, ["10000000001"]),
        ({"fee_filter": FeeFilter.MAITRISE}, ["10000000001", "10000000002"]),
        ({"teleconsultation": True}, ["10000000002"]),
        ({"new_patients": True}, ["10000000003"]),
    ],
)
def test_radius_and_filters(tiny: CareDirectory, fields: dict[str, object], ids: list[str]) -> None:
    response = tiny.search(_query(**fields))
    assert [r.practitioner_id for r in response.results] == ids


def test_widened_once_to_50_km(tiny: CareDirectory) -> None:
    origin = Place.point(47.55, -1.40)  # ~29 km north-east of Carquefou
    response = tiny.search(_query(place=None, near_me=True), origin=origin)
    assert response.widened and response.radius_km == 50
    assert response.results[0].practitioner_id == "10000000004"
    assert "recherche élargie à 50" in response.messages[0]
    assert "élargie" in format_results_fr(response)
    far = tiny.search(CareQuery(specialty="pediatre", place=_nantes()))
    assert far.status is SearchStatus.NO_RESULTS and far.widened  # Rennes is ~100 km away
    assert "Je n'ai trouvé aucun pédiatre à moins de 50" in format_results_fr(far)


def test_departement_is_searched_whole(tiny: CareDirectory) -> None:
    query = tiny.parse("un dermato dans le 44")
    response = tiny.search(query)
    assert response.radius_km is None and not response.widened
    assert response.results[-1].practitioner_id == "10000000005"  # Saint-Nazaire, 50 km
    assert response.results[-1].distance_km == 50.2
    assert "distances depuis Nantes" in format_results_fr(response)


def test_reste_a_charge_equals_the_simulator(tiny: CareDirectory) -> None:
    situation = MemberSituation(age=40)
    response = tiny.search(_query(), contract_id="confort", situation=situation)
    by_id = {r.practitioner_id: r for r in response.results}
    optam = by_id["10000000002"]
    assert (optam.sector, optam.fee) == ("secteur_2_optam", Decimal("60.00"))
    act = SpecialistConsultation(
        specialty=Specialty.DERMATOLOGUE, sector=Sector.SECTEUR_2_OPTAM, fee=Decimal("60")
    )
    assert optam.reste_a_charge == simulate(act, situation, "confort").reste_a_charge
    non_optam = by_id["10000000003"]
    act = SpecialistConsultation(
        specialty=Specialty.DERMATOLOGUE, sector=Sector.SECTEUR_2_NON_OPTAM, fee=Decimal("80")
    )
    assert non_optam.reste_a_charge == simulate(act, situation, "confort").reste_a_charge
    unknown = by_id["10000000004"]
    assert (unknown.sector, unknown.fee, unknown.reste_a_charge) == (None, None, None)
    assert unknown.sector_label == "secteur non renseigné"
    assert response.contract_name is not None
    without = tiny.search(_query())
    assert all(r.reste_a_charge is None for r in without.results)


def test_gp_reste_a_charge(tiny: CareDirectory) -> None:
    response = tiny.search(
        CareQuery(specialty="generaliste", place=_nantes()), contract_id="essentielle"
    )
    gp = response.results[0]
    expected = simulate(GPConsultation(fee=Decimal("30")), MemberSituation(age=30), "essentielle")
    assert gp.reste_a_charge == expected.reste_a_charge == Decimal("2.00")


def test_statuses_without_search(tiny: CareDirectory) -> None:
    assert tiny.search(CareQuery(place=_nantes())).status is SearchStatus.NEEDS_SPECIALTY
    assert tiny.search(CareQuery(specialty="dermatologue")).status is SearchStatus.NEEDS_PLACE
    near = tiny.search(CareQuery(specialty="dermatologue", near_me=True))
    assert near.status is SearchStatus.NEEDS_LOCATION
    assert "ville ou votre code postal" in format_results_fr(near)
    unknown = tiny.ask("un dermato à Tataouine")
    assert unknown.status is SearchStatus.UNKNOWN_PLACE
    assert "« tataouine »" in format_results_fr(unknown)
    other = tiny.ask("un ostéopathe à Nantes")
    assert other.status is SearchStatus.UNSUPPORTED_SPECIALTY
    home = tiny.home_place("44400")
    assert home is not None
    at_home = tiny.ask("un dermato près de chez moi", origin=home)
    assert at_home.results[0].practitioner_id == "10000000001"


def test_json_envelope_and_french_rendering(tiny: CareDirectory) -> None:
    response = tiny.ask("un dermato à Nantes", contract_id="confort")
    payload = response.model_dump(mode="json")
    assert payload["status"] == "ok"
    assert payload["results"][0]["fee"] == "31.50"
    assert payload["results"][0]["distance_km"] == 0.0
    text = format_results_fr(response)
    assert text.count("\n1. ") == 1 and "\n5. " not in text
    assert "3,2" not in text and "7,3\u00a0km" in text
    assert "31,50\u00a0€" in text and "Tél. 02 61 91 00 00" in text
    assert "reste à charge estimé" in text
    for markdown in ("**", "|", "# ", "```"):
        assert markdown not in text
    assert "Pas d'accès direct" in text


def test_at_most_five_results(directory: CareDirectory) -> None:
    response = directory.ask("un médecin généraliste à Paris", limit=8)
    assert len(response.results) == 8
    text = format_results_fr(response)
    assert "\n5. " in text and "\n6. " not in text


def test_empty_directory_and_staleness(tmp_path: Path, tiny: CareDirectory) -> None:
    empty: Engine = make_care_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    with pytest.raises(DirectoryNotLoadedError):
        CareDirectory.open(empty)
    empty.dispose()
    assert not tiny.is_stale()
    assert tiny.reload_if_stale() is tiny


def test_shared_directory_reloads_after_an_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    with pytest.raises(DirectoryNotLoadedError):
        get_directory(url)
    ensure_samples(url)
    first = get_directory(url)
    assert get_directory(url) is first
    index = first.index
    ensure_samples(url, force=True)  # a new import run
    monkeypatch.setattr(service, "STALENESS_CHECK_SECONDS", 0.0)
    assert get_directory(url) is first and first.index is not index
    first.engine.dispose()


def test_search_function_on_the_index(tiny: CareDirectory) -> None:
    response = search_care(tiny.index, _query(), limit=2)
    assert len(response.results) == 2
    assert tiny.index.count("dermatologue") == 6
    assert tiny.index.count("unknown") == 0
