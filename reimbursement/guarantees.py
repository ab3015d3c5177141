"""Guarantee models: what a contract pays, per care category, as French tables write it.

Percentages are of the base de remboursement (BR) and **include** the Assurance Maladie part:
« 200 % BR » means AMO + mutuelle together pay at most twice the BR. Euro amounts for optique,
classe II hearing aids are also « Sécurité sociale incluse ». Allowances (chambre particulière,
lentilles, médecines douces, prévention, maternité) are paid by the mutuelle alone, for care
the Assurance Maladie does not reimburse.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from reimbursement.enums import LensComplexity, Sector, SmrRate
from reimbursement.money import Money, format_eur

Pct = Annotated[int, Field(ge=0, le=1000, description="% de la BR, Sécurité sociale incluse")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _pct(value: int) -> str:
    return f"{value}\u00a0% BR" if value else "non couvert"


class DoctorFees(_Strict):
    """Doctors' fees; secteur 1 doctors are paid on the OPTAM line."""

    optam_pct_br: Pct
    non_optam_pct_br: Pct

    def pct_for(self, sector: Sector) -> int:
        return self.optam_pct_br if sector.is_optam_like else self.non_optam_pct_br

    def describe(self) -> str:
        return (
            f"OPTAM et secteur 1 : {_pct(self.optam_pct_br)} · "
            f"non OPTAM : {_pct(self.non_optam_pct_br)}"
        )


class PercentOfBase(_Strict):
    pct_br: Pct

    def describe(self) -> str:
        return _pct(self.pct_br)


class FullCover(_Strict):
    """« Frais réels »: the whole price is covered (100 % Santé baskets, within price caps)."""

    frais_reels: bool

    def describe(self) -> str:
        return "100\u00a0% des frais (prix plafonnés)" if self.frais_reels else "non couvert"


class DailyHospitalCharge(_Strict):
    """Forfait journalier hospitalier cover."""

    frais_reels: bool
    max_days: int | None = Field(default=None, ge=0, description="None: sans limite")

    def describe(self) -> str:
        if not self.frais_reels:
            return "non couvert"
        if self.max_days is None:
            return "frais réels, sans limitation de durée"
        return f"frais réels, {self.max_days} jours maximum"


class PerDay(_Strict):
    per_day: Money
    max_days_per_year: int | None = Field(ge=0, description="None: sans limite")

    def describe(self) -> str:
        if not self.per_day or self.max_days_per_year == 0:
            return "non couvert"
        limit = (
            "sans limite de durée"
            if self.max_days_per_year is None
            else f"{self.max_days_per_year} jours par an"
        )
        return f"{format_eur(self.per_day)} par jour, {limit}"


class Pharmacy(_Strict):
    smr_65_pct_br: Pct
    smr_30_pct_br: Pct
    smr_15_pct_br: Pct

    def pct_for(self, rate: SmrRate) -> int:
        return {
            SmrRate.MAJEUR: self.smr_65_pct_br,
            SmrRate.MODERE: self.smr_30_pct_br,
            SmrRate.FAIBLE: self.smr_15_pct_br,
            SmrRate.IRREMPLACABLE: 100,
        }[rate]

    def describe(self) -> str:
        return (
            f"remboursés à 65\u00a0% : {_pct(self.smr_65_pct_br)} · "
            f"à 30\u00a0% : {_pct(self.smr_30_pct_br)} · "
            f"à 15\u00a0% : {_pct(self.smr_15_pct_br)}"
        )


class GlassesCaps(_Strict):
    """Per equipment (frame + 2 lenses), Sécurité sociale incluse, frame sub-limit."""

    simple: Money
    complexe: Money
    tres_complexe: Money
    frame_cap: Money

    def cap_for(self, complexity: LensComplexity) -> Decimal:
        return {
            LensComplexity.SIMPLE: self.simple,
            LensComplexity.COMPLEXE: self.complexe,
            LensComplexity.TRES_COMPLEXE: self.tres_complexe,
        }[complexity]

    def describe(self) -> str:
        return (
            f"verres simples {format_eur(self.simple)} · complexes {format_eur(self.complexe)} · "
            f"très complexes {format_eur(self.tres_complexe)} par équipement, dont monture "
            f"{format_eur(self.frame_cap)} (Sécurité sociale incluse)"
        )


class YearlyAllowance(_Strict):
    per_year: Money

    def describe(self) -> str:
        return f"{format_eur(self.per_year)} par an" if self.per_year else "non couvert"


class SessionAllowance(_Strict):
    per_session: Money
    max_sessions_per_year: int = Field(ge=0)

    def describe(self) -> str:
        if not self.per_session or not self.max_sessions_per_year:
            return "non couvert"
        return (
            f"{format_eur(self.per_session)} par séance, "
            f"{self.max_sessions_per_year} séances par an"
        )


class PerEar(_Strict):
    per_ear: Money

    def describe(self) -> str:
        return f"{format_eur(self.per_ear)} par oreille (Sécurité sociale incluse)"


class PerBirth(_Strict):
    per_birth: Money

    def describe(self) -> str:
        return (
            f"forfait de {format_eur(self.per_birth)} par naissance"
            if self.per_birth
            else ("non couvert")
        )


class Guarantees(_Strict):
    """One contract's guarantees, one field per care category (see ``CATEGORY_LABELS``)."""

    consultation_generaliste: DoctorFees
    consultation_specialiste: DoctorFees
    hospitalisation_frais_sejour: PercentOfBase
    honoraires_chirurgien: DoctorFees
    forfait_journalier: DailyHospitalCharge
    chambre_particuliere: PerDay
    pharmacie: Pharmacy
    optique_100_sante: FullCover
    optique_hors_100_sante: GlassesCaps
    lentilles: YearlyAllowance
    dentaire_soins: PercentOfBase
    couronne_100_sante: FullCover
    couronne_tarif_maitrise: PercentOfBase
    couronne_tarif_libre: PercentOfBase
    orthodontie: PercentOfBase
    aides_auditives_100_sante: FullCover
    aides_auditives_classe_2: PerEar
    medecines_douces: SessionAllowance
    prevention: YearlyAllowance
    maternite: PerBirth

    def rows(self) -> list[tuple[str, str, str]]:
        """``(category, French label, French description)`` in display order."""
        return [
            (name, CATEGORY_LABELS[name], getattr(self, name).describe())
            for name in type(self).model_fields
        ]


CATEGORY_LABELS: dict[str, str] = {
    "consultation_generaliste": "Consultation de généraliste",
    "consultation_specialiste": "Consultation de spécialiste",
    "hospitalisation_frais_sejour": "Hospitalisation : frais de séjour",
    "honoraires_chirurgien": "Hospitalisation : honoraires du chirurgien",
    "forfait_journalier": "Forfait journalier hospitalier",
    "chambre_particuliere": "Chambre particulière",
    "pharmacie": "Médicaments",
    "optique_100_sante": "Lunettes 100 % Santé (classe A)",
    "optique_hors_100_sante": "Lunettes hors 100 % Santé (classe B)",
    "lentilles": "Lentilles non remboursées",
    "dentaire_soins": "Soins dentaires",
    "couronne_100_sante": "Couronnes 100 % Santé",
    "couronne_tarif_maitrise": "Couronnes à tarif maîtrisé",
    "couronne_tarif_libre": "Couronnes à tarif libre",
    "orthodontie": "Orthodontie remboursée",
    "aides_auditives_100_sante": "Aides auditives 100 % Santé (classe I)",
    "aides_auditives_classe_2": "Aides auditives classe II",
    "medecines_douces": "Médecines douces",
    "prevention": "Prévention non remboursée",
    "maternite": "Maternité",
}
