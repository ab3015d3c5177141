"""Contract recommender: ranks up to three contracts for a household's declared needs.

Method (shown to the member in French):

1. build the typical year of care for the needs (:mod:`reimbursement.typical_year`);
2. simulate it under every contract: yearly premiums + reste à charge = estimated total cost;
3. keep the contracts within the monthly budget (if any) that *cover every declared need*,
   i.e. pay something for it beyond the legal minimum of a contrat responsable
   (``_covers``); fall back to the contracts within budget, then to the cheapest ones;
4. rank them by estimated total cost (then premium) and keep three, always including the
   cheapest suitable contract (lowest premium), which is flagged.

The wording never pushes: it says the figures are estimates, that the cheapest suitable option
is shown, and that an adviser can help.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from reimbursement import tariffs
from reimbursement.contracts import Contract, ContractCatalog, load_contracts
from reimbursement.enums import AgeBand, Need
from reimbursement.money import Money, format_eur
from reimbursement.sources import Source
from reimbursement.typical_year import YearCost, assumptions_fr, typical_year, year_cost

MAX_OPTIONS = 3
ADVISER_SENTENCE = (
    "Ces montants sont des estimations fondées sur une année de soins type : un conseiller de la "
    "Mutuelle Horizon Santé peut vous aider à choisir, sans engagement."
)


class RecommendationRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    age_band: AgeBand
    adults: int = Field(default=1, ge=1, le=2)
    children: int = Field(default=0, ge=0, le=8)
    needs: frozenset[Need] = frozenset()
    monthly_budget: Money | None = Field(default=None, description="Budget mensuel du foyer")


class ContractOption(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rank: int
    contract_id: str
    contract_name: str
    level: int
    monthly_premium: Money
    yearly_premium: Money
    typical_year_reste_a_charge: Money
    typical_year_total_cost: Money = Field(description="Cotisations + reste à charge")
    within_budget: bool
    covers_needs: bool
    cheapest_suitable: bool
    reasons: tuple[str, ...]


class Recommendation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    request: RecommendationRequest
    options: tuple[ContractOption, ...]
    typical_year_fees: Money = Field(description="Total des soins facturés de l'année type")
    assumptions: tuple[str, ...]
    message: str
    sources: tuple[Source, ...]


def _covers(contract: Contract, need: Need) -> bool:
    g = contract.guarantees
    return {
        Need.LUNETTES: g.optique_hors_100_sante.complexe > 0,
        Need.DENTAIRE: g.couronne_tarif_libre.pct_br > 100,
        Need.AUDITION: g.aides_auditives_classe_2.per_ear > tariffs.BASE_HEARING_ADULT.value,
        Need.HOSPITALISATION: g.chambre_particuliere.per_day > 0
        and g.chambre_particuliere.max_days_per_year != 0,
        Need.MEDECINES_DOUCES: g.medecines_douces.per_session > 0
        and g.medecines_douces.max_sessions_per_year > 0,
        Need.MATERNITE: g.maternite.per_birth > 0,
    }[need]


_NEED_CATEGORY = {
    Need.LUNETTES: "optique_hors_100_sante",
    Need.DENTAIRE: "couronne_tarif_libre",
    Need.AUDITION: "aides_auditives_classe_2",
    Need.HOSPITALISATION: "chambre_particuliere",
    Need.MEDECINES_DOUCES: "medecines_douces",
    Need.MATERNITE: "maternite",
}


class _Scored:
    def __init__(self, contract: Contract, request: RecommendationRequest, cost: YearCost) -> None:
        self.contract = contract
        self.cost = cost
        monthly = contract.monthly_prices.household(
            request.age_band, request.adults, request.children
        )
        self.monthly = monthly
        self.yearly = monthly * 12
        self.total = self.yearly + cost.reste_a_charge
        budget = request.monthly_budget
        self.within_budget = budget is None or monthly <= budget
        self.covers = all(_covers(contract, need) for need in request.needs)


def _reasons(
    item: _Scored, rank: int, cheapest: bool, request: RecommendationRequest
) -> tuple[str, ...]:
    c = item.contract
    lead = "Coût total estimé le plus bas" if rank == 1 else "Coût total estimé"
    reasons = [
        f"{lead} sur l'année type : {format_eur(item.total)} (cotisations "
        f"{format_eur(item.yearly)} + reste à charge {format_eur(item.cost.reste_a_charge)}).",
    ]
    if cheapest:
        reasons.append("Cotisation la plus basse parmi les contrats adaptés à vos besoins.")
    if request.needs:
        for_needs = sum(
            (v for k, v in item.cost.reste_by_need.items() if k is not None), Decimal("0.00")
        )
        names = ", ".join(n.label for n in sorted(request.needs))
        reasons.append(
            f"Reste à charge estimé pour vos besoins ({names}) : {format_eur(for_needs)}."
        )
    for need in sorted(request.needs):
        category = _NEED_CATEGORY[need]
        described = getattr(c.guarantees, category).describe()
        reasons.append(f"{need.label.capitalize()} : {described}.")
    if request.monthly_budget is not None:
        where = "Dans" if item.within_budget else "Au-dessus de"
        reasons.append(
            f"{where} votre budget de {format_eur(request.monthly_budget)} par mois "
            f"({format_eur(item.monthly)} par mois pour le foyer)."
        )
    return tuple(reasons)


def _shortlist(scored: list[_Scored]) -> tuple[list[_Scored], str]:
    in_budget = [s for s in scored if s.within_budget]
    suitable = [s for s in in_budget if s.covers]
    if suitable:
        pool, notice = suitable, ""
    elif in_budget:
        pool = in_budget
        notice = "Aucun contrat de votre budget ne couvre tous les besoins indiqués. "
    else:
        pool = sorted(scored, key=lambda s: s.monthly)[:MAX_OPTIONS]
        notice = "Aucun contrat ne correspond à votre budget ; voici les moins chers. "
    ranked = sorted(pool, key=lambda s: (s.total, s.monthly, s.contract.level))
    chosen = ranked[:MAX_OPTIONS]
    cheapest = min(pool, key=lambda s: (s.monthly, s.contract.level))
    if cheapest not in chosen:
        chosen[-1] = cheapest
    return sorted(chosen, key=lambda s: (s.total, s.monthly, s.contract.level)), notice


def recommend(
    request: RecommendationRequest, *, catalog: ContractCatalog | None = None
) -> Recommendation:
    """Rank up to three contracts of ``catalog`` (default: :func:`load_contracts`)."""
    catalog = catalog or load_contracts()
    events = typical_year(request.needs, request.children)
    scored = [
        _Scored(
            c, request, year_cost(events, c, request.age_band, request.adults, request.children)
        )
        for c in catalog.contracts
    ]
    chosen, notice = _shortlist(scored)
    suitable = [s for s in chosen if s.covers and s.within_budget]
    cheapest = min(suitable, key=lambda s: (s.monthly, s.contract.level)) if suitable else None
    options = tuple(
        ContractOption(
            rank=rank,
            contract_id=s.contract.id,
            contract_name=s.contract.name,
            level=s.contract.level,
            monthly_premium=s.monthly,
            yearly_premium=s.yearly,
            typical_year_reste_a_charge=s.cost.reste_a_charge,
            typical_year_total_cost=s.total,
            within_budget=s.within_budget,
            covers_needs=s.covers,
            cheapest_suitable=s is cheapest,
            reasons=_reasons(s, rank, s is cheapest, request),
        )
        for rank, s in enumerate(chosen, start=1)
    )
    cheapest_text = (
        f"L'option la moins chère adaptée à vos besoins est indiquée : {cheapest.contract.name} "
        f"({format_eur(cheapest.monthly)} par mois). "
        if cheapest
        else ""
    )
    message = (
        f"{notice}Voici {len(options)} contrat(s) classé(s) selon le coût total estimé sur une "
        f"année type (cotisations + reste à charge). {cheapest_text}{ADVISER_SENTENCE}"
    )
    fees: Decimal = scored[0].cost.fee
    return Recommendation(
        request=request,
        options=options,
        typical_year_fees=fees,
        assumptions=assumptions_fr(events),
        message=message,
        sources=tuple(s.contract.document for s in chosen),
    )
