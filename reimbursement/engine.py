"""Settles one billed item (a *poste*): AMO, deductions, mutuelle, reste à charge.

Builders (``consultations``, ``products``, ``hospital``, ``allowances``) describe each poste as
a :class:`PosteSpec`; :func:`settle` applies the arithmetic that is common to all care:

1. base = min(BR, fee): the AMO never pays more than what was charged;
2. AMO gross = rate × base; the majoration hors parcours is what the AMO would have paid in
   the parcours minus what it pays;
3. participation forfaitaire and franchises, unless exempt, within their annual caps and never
   more than the AMO payment of this poste;
4. mutuelle = what the contract's coverage allows, minus the AMO gross and the majoration
   (so it never pays the PF, the franchises or the majoration), never negative;
5. reste à charge = fee − AMO net − mutuelle.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from reimbursement import regulation, tariffs
from reimbursement.money import ZERO, clamp, format_percent, percent_of, quantize
from reimbursement.results import LineKind, PosteResult, SimulationLine
from reimbursement.rules import Rule, Tariff
from reimbursement.situation import MemberSituation, YearToDate
from reimbursement.sources import Source


class CoverageMode(StrEnum):
    TOTAL = "total"  # ceiling on AMO + mutuelle together (« % BR », « € Sécurité sociale incluse »)
    ALLOWANCE = "allowance"  # amount paid by the mutuelle alone (forfaits)


@dataclass(frozen=True)
class Coverage:
    """What the contract allows for one poste."""

    mode: CoverageMode
    amount: Decimal
    rule: str
    source: Source
    label: str
    usage_key: str | None = None  # allowance to record in YearToDate
    units: int = 0  # sessions or days consumed when the allowance pays


@dataclass(frozen=True)
class PosteSpec:
    code: str
    label: str
    fee: Decimal
    base: Decimal
    base_rule: Rule
    rate: Decimal  # percent paid by the AMO
    rate_rule: Rule
    coverage: Coverage
    parcours_rate: Decimal | None = None  # set when a majoration hors parcours applies
    participation_forfaitaire: bool = False
    franchise_units: int = 0


def exemption(situation: MemberSituation) -> str | None:
    """Why the member pays no participation forfaitaire nor franchise, if they don't."""
    if situation.age < 18:
        return "moins de 18 ans"
    if situation.c2s:
        return "bénéficiaire de la C2S"
    if situation.pregnant_6th_month_or_later:
        return "grossesse à partir du 6e mois"
    return None


def _line(
    code: str,
    kind: LineKind,
    label: str,
    amount: Decimal,
    rule: Rule | str,
    source: Source | None = None,
    percent: Decimal | None = None,
) -> SimulationLine:
    text = rule.text if isinstance(rule, Rule) else rule
    origin = rule.source if isinstance(rule, Rule) else source
    assert origin is not None, "a line needs a source"
    return SimulationLine(
        code=code, kind=kind, label=label, amount=amount, percent=percent, rule=text, source=origin
    )


def _deduction(
    *,
    code: str,
    name: str,
    due: Decimal,
    cap: Tariff,
    paid_this_year: Decimal,
    available: Decimal,
    rule: Rule,
    exempt_rule: Rule,
    reason: str | None,
) -> tuple[Decimal, SimulationLine]:
    if reason is not None:
        line = _line(code, LineKind.DEDUCTION, f"{name} : non due ({reason})", ZERO, exempt_rule)
        return ZERO, line
    within_cap = clamp(cap.value - paid_this_year, ZERO, due)
    amount = min(within_cap, available)
    text = rule.text
    if within_cap < due:
        text += f" ; plafond annuel de {cap.value} € pris en compte"
    if amount < within_cap:
        text += (
            " ; limitée au remboursement de cet acte (le solde est normalement retenu sur un "
            "remboursement ultérieur)"
        )
    line = _line(
        code,
        LineKind.DEDUCTION,
        f"{name} (déduite du remboursement)",
        amount,
        text,
        rule.source,
    )
    return amount, line


def settle(
    spec: PosteSpec, situation: MemberSituation, ytd: YearToDate
) -> tuple[PosteResult, YearToDate]:
    """Compute one poste and return it with the updated year-to-date totals."""
    fee = quantize(spec.fee)
    base = min(quantize(spec.base), fee)
    amo_gross = percent_of(base, spec.rate)
    majoration = ZERO
    if spec.parcours_rate is not None:
        majoration = percent_of(base, spec.parcours_rate) - amo_gross
    base_text = spec.base_rule.text
    if base < spec.base:
        base_text += " ; limitée au montant facturé"
    lines = [
        _line(
            "base", LineKind.BASE, "Base de remboursement", base, base_text, spec.base_rule.source
        ),
        _line(
            "amo_brut",
            LineKind.AMO,
            f"Remboursement Assurance Maladie ({format_percent(spec.rate)} de la base)",
            amo_gross,
            spec.rate_rule,
            percent=spec.rate,
        ),
    ]
    if majoration:
        lines.append(
            _line(
                "majoration",
                LineKind.BASE,
                "Majoration hors parcours de soins (à votre charge)",
                majoration,
                tariffs.MAJORATION_HORS_PARCOURS,
            )
        )
    reason = exemption(situation)
    pf = franchises = ZERO
    if spec.participation_forfaitaire:
        pf, line = _deduction(
            code="participation_forfaitaire",
            name="Participation forfaitaire",
            due=tariffs.PARTICIPATION_FORFAITAIRE.value,
            cap=tariffs.PARTICIPATION_FORFAITAIRE_CAP,
            paid_this_year=ytd.participation_forfaitaire,
            available=amo_gross,
            rule=tariffs.PARTICIPATION_FORFAITAIRE,
            exempt_rule=tariffs.PF_EXEMPTIONS,
            reason=reason,
        )
        lines.append(line)
    if spec.franchise_units:
        franchises, line = _deduction(
            code="franchise",
            name=f"Franchise médicale ({spec.franchise_units} × 1 €)",
            due=tariffs.FRANCHISE_DRUG.value * spec.franchise_units,
            cap=tariffs.FRANCHISE_CAP,
            paid_this_year=ytd.franchises,
            available=amo_gross - pf,
            rule=tariffs.FRANCHISE_DRUG,
            exempt_rule=tariffs.FRANCHISE_EXEMPTIONS,
            reason=reason,
        )
        lines.append(line)
    amo_net = amo_gross - pf - franchises
    lines.append(
        _line(
            "amo_net",
            LineKind.AMO,
            "Versé par l'Assurance Maladie",
            amo_net,
            "Remboursement moins participation forfaitaire et franchises",
            (tariffs.PARTICIPATION_FORFAITAIRE if pf else tariffs.FRANCHISE_DRUG).source
            if pf or franchises
            else spec.rate_rule.source,
        )
    )
    open_to_mutuelle = fee - amo_gross - majoration
    cover = spec.coverage
    allowed = quantize(cover.amount)
    if cover.mode is CoverageMode.TOTAL:
        mutuelle = clamp(min(fee, allowed) - amo_gross - majoration, ZERO, open_to_mutuelle)
    else:
        mutuelle = clamp(allowed, ZERO, open_to_mutuelle)
    lines.append(
        _line("mutuelle", LineKind.MUTUELLE, cover.label, mutuelle, cover.rule, cover.source)
    )
    reste = fee - amo_net - mutuelle
    lines.append(
        _line(
            "reste_a_charge",
            LineKind.RESTE_A_CHARGE,
            "Reste à votre charge",
            reste,
            "Montant facturé − versement de l'Assurance Maladie − mutuelle. "
            + regulation.NOT_COVERABLE.text,
            regulation.NOT_COVERABLE.source,
        )
    )
    result = PosteResult(
        code=spec.code,
        label=spec.label,
        fee=fee,
        base=base,
        amo_rate=spec.rate,
        amo_gross=amo_gross,
        participation_forfaitaire=pf,
        franchises=franchises,
        majoration_hors_parcours=majoration,
        amo_net=amo_net,
        mutuelle=mutuelle,
        reste_a_charge=reste,
        lines=tuple(lines),
    )
    paid = mutuelle > 0
    new_ytd = ytd.plus(
        participation_forfaitaire=pf,
        franchises=franchises,
        allowance_key=cover.usage_key if paid else None,
        allowance=mutuelle,
        units=cover.units,
    )
    return result, new_ytd
