"""The contract-choice form: age, household, needs and budget read from free French, and the
French rendering of recommendations and comparisons.

"Une famille avec deux enfants qui portent des lunettes" gives two adults, two children and
the need "lunettes" in one message; the form then asks only for the age and the budget.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict

from dialogue.numbers import WORD_NUMBERS, amounts, priced_amounts
from reimbursement import AgeBand, ContractComparison, Need, Recommendation, RecommendationRequest
from reimbursement.money import format_eur
from retrieval.text import fold

NO_BUDGET = "aucun"
NO_PARTICULAR_NEED = "aucun"

_NEEDS: tuple[tuple[str, Need], ...] = (
    (r"lunettes?|optique|verres?|myope|vue|lentilles?|ophtalmo\w*", Need.LUNETTES),
    (
        r"dents?|dentaires?|dentiste|orthodont\w*|couronnes?|implants?|appareil dentaire|bagues",
        Need.DENTAIRE,
    ),
    (r"audition|auditi\w*|sonotones?|entend\w* mal|sourd\w*|oreilles?", Need.AUDITION),
    (
        r"hospitali\w*|hopital|operation|chirurgie|clinique|chambre particuliere",
        Need.HOSPITALISATION,
    ),
    (
        r"medecines? douces?|osteo\w*|chiropra\w*|acupunct\w*|naturopath\w*|sophrolog\w*",
        Need.MEDECINES_DOUCES,
    ),
    (
        r"maternite|enceinte|grossesse|bebe|naissance|accouchement|enfant a naitre|projet d'enfant",
        Need.MATERNITE,
    ),
)


class ChoiceAnswers(BaseModel):
    """What the member said for the contract-choice form (``None``: not said)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    age: int | None = None
    adults: int | None = None
    children: int | None = None
    needs: tuple[str, ...] | None = None
    budget: str | None = None


SLOT_OF_FIELD = {
    "age": "choice_age",
    "adults": "choice_adults",
    "children": "choice_children",
    "needs": "choice_needs",
    "budget": "choice_budget",
}
FORM_SLOTS = ("choice_age", "choice_household", "choice_needs", "choice_budget")


def _count(token: str) -> int:
    return int(token) if token.isdigit() else WORD_NUMBERS.get(token, 0)


_COUNT = r"(\d|" + "|".join(WORD_NUMBERS) + r")"


def parse_age(text: str, *, bare: bool = False) -> int | None:
    """The (oldest) adult age: "j'ai 45 ans", "on a 35 et 38 ans", or "45" when asked."""
    t = fold(text)
    ages = [int(a) for a in re.findall(r"\b(\d{2,3})\s*(?:ans|an)\b", t)]
    ages += [int(a) for a in re.findall(r"\b(\d{2})\s+et\s+(?=\d{2}\s*ans)", t)]
    adult_ages = [a for a in ages if 16 <= a <= 110]
    if adult_ages:
        return max(adult_ages)
    if re.search(r"retraite", t):
        return 65
    if re.search(r"etudiant", t):
        return 21
    if bare:
        match = re.fullmatch(r"\D*(\d{2,3})\D*", t)
        if match and 16 <= int(match.group(1)) <= 110:
            return int(match.group(1))
    return None


def parse_household(text: str) -> tuple[int | None, int | None]:
    """(adults, children) as far as the text says."""
    t = fold(text)
    adults: int | None = None
    children: int | None = None
    match = re.search(_COUNT + r"\s+(?:enfants?|gamins?|ados?|petits?|filles?|fils)\b", t)
    if match:
        children = _count(match.group(1))
    elif re.search(r"\b(?:un|mon|notre) (?:enfant|fils|bebe|ado)\b|\bune fille\b|\bma fille\b", t):
        children = 1
    elif re.search(r"sans enfants?|pas d'enfants?|pas encore d'enfants?", t):
        children = 0
    if re.search(
        r"\bseule?\b|celibataire|juste moi|moi uniquement|que moi|parent isole|monoparental|"
        r"mere celibataire|pere celibataire|divorce|veu(?:f|ve)",
        t,
    ):
        adults = 1
    elif re.search(
        r"couple|mari|femme|epou\w*|conjoint\w*|compagn\w*|a deux\b|nous deux|"
        r"deux adultes|2 adultes|pacse|famille",
        t,
    ):
        adults = 2
    elif children is not None:
        adults = 1 if re.search(r"\bmoi et\b|\bmoi avec\b", t) else 2
    if children is None and adults is not None and not re.search(r"famille", t):
        children = 0
    return adults, children


def parse_needs(text: str) -> tuple[str, ...] | None:
    """Declared needs; ``(NO_PARTICULAR_NEED,)`` when the member says there are none."""
    t = fold(text)
    found = tuple(need.value for pattern, need in _NEEDS if re.search(r"\b(?:" + pattern + r")", t))
    if found:
        return found
    if re.search(
        r"rien de particulier|aucun\w*|pas de besoins?|rien de special|non merci|"
        r"pas vraiment|^non\b|^rien\b|basique|le minimum",
        t,
    ):
        return (NO_PARTICULAR_NEED,)
    return None


def parse_budget(text: str, *, bare: bool = False) -> str | None:
    """The monthly budget in euros (as a string), or :data:`NO_BUDGET`."""
    t = fold(text)
    if re.search(
        r"pas de budget|peu importe|pas de limite|aucun budget|sans limite|"
        r"pas de plafond|je ne sais pas|on verra|n'importe",
        t,
    ):
        return NO_BUDGET
    found = amounts(t) or priced_amounts(t)
    if not found and (bare or re.search(r"budget|par mois|mensuel", t)):
        found = amounts(t, bare=True)
    if (
        found
        and re.search(
            r"budget|par mois|/\s*mois|mensuel|maximum|max\b|pas plus|au plus|"
            r"jusqu'a|moins de",
            t,
        )
        or (found and bare)
    ):
        value = found[0]
        if re.search(r"par an|/\s*an\b|annuel", t):
            value = (value / 12).quantize(Decimal("0.01"))
        return str(value)
    return None


def parse_choice(text: str, *, requested: str | None = None) -> ChoiceAnswers:
    """Everything a message says for the form; ``requested`` accepts bare answers."""
    adults, children = parse_household(text)
    return ChoiceAnswers(
        age=parse_age(text, bare=requested == "choice_age"),
        adults=adults,
        children=children,
        needs=parse_needs(text) if requested == "choice_needs" or _mentions_need(text) else None,
        budget=parse_budget(text, bare=requested == "choice_budget"),
    )


def _mentions_need(text: str) -> bool:
    t = fold(text)
    return any(re.search(r"\b(?:" + pattern + r")", t) for pattern, _ in _NEEDS)


def slots_from_answers(answers: ChoiceAnswers) -> dict[str, Any]:
    """Slot events for what was said (only the fields that are set)."""
    slots: dict[str, Any] = {}
    for field, slot in SLOT_OF_FIELD.items():
        value = getattr(answers, field)
        if value is not None:
            slots[slot] = list(value) if isinstance(value, tuple) else value
    if answers.adults is not None or answers.children is not None:
        slots["choice_household"] = "known"
    return slots


def missing_slots(slots: Mapping[str, Any]) -> list[str]:
    return [slot for slot in FORM_SLOTS if slots.get(slot) in (None, "", [])]


def request_from_slots(slots: Mapping[str, Any]) -> RecommendationRequest:
    needs = {
        Need(value) for value in slots.get("choice_needs") or () if value != NO_PARTICULAR_NEED
    }
    budget = slots.get("choice_budget")
    return RecommendationRequest(
        age_band=AgeBand.for_age(int(slots.get("choice_age") or 40)),
        adults=max(1, min(2, int(slots.get("choice_adults") or 1))),
        children=max(0, min(8, int(slots.get("choice_children") or 0))),
        needs=frozenset(needs),
        monthly_budget=Decimal(budget) if budget not in (None, NO_BUDGET) else None,
    )


class RenderedAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    data: dict[str, Any]
    sources: list[dict[str, str | None]]


def _household_fr(request: RecommendationRequest) -> str:
    adults = "1 adulte" if request.adults == 1 else "2 adultes"
    if request.children:
        children = f"{request.children} enfant" + ("s" if request.children > 1 else "")
        return f"{adults} et {children}"
    return adults


def render_recommendation(recommendation: Recommendation) -> RenderedAnswer:
    """Up to three options with reasons, yearly cost and typical-year reste à charge."""
    request = recommendation.request
    needs = ", ".join(sorted(need.label for need in request.needs)) or "aucun besoin particulier"
    budget = (
        f", budget {format_eur(request.monthly_budget)} par mois"
        if request.monthly_budget is not None
        else ""
    )
    lines = [
        f"Pour {_household_fr(request)} ({request.age_band.label}), besoins : {needs}{budget}, "
        "voici les formules qui correspondent le mieux :"
    ]
    for option in recommendation.options:
        flag = " — la moins chère qui convient" if option.cheapest_suitable else ""
        lines.append(
            f"{option.rank}. {option.contract_name}{flag} : {format_eur(option.monthly_premium)} "
            f"par mois ({format_eur(option.yearly_premium)} par an) ; reste à charge estimé sur "
            f"une année type : {format_eur(option.typical_year_reste_a_charge)}."
        )
        lines.extend(f"   – {reason}" for reason in option.reasons)
    lines.append(recommendation.message)
    data = {
        "request": recommendation.request.model_dump(mode="json"),
        "options": [option.model_dump(mode="json") for option in recommendation.options],
        "typical_year_fees": str(recommendation.typical_year_fees),
        "assumptions": list(recommendation.assumptions),
    }
    return RenderedAnswer(
        text="\n".join(lines),
        data=data,
        sources=[source.as_citation() for source in recommendation.sources],
    )


def render_comparison(
    comparison: ContractComparison, *, only_differences: bool = True
) -> RenderedAnswer:
    """A side-by-side table, one line per guarantee (differences first)."""
    rows = [row for row in comparison.rows if not (only_differences and row.same)]
    a, b = comparison.name_a, comparison.name_b
    lines = [
        f"Comparaison {a} / {b}"
        + (" (seules les garanties qui diffèrent) :" if only_differences else " :")
    ]
    lines.extend(
        f"• {row.label} — {a} : {row.guarantee_a} | {b} : {row.guarantee_b}" for row in rows
    )
    lines.append(
        "Les deux formules sont des contrats responsables. Un conseiller peut vous aider à "
        "choisir, sans engagement."
    )
    data = {
        "mode": "comparison",
        "contracts": [comparison.contract_a, comparison.contract_b],
        "names": [comparison.name_a, comparison.name_b],
        "rows": [
            {"category": r.category, "label": r.label, "a": r.guarantee_a, "b": r.guarantee_b}
            for r in comparison.rows
        ],
    }
    return RenderedAnswer(
        text="\n".join(lines),
        data=data,
        sources=[source.as_citation() for source in comparison.sources],
    )
