"""Communes files: both community layouts, delimiters and encodings; the gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

from care import CareDataError, Gazetteer, read_communes
from care.places import city_label
from tests.unit.care.care_files import COMMUNES_CSV

LAYOUT_2025 = (
    "code_insee,nom_standard,nom_sans_accent,typecom,reg_code,reg_nom,dep_code,dep_nom,"
    "code_postal,codes_postaux,population,latitude_mairie,longitude_mairie,latitude_centre,"
    "longitude_centre\n"
    "33281,Mérignac,merignac,COM,75,Nouvelle-Aquitaine,33,Gironde,33700,33700,72000,"
    "44.84,-0.65,44.8386,-0.6436\n"
    '33063,Bordeaux,bordeaux,COM,75,Nouvelle-Aquitaine,33,Gironde,33000,"33000,33100,33200",'
    "260000,44.84,-0.58,44.8378,-0.5792\n"
    "01001,L'Abergement-Clémenciat,l abergement clemenciat,COM,84,Auvergne-Rhône-Alpes,01,Ain,"
    "01400,01400,800,46.15,4.92,,\n"
    "2A004,Ajaccio,ajaccio,COM,94,Corse,2A,Corse-du-Sud,20000,20000,70000,41.92,8.73,41.93,8.74\n"
)


def test_layout_2023_comma_utf8(tmp_path: Path) -> None:
    path = tmp_path / "20230823-communes-departement-region.csv"
    path.write_text(COMMUNES_CSV, encoding="utf-8")
    communes = read_communes(path)
    assert len(communes) == 8  # Nantes has two postcodes
    herblain = next(c for c in communes if c.insee_code == "44162")
    assert (herblain.name, herblain.postal_code, herblain.department_code) == (
        "Saint-Herblain",
        "44800",
        "44",
    )
    assert herblain.region_name == "Pays de la Loire"
    assert (herblain.latitude, herblain.longitude) == (47.2122, -1.6497)


def test_layout_2023_semicolon_cp1252_and_lost_leading_zero(tmp_path: Path) -> None:
    text = COMMUNES_CSV.replace(",", ";") + (
        "1001;L ABERGEMENT CLEMENCIAT;1400;L ABERGEMENT CLEMENCIAT;;46.15;4.92;1;L';"
        "Abergement-Clémenciat;L'Abergement-Clémenciat;1;Ain;84;Auvergne-Rhône-Alpes\n"
    )
    path = tmp_path / "communes.csv"
    path.write_bytes(text.encode("cp1252"))
    communes = read_communes(path)
    reze = next(c for c in communes if c.insee_code == "44143")
    assert reze.name == "Rezé"
    ain = next(c for c in communes if c.insee_code == "01001")
    assert (ain.postal_code, ain.department_code) == ("01400", "01")


def test_layout_2025_with_several_postcodes(tmp_path: Path) -> None:
    path = tmp_path / "communes-france-2025.csv"
    path.write_bytes(b"\xef\xbb\xbf" + LAYOUT_2025.encode("utf-8"))
    communes = read_communes(path)
    bordeaux = [c for c in communes if c.insee_code == "33063"]
    assert sorted(c.postal_code for c in bordeaux) == ["33000", "33100", "33200"]
    assert bordeaux[0].population == 260000
    assert (bordeaux[0].latitude, bordeaux[0].longitude) == (44.8378, -0.5792)  # centre
    ain = next(c for c in communes if c.insee_code == "01001")
    assert (ain.latitude, ain.longitude) == (46.15, 4.92)  # falls back to the mairie
    assert next(c for c in communes if c.insee_code == "2A004").department_code == "2A"


def test_files_without_coordinates_are_refused(tmp_path: Path) -> None:
    hexasmal = tmp_path / "laposte_hexasmal.csv"
    hexasmal.write_text(
        "#Code_commune_INSEE;Nom_de_la_commune;Code_postal;Libellé_d_acheminement;Ligne_5\n"
        "44109;NANTES;44000;NANTES;\n",
        encoding="utf-8",
    )
    with pytest.raises(CareDataError, match="sans coordonnées"):
        read_communes(hexasmal)
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(CareDataError, match="non reconnu"):
        read_communes(other)


def test_gazetteer_lookups(gazetteer: Gazetteer) -> None:
    herblain = gazetteer.commune("st herblain")
    assert herblain is not None and herblain.insee_code == "44162"
    assert gazetteer.commune("SAINT-HERBLAIN") == herblain
    paris = gazetteer.commune("paris")
    assert paris is not None and paris.kind == "commune" and paris.label == "Paris"
    assert 48.84 < paris.latitude < 48.88  # centre of the arrondissements
    eleventh = gazetteer.arrondissement("Paris", 11)
    assert eleventh is not None and eleventh.insee_code == "75111"
    assert gazetteer.postcode("75011") is not None
    gironde = gazetteer.department("33")
    assert gironde is not None and gironde.reference == "Bordeaux"
    assert gazetteer.department("gironde") == gironde
    assert gazetteer.department("99") is None
    assert gazetteer.fuzzy_commune("bordaux") == gazetteer.commune("Bordeaux")
    assert city_label("Lyon 3e Arrondissement") == "Lyon"
    assert city_label("Saint-Herblain") == "Saint-Herblain"
