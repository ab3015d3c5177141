"""Read a communes file with coordinates (community datasets of data.gouv.fr, facts sheet §8.3).

Two layouts are recognised from their header, whatever the delimiter (``,``, ``;``, tab or
``|``) and the encoding (UTF-8, with or without BOM, else Windows-1252):

- ``20230823-communes-departement-region.csv``: ``code_commune_INSEE, nom_commune_postal,
  code_postal, libelle_acheminement, ligne_5, latitude, longitude, code_commune, article,
  nom_commune, nom_commune_complet, code_departement, nom_departement, code_region,
  nom_region`` (one row per commune × postcode × lieu-dit);
- ``communes-france-2025.csv``: ``code_insee, nom_standard, dep_code, dep_nom, reg_nom,
  code_postal, codes_postaux, population, latitude_centre, longitude_centre,
  latitude_mairie, longitude_mairie…`` (one row per commune).

La Poste's ``laposte_hexasmal`` has no coordinates and is refused with a clear message.
The file is small (≈ 40 000 rows), so it is read whole.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from care.exceptions import CareDataError

__all__ = ["Commune", "read_communes"]

_POSTCODE_RE = re.compile(r"\d{5}")
_INSEE_RE = re.compile(r"^(?:\d{5}|2[AB]\d{3})$")


@dataclass(frozen=True, slots=True)
class Commune:
    """One commune × postcode, with the coordinates of its centre."""

    insee_code: str
    postal_code: str
    name: str
    department_code: str
    department_name: str
    region_name: str
    latitude: float
    longitude: float
    population: int | None = None


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t", "|")}
    return max(counts, key=lambda d: counts[d])


def _pad(code: str, width: int) -> str:
    code = code.strip()
    return code.zfill(width) if code.isdigit() else code.upper()


def _department_of(insee: str) -> str:
    return insee[:3] if insee.startswith("97") else insee[:2]


def _float(value: str) -> float | None:
    try:
        number = float(value.strip().replace(",", "."))
    except ValueError:
        return None
    return number if number == number else None  # NaN


def _first_float(row: dict[str, str], *columns: str) -> float | None:
    for column in columns:
        value = _float(row.get(column) or "")
        if value is not None:
            return value
    return None


def _int(value: str) -> int | None:
    digits = value.strip().replace(" ", "").split(".")[0]
    return int(digits) if digits.isdigit() else None


def _rows_2023(reader: csv.DictReader[str]) -> list[Commune]:
    communes = []
    for row in reader:
        insee = _pad(row.get("code_commune_insee") or "", 5)
        lat, lon = _float(row.get("latitude") or ""), _float(row.get("longitude") or "")
        postal = _pad(row.get("code_postal") or "", 5)
        if not _INSEE_RE.match(insee) or lat is None or lon is None or not postal.isdigit():
            continue
        name = (row.get("nom_commune_complet") or "").strip()
        if not name:
            name = (row.get("nom_commune_postal") or insee).strip().title()
        dept = _pad(row.get("code_departement") or "", 2) or _department_of(insee)
        communes.append(
            Commune(
                insee_code=insee,
                postal_code=postal,
                name=name,
                department_code=dept,
                department_name=(row.get("nom_departement") or "").strip(),
                region_name=(row.get("nom_region") or "").strip(),
                latitude=lat,
                longitude=lon,
            )
        )
    return communes


def _rows_2025(reader: csv.DictReader[str]) -> list[Commune]:
    communes = []
    for row in reader:
        insee = _pad(row.get("code_insee") or "", 5)
        lat = _first_float(row, "latitude_centre", "latitude_mairie")
        lon = _first_float(row, "longitude_centre", "longitude_mairie")
        if not _INSEE_RE.match(insee) or lat is None or lon is None:
            continue
        postcodes = _POSTCODE_RE.findall(row.get("codes_postaux") or "") or _POSTCODE_RE.findall(
            row.get("code_postal") or ""
        )
        dept = _pad(row.get("dep_code") or "", 2) or _department_of(insee)
        for postal in dict.fromkeys(postcodes):
            communes.append(
                Commune(
                    insee_code=insee,
                    postal_code=postal,
                    name=(row.get("nom_standard") or insee).strip(),
                    department_code=dept,
                    department_name=(row.get("dep_nom") or "").strip(),
                    region_name=(row.get("reg_nom") or "").strip(),
                    latitude=lat,
                    longitude=lon,
                    population=_int(row.get("population") or ""),
                )
            )
    return communes


def read_communes(path: Path) -> list[Commune]:
    """Every commune × postcode of ``path`` that has coordinates (duplicates dropped).

    Raises :class:`CareDataError` when the layout is not recognised.
    """
    text = _decode(path.read_bytes())
    first_line = text.split("\n", 1)[0]
    reader = csv.DictReader(io.StringIO(text), delimiter=_delimiter(first_line))
    header = [h.strip().lstrip("#").strip().lower() for h in reader.fieldnames or []]
    reader.fieldnames = header
    columns = set(header)
    if {"code_commune_insee", "latitude", "longitude"} <= columns:
        communes = _rows_2023(reader)
    elif "code_insee" in columns and (
        {"latitude_centre", "longitude_centre"} <= columns
        or {"latitude_mairie", "longitude_mairie"} <= columns
    ):
        communes = _rows_2025(reader)
    elif "code_commune_insee" in columns:
        raise CareDataError(
            f"{path.name} : fichier des codes postaux sans coordonnées (laposte_hexasmal ?) ; "
            "utilisez 20230823-communes-departement-region.csv ou communes-france-2025.csv"
        )
    else:
        raise CareDataError(
            f"{path.name} : format de fichier des communes non reconnu (colonnes : "
            f"{', '.join(header[:8])}…)"
        )
    seen: set[tuple[str, str]] = set()
    unique = []
    for commune in communes:
        key = (commune.insee_code, commune.postal_code)
        if key not in seen:
            seen.add(key)
            unique.append(commune)
    if not unique:
        raise CareDataError(f"{path.name} : aucune commune avec coordonnées")
    return unique
