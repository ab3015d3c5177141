"""Assurance Maladie tariffs, rates, deductions and exemptions, each with its source.

Values are those in force on the reference sheet's date (mid-2026). The contrat responsable
rules are in :mod:`reimbursement.regulation`.
"""

from __future__ import annotations

from reimbursement import sources as src
from reimbursement.enums import SmrRate, Specialty
from reimbursement.rules import Tariff
from reimbursement.rules import rule as _r
from reimbursement.rules import tariff as _t

# --- Consultations ----------------------------------------------------------------------

BASE_G = _t(
    "base_g",
    "30.00",
    "Consultation de médecin généraliste (secteur 1 ou OPTAM) : base de 30 € depuis le "
    "22 décembre 2024",
    src.AMELI_TARIFS_2024,
)
BASE_NON_OPTAM = _t(
    "base_non_optam",
    "23.00",
    "Médecin de secteur 2 non adhérent OPTAM : consultation remboursée sur une base de 23 €",
    src.AMELI_CONVENTION_2024,
)
BASE_SPECIALIST: dict[Specialty, Tariff] = {
    Specialty.GYNECOLOGUE: _t(
        "base_gynecologue",
        "37.00",
        "Consultation de gynécologue : base de 37 € depuis le 22 décembre 2024",
        src.AMELI_TARIFS_2024,
    ),
    Specialty.PSYCHIATRE: _t(
        "base_psychiatre",
        "55.00",
        "Consultation de psychiatre : base de 55 € depuis le 22 décembre 2024",
        src.AMELI_TARIFS_2024,
    ),
    Specialty.GERIATRE: _t(
        "base_geriatre",
        "37.00",
        "Consultation de gériatre : base de 37 € depuis le 22 décembre 2024",
        src.AMELI_TARIFS_2024,
    ),
}
BASE_SPECIALIST_DEFAULT = _t(
    "base_specialiste",
    "31.50",
    "Consultation de spécialiste correspondant non revalorisée : base de 31,50 €",
    src.AMELI_TARIFS_2024,
)
TARIF_AUTORITE_GP = _t(
    "tarif_autorite_generaliste",
    "0.61",
    "Secteur 3 (non conventionné) : remboursement sur le tarif d'autorité de 0,61 € (généraliste)",
    src.MAGNOLIA_SECTEURS,
)
TARIF_AUTORITE_SPECIALIST = _t(
    "tarif_autorite_specialiste",
    "1.22",
    "Secteur 3 (non conventionné) : remboursement sur le tarif d'autorité de 1,22 € (spécialiste)",
    src.MAGNOLIA_SECTEURS,
)
RATE_DOCTOR = _t(
    "taux_medecin",
    "70",
    "Honoraires des médecins remboursés à 70 % de la base",
    src.AMELI_TAUX,
)
MAJORATION_HORS_PARCOURS = _t(
    "majoration_hors_parcours",
    "40",
    "Hors parcours de soins, le taux passe de 70 % à 30 % (majoration du ticket modérateur de "
    "40 points), que le contrat responsable ne peut pas rembourser",
    src.SP_PARCOURS,
)
PARCOURS = _r(
    "parcours",
    "Parcours de soins : médecin traitant, spécialiste sur son orientation, urgence, "
    "éloignement ou patient de moins de 16 ans",
    src.SP_PARCOURS,
)
DIRECT_ACCESS = _r(
    "acces_direct",
    "Accès direct sans orientation (gynécologue, ophtalmologue, stomatologue, psychiatre de 16 à "
    "25 ans) : taux de 70 % conservé si un médecin traitant est déclaré",
    src.SP_PARCOURS,
)
# --- Participation forfaitaire and franchises ------------------------------------------

PARTICIPATION_FORFAITAIRE = _t(
    "participation_forfaitaire",
    "2.00",
    "Participation forfaitaire de 2 € par consultation de médecin depuis le 15 mai 2024, "
    "déduite du remboursement",
    src.QUECHOISIR_PF,
)
PARTICIPATION_FORFAITAIRE_CAP = _t(
    "plafond_participation_forfaitaire",
    "50.00",
    "Participation forfaitaire plafonnée à 50 € par personne et par an",
    src.QUECHOISIR_PF,
)
PF_EXEMPTIONS = _r(
    "exoneration_participation_forfaitaire",
    "Pas de participation forfaitaire avant 18 ans, à partir du 6e mois de grossesse ni pour les "
    "bénéficiaires de la C2S",
    src.AMELI_PF_2016,
)
FRANCHISE_DRUG = _t(
    "franchise_medicament",
    "1.00",
    "Franchise médicale de 1 € par boîte de médicament depuis le 31 mars 2024, déduite du "
    "remboursement",
    src.AMELI_FRANCHISE,
)
FRANCHISE_CAP = _t(
    "plafond_franchises",
    "50.00",
    "Franchises plafonnées à 50 € par personne et par an",
    src.AMELI_FRANCHISE,
)
FRANCHISE_EXEMPTIONS = _r(
    "exoneration_franchises",
    "Pas de franchise avant 18 ans, à partir du 6e mois de grossesse ni pour les bénéficiaires "
    "de la C2S",
    src.AMELI_FRANCHISE,
)
# --- ALD, pharmacy --------------------------------------------------------------------------

RATE_ALD = _t(
    "taux_ald",
    "100",
    "ALD exonérante : soins liés à l'affection remboursés à 100 % de la base (dépassements, "
    "participation forfaitaire, franchises et forfait journalier restent dus)",
    src.AMELI_ALD,
)
RATE_DRUG: dict[SmrRate, Tariff] = {
    rate: _t(
        f"taux_medicament_{rate.value}",
        rate.value,
        f"Médicament remboursé à {rate.value} % selon son service médical rendu",
        src.MNT_SMR,
    )
    for rate in SmrRate
}

# --- Hospital -------------------------------------------------------------------------------

RATE_HOSPITAL = _t(
    "taux_hospitalisation",
    "80",
    "Hospitalisation : frais de séjour et honoraires remboursés à 80 % de la base",
    src.VYV_LIVRET,
)
FORFAIT_JOURNALIER = _t(
    "forfait_journalier",
    "23.00",
    "Forfait journalier hospitalier de 23 € par jour depuis le 1er mars 2026, non remboursé par "
    "l'Assurance Maladie",
    src.QUECHOISIR_FJH,
)
FORFAIT_JOURNALIER_PSY = _t(
    "forfait_journalier_psychiatrie",
    "17.00",
    "Forfait journalier en psychiatrie de 17 € par jour depuis le 1er mars 2026",
    src.QUECHOISIR_FJH,
)
FJH_EXEMPTIONS = _r(
    "exoneration_forfait_journalier",
    "Pas de forfait journalier pendant les 4 derniers mois de grossesse ni pour les bénéficiaires "
    "de la C2S",
    src.VYV_LIVRET,
)
# --- Optique, dental, hearing ---------------------------------------------------------------

RATE_OPTICS = _t(
    "taux_optique",
    "60",
    "Optique remboursée à 60 % de la base de remboursement",
    src.AMELI_AUDIO,
)
CLASS_A_FRAME_MAX = _t(
    "monture_classe_a",
    "30.00",
    "Monture 100 % Santé (classe A) : prix limite de 30 €",
    src.OPTIQUE_2019,
)
RATE_DENTAL = _t(
    "taux_dentaire",
    "60",
    "Soins et prothèses dentaires remboursés à 60 % de la base depuis le 15 octobre 2023",
    src.DENTAIRE_60,
    to_verify=True,
)
BASE_CROWN = _t(
    "base_couronne",
    "120.00",
    "Couronne dentaire : base de remboursement de 120 €",
    src.MSA_DENTAIRE,
)
RATE_HEARING = _t(
    "taux_audio",
    "60",
    "Aides auditives remboursées à 60 % de la base",
    src.AMELI_AUDIO,
)
BASE_HEARING_ADULT = _t(
    "base_audio_adulte",
    "400.00",
    "Aide auditive (plus de 20 ans) : base de 400 € par oreille, soit 240 € remboursés",
    src.AMELI_AUDIO,
)
BASE_HEARING_YOUNG = _t(
    "base_audio_jeune",
    "1400.00",
    "Aide auditive (20 ans ou moins) : base de remboursement prise égale au prix limite de "
    "1 400 € par oreille",
    src.AMELI_AUDIO,
    to_verify=True,
)
PLV_HEARING_ADULT = _t(
    "prix_limite_audio_adulte",
    "950.00",
    "Aide auditive 100 % Santé (classe I, plus de 20 ans) : prix limite de 950 € par oreille",
    src.AMELI_AUDIO,
)
PLV_HEARING_YOUNG = _t(
    "prix_limite_audio_jeune",
    "1400.00",
    "Aide auditive 100 % Santé (classe I, 20 ans ou moins) : prix limite de 1 400 € par oreille",
    src.AMELI_AUDIO,
)
NOT_REIMBURSED_BY_AMO = _r(
    "hors_nomenclature",
    "Dépense non remboursée par l'Assurance Maladie (hypothèse du tableau de garanties) : seule "
    "la garantie du contrat intervient",
    src.HORIZON_GARANTIES,
)
