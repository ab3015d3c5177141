"""Contrat responsable and 100 % Santé rules (art. L871-1, R871-1, R871-2 CSS), with sources."""

from __future__ import annotations

from reimbursement import sources as src
from reimbursement.rules import rule as _r
from reimbursement.rules import tariff as _t

NOT_COVERABLE = _r(
    "non_remboursable_responsable",
    "Un contrat responsable ne rembourse ni la participation forfaitaire, ni les franchises, ni "
    "la majoration hors parcours de soins",
    src.AMELI_FRANCHISE,
)

FJH_FULL_COVER = _r(
    "forfait_journalier_responsable",
    "Le contrat responsable rembourse le forfait journalier sans limitation de durée",
    src.CONTRAT_RESPONSABLE,
)

OPTICS_CAPS = {
    "simple": _t(
        "plafond_optique_simple",
        "420.00",
        "Contrat responsable : lunettes hors 100 % Santé à verres simples remboursées au plus "
        "420 €, Assurance Maladie incluse",
        src.OPTIQUE_2019,
    ),
    "complexe": _t(
        "plafond_optique_complexe",
        "700.00",
        "Contrat responsable : lunettes hors 100 % Santé à verres complexes remboursées au plus "
        "700 €, Assurance Maladie incluse",
        src.OPTIQUE_2019,
    ),
    "tres_complexe": _t(
        "plafond_optique_tres_complexe",
        "800.00",
        "Contrat responsable : lunettes hors 100 % Santé à verres très complexes remboursées au "
        "plus 800 €, Assurance Maladie incluse",
        src.OPTIQUE_2019,
    ),
}
FRAME_CAP = _t(
    "plafond_monture",
    "100.00",
    "Contrat responsable : monture hors 100 % Santé remboursée au plus 100 €",
    src.OPTIQUE_2019,
)
CENT_POUR_CENT_SANTE = _r(
    "100_sante",
    "100 % Santé : l'Assurance Maladie et le contrat responsable remboursent ensemble la totalité "
    "du prix, dans la limite des prix plafonnés",
    src.AMELI_AUDIO,
)

TM_MANDATORY = _r(
    "ticket_moderateur_responsable",
    "Le contrat responsable rembourse au moins le ticket modérateur (sauf médicaments à 15 % "
    "et 30 %)",
    src.CONTRAT_RESPONSABLE,
)
NON_OPTAM_MAX_PCT = _t(
    "plafond_non_optam",
    "200",
    "Contrat responsable : dépassements des médecins non OPTAM remboursés au plus à 100 % de la "
    "base (200 % de la base au total)",
    src.CONTRAT_RESPONSABLE,
)
NON_OPTAM_GAP = _t(
    "ecart_non_optam",
    "20",
    "Contrat responsable : la prise en charge des non OPTAM est inférieure d'au moins 20 points "
    "de base à celle des OPTAM",
    src.CONTRAT_RESPONSABLE,
)
HEARING_CLASS_2_CAP = _t(
    "plafond_audio_classe_2",
    "1700.00",
    "Contrat responsable : aide auditive de classe II remboursée au plus 1 700 € par oreille, "
    "Assurance Maladie incluse",
    src.AUDIO_CLASSE_2,
    to_verify=True,
)
