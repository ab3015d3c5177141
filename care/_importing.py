"""Row-level helpers of the importer: validation, commune join, address and phone formatting.

Each ``*_from_row`` function returns the records to store, ``None`` for a row that is
legitimately ignored, or a ``str`` giving the reason the row is rejected.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from care._text import fold
from care.communes import Commune
from care.places import city_label
from care.rpps import RppsFile

ACTIVITE_REQUIRED = (
    "Identifiant PP",
    "Code profession",
    "Code postal (coord. structure)",
    "Code commune (coord. structure)",
)
SAVOIR_FAIRE_REQUIRED = ("Identifiant PP", "Code savoir-faire")

_PP_ID_RE = re.compile(r"^[0-9A-Z]{6,20}$")
_PROFESSION_RE = re.compile(r"^\d{1,3}$")
_INSEE_RE = re.compile(r"^(?:\d{5}|2[AB]\d{3})$")
_POSTCODE_RE = re.compile(r"^\d{5}$")
_SKILL_RE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
_SMALL_WORDS = frozenset(
    {"de", "du", "des", "la", "le", "les", "et", "en", "sur", "sous", "aux", "au", "a", "d", "l"}
)

ACTIVITE_USED = (
    *ACTIVITE_REQUIRED,
    "Type d'identifiant PP",
    "Identification nationale PP",
    "Libellé civilité d'exercice",
    "Nom d'exercice",
    "Prénom d'exercice",
    "Libellé profession",
    "Code type savoir-faire",
    "Code savoir-faire",
    "Libellé savoir-faire",
    "Code mode exercice",
    "Numéro SIRET site",
    "Numéro FINESS site",
    "Identifiant technique de la structure",
    "Raison sociale site",
    "Enseigne commerciale site",
    "Complément destinataire (coord. structure)",
    "Complément point géographique (coord. structure)",
    "Numéro Voie (coord. structure)",
    "Indice répétition voie (coord. structure)",
    "Libellé type de voie (coord. structure)",
    "Libellé Voie (coord. structure)",
    "Mention distribution (coord. structure)",
    "Libellé commune (coord. structure)",
    "Téléphone (coord. structure)",
    "Téléphone 2 (coord. structure)",
    "Adresse e-mail (coord. structure)",
)
SAVOIR_FAIRE_USED = (
    *SAVOIR_FAIRE_REQUIRED,
    "Libellé savoir-faire",
    "Code type savoir-faire",
)

Row = dict[str, str]
Extractor = Callable[[list[str]], Row]


def extractor(source: RppsFile, columns: tuple[str, ...]) -> Extractor:
    """``extract(values)``: the stripped values of ``columns`` (``""`` when a column is absent)."""
    positions = [(name, source.index(name)) for name in columns]
    present = [(name, index) for name, index in positions if index >= 0]
    absent = {name: "" for name, index in positions if index < 0}

    def extract(values: list[str]) -> Row:
        row = {name: values[index].strip() for name, index in present}
        row.update(absent)
        return row

    return extract


def _capitalise(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


@lru_cache(maxsize=65536)
def nice(text: str, *, continued: bool = False) -> str:
    """Upper-case RPPS labels in readable case: ``"RUE D'ALSACE"`` → ``"Rue d'Alsace"``.

    ``continued``: the text follows other words (a street name after « Rue »), so a leading
    « DE LA » is lower-cased too.
    """
    if not text or not text.isupper():
        return text
    words = []
    for index, word in enumerate(text.lower().split()):
        inner = index > 0 or continued
        if inner and word in _SMALL_WORDS:
            words.append(word)
        elif inner and word[:2] in ("d'", "l'"):
            words.append(word[:2] + _capitalise(word[2:]))
        else:
            words.append(_capitalise(word))
    return " ".join(words)


def phone(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    if len(digits) == 10 and digits.startswith("0"):
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    return text.strip()


class CommuneLookup:
    """Commune of a site: by INSEE code, else by postcode (name used to pick among several)."""

    def __init__(self, communes: list[Commune]) -> None:
        self.by_insee: dict[str, Commune] = {}
        self.by_postcode: dict[str, list[Commune]] = {}
        for commune in communes:
            self.by_insee.setdefault(commune.insee_code, commune)
            self.by_postcode.setdefault(commune.postal_code, []).append(commune)

    def resolve(self, insee: str, postcode: str, label: str) -> tuple[Commune | None, bool]:
        """``(commune, found_by_postcode)``."""
        commune = self.by_insee.get(insee) if insee else None
        if commune is not None:
            return commune, False
        candidates = self.by_postcode.get(postcode, []) if postcode else []
        if not candidates:
            return None, False
        wanted = fold(label)
        for candidate in candidates:
            if wanted and fold(candidate.name) == wanted:
                return candidate, True
        return candidates[0], True


def commune_record(commune: Commune) -> dict[str, Any]:
    return {
        "insee_code": commune.insee_code,
        "postal_code": commune.postal_code,
        "name": commune.name,
        "department_code": commune.department_code,
        "department_name": commune.department_name,
        "region_name": commune.region_name,
        "latitude": commune.latitude,
        "longitude": commune.longitude,
        "population": commune.population,
    }


def skill_from_row(row: Row, run: int) -> dict[str, Any] | str | None:
    pp_id = row["Identifiant PP"].upper()
    if not pp_id:
        return "identifiant PP manquant"
    if not _PP_ID_RE.match(pp_id):
        return f"identifiant PP invalide : {pp_id!r}"
    code = row["Code savoir-faire"].upper()
    if not code:
        return None
    if not _SKILL_RE.match(code):
        return f"code savoir-faire invalide : {code!r}"
    return {
        "pp_id": pp_id,
        "code": code,
        "label": row["Libellé savoir-faire"][:200],
        "type_code": row["Code type savoir-faire"][:8],
        "import_run": run,
    }


def _street(row: Row) -> str:
    number = " ".join(
        p
        for p in (
            row["Numéro Voie (coord. structure)"],
            row["Indice répétition voie (coord. structure)"].lower(),
        )
        if p
    )
    street = " ".join(
        p
        for p in (
            number,
            nice(row["Libellé type de voie (coord. structure)"]),
            nice(row["Libellé Voie (coord. structure)"], continued=True),
        )
        if p
    )
    parts = [
        nice(row["Complément destinataire (coord. structure)"]),
        nice(row["Complément point géographique (coord. structure)"]),
        street,
        row["Mention distribution (coord. structure)"],
    ]
    return ", ".join(p for p in parts if p)[:300]


def _site_key(row: Row, address: str, postcode: str) -> str:
    structure = row["Identifiant technique de la structure"]
    if structure:
        return structure[:40]
    raw = "|".join(
        (
            row["Numéro SIRET site"],
            row["Numéro FINESS site"],
            address,
            postcode,
            row["Code commune (coord. structure)"],
        )
    )
    return "a:" + hashlib.sha1(raw.encode(), usedforsecurity=False).hexdigest()[:24]


def activity_from_row(
    row: Row, lookup: CommuneLookup, run: int
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None, bool] | str | None:
    """``(practitioner, site, skill or None, joined_by_postcode)``, ``None`` or a reason."""
    pp_id = row["Identifiant PP"].upper()
    if not pp_id:
        return "identifiant PP manquant"
    if not _PP_ID_RE.match(pp_id):
        return f"identifiant PP invalide : {pp_id!r}"
    profession = row["Code profession"]
    if not _PROFESSION_RE.match(profession):
        return f"code profession invalide : {profession!r}"
    insee = row["Code commune (coord. structure)"].upper()
    postcode = row["Code postal (coord. structure)"]
    if not insee and not postcode:
        return None
    if insee and not _INSEE_RE.match(insee):
        return f"code commune invalide : {insee!r}"
    if postcode and not _POSTCODE_RE.match(postcode):
        return f"code postal invalide : {postcode!r}"
    skill_code = row["Code savoir-faire"].upper()
    if skill_code and not _SKILL_RE.match(skill_code):
        return f"code savoir-faire invalide : {skill_code!r}"
    commune, by_postcode = lookup.resolve(
        insee, postcode, row["Libellé commune (coord. structure)"]
    )
    if commune is None:
        return f"commune inconnue : code commune {insee or '-'}, code postal {postcode or '-'}"
    practitioner = {
        "pp_id": pp_id,
        "id_type": row["Type d'identifiant PP"][:2],
        "national_id": row["Identification nationale PP"][:24],
        "civility": row["Libellé civilité d'exercice"][:40],
        "last_name": row["Nom d'exercice"][:120],
        "first_name": row["Prénom d'exercice"][:120],
        "profession_code": profession,
        "profession_label": row["Libellé profession"][:120],
        "import_run": run,
    }
    address = _street(row)
    site_name = row["Enseigne commerciale site"] or row["Raison sociale site"]
    site = {
        "pp_id": pp_id,
        "site_key": _site_key(row, address, postcode),
        "mode_code": row["Code mode exercice"][:2].upper(),
        "site_name": nice(site_name)[:200],
        "address": address,
        "postal_code": postcode or commune.postal_code,
        "insee_code": commune.insee_code,
        "commune_name": city_label(commune.name),
        "department_code": commune.department_code,
        "phone": phone(
            row["Téléphone (coord. structure)"] or row["Téléphone 2 (coord. structure)"]
        )[:30],
        "email": row["Adresse e-mail (coord. structure)"][:200],
        "latitude": commune.latitude,
        "longitude": commune.longitude,
        "geo_precision": "commune",
        "import_run": run,
    }
    skill = None
    if skill_code:
        skill = {
            "pp_id": pp_id,
            "code": skill_code,
            "label": row["Libellé savoir-faire"][:200],
            "type_code": row["Code type savoir-faire"][:8],
            "import_run": run,
        }
    return practitioner, site, skill, by_postcode
