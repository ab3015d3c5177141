"""The enrichment file: what the RPPS does not say (secteur, OPTAM, fees, téléconsultation…).

The insurer fills it from the Assurance Maladie directory (annuaire santé ameli). Format, also
documented in ``knowledge_base/directory/README.md``: CSV, ``;`` (or ``,``) delimited, UTF-8
(Windows-1252 accepted), one header row with these columns in any order::

    identifiant;secteur;optam;tarif_habituel;teleconsultation;nouveaux_patients
    10000000001;1;;30,00;oui;non
    10000000002;2;oui;55;non;

- ``identifiant``: RPPS ``Identifiant PP`` (11 digits) or ``Identification nationale PP``
  (``8`` + RPPS); required;
- ``secteur``: ``1``, ``2``, ``3`` (``secteur 1``, ``S2``, ``non conventionné`` accepted) or empty;
- ``optam``: ``oui``/``non`` (OPTAM or OPTAM-CO, secteur 2 only) or empty;
- ``tarif_habituel``: usual consultation fee in euros (``31,50`` or ``31.50``) or empty;
- ``teleconsultation``, ``nouveaux_patients``: ``oui``/``non`` or empty (= unknown).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from care._text import fold
from care.exceptions import CareDataError
from care.rpps import BadRow

__all__ = ["ENRICHMENT_COLUMNS", "EnrichmentRow", "read_enrichment", "sector_value"]

ENRICHMENT_COLUMNS = (
    "identifiant",
    "secteur",
    "optam",
    "tarif_habituel",
    "teleconsultation",
    "nouveaux_patients",
)
SECTEUR_2_UNKNOWN_OPTAM = "secteur_2"
"""Stored sector when the file says secteur 2 without the OPTAM flag."""

_TRUE = {"oui", "o", "yes", "y", "1", "true", "vrai", "x", "optam", "optam co"}
_FALSE = {"non", "n", "no", "0", "false", "faux"}
_ID_RE = re.compile(r"^[0-9A-Z]{6,20}$")


@dataclass(frozen=True, slots=True)
class EnrichmentRow:
    pp_id: str
    sector: str | None
    usual_fee: Decimal | None
    teleconsultation: bool | None
    accepts_new_patients: bool | None


def _bool(value: str, column: str) -> bool | None:
    key = value.lower() if value.isascii() and value.isalpha() else fold(value)
    if not key:
        return None
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ValueError(f"{column} : valeur {value!r} (attendu oui/non ou vide)")


def sector_value(secteur: str, optam: bool | None) -> str | None:
    """Stored sector: a :class:`reimbursement.Sector` value, ``"secteur_2"`` or ``None``."""
    key = fold(secteur).replace("secteur", "").replace(" ", "")
    if not key:
        return None
    if key in {"3", "s3", "nonconventionne", "nc"}:
        return "secteur_3"
    if key in {"1", "s1"}:
        return "secteur_1"
    if key in {"2", "s2"}:
        if optam is None:
            return SECTEUR_2_UNKNOWN_OPTAM
        return "secteur_2_optam" if optam else "secteur_2_non_optam"
    raise ValueError(f"secteur : valeur {secteur!r} (attendu 1, 2, 3 ou vide)")


def _fee(value: str) -> Decimal | None:
    text = value.replace("€", "").replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not text:
        return None
    try:
        fee = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"tarif_habituel : {value!r} n'est pas un montant") from None
    if not Decimal(0) < fee < Decimal(1000):
        raise ValueError(f"tarif_habituel : {value!r} hors de l'intervalle ]0 ; 1000[")
    return fee.quantize(Decimal("0.01"))


def _pp_id(value: str) -> str:
    ident = value.strip().upper()
    if len(ident) == 12 and ident[0] in "08" and ident[1:].isdigit():
        ident = ident[1:]  # Identification nationale PP = type digit + identifier
    if not _ID_RE.match(ident):
        raise ValueError(f"identifiant invalide : {value!r}" if ident else "identifiant manquant")
    return ident


def read_enrichment(path: Path) -> Iterator[EnrichmentRow | BadRow]:
    """Rows of the enrichment file, streamed; invalid rows come as :class:`BadRow`."""
    with path.open("rb") as probe:
        head = probe.read(65536)
    try:
        head.decode("utf-8-sig")
        encoding = "utf-8-sig"
    except UnicodeDecodeError:
        encoding = "cp1252"
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        first = handle.readline()
        delimiter = ";" if first.count(";") >= first.count(",") else ","
        header = [fold(h).replace(" ", "_") for h in first.strip().split(delimiter)]
        if "identifiant" not in header:
            raise CareDataError(
                f"{path.name} : colonne « identifiant » absente (attendu : "
                + ";".join(ENRICHMENT_COLUMNS)
                + ")"
            )
        positions = {name: header.index(name) for name in ENRICHMENT_COLUMNS if name in header}
        reader = csv.reader(handle, delimiter=delimiter)
        for values in reader:
            line = reader.line_num + 1
            if not any(v.strip() for v in values):
                continue
            if len(values) < len(header) - (1 if header[-1] == "" else 0):
                yield BadRow(path.name, line, f"nombre de colonnes incorrect ({len(values)})")
                continue

            def cell(name: str, values: list[str] = values) -> str:
                index = positions.get(name, -1)
                return values[index].strip() if 0 <= index < len(values) else ""

            try:
                optam = _bool(cell("optam"), "optam")
                yield EnrichmentRow(
                    pp_id=_pp_id(cell("identifiant")),
                    sector=sector_value(cell("secteur"), optam),
                    usual_fee=_fee(cell("tarif_habituel")),
                    teleconsultation=_bool(cell("teleconsultation"), "teleconsultation"),
                    accepts_new_patients=_bool(cell("nouveaux_patients"), "nouveaux_patients"),
                )
            except ValueError as exc:
                yield BadRow(path.name, line, str(exc))
