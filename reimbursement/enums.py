"""Closed vocabularies shared by the input models, the contracts and the tariffs.

Values are stable lowercase identifiers (safe for Rasa slots and YAML); ``label`` gives French.
"""

from __future__ import annotations

from enum import StrEnum


class Sector(StrEnum):
    """Secteur de conventionnement of a doctor (shown in the annuaire santé ameli)."""

    SECTEUR_1 = "secteur_1"
    SECTEUR_2_OPTAM = "secteur_2_optam"
    SECTEUR_2_NON_OPTAM = "secteur_2_non_optam"
    SECTEUR_3 = "secteur_3"

    @property
    def label(self) -> str:
        return _SECTOR_LABELS[self]

    @property
    def is_optam_like(self) -> bool:
        """Secteur 1 and OPTAM doctors share the convention base and the contract's OPTAM line."""
        return self in (Sector.SECTEUR_1, Sector.SECTEUR_2_OPTAM)


_SECTOR_LABELS = {
    Sector.SECTEUR_1: "secteur 1",
    Sector.SECTEUR_2_OPTAM: "secteur 2 adhérent OPTAM",
    Sector.SECTEUR_2_NON_OPTAM: "secteur 2 non adhérent OPTAM",
    Sector.SECTEUR_3: "secteur 3 (non conventionné)",
}


class Specialty(StrEnum):
    """Specialties with a sourced consultation base (others: ``AUTRE``)."""

    DERMATOLOGUE = "dermatologue"
    GYNECOLOGUE = "gynecologue"
    OPHTALMOLOGUE = "ophtalmologue"
    PSYCHIATRE = "psychiatre"
    GERIATRE = "geriatre"
    STOMATOLOGUE = "stomatologue"
    AUTRE = "autre"

    @property
    def label(self) -> str:
        return _SPECIALTY_LABELS[self]


_SPECIALTY_LABELS = {
    Specialty.DERMATOLOGUE: "dermatologue",
    Specialty.GYNECOLOGUE: "gynécologue",
    Specialty.OPHTALMOLOGUE: "ophtalmologue",
    Specialty.PSYCHIATRE: "psychiatre",
    Specialty.GERIATRE: "gériatre",
    Specialty.STOMATOLOGUE: "stomatologue",
    Specialty.AUTRE: "spécialiste",
}


class SmrRate(StrEnum):
    """AMO rate of a drug, set by its service médical rendu."""

    MAJEUR = "65"
    MODERE = "30"
    FAIBLE = "15"
    IRREMPLACABLE = "100"


class OpticalBasket(StrEnum):
    CLASSE_A = "classe_a"  # 100 % Santé
    CLASSE_B = "classe_b"  # prix libres


class LensComplexity(StrEnum):
    SIMPLE = "simple"
    COMPLEXE = "complexe"
    TRES_COMPLEXE = "tres_complexe"

    @property
    def label(self) -> str:
        return {"simple": "verres simples", "complexe": "verres complexes"}.get(
            self.value, "verres très complexes"
        )


class DentalBasket(StrEnum):
    CENT_POUR_CENT_SANTE = "100_sante"
    MAITRISE = "maitrise"
    LIBRE = "libre"


class HearingClass(StrEnum):
    CLASSE_1 = "classe_1"  # 100 % Santé
    CLASSE_2 = "classe_2"  # prix libres


class AllowanceCategory(StrEnum):
    """Care the AMO does not reimburse, paid from a contract allowance."""

    LENTILLES = "lentilles"
    PREVENTION = "prevention"
    MATERNITE = "maternite"

    @property
    def label(self) -> str:
        return {
            "lentilles": "lentilles non remboursées",
            "prevention": "prévention non remboursée",
        }.get(self.value, "frais liés à la naissance")


class AgeBand(StrEnum):
    """Age bands of the premium grid."""

    MOINS_26 = "moins_26"
    DE_26_A_39 = "26_39"
    DE_40_A_59 = "40_59"
    DE_60_A_69 = "60_69"
    PLUS_70 = "70_plus"

    @property
    def label(self) -> str:
        return _AGE_LABELS[self]

    @classmethod
    def for_age(cls, age: int) -> AgeBand:
        if age < 26:
            return cls.MOINS_26
        if age < 40:
            return cls.DE_26_A_39
        if age < 60:
            return cls.DE_40_A_59
        if age < 70:
            return cls.DE_60_A_69
        return cls.PLUS_70


_AGE_LABELS = {
    AgeBand.MOINS_26: "moins de 26 ans",
    AgeBand.DE_26_A_39: "26 à 39 ans",
    AgeBand.DE_40_A_59: "40 à 59 ans",
    AgeBand.DE_60_A_69: "60 à 69 ans",
    AgeBand.PLUS_70: "70 ans et plus",
}


class Need(StrEnum):
    """Care needs a member can declare to the recommender."""

    LUNETTES = "lunettes"
    DENTAIRE = "dentaire"
    AUDITION = "audition"
    HOSPITALISATION = "hospitalisation"
    MEDECINES_DOUCES = "medecines_douces"
    MATERNITE = "maternite"

    @property
    def label(self) -> str:
        return _NEED_LABELS[self]


_NEED_LABELS = {
    Need.LUNETTES: "lunettes",
    Need.DENTAIRE: "dentaire",
    Need.AUDITION: "audition",
    Need.HOSPITALISATION: "hospitalisation",
    Need.MEDECINES_DOUCES: "médecines douces",
    Need.MATERNITE: "maternité",
}
