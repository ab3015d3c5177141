"""Fictitious directory samples in the official RPPS layouts, and large synthetic files.

``python -m care write-samples`` (re)writes, with a fixed seed, the committed samples in
``knowledge_base/directory/``:

- ``PS_LibreAcces_Personne_activite_sample.txt`` (56-column header, trailing ``|``);
- ``PS_LibreAcces_SavoirFaire_sample.txt``;
- ``communes_sample.csv`` (layout of ``20230823-communes-departement-region.csv``; real INSEE
  codes, postcodes and approximate centre coordinates);
- ``enrichissement_annuaire_sample.csv`` (secteur, OPTAM, usual fee…).

Every professional is invented: last names start with « FICTIF- », identifiers start with
``19990`` and phone numbers are taken from the ranges the ARCEP reserves for fiction.
:func:`generate` streams files of any size in the same layouts (tests and ``bench``).
"""

from __future__ import annotations

import csv
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from care import _sample_data as D
from care._text import strip_accents
from care.enrichment import ENRICHMENT_COLUMNS
from care.rpps import ACTIVITE_COLUMNS, SAVOIR_FAIRE_COLUMNS

__all__ = [
    "COMMUNES_FILE",
    "ENRICHMENT_FILE",
    "SAMPLE_ACTIVITE_FILE",
    "SAMPLE_SAVOIR_FAIRE_FILE",
    "SampleFiles",
    "generate",
    "write_communes",
    "write_samples",
]

SAMPLE_ACTIVITE_FILE = "PS_LibreAcces_Personne_activite_sample.txt"
SAMPLE_SAVOIR_FAIRE_FILE = "PS_LibreAcces_SavoirFaire_sample.txt"
COMMUNES_FILE = "communes_sample.csv"
ENRICHMENT_FILE = "enrichissement_annuaire_sample.csv"
SEED = 20260701


@dataclass(frozen=True, slots=True)
class SampleFiles:
    """The four files of a directory import."""

    activite: Path
    savoir_faire: Path
    communes: Path
    enrichment: Path

    @classmethod
    def in_folder(cls, folder: Path, suffix: str = "sample") -> SampleFiles:
        return cls(
            activite=folder / f"PS_LibreAcces_Personne_activite_{suffix}.txt",
            savoir_faire=folder / f"PS_LibreAcces_SavoirFaire_{suffix}.txt",
            communes=folder / COMMUNES_FILE,
            enrichment=folder / ENRICHMENT_FILE.replace("sample", suffix),
        )

    def all(self) -> tuple[Path, Path, Path, Path]:
        return (self.activite, self.savoir_faire, self.communes, self.enrichment)


def _postal_name(name: str) -> str:
    """La Poste spelling: ``"Saint-Herblain"`` → ``"ST HERBLAIN"``, Paris 1er → ``"PARIS 01"``."""
    match = re.match(r"^(\S+) (\d+)(?:er|e) Arrondissement$", name)
    if match:
        return f"{match.group(1).upper()} {int(match.group(2)):02d}"
    text = strip_accents(name).upper().replace("-", " ").replace("'", " ")
    return re.sub(r"\bSAINT\b", "ST", text)


def write_communes(path: Path) -> int:
    """The communes file in the ``20230823-communes-departement-region.csv`` layout."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        handle.write(D.COMMUNES_HEADER + "\n")
        for insee, name, postcodes, lat, lon in D.COMMUNE_ROWS:
            dept = insee[:2]
            dept_name, region_code, region_name = D.DEPARTMENTS[dept]
            postal = _postal_name(name)
            delivery = postal.split(" ")[0] if "Arrondissement" in name else postal
            article, short = ("Le", name[3:]) if name.startswith("Le ") else ("", name)
            for postcode in postcodes:
                writer.writerow(
                    [
                        insee,
                        postal,
                        postcode,
                        delivery,
                        "",
                        f"{lat:.4f}",
                        f"{lon:.4f}",
                        insee[2:],
                        article,
                        short,
                        name,
                        dept,
                        dept_name,
                        region_code,
                        region_name,
                    ]
                )
                count += 1
    return count


@dataclass(frozen=True, slots=True)
class _Person:
    pp_id: str
    kind: str
    male: bool
    first_name: str
    last_name: str
    skill: str


def _last_name(rng: random.Random) -> str:
    word = "".join(rng.choice(D.SYLLABLES) for _ in range(rng.randint(2, 3)))
    return "FICTIF-" + word.upper()


def _person(rng: random.Random, number: int, kind: str) -> _Person:
    skills = D.KINDS[kind][2]
    skill = (
        rng.choice(skills)
        if skills
        else ("SCD01" if kind == "dentiste" and rng.random() < 0.12 else "")
    )
    male = rng.random() < 0.45
    return _Person(
        pp_id=f"19990{number:06d}",
        kind=kind,
        male=male,
        first_name=rng.choice(D.FIRST_NAMES_M if male else D.FIRST_NAMES_F),
        last_name=_last_name(rng),
        skill=skill,
    )


def _activite_row(
    rng: random.Random,
    person: _Person,
    insee: str,
    *,
    mode: str = "L",
    skill_in_row: bool = True,
    postcode_only: bool = False,
    no_address: bool = False,
) -> dict[str, str]:
    profession, profession_label, _, _, authority = D.KINDS[person.kind]
    commune = _COMMUNES_BY_INSEE[insee]
    doctor = profession in ("10", "40")
    street = rng.choice(D.STREETS)
    dept = insee[:2]
    structure = f"R1{rng.randrange(10**12):012d}"
    salaried = mode == "S"
    sector_code = "SA01" if salaried else rng.choice(("SA07", "SA08"))
    row = {
        "Type d'identifiant PP": "8",
        "Identifiant PP": person.pp_id,
        "Identification nationale PP": "8" + person.pp_id,
        "Code civilité d'exercice": "DR" if doctor else "",
        "Libellé civilité d'exercice": "Docteur" if doctor else "",
        "Code civilité": "M" if person.male else "MME",
        "Libellé civilité": "Monsieur" if person.male else "Madame",
        "Nom d'exercice": person.last_name,
        "Prénom d'exercice": person.first_name,
        "Code profession": profession,
        "Libellé profession": profession_label,
        "Code catégorie professionnelle": "C",
        "Libellé catégorie professionnelle": "Civil",
        "Code mode exercice": mode,
        "Libellé mode exercice": "Salarié" if salaried else "Libéral",
        "Identifiant technique de la structure": structure,
        "Raison sociale site": "CENTRE HOSPITALIER FICTIF"
        if salaried
        else f"CABINET {person.last_name}",
        "Code Département (structure)": dept,
        "Libellé Département (structure)": D.DEPARTMENTS[dept][0],
        "Autorité d'enregistrement": authority,
        "Code secteur d'activité": sector_code,
        "Libellé secteur d'activité": _ACTIVITY_SECTORS[sector_code],
    }
    if person.skill and skill_in_row:
        row |= {
            "Code type savoir-faire": "S",
            "Libellé type savoir-faire": "Spécialité ordinale",
            "Code savoir-faire": person.skill,
            "Libellé savoir-faire": D.SKILL_LABELS[person.skill],
        }
    if not no_address:
        postcode = rng.choice(commune[2])
        row |= {
            "Numéro Voie (coord. structure)": str(rng.randint(1, 120)),
            "Code type de voie (coord. structure)": street[0],
            "Libellé type de voie (coord. structure)": street[1],
            "Libellé Voie (coord. structure)": street[2],
            "Code postal (coord. structure)": postcode,
            "Code commune (coord. structure)": "" if postcode_only else insee,
            "Libellé commune (coord. structure)": _postal_name(commune[1]),
            "Code pays (coord. structure)": "99000",
            "Libellé pays (coord. structure)": "France",
            "Téléphone (coord. structure)": D.PHONE_PREFIX[dept] + f"{rng.randrange(10_000):04d}",
        }
    return row


_COMMUNES_BY_INSEE = {row[0]: row for row in D.COMMUNE_ROWS}
_ACTIVITY_SECTORS = {
    "SA01": "Etablissement public de santé",
    "SA07": "Cabinet individuel",
    "SA08": "Cabinet de groupe",
}


def _write_rpps(handle: TextIO, columns: Sequence[str], row: dict[str, str]) -> None:
    handle.write("|".join(row.get(column, "") for column in columns) + "|\n")


def _sector_and_fee(rng: random.Random, kind: str) -> tuple[str, str, str]:
    """``(secteur, optam, fee)`` as written in the enrichment file."""
    doctor = D.KINDS[kind][0] == "10"
    draw = rng.random()
    if doctor:
        gp = kind == "generaliste"
        bounds = (0.68, 0.83, 0.95, 0.97) if gp else (0.5, 0.72, 0.93, 0.96)
        secteur, optam, band = (
            ("1", "", "1")
            if draw < bounds[0]
            else ("2", "oui", "2o")
            if draw < bounds[1]
            else ("2", "non", "2n")
            if draw < bounds[2]
            else ("3", "", "3")
            if draw < bounds[3]
            else ("", "", "")
        )
    else:
        secteur, optam, band = (
            ("1", "", "1") if draw < 0.92 else ("3", "", "3") if draw < 0.95 else ("", "", "")
        )
    fees = D.FEES.get(kind, {})
    if band not in fees or (band and rng.random() < 0.08):
        return secteur, optam, ""
    low, high = fees[band]
    fee = (
        low if low == high else rng.randrange(int(low), int(high) + 1, 5 if high - low >= 10 else 1)
    )
    return secteur, optam, f"{fee:.2f}".replace(".", ",")


def _yes_no(rng: random.Random, yes: float, no: float) -> str:
    draw = rng.random()
    return "oui" if draw < yes else "non" if draw < yes + no else ""


def _enrichment_row(rng: random.Random, person: _Person) -> list[str]:
    secteur, optam, fee = _sector_and_fee(rng, person.kind)
    doctor = D.KINDS[person.kind][0] == "10"
    ident = ("8" + person.pp_id) if rng.random() < 0.1 else person.pp_id
    return [
        ident,
        secteur,
        optam,
        fee,
        _yes_no(rng, 0.35, 0.5) if doctor else _yes_no(rng, 0.05, 0.6),
        _yes_no(rng, 0.45, 0.4),
    ]


def _kinds_for(rng: random.Random, count: int) -> list[str]:
    """Every kind once, then random kinds by weight."""
    kinds = list(D.KINDS)
    weights = [D.KINDS[k][3] for k in kinds]
    chosen = kinds[:count] + rng.choices(kinds, weights=weights, k=max(0, count - len(kinds)))
    rng.shuffle(chosen)
    return chosen


def _people(rng: random.Random, total: int | None = None) -> Iterator[tuple[_Person, str, str]]:
    """``(person, cluster, insee)`` spread over the clusters (``total`` scales the shares)."""
    scale = 1.0 if total is None else total / sum(share for share, _ in D.CLUSTERS.values())
    number = 0
    for cluster, (share, communes) in D.CLUSTERS.items():
        count = max(1, round(share * scale))
        codes, weights = list(communes), list(communes.values())
        for kind in _kinds_for(rng, count):
            number += 1
            yield _person(rng, number, kind), cluster, rng.choices(codes, weights)[0]


def _write_all(
    files: SampleFiles,
    rng: random.Random,
    total: int | None,
    columns: Sequence[str],
) -> int:
    rows = 0
    with (
        files.activite.open("w", encoding="utf-8", newline="") as activite,
        files.savoir_faire.open("w", encoding="utf-8", newline="") as savoir_faire,
        files.enrichment.open("w", encoding="utf-8", newline="") as enrichment,
    ):
        activite.write("|".join(columns) + "|\n")
        savoir_faire.write("|".join(SAVOIR_FAIRE_COLUMNS) + "|\n")
        enrichment.write(";".join(ENRICHMENT_COLUMNS) + "\n")
        for person, cluster, insee in _people(rng, total):
            draw = rng.random()
            skill_in_row = not person.skill.startswith("SCD") and draw < 0.7
            if person.skill and (not skill_in_row or draw < 0.35):
                _write_rpps(
                    savoir_faire,
                    SAVOIR_FAIRE_COLUMNS,
                    {
                        "Type d'identifiant PP": "8",
                        "Identifiant PP": person.pp_id,
                        "Identification nationale PP": "8" + person.pp_id,
                        "Nom d'exercice": person.last_name,
                        "Prénom d'exercice": person.first_name,
                        "Code profession": D.KINDS[person.kind][0],
                        "Libellé profession": D.KINDS[person.kind][1],
                        "Code catégorie professionnelle": "C",
                        "Libellé catégorie professionnelle": "Civil",
                        "Code type savoir-faire": "S",
                        "Libellé type savoir-faire": "Spécialité ordinale",
                        "Code savoir-faire": person.skill,
                        "Libellé savoir-faire": D.SKILL_LABELS[person.skill],
                    },
                )
            postcode_only = rng.random() < 0.03  # no commune code: joined by postcode
            no_address = rng.random() < 0.01  # no practice address: ignored
            row = _activite_row(
                rng,
                person,
                insee,
                skill_in_row=skill_in_row,
                postcode_only=postcode_only,
                no_address=no_address,
            )
            _write_rpps(activite, columns, row)
            rows += 1
            extra = rng.random()
            if extra < 0.04:  # also salaried in a hospital: the libéral site is kept
                _write_rpps(activite, columns, _activite_row(rng, person, insee, mode="S"))
                rows += 1
            elif extra < 0.07:  # a second libéral site in the same cluster
                other = rng.choice(list(D.CLUSTERS[cluster][1]))
                _write_rpps(activite, columns, _activite_row(rng, person, other))
                rows += 1
            if rng.random() < 0.92:
                enrichment.write(";".join(_enrichment_row(rng, person)) + "\n")
    return rows


def write_samples(folder: Path) -> SampleFiles:
    """(Re)write the committed samples with the fixed seed; same output on every run."""
    folder.mkdir(parents=True, exist_ok=True)
    files = SampleFiles.in_folder(folder)
    write_communes(files.communes)
    _write_all(files, random.Random(SEED), None, ACTIVITE_COLUMNS)
    return files


def generate(
    rows: int,
    folder: Path,
    *,
    seed: int = SEED,
    columns: Sequence[str] = ACTIVITE_COLUMNS,
) -> SampleFiles:
    """Synthetic files with about ``rows`` activity rows (streamed; any size)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = SampleFiles.in_folder(folder, suffix=f"synthetique_{rows}")
    write_communes(files.communes)
    _write_all(files, random.Random(seed), round(rows / 1.055), columns)
    return files
