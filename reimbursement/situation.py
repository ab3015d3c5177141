"""The member's situation for one simulation, and what was already paid this calendar year."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from reimbursement.money import ZERO, Money


class YearToDate(BaseModel):
    """Running totals of the calendar year, needed for annual caps.

    ``simulate`` returns the updated totals, so a year of care is simulated by chaining them.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    participation_forfaitaire: Money = ZERO
    franchises: Money = ZERO
    allowances_used: dict[str, Money] = Field(
        default_factory=dict, description="Euros déjà versés par la mutuelle, par forfait"
    )
    units_used: dict[str, int] = Field(
        default_factory=dict, description="Séances ou jours déjà pris en charge, par forfait"
    )

    def allowance_used(self, key: str) -> Decimal:
        return self.allowances_used.get(key, ZERO)

    def units(self, key: str) -> int:
        return self.units_used.get(key, 0)

    def plus(
        self,
        *,
        participation_forfaitaire: Decimal = ZERO,
        franchises: Decimal = ZERO,
        allowance_key: str | None = None,
        allowance: Decimal = ZERO,
        units: int = 0,
    ) -> YearToDate:
        allowances = dict(self.allowances_used)
        counts = dict(self.units_used)
        if allowance_key is not None:
            allowances[allowance_key] = allowances.get(allowance_key, ZERO) + allowance
            counts[allowance_key] = counts.get(allowance_key, 0) + units
        return YearToDate(
            participation_forfaitaire=self.participation_forfaitaire + participation_forfaitaire,
            franchises=self.franchises + franchises,
            allowances_used=allowances,
            units_used=counts,
        )


class MemberSituation(BaseModel):
    """Who receives the care."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    age: int = Field(ge=0, le=120)
    ald: bool = Field(default=False, description="Soin lié à une ALD exonérante")
    c2s: bool = Field(
        default=False, description="Bénéficiaire de la complémentaire santé solidaire"
    )
    pregnant_6th_month_or_later: bool = False
    medecin_traitant_declared: bool = True
    year_to_date: YearToDate = Field(default_factory=YearToDate)
