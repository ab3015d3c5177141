"""The import report: counts, and the first skipped rows with their line number and reason."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from care.rpps import BadRow

__all__ = ["ImportReport", "ReportedRow"]


class ReportedRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    file: str
    line: int
    reason: str


class ImportReport(BaseModel):
    """What an import read, stored and skipped. Bad rows are counted, the first ones listed."""

    files: dict[str, str] = Field(default_factory=dict)
    communes: int = 0
    savoir_faire_rows: int = 0
    activite_rows: int = 0
    sites_stored: int = 0
    practitioners_stored: int = 0
    skills_stored: int = 0
    enrichment_rows: int = 0
    enrichment_without_practitioner: int = 0
    without_address: int = 0
    joined_by_postcode: int = 0
    non_liberal_dropped: int = 0
    stale_removed: int = 0
    bad_rows: int = 0
    bad_reasons: dict[str, int] = Field(default_factory=dict)
    first_bad_rows: list[ReportedRow] = Field(default_factory=list)
    max_reported: int = 50
    seconds: float = 0.0
    completed: bool = False

    def add_bad(self, bad: BadRow) -> None:
        self.bad_rows += 1
        kind = bad.reason.split(" :")[0].split(" (")[0]
        counts = Counter(self.bad_reasons)
        counts[kind] += 1
        self.bad_reasons = dict(counts)
        if len(self.first_bad_rows) < self.max_reported:
            self.first_bad_rows.append(ReportedRow(file=bad.file, line=bad.line, reason=bad.reason))

    @property
    def rows_per_second(self) -> float:
        rows = self.activite_rows + self.savoir_faire_rows
        return rows / self.seconds if self.seconds > 0 else 0.0

    def to_text(self) -> str:
        """A French plain-text summary."""
        lines = [
            "Import de l'annuaire des professionnels de santé"
            + ("" if self.completed else " (INTERROMPU : lignes déjà enregistrées conservées)"),
            *(f"  fichier {kind} : {name}" for kind, name in self.files.items()),
            f"  communes chargées : {self.communes}",
            f"  lignes savoir-faire lues : {self.savoir_faire_rows}",
            f"  lignes activité lues : {self.activite_rows}",
            f"  lieux d'exercice enregistrés : {self.sites_stored}",
            f"  professionnels enregistrés : {self.practitioners_stored}",
            f"  savoir-faire enregistrés : {self.skills_stored}",
            f"  activités sans adresse d'exercice (ignorées) : {self.without_address}",
            f"  communes retrouvées par le code postal : {self.joined_by_postcode}",
            f"  activités non libérales écartées (exercice libéral connu) : "
            f"{self.non_liberal_dropped}",
            f"  lignes d'un import précédent supprimées : {self.stale_removed}",
            f"  lignes d'enrichissement : {self.enrichment_rows} "
            f"(dont {self.enrichment_without_practitioner} sans professionnel correspondant)",
            f"  lignes rejetées : {self.bad_rows}",
            *(f"    {reason} : {count}" for reason, count in sorted(self.bad_reasons.items())),
            f"  durée : {self.seconds:.1f} s ({self.rows_per_second:,.0f} lignes/s)".replace(
                ",", "\u202f"
            ),
        ]
        if self.first_bad_rows:
            lines.append(f"  premières lignes rejetées (au plus {self.max_reported}) :")
            lines.extend(f"    {r.file}, ligne {r.line} : {r.reason}" for r in self.first_bad_rows)
        return "\n".join(lines)

    def write(self, path: Path) -> None:
        """Write the report: JSON for a ``.json`` file, else the French text."""
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix.lower() == ".json":
            payload = self.model_dump(mode="json") | {"rows_per_second": self.rows_per_second}
            path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", "utf-8")
        else:
            path.write_text(self.to_text() + "\n", encoding="utf-8")
