"""Input models: the care to simulate.

``Act`` is a discriminated union on ``kind``, so a JSON payload such as
``{"kind": "consultation_generaliste", "fee": "30"}`` validates straight into the right model.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

from reimbursement.enums import (
    AllowanceCategory,
    DentalBasket,
    HearingClass,
    LensComplexity,
    OpticalBasket,
    Sector,
    SmrRate,
    Specialty,
)
from reimbursement.money import Money, format_eur
from reimbursement.tariffs import CLASS_A_FRAME_MAX


class _Act(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GPConsultation(_Act):
    """Consultation with a généraliste."""

    kind: Literal["consultation_generaliste"] = "consultation_generaliste"
    sector: Sector = Sector.SECTEUR_1
    fee: Money
    in_parcours: bool = Field(
        default=True,
        description="Médecin traitant (ou son remplaçant), urgence ou éloignement du domicile",
    )

    @property
    def label(self) -> str:
        return f"Consultation de généraliste ({self.sector.label}), {format_eur(self.fee)}"


class SpecialistConsultation(_Act):
    """Consultation with a specialist; the parcours is derived from referral and direct access."""

    kind: Literal["consultation_specialiste"] = "consultation_specialiste"
    specialty: Specialty = Specialty.AUTRE
    sector: Sector = Sector.SECTEUR_1
    fee: Money
    referred_by_medecin_traitant: bool = Field(
        default=True, description="Orienté par le médecin traitant (ou urgence, éloignement)"
    )

    @property
    def label(self) -> str:
        return (
            f"Consultation de {self.specialty.label} ({self.sector.label}), {format_eur(self.fee)}"
        )


class PharmacyPurchase(_Act):
    """Boxes of one reimbursable drug; the box price is also its base."""

    kind: Literal["pharmacie"] = "pharmacie"
    box_price: Money = Field(gt=Decimal(0))
    boxes: int = Field(default=1, ge=1, le=50)
    smr_rate: SmrRate = SmrRate.MAJEUR

    @property
    def label(self) -> str:
        return (
            f"{self.boxes} boîte(s) de médicament remboursé à {self.smr_rate.value} %, "
            f"{format_eur(self.box_price)} la boîte"
        )


class Glasses(_Act):
    """One equipment (frame + 2 lenses), 100 % Santé (classe A) or free prices (classe B)."""

    kind: Literal["lunettes"] = "lunettes"
    basket: OpticalBasket
    complexity: LensComplexity = LensComplexity.SIMPLE
    frame_price: Money
    lenses_price: Money = Field(description="Prix des deux verres")
    base_de_remboursement: Money | None = Field(
        default=None,
        description="Base indiquée sur le devis normalisé ; inconnue : part AMO comptée à 0 €",
    )

    @model_validator(mode="after")
    def _class_a_frame(self) -> Glasses:
        if self.basket is OpticalBasket.CLASSE_A and self.frame_price > CLASS_A_FRAME_MAX.value:
            raise ValueError(
                f"une monture 100 % Santé coûte au plus {CLASS_A_FRAME_MAX.value} € "
                f"({CLASS_A_FRAME_MAX.statement})"
            )
        return self

    @property
    def fee(self) -> Decimal:
        return self.frame_price + self.lenses_price

    @property
    def label(self) -> str:
        basket = "100 % Santé" if self.basket is OpticalBasket.CLASSE_A else "hors 100 % Santé"
        return f"Lunettes {basket} ({self.complexity.label}), {format_eur(self.fee)}"


class DentalCrown(_Act):
    kind: Literal["couronne"] = "couronne"
    basket: DentalBasket
    price: Money

    @property
    def label(self) -> str:
        basket = {
            DentalBasket.CENT_POUR_CENT_SANTE: "100 % Santé",
            DentalBasket.MAITRISE: "à tarif maîtrisé",
            DentalBasket.LIBRE: "à tarif libre",
        }[self.basket]
        return f"Couronne dentaire {basket}, {format_eur(self.price)}"


class DentalCare(_Act):
    """Routine dental care (consultation, scaling, filling) at the convention tariff or above."""

    kind: Literal["soins_dentaires"] = "soins_dentaires"
    fee: Money
    base: Money | None = Field(default=None, description="Base ; par défaut le montant facturé")

    @property
    def label(self) -> str:
        return f"Soins dentaires, {format_eur(self.fee)}"


class HearingAid(_Act):
    """Hearing aids; the ≤ 20 years rules come from the member's age in the situation."""

    kind: Literal["aide_auditive"] = "aide_auditive"
    hearing_class: HearingClass
    price_per_ear: Money
    ears: int = Field(default=1, ge=1, le=2)

    @property
    def label(self) -> str:
        cls = (
            "classe I (100 % Santé)"
            if self.hearing_class is HearingClass.CLASSE_1
            else ("classe II")
        )
        return f"Aide auditive {cls}, {format_eur(self.price_per_ear)} par oreille × {self.ears}"


class HospitalStay(_Act):
    """A hospital stay; ``days`` counts the days billed the forfait journalier (discharge day
    included, 0 for a stay under 24 h)."""

    kind: Literal["hospitalisation"] = "hospitalisation"
    days: int = Field(ge=0, le=365)
    stay_fees: Money = Field(description="Frais de séjour facturés")
    stay_base: Money | None = Field(default=None, description="Base ; par défaut les frais")
    psychiatry: bool = False
    surgeon_fee: Money = Decimal(0)
    surgeon_base: Money | None = Field(default=None, description="Base ; par défaut le montant")
    surgeon_sector: Sector = Sector.SECTEUR_1
    private_room_nights: int = Field(default=0, ge=0, le=365)
    private_room_price_per_night: Money = Decimal(0)

    @property
    def label(self) -> str:
        return f"Hospitalisation de {self.days} jour(s)"


class AlternativeMedicineSession(_Act):
    """One session of ostéopathie, chiropraxie, acupuncture… (not reimbursed by the AMO)."""

    kind: Literal["medecine_douce"] = "medecine_douce"
    price: Money
    practice: str = Field(default="ostéopathie", min_length=2, max_length=60)

    @property
    def label(self) -> str:
        return f"Séance de {self.practice}, {format_eur(self.price)}"


class NonReimbursedExpense(_Act):
    """An expense the AMO does not reimburse, paid from a contract allowance."""

    kind: Literal["depense_non_remboursee"] = "depense_non_remboursee"
    category: AllowanceCategory
    price: Money

    @property
    def label(self) -> str:
        return f"Dépense : {self.category.label}, {format_eur(self.price)}"


Act = Annotated[
    GPConsultation
    | SpecialistConsultation
    | PharmacyPurchase
    | Glasses
    | DentalCrown
    | DentalCare
    | HearingAid
    | HospitalStay
    | AlternativeMedicineSession
    | NonReimbursedExpense,
    Field(discriminator="kind"),
]
"""Any care the simulator accepts."""

ACT_ADAPTER: TypeAdapter[Act] = TypeAdapter(Act)
"""Validates a dict (e.g. from Rasa slots) into the right act model."""
