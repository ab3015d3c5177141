"""Shared fixtures: a tiny knowledge base in tmp_path and isolated retrieval settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.settings import RetrievalSettings

REPO_ROOT = Path(__file__).resolve().parent.parent

DOC_TEMPLATE = """---
id: {id}
title: "{title}"
topic: {topic}
audience: [member, adviser]
summary: "{title}."
keywords: [{keywords}]
applies_from: 2024-12-22
reviewed_on: 2026-11-20
sources:
  - title: "Source officielle"
    url: https://www.ameli.fr/{id}
    publisher: ameli.fr
    official: true
    date: 2024-12-22
---
# {title}

{body}

## Pour les conseillers

Note interne pour {id} : vérifier le contrat de l'adhérent avant de répondre.
"""

TINY_DOCS = {
    "consultation-generaliste": (
        "Consultation chez le médecin généraliste",
        "consultations",
        "généraliste, médecin, G",
        "La consultation chez le médecin généraliste coûte 30 € depuis le 22 décembre 2024 [1]. "
        "L'Assurance Maladie rembourse 70 % de ce tarif, moins la participation forfaitaire "
        "de 2 € [1].",
    ),
    "forfait-journalier": (
        "Forfait journalier hospitalier",
        "remboursement",
        "hôpital, hospitalisation, FJH",
        "Le forfait journalier hospitalier est dû pour chaque journée à l'hôpital : 23 € par "
        "jour depuis le 1er mars 2026 [1]. Un contrat responsable le prend en charge sans "
        "limite de durée.",
    ),
    "lunettes-100-sante": (
        "Lunettes 100 % Santé",
        "optique",
        "lunettes, verres, monture",
        "Avec l'offre 100 % Santé, une paire de lunettes de classe A est remboursée "
        "intégralement [1]. La monture coûte au plus 30 € [1].",
    ),
    "numeros-urgence": (
        "Numéros d'urgence",
        "urgences",
        "SAMU, urgence, pompiers",
        "En cas d'urgence médicale, appelez le 15 (SAMU) ou le 112 [1]. Les personnes sourdes "
        "ou malentendantes peuvent écrire au 114 par SMS [1].",
    ),
}


def write_tiny_kb(folder: Path) -> Path:
    for doc_id, (title, topic, keywords, body) in TINY_DOCS.items():
        path = folder / topic / f"{doc_id}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            DOC_TEMPLATE.format(id=doc_id, title=title, topic=topic, keywords=keywords, body=body),
            encoding="utf-8",
        )
    return folder


@pytest.fixture
def tiny_kb(tmp_path: Path) -> Path:
    return write_tiny_kb(tmp_path / "kb")


@pytest.fixture
def retrieval_settings(tmp_path: Path) -> RetrievalSettings:
    return RetrievalSettings(
        index_dir=tmp_path / "index",
        signing_key_file=tmp_path / "keys" / "index.key",
        unanswered_log=tmp_path / "unanswered.jsonl",
        min_confidence=0.2,
    )
