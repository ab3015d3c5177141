"""Streaming reader of the RPPS « extractions en libre accès » (Annuaire Santé, ANS).

Layout (facts sheet §8.1): pipe-delimited, UTF-8, a header row, a trailing ``|`` on every
line (so an empty last column), no quoting, every value a string (identifiers keep their
leading zeros). The ``PS_LibreAcces_Personne_activite`` file had 52 columns (≈ 2021-2022) and
has 56 in newer extracts (``Code rôle|Libellé rôle|Code genre activité|Libellé genre
activité`` appended), so columns are matched **by name** — accents, case and apostrophes
ignored — never by position.

:class:`RppsFile` yields ``(line_number, values)`` for good rows and :class:`BadRow` for rows
with a wrong column count; it never holds more than one row.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from care._text import fold
from care.exceptions import CareDataError

__all__ = [
    "ACTIVITE_COLUMNS",
    "ACTIVITE_COLUMNS_52",
    "SAVOIR_FAIRE_COLUMNS",
    "BadRow",
    "RppsFile",
]

ACTIVITE_COLUMNS_52: tuple[str, ...] = (
    "Type d'identifiant PP",
    "Identifiant PP",
    "Identification nationale PP",
    "Code civilité d'exercice",
    "Libellé civilité d'exercice",
    "Code civilité",
    "Libellé civilité",
    "Nom d'exercice",
    "Prénom d'exercice",
    "Code profession",
    "Libellé profession",
    "Code catégorie professionnelle",
    "Libellé catégorie professionnelle",
    "Code type savoir-faire",
    "Libellé type savoir-faire",
    "Code savoir-faire",
    "Libellé savoir-faire",
    "Code mode exercice",
    "Libellé mode exercice",
    "Numéro SIRET site",
    "Numéro SIREN site",
    "Numéro FINESS site",
    "Numéro FINESS établissement juridique",
    "Identifiant technique de la structure",
    "Raison sociale site",
    "Enseigne commerciale site",
    "Complément destinataire (coord. structure)",
    "Complément point géographique (coord. structure)",
    "Numéro Voie (coord. structure)",
    "Indice répétition voie (coord. structure)",
    "Code type de voie (coord. structure)",
    "Libellé type de voie (coord. structure)",
    "Libellé Voie (coord. structure)",
    "Mention distribution (coord. structure)",
    "Bureau cedex (coord. structure)",
    "Code postal (coord. structure)",
    "Code commune (coord. structure)",
    "Libellé commune (coord. structure)",
    "Code pays (coord. structure)",
    "Libellé pays (coord. structure)",
    "Téléphone (coord. structure)",
    "Téléphone 2 (coord. structure)",
    "Télécopie (coord. structure)",
    "Adresse e-mail (coord. structure)",
    "Code Département (structure)",
    "Libellé Département (structure)",
    "Ancien identifiant de la structure",
    "Autorité d'enregistrement",
    "Code secteur d'activité",
    "Libellé secteur d'activité",
    "Code section tableau pharmaciens",
    "Libellé section tableau pharmaciens",
)
"""The 52-column header of ``PS_LibreAcces_Personne_activite`` (≈ 2021-2022)."""

ACTIVITE_COLUMNS: tuple[str, ...] = (
    *ACTIVITE_COLUMNS_52,
    "Code rôle",
    "Libellé rôle",
    "Code genre activité",
    "Libellé genre activité",
)
"""The newer 56-column header (≈ 2025)."""

SAVOIR_FAIRE_COLUMNS: tuple[str, ...] = (
    "Type d'identifiant PP",
    "Identifiant PP",
    "Identification nationale PP",
    "Nom d'exercice",
    "Prénom d'exercice",
    "Code profession",
    "Libellé profession",
    "Code catégorie professionnelle",
    "Libellé catégorie professionnelle",
    "Code type savoir-faire",
    "Libellé type savoir-faire",
    "Code savoir-faire",
    "Libellé savoir-faire",
)
"""The header of ``PS_LibreAcces_SavoirFaire``."""


@dataclass(frozen=True, slots=True)
class BadRow:
    """A skipped input row: file name, physical line number (header = 1) and the reason."""

    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}, ligne {self.line} : {self.reason}"


def column_key(name: str) -> str:
    """Folded column name: ``"Libellé civilité d'exercice"`` → ``"libelle civilite d exercice"``."""
    return fold(name.replace("\ufeff", ""))


class _CountingLines:
    """Iterates over a text file's lines and reports the characters read (progress bar)."""

    def __init__(self, handle: TextIO, on_progress: Callable[[int], None] | None) -> None:
        self._handle = handle
        self._on_progress = on_progress
        self._pending = 0

    def __iter__(self) -> Iterator[str]:
        for line in self._handle:
            if self._on_progress is not None:
                self._pending += len(line)
                if self._pending >= 1 << 20:
                    self._on_progress(self._pending)
                    self._pending = 0
            yield line
        if self._on_progress is not None and self._pending:
            self._on_progress(self._pending)


class RppsFile:
    """One RPPS text file, read lazily row by row.

    ``required`` are column names that must be present (else :class:`CareDataError`).
    ``index`` maps a column name (any accent/case spelling) to its position, or ``-1``.
    """

    def __init__(self, path: Path, *, required: Iterable[str] = ()) -> None:
        self.path = path
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
            header_line = handle.readline()
        if not header_line.strip():
            raise CareDataError(f"{path.name} : fichier vide (ligne d'en-tête absente)")
        header = next(csv.reader([header_line], delimiter="|", quoting=csv.QUOTE_NONE))
        if header and not header[-1].strip():
            header = header[:-1]  # trailing "|"
        self.header: tuple[str, ...] = tuple(h.strip() for h in header)
        self._positions = {column_key(name): i for i, name in enumerate(self.header)}
        missing = [name for name in required if column_key(name) not in self._positions]
        if missing:
            raise CareDataError(
                f"{path.name} : colonne(s) obligatoire(s) absente(s) de l'en-tête : "
                + ", ".join(missing)
            )

    @property
    def width(self) -> int:
        return len(self.header)

    def index(self, name: str) -> int:
        return self._positions.get(column_key(name), -1)

    def rows(
        self, on_progress: Callable[[int], None] | None = None
    ) -> Iterator[tuple[int, list[str]] | BadRow]:
        """Data rows as ``(line, values)``; a row of the wrong width comes as :class:`BadRow`.

        One trailing empty column (the trailing ``|``) is dropped; a missing trailing ``|`` is
        tolerated.
        """
        width = self.width
        name = self.path.name
        with self.path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
            lines = _CountingLines(handle, on_progress)
            reader = csv.reader(lines, delimiter="|", quoting=csv.QUOTE_NONE, strict=False)
            line = 1
            iterator = iter(reader)
            next(iterator, None)  # header
            while True:
                try:
                    values = next(iterator)
                except StopIteration:
                    return
                except csv.Error as exc:  # e.g. a NUL byte
                    line = reader.line_num
                    yield BadRow(name, line, f"ligne illisible ({exc})")
                    continue
                line = reader.line_num
                if not values or (len(values) == 1 and not values[0].strip()):
                    continue  # blank line
                if len(values) == width + 1 and not values[-1].strip():
                    values.pop()
                if len(values) != width:
                    yield BadRow(
                        name,
                        line,
                        f"nombre de colonnes incorrect ({len(values)} au lieu de {width})",
                    )
                    continue
                yield line, values
