"""Canonical care specialties: French labels, RPPS codes, lay terms, access rules, simulation.

Each :class:`CareSpecialty` maps what a member says ("dermato", "médecin de la peau") to the
RPPS codes of the directory (``Code profession`` and, for physicians and orthodontists, the
``Code savoir-faire`` of the TRE_R38 nomenclature), says whether it is in direct access for the
parcours de soins coordonnés, and which consultation the reimbursement simulator can price.

Access rules (facts sheet ``fr-health-facts.md`` §2.4-2.5, read mid-2026):

- direct access, 70 % rate kept if a médecin traitant is declared: gynécologue, ophtalmologue,
  psychiatre for patients aged 16 to 25, stomatologue, chirurgien-dentiste, sage-femme
  (service-public F17042, read on a republished copy verified 22 Dec 2024);
- under 16 there is no parcours penalty (same source);
- dermatologist and the other specialists: referral by the médecin traitant, else 30 %
  (april.fr dermatologue guide, consistent with the F17042 list).

Simulation: only consultations the ``reimbursement`` package has a sourced base for are
priced. Pédiatres, neurologues and endocrinologues were revalued on 22 Dec 2024 without a
figure in our sources, so their consultation is not simulated (``consultation=None``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from care._text import fold
from reimbursement import GPConsultation, Sector, SpecialistConsultation, Specialty
from reimbursement.sources import SP_PARCOURS, Source

PROFESSION_MEDECIN = "10"
PROFESSION_DENTISTE = "40"
PROFESSION_SAGE_FEMME = "50"
PROFESSION_INFIRMIER = "60"
PROFESSION_KINE = "70"
PROFESSION_ORTHOPHONISTE = "91"

PROFESSION_LABELS: dict[str, str] = {
    PROFESSION_MEDECIN: "Médecin",
    "21": "Pharmacien",
    "26": "Audioprothésiste",
    PROFESSION_DENTISTE: "Chirurgien-dentiste",
    PROFESSION_SAGE_FEMME: "Sage-femme",
    PROFESSION_INFIRMIER: "Infirmier",
    PROFESSION_KINE: "Masseur-kinésithérapeute",
    PROFESSION_ORTHOPHONISTE: "Orthophoniste",
}

AMELI_MEDECIN_TRAITANT = Source(
    title="Choisir et déclarer votre médecin traitant",
    url="https://www.ameli.fr/assure/droits-demarches/principes/choisir-et-declarer-votre-medecin-traitant",
    date=None,
    publisher="ameli.fr",
    official=True,
)
APRIL_DERMATO = Source(
    title="Dermatologue : parcours de soins et remboursement",
    url="https://april.fr/complementaire-sante/guide/dermatologue",
    date=None,
    publisher="April",
    official=False,
)


class Access(StrEnum):
    """How a member reaches the professional within the parcours de soins coordonnés."""

    MEDECIN_TRAITANT = "medecin_traitant"
    """The généraliste: the médecin traitant is the entry point of the parcours."""
    DIRECT = "acces_direct"
    """No referral needed; the 70 % rate is kept if a médecin traitant is declared."""
    ORIENTATION = "orientation"
    """Referral by the médecin traitant needed, else the 30 % rate (except under 16)."""
    HORS_PARCOURS = "hors_parcours"
    """Auxiliaires médicaux: the parcours (a rule for doctors) does not apply."""

    @property
    def label(self) -> str:
        return _ACCESS_LABELS[self]


_ACCESS_LABELS = {
    Access.MEDECIN_TRAITANT: "médecin traitant (point d'entrée du parcours de soins)",
    Access.DIRECT: "accès direct",
    Access.ORIENTATION: "sur orientation du médecin traitant",
    Access.HORS_PARCOURS: "hors parcours de soins coordonnés",
}

ConsultationKind = Literal["generaliste", "specialiste"]


@dataclass(frozen=True, slots=True)
class CareSpecialty:
    """One searchable kind of professional."""

    key: str
    label: str
    plural: str
    profession_code: str
    skill_codes: tuple[str, ...] = ()
    """Savoir-faire codes (TRE_R38); empty means every professional of ``profession_code``."""
    synonyms: tuple[str, ...] = ()
    access: Access = Access.ORIENTATION
    direct_access_ages: tuple[int, int] | None = None
    access_note: str = ""
    source: Source = SP_PARCOURS
    consultation: ConsultationKind | None = None
    reimbursement_specialty: Specialty | None = None
    is_doctor: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "is_doctor", self.profession_code == PROFESSION_MEDECIN)

    def is_direct_access(self, age: int | None = None) -> bool:
        """Whether the member can consult without the médecin traitant's referral.

        ``age`` refines the age rules: patients under 16 are outside the parcours, and the
        psychiatrist is in direct access from 16 to 25.
        """
        if self.access in (Access.DIRECT, Access.MEDECIN_TRAITANT, Access.HORS_PARCOURS):
            return True
        if age is None:
            return False
        if age < 16:
            return True
        if self.direct_access_ages is not None:
            low, high = self.direct_access_ages
            return low <= age <= high
        return False

    def consultation_act(
        self, fee: Decimal, sector: Sector, *, referred: bool = True
    ) -> GPConsultation | SpecialistConsultation | None:
        """The act to give :func:`reimbursement.simulate`, or ``None`` when not simulated.

        ``referred`` means seen in the parcours (the médecin traitant itself for a GP, or on
        its referral for a specialist).
        """
        if self.consultation == "generaliste":
            return GPConsultation(fee=fee, sector=sector, in_parcours=referred)
        if self.consultation == "specialiste":
            return SpecialistConsultation(
                specialty=self.reimbursement_specialty or Specialty.AUTRE,
                sector=sector,
                fee=fee,
                referred_by_medecin_traitant=referred,
            )
        return None


def _terms(text: str) -> tuple[str, ...]:
    """``"dermato, médecin de la peau"`` → ``("dermato", "médecin de la peau")``."""
    return tuple(term.strip() for term in text.split(",") if term.strip())


_UNDER_16 = "Avant 16 ans, le parcours de soins ne s'applique pas."
_AUX = (
    "Profession non concernée par le parcours de soins coordonnés (règle des médecins) ; "
    "le remboursement suppose en principe une prescription médicale (à vérifier)."
)

SPECIALTIES: tuple[CareSpecialty, ...] = (
    CareSpecialty(
        key="generaliste",
        label="médecin généraliste",
        plural="médecins généralistes",
        profession_code=PROFESSION_MEDECIN,
        skill_codes=("SM26", "SM53", "SM54"),
        synonyms=_terms(
            "generaliste, medecin generaliste, medecin traitant, docteur, medecin, toubib, "
            "medecin de famille, medecine generale, doc, mg"
        ),
        access=Access.MEDECIN_TRAITANT,
        access_note="Le médecin traitant est déclaré dès 16 ans ; il oriente vers les "
        "spécialistes.",
        source=AMELI_MEDECIN_TRAITANT,
        consultation="generaliste",
    ),
    CareSpecialty(
        key="dermatologue",
        label="dermatologue",
        plural="dermatologues",
        profession_code=PROFESSION_MEDECIN,
        skill_codes=("SM15",),
        synonyms=_terms(
            "dermatologue, dermato, dermatologie, dermatologiste, medecin de la peau, "
            "docteur de la peau, specialiste de la peau, derm"
        ),
        access_note="Pas d'accès direct : sans orientation du médecin traitant, la "
        "consultation est remboursée à 30 % au lieu de 70 %. " + _UNDER_16,
        source=APRIL_DERMATO,
        consultation="specialiste",
        reimbursement_specialty=Specialty.DERMATOLOGUE,
    ),
    CareSpecialty(
        key="ophtalmologue",
        label="ophtalmologue",
        plural="ophtalmologues",
        profession_code=PROFESSION_MEDECIN,
        skill_codes=("SM38",),
        synonyms=_terms(
            "ophtalmologue, ophtalmo, ophtalmologiste, ophtalmologie, ophta, oculiste, "
            "medecin des yeux, docteur des yeux, specialiste des yeux"
        ),
        access=Access.DIRECT,
        access_note="Accès direct (lunettes, glaucome) : le taux de 70 % est conservé si "
        "vous avez déclaré un médecin traitant.",
        consultation="specialiste",
        reimbursement_specialty=Specialty.OPHTALMOLOGUE,
    ),
    CareSpecialty(
        key="gynecologue",
        label="gynécologue",
        plural="gynécologues",
        profession_code=PROFESSION_MEDECIN,
        skill_codes=("SM19", "SM20"),
        synonyms=_terms(
            "gynecologue, gyneco, gyne, gynecologie, gynecologue obstetricien, obstetricien"
        ),
        access=Access.DIRECT,
        access_note="Accès direct (suivi, contraception, grossesse, IVG) : le taux de 70 % "
        "est conservé si vous avez déclaré un médecin traitant.",
        consultation="specialiste",
        reimbursement_specialty=Specialty.GYNECOLOGUE,
    ),
    CareSpecialty(
        key="pediatre",
        label="pédiatre",
        plural="pédiatres",
        profession_code=PROFESSION_MEDECIN,
        skill_codes=("SM40",),
        synonyms=_terms("pediatre, pediatrie, medecin pour enfant, medecin pour bebe"),
        access=Access.DIRECT,
        access_note="Pour un enfant de moins de 16 ans, pas de parcours de soins à respecter.",
    ),
    CareSpecialty(
        key="psychiatre",
        label="psychiatre",
        plural="psychiatres",
        profession_code=PROFESSION_MEDECIN,
        skill_codes=("SM42",),
        synonyms=_terms("psychiatre, psy, psychiatrie, neuropsychiatre"),
        direct_access_ages=(16, 25),
        access_note="Accès direct de 16 à 25 ans ; au-delà, sur orientation du médecin traitant.",
        consultation="specialiste",
        reimbursement_specialty=Specialty.PSYCHIATRE,
    ),
    CareSpecialty(
        key="pedopsychiatre",
        label="pédopsychiatre",
        plural="pédopsychiatres",
        profession_code=PROFESSION_MEDECIN,
        skill_codes=("SM43",),
        synonyms=_terms("pedopsychiatre, pedopsy, psychiatre pour enfant"),
        access_note=_UNDER_16,
    ),
    CareSpecialty(
        key="cardiologue",
        label="cardiologue",
        plural="cardiologues",
        profession_code=PROFESSION_MEDECIN,
        skill_codes=("SM04",),
        synonyms=_terms("cardiologue, cardio, cardiologie, medecin du coeur, specialiste du coeur"),
        access_note="Sur orientation du médecin traitant, sinon remboursement à 30 %. " + _UNDER_16,
        consultation="specialiste",
        reimbursement_specialty=Specialty.AUTRE,
    ),
    CareSpecialty(
        key="orl",
        label="ORL",
        plural="ORL",
        profession_code=PROFESSION_MEDECIN,
        skill_codes=("SM39",),
        synonyms=_terms(
            "orl, oto rhino, otorhino, oto rhino laryngologiste, otorhinolaryngologiste, "
            "oto rhino laryngologue"
        ),
        access_note="Sur orientation du médecin traitant, sinon remboursement à 30 %. " + _UNDER_16,
        consultation="specialiste",
        reimbursement_specialty=Specialty.AUTRE,
    ),
    CareSpecialty(
        key="neurologue",
        label="neurologue",
        plural="neurologues",
        profession_code=PROFESSION_MEDECIN,
        skill_codes=("SM32",),
        synonyms=_terms("neurologue, neuro, neurologie"),
        access_note="Sur orientation du médecin traitant. " + _UNDER_16,
    ),
    CareSpecialty(
        key="endocrinologue",
        label="endocrinologue",
        plural="endocrinologues",
        profession_code=PROFESSION_MEDECIN,
        skill_codes=("SM16",),
        synonyms=_terms("endocrinologue, endocrino, endocrinologie, diabetologue"),
        access_note="Sur orientation du médecin traitant. " + _UNDER_16,
    ),
    CareSpecialty(
        key="geriatre",
        label="gériatre",
        plural="gériatres",
        profession_code=PROFESSION_MEDECIN,
        skill_codes=("SM18",),
        synonyms=_terms("geriatre, geriatrie"),
        access_note="Sur orientation du médecin traitant.",
        consultation="specialiste",
        reimbursement_specialty=Specialty.GERIATRE,
    ),
    CareSpecialty(
        key="stomatologue",
        label="stomatologue",
        plural="stomatologues",
        profession_code=PROFESSION_MEDECIN,
        skill_codes=("SM50",),
        synonyms=_terms("stomatologue, stomato, stomatologie"),
        access=Access.DIRECT,
        access_note="Accès direct, sauf chirurgie lourde.",
        consultation="specialiste",
        reimbursement_specialty=Specialty.STOMATOLOGUE,
    ),
    CareSpecialty(
        key="dentiste",
        label="chirurgien-dentiste",
        plural="chirurgiens-dentistes",
        profession_code=PROFESSION_DENTISTE,
        synonyms=_terms(
            "dentiste, chirurgien dentiste, dent, dentaire, soin dentaire, mal aux dent, "
            "mal de dent"
        ),
        access=Access.DIRECT,
        access_note="Accès direct, sans passer par le médecin traitant.",
    ),
    CareSpecialty(
        key="orthodontiste",
        label="orthodontiste",
        plural="orthodontistes",
        profession_code=PROFESSION_DENTISTE,
        skill_codes=("SCD01",),
        synonyms=_terms("orthodontiste, orthodontie, orthodontiste enfant, appareil dentaire"),
        access=Access.DIRECT,
        access_note="Chirurgien-dentiste spécialiste en orthopédie dento-faciale, en accès direct.",
    ),
    CareSpecialty(
        key="kinesitherapeute",
        label="masseur-kinésithérapeute",
        plural="masseurs-kinésithérapeutes",
        profession_code=PROFESSION_KINE,
        synonyms=_terms(
            "kine, kinesitherapeute, kinesi, kinesitherapie, masseur kinesitherapeute, kinesie, "
            "kinee"
        ),
        access=Access.HORS_PARCOURS,
        access_note=_AUX,
        source=SP_PARCOURS,
    ),
    CareSpecialty(
        key="sage_femme",
        label="sage-femme",
        plural="sages-femmes",
        profession_code=PROFESSION_SAGE_FEMME,
        synonyms=_terms("sage femme, sages femme, maieuticien, maieuticienne"),
        access=Access.DIRECT,
        access_note="Accès direct, sans passer par le médecin traitant.",
    ),
    CareSpecialty(
        key="infirmier",
        label="infirmier",
        plural="infirmiers",
        profession_code=PROFESSION_INFIRMIER,
        synonyms=_terms(
            "infirmier, infirmiere, infirmier e, ide, soin infirmier, piqure, "
            "prise de sang a domicile"
        ),
        access=Access.HORS_PARCOURS,
        access_note=_AUX,
    ),
    CareSpecialty(
        key="orthophoniste",
        label="orthophoniste",
        plural="orthophonistes",
        profession_code=PROFESSION_ORTHOPHONISTE,
        synonyms=_terms("orthophoniste, orthophonie, ortophoniste, ortho phoniste"),
        access=Access.HORS_PARCOURS,
        access_note=_AUX,
    ),
)

SPECIALTIES_BY_KEY: dict[str, CareSpecialty] = {s.key: s for s in SPECIALTIES}
VOCABULARY_DATE = dt.date(2026, 7, 1)
"""When the access rules were last checked against the facts sheet."""


def get_specialty(key: str) -> CareSpecialty:
    """The specialty with this key (``KeyError`` when unknown)."""
    return SPECIALTIES_BY_KEY[key]


def specialty_keys(profession_code: str, skill_codes: Iterable[str]) -> tuple[str, ...]:
    """Keys a professional is found under, from the RPPS profession and savoir-faire codes.

    A dentist is always a ``dentiste`` (and also an ``orthodontiste`` with SCD01); a physician
    is found only under the specialties of his savoir-faire codes.
    """
    skills = set(skill_codes)
    keys = [
        s.key
        for s in SPECIALTIES
        if s.profession_code == profession_code
        and (not s.skill_codes or skills & set(s.skill_codes))
    ]
    return tuple(keys)


def synonym_table() -> dict[str, str]:
    """Folded lay term → specialty key (labels and keys included)."""
    table: dict[str, str] = {}
    for specialty in SPECIALTIES:
        for term in (*specialty.synonyms, specialty.label, specialty.plural, specialty.key):
            table.setdefault(fold(term), specialty.key)
    return table
