"""French plain-text rendering of a search response (for chat channels; no markdown)."""

from __future__ import annotations

from care.query import CareQuery
from care.search import CareResult, CareSearchResponse, SearchStatus
from reimbursement.money import format_eur

__all__ = ["format_results_fr"]

MAX_ITEMS = 5
_FEMININE = frozenset({"sage-femme"})


def _km(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + "\u00a0km"


def _item(result: CareResult, contract_name: str | None) -> str:
    lines = [f"{result.rank}. {result.name} – {_km(result.distance_km)}", f"   {result.address}"]
    facts = [result.sector_label[:1].upper() + result.sector_label[1:]]
    if result.fee is not None:
        facts.append(f"consultation {format_eur(result.fee)}")
    if result.reste_a_charge is not None:
        suffix = f" avec le contrat {contract_name}" if contract_name else ""
        facts.append(f"reste à charge estimé {format_eur(result.reste_a_charge)}{suffix}")
    if result.teleconsultation:
        facts.append("téléconsultation possible")
    if result.accepts_new_patients is True:
        facts.append("accepte de nouveaux patients")
    elif result.accepts_new_patients is False:
        facts.append("ne prend pas de nouveaux patients")
    lines.append("   " + " · ".join(facts))
    if result.phone:
        lines.append(f"   Tél. {result.phone}")
    return "\n".join(lines)


def _where(response: CareSearchResponse) -> str:
    place = response.place
    if place is None:
        return ""
    if place.kind == "departement":
        origin = f", distances depuis {place.reference}" if place.reference else ""
        return f"dans le département {place.label}{origin}"
    if place.kind == "point":
        return f"autour de {place.label}"
    return f"près de {place.label}"


def format_results_fr(response: CareSearchResponse, query: CareQuery | None = None) -> str:
    """A short French answer: at most 5 professionals, then the notes (access, widening).

    ``query`` defaults to ``response.query``; it only names what was asked when nothing
    could be searched.
    """
    query = query or response.query
    plural = response.specialty_plural or "professionnels de santé"
    label = response.specialty_label or "professionnel"
    un = "une" if label in _FEMININE else "un"
    status = response.status
    if status is SearchStatus.NEEDS_SPECIALTY:
        return (
            "Quel professionnel cherchez-vous (généraliste, dermatologue, dentiste, "
            "kinésithérapeute, ophtalmologue…) ?"
        )
    if status is SearchStatus.UNSUPPORTED_SPECIALTY:
        return (
            f"Je ne peux pas chercher de « {query.unsupported_specialty} » dans l'annuaire : "
            "il couvre les médecins, chirurgiens-dentistes, sages-femmes, infirmiers, "
            "masseurs-kinésithérapeutes et orthophonistes."
        )
    if status is SearchStatus.NEEDS_LOCATION:
        return (
            f"Pour trouver {un} {label} près de chez vous, indiquez-moi votre ville ou votre "
            "code postal."
        )
    if status is SearchStatus.UNKNOWN_PLACE:
        return (
            f"Je ne trouve pas « {query.unknown_place} ». Pouvez-vous préciser la ville ou le "
            "code postal ?"
        )
    if status is SearchStatus.NEEDS_PLACE:
        return f"Dans quelle ville ou quel code postal cherchez-vous {un} {label} ?"
    notes = [m for m in response.messages if not m.startswith("Filtre")]
    if status is SearchStatus.NO_RESULTS:
        scope = (
            f"à moins de {_km(response.radius_km).replace(',0', '')} "
            if response.radius_km is not None
            else ""
        )
        none = "aucune" if un == "une" else "aucun"
        text = f"Je n'ai trouvé {none} {label} {scope}{_where(response)} avec ces critères."
        return text.replace("  ", " ")
    shown = response.results[:MAX_ITEMS]
    head = f"Voici {len(shown)} {plural if len(shown) > 1 else label} {_where(response)}"
    if response.radius_km is not None:
        head += f" (rayon de {_km(response.radius_km).replace(',0', '')})"
    lines = [*notes, head + " :"]
    lines.extend(_item(result, response.contract_name) for result in shown)
    lines.append("Distances calculées de centre-ville à centre-ville.")
    if response.access_note:
        lines.append(response.access_note)
    if any(r.reste_a_charge is not None for r in shown):
        lines.append(
            "Reste à charge estimé pour une consultation au tarif indiqué, dans le parcours de "
            "soins ; il dépend de votre situation."
        )
    return "\n".join(lines)
