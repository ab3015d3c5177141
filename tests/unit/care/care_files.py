"""Helpers of the care tests: tiny RPPS and communes files in the official layouts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from care.rpps import ACTIVITE_COLUMNS, SAVOIR_FAIRE_COLUMNS

COMMUNES_CSV = (
    "code_commune_INSEE,nom_commune_postal,code_postal,libelle_acheminement,ligne_5,latitude,"
    "longitude,code_commune,article,nom_commune,nom_commune_complet,code_departement,"
    "nom_departement,code_region,nom_region\n"
    "44109,NANTES,44000,NANTES,,47.2184,-1.5536,109,,Nantes,Nantes,44,Loire-Atlantique,52,"
    "Pays de la Loire\n"
    "44109,NANTES,44100,NANTES,,47.2184,-1.5536,109,,Nantes,Nantes,44,Loire-Atlantique,52,"
    "Pays de la Loire\n"
    "44143,REZE,44400,REZE,,47.1917,-1.5692,143,,Rezé,Rezé,44,Loire-Atlantique,52,"
    "Pays de la Loire\n"
    "44162,ST HERBLAIN,44800,ST HERBLAIN,,47.2122,-1.6497,162,,Saint-Herblain,Saint-Herblain,"
    "44,Loire-Atlantique,52,Pays de la Loire\n"
    "44114,ORVAULT,44700,ORVAULT,,47.2711,-1.6225,114,,Orvault,Orvault,44,Loire-Atlantique,52,"
    "Pays de la Loire\n"
    "44026,CARQUEFOU,44470,CARQUEFOU,,47.2975,-1.4914,26,,Carquefou,Carquefou,44,"
    "Loire-Atlantique,52,Pays de la Loire\n"
    "44184,ST NAZAIRE,44600,ST NAZAIRE,,47.2735,-2.2138,184,,Saint-Nazaire,Saint-Nazaire,44,"
    "Loire-Atlantique,52,Pays de la Loire\n"
    "35238,RENNES,35000,RENNES,,48.1113,-1.68,238,,Rennes,Rennes,35,Ille-et-Vilaine,53,"
    "Bretagne\n"
)


def rpps_line(row: Mapping[str, str], columns: Sequence[str], *, trailing: bool = True) -> str:
    return "|".join(row.get(c, "") for c in columns) + ("|" if trailing else "") + "\n"


def activite_row(
    pp_id: str,
    *,
    profession: str = "10",
    skill: str = "",
    insee: str = "44109",
    postcode: str = "44000",
    mode: str = "L",
    structure: str | None = None,
    last_name: str = "FICTIF-TEST",
    street: str = "DE LA PAIX",
) -> dict[str, str]:
    return {
        "Type d'identifiant PP": "8",
        "Identifiant PP": pp_id,
        "Identification nationale PP": "8" + pp_id,
        "Libellé civilité d'exercice": "Docteur" if profession == "10" else "",
        "Nom d'exercice": last_name,
        "Prénom d'exercice": "Camille",
        "Code profession": profession,
        "Libellé profession": "Médecin",
        "Code savoir-faire": skill,
        "Code mode exercice": mode,
        "Identifiant technique de la structure": structure or f"R{pp_id}{insee}",
        "Numéro Voie (coord. structure)": "12",
        "Libellé type de voie (coord. structure)": "Rue",
        "Libellé Voie (coord. structure)": street,
        "Code postal (coord. structure)": postcode,
        "Code commune (coord. structure)": insee,
        "Libellé commune (coord. structure)": "NANTES",
        "Téléphone (coord. structure)": "0261910000",
    }


def write_activite(
    path: Path,
    rows: Sequence[Mapping[str, str]],
    columns: Sequence[str] = ACTIVITE_COLUMNS,
    *,
    trailing: bool = True,
) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("|".join(columns) + ("|" if trailing else "") + "\n")
        for row in rows:
            handle.write(rpps_line(row, columns, trailing=trailing))
    return path


def write_savoir_faire(path: Path, skills: Sequence[tuple[str, str]]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("|".join(SAVOIR_FAIRE_COLUMNS) + "|\n")
        for pp_id, code in skills:
            row = {"Identifiant PP": pp_id, "Code profession": "10", "Code savoir-faire": code}
            handle.write(rpps_line(row, SAVOIR_FAIRE_COLUMNS))
    return path
