"""Output models of the simulator.

How the money is accounted (for each poste and for the total)::

    fee = amo_net + mutuelle + reste_a_charge
    amo_net = amo_gross - participation_forfaitaire - franchises
    reste_a_charge >= participation_forfaitaire + franchises + majoration_hors_parcours

The participation forfaitaire (PF) and the franchises are **deducted from the Assurance
Maladie payment** (that is how the CPAM pays them back), so ``amo_net`` is what the member
actually receives from the AMO, and the PF and franchises end up **inside**
``reste_a_charge``: a contrat responsable may not reimburse them, nor the majoration hors
parcours. They are also reported on their own so they can be shown as "dont …". A
deduction is never larger than the AMO payment of the act it is taken from; the
simulator notes when a remainder would be taken from a later reimbursement.
All parts are non-negative and exact to the cent; the validators below enforce it.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, model_validator

from reimbursement.money import Money, format_eur
from reimbursement.situation import YearToDate
from reimbursement.sources import Source


class LineKind(StrEnum):
    BASE = "base"  # information: base de remboursement, majoration
    AMO = "amo"
    DEDUCTION = "deduction"  # participation forfaitaire, franchise (or their exemption)
    MUTUELLE = "mutuelle"
    RESTE_A_CHARGE = "reste_a_charge"


class SimulationLine(BaseModel):
    """One explained line: a French label, an amount, the rule applied and its source."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    kind: LineKind
    label: str
    amount: Money
    percent: Decimal | None = None
    rule: str
    source: Source


class SimulationNote(BaseModel):
    """A caveat shown with the result (simplification, uncertain rule, advice)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    source: Source | None = None


class _Parts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    fee: Money
    base: Money
    amo_gross: Money
    participation_forfaitaire: Money
    franchises: Money
    majoration_hors_parcours: Money
    amo_net: Money
    mutuelle: Money
    reste_a_charge: Money

    @model_validator(mode="after")
    def _balanced(self) -> _Parts:
        if self.amo_net + self.mutuelle + self.reste_a_charge != self.fee:
            raise ValueError("AMO versée + mutuelle + reste à charge ≠ montant facturé")
        if self.amo_gross - self.participation_forfaitaire - self.franchises != self.amo_net:
            raise ValueError("AMO versée ≠ AMO brute − participation forfaitaire − franchises")
        hidden = self.participation_forfaitaire + self.franchises + self.majoration_hors_parcours
        if self.reste_a_charge < hidden:
            raise ValueError("le reste à charge doit inclure PF, franchises et majoration")
        return self

    @property
    def reste_a_charge_hors_deductions(self) -> Decimal:
        """Reste à charge without the PF and franchises (dépassements, allowances exceeded…)."""
        return self.reste_a_charge - self.participation_forfaitaire - self.franchises


class PosteResult(_Parts):
    """One billed item (e.g. "frais de séjour" within a hospital stay)."""

    code: str
    label: str
    amo_rate: Decimal
    lines: tuple[SimulationLine, ...]


class SimulationResult(_Parts):
    """The whole act: totals over its postes, plus notes and the updated year-to-date."""

    act_label: str
    contract_id: str | None
    contract_name: str | None
    postes: tuple[PosteResult, ...]
    notes: tuple[SimulationNote, ...] = ()
    year_to_date: YearToDate

    @model_validator(mode="after")
    def _totals(self) -> SimulationResult:
        for field in _Parts.model_fields:
            if sum((getattr(p, field) for p in self.postes), Decimal(0)) != getattr(self, field):
                raise ValueError(f"le total {field} ne correspond pas à la somme des postes")
        return self

    @property
    def lines(self) -> tuple[SimulationLine, ...]:
        return tuple(line for poste in self.postes for line in poste.lines)

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every distinct source used, in order of first use (for the response envelope)."""
        seen: dict[str, Source] = {}
        for item in [line.source for line in self.lines] + [n.source for n in self.notes]:
            if item is not None and item.title not in seen:
                seen[item.title] = item
        return tuple(seen.values())

    def summary_fr(self) -> str:
        """One French sentence with the three parts."""
        deductions = self.participation_forfaitaire + self.franchises
        detail = (
            f" (dont {format_eur(deductions)} de participation forfaitaire et franchises)"
            if deductions
            else ""
        )
        insurer = (
            f"le contrat {self.contract_name} {format_eur(self.mutuelle)}"
            if self.contract_name
            else "aucune complémentaire n'intervient"
        )
        return (
            f"{self.act_label} : l'Assurance Maladie vous verse {format_eur(self.amo_net)}, "
            f"{insurer} ; il vous reste {format_eur(self.reste_a_charge)}{detail}."
        )
