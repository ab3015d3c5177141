"""Nearest-first search of the directory, with the estimated reste à charge per result.

:func:`search_care` takes a parsed :class:`~care.query.CareQuery`, finds the professionals of
the specialty nearest to the place (commune centre, postcode, département, or an explicit
point such as the member's home), within ``radius_km`` (default 20 km, widened once to 50 km
when nothing is found), applies the filters and, when a contract is given, prices a
consultation at each professional's usual fee with :func:`reimbursement.simulate`.

Distances are between commune centres: the RPPS has no coordinates, so sites are placed at
the centre of their commune.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from care.index import Candidates, DirectoryIndex, SiteDetails
from care.places import Place
from care.query import CareQuery, FeeFilter
from care.specialties import (
    PROFESSION_LABELS,
    PROFESSION_MEDECIN,
    CareSpecialty,
)
from reimbursement import (
    MemberSituation,
    ReimbursementError,
    Sector,
    load_contracts,
    simulate,
)

__all__ = [
    "DEFAULT_RADIUS_KM",
    "WIDENED_RADIUS_KM",
    "CareResult",
    "CareSearchResponse",
    "SearchStatus",
    "search_care",
    "sector_label",
]

DEFAULT_RADIUS_KM = 20.0
WIDENED_RADIUS_KM = 50.0
DEFAULT_SITUATION = MemberSituation(age=30)
"""Adult with a declared médecin traitant, used when the caller gives no situation."""

_FILTER_SECTORS = {
    FeeFilter.SECTEUR_1: (1,),
    FeeFilter.MAITRISE: (1, 2),
}


class SearchStatus(StrEnum):
    OK = "ok"
    NO_RESULTS = "aucun_resultat"
    NEEDS_PLACE = "lieu_manquant"
    NEEDS_LOCATION = "position_inconnue"
    UNKNOWN_PLACE = "lieu_inconnu"
    NEEDS_SPECIALTY = "specialite_manquante"
    UNSUPPORTED_SPECIALTY = "specialite_non_couverte"


class CareResult(BaseModel):
    """One practice site of a professional, ready for a JSON envelope."""

    model_config = ConfigDict(frozen=True)

    rank: int
    practitioner_id: str
    name: str
    profession: str
    specialty: str | None
    specialty_label: str
    distance_km: float
    address: str = Field(description="Adresse complète sur une ligne")
    commune: str
    postal_code: str
    phone: str | None
    sector: str | None = Field(description="Valeur de reimbursement.Sector, 'secteur_2' ou None")
    sector_label: str
    fee: Decimal | None = Field(description="Tarif habituel de consultation (enrichissement)")
    teleconsultation: bool | None
    accepts_new_patients: bool | None
    reste_a_charge: Decimal | None = Field(
        default=None, description="Reste à charge estimé pour une consultation à ce tarif"
    )


class CareSearchResponse(BaseModel):
    """The answer to one search, with what the bot needs to phrase it."""

    model_config = ConfigDict(frozen=True)

    status: SearchStatus
    query: CareQuery
    specialty_label: str | None = None
    specialty_plural: str | None = None
    place: Place | None = None
    radius_km: float | None = None
    widened: bool = False
    total: int = 0
    results: list[CareResult] = Field(default_factory=list)
    contract_id: str | None = None
    contract_name: str | None = None
    access_note: str | None = None
    messages: list[str] = Field(default_factory=list)


def sector_label(sector: str | None, *, doctor: bool) -> str:
    """French label of a stored sector (non-doctors: conventionné or not)."""
    if sector is None:
        return "secteur non renseigné"
    if not doctor:
        return "non conventionné" if sector == Sector.SECTEUR_3 else "conventionné"
    if sector == "secteur_2":
        return "secteur 2 (OPTAM non renseigné)"
    return Sector(sector).label


def _display_name(details: SiteDetails) -> str:
    civility = {"docteur": "Dr", "professeur": "Pr"}.get(details.civility.strip().lower(), "")
    parts = [civility, details.first_name.strip().title(), details.last_name.strip().upper()]
    return " ".join(p for p in parts if p) or details.site_name or details.pp_id


class _Pricer:
    """Reste à charge of a consultation at a given fee, memoised per (specialty, sector, fee)."""

    def __init__(self, contract_id: str, situation: MemberSituation, referred: bool) -> None:
        self.contract = load_contracts().get(contract_id)
        self.situation = situation
        self.referred = referred
        self._cache: dict[tuple[str, str, Decimal], Decimal | None] = {}

    def __call__(
        self, specialty: CareSpecialty | None, sector: str | None, fee: Decimal | None
    ) -> Decimal | None:
        if specialty is None or fee is None or sector is None or sector == "secteur_2":
            return None
        key = (specialty.key, sector, fee)
        if key not in self._cache:
            act = specialty.consultation_act(fee, Sector(sector), referred=self.referred)
            try:
                result = simulate(act, self.situation, self.contract) if act else None
            except ReimbursementError:
                result = None
            self._cache[key] = result.reste_a_charge if result else None
        return self._cache[key]


def _status_without_search(
    query: CareQuery, origin: Place | None
) -> tuple[SearchStatus | None, Place | None]:
    if query.specialty is None:
        if query.unsupported_specialty:
            return SearchStatus.UNSUPPORTED_SPECIALTY, None
        return SearchStatus.NEEDS_SPECIALTY, None
    if query.place is not None:
        return None, query.place
    if query.unknown_place is not None:
        return SearchStatus.UNKNOWN_PLACE, None
    if origin is not None:
        return None, origin
    if query.near_me:
        return SearchStatus.NEEDS_LOCATION, None
    return SearchStatus.NEEDS_PLACE, None


def search_care(
    index: DirectoryIndex,
    query: CareQuery,
    *,
    origin: Place | None = None,
    contract_id: str | None = None,
    situation: MemberSituation | None = None,
    referred: bool = True,
    limit: int = 5,
) -> CareSearchResponse:
    """Nearest professionals for ``query``.

    ``origin`` is where to search when the query names no place (the member's home, e.g.
    ``Place.point(lat, lon)`` for « près de chez moi »). With ``contract_id`` (and
    ``situation``, default an adult with a médecin traitant) each result carries the
    reste à charge of a consultation at its usual fee, seen in the parcours de soins unless
    ``referred=False``; it is ``None`` when the fee or the sector is unknown, or for
    professions whose consultation is not simulated. Raises
    :class:`reimbursement.UnknownContractError` for an unknown contract.
    """
    specialty = query.specialty_info
    pricer = _Pricer(contract_id, situation or DEFAULT_SITUATION, referred) if contract_id else None
    response = CareSearchResponse(
        status=SearchStatus.NEEDS_PLACE,
        query=query,
        specialty_label=specialty.label if specialty else None,
        specialty_plural=specialty.plural if specialty else None,
        contract_id=contract_id,
        contract_name=pricer.contract.name if pricer else None,
        access_note=specialty.access_note if specialty else None,
    )
    status, place = _status_without_search(query, origin)
    if status is not None or place is None:
        return response.model_copy(update={"status": status or SearchStatus.NEEDS_PLACE})
    department = place.department_code if place.kind == "departement" else None
    radius = None if department else (query.radius_km or DEFAULT_RADIUS_KM)
    sectors = _FILTER_SECTORS[query.fee_filter] if query.fee_filter else None

    def find(radius_km: float | None) -> Candidates:
        return index.candidates(
            query.specialty,
            place.latitude,
            place.longitude,
            radius_km=radius_km,
            department=department,
            sectors=sectors,
            teleconsultation=query.teleconsultation,
            new_patients=query.new_patients,
            limit=limit,
        )

    candidates = find(radius)
    messages: list[str] = []
    widened = False
    if candidates.total == 0 and radius is not None and radius < WIDENED_RADIUS_KM:
        messages.append(
            f"Aucun résultat à moins de {_km(radius)} : recherche élargie à "
            f"{_km(WIDENED_RADIUS_KM)}."
        )
        radius, widened = WIDENED_RADIUS_KM, True
        candidates = find(radius)
    if query.fee_filter is not None:
        messages.append(
            f"Filtre : {query.fee_filter.label} ; les professionnels dont le secteur n'est pas "
            "renseigné sont exclus."
        )
    results = [
        _result(index, rank, details, row, distance, specialty, pricer)
        for rank, (details, row, distance) in enumerate(
            zip(
                index.details(candidates.rows),
                candidates.rows.tolist(),
                candidates.distances.tolist(),
                strict=True,
            ),
            start=1,
        )
    ]
    return response.model_copy(
        update={
            "status": SearchStatus.OK if results else SearchStatus.NO_RESULTS,
            "place": place,
            "radius_km": radius,
            "widened": widened,
            "total": candidates.total,
            "results": results,
            "messages": messages,
        }
    )


def _result(
    index: DirectoryIndex,
    rank: int,
    details: SiteDetails,
    row: int,
    distance: float,
    specialty: CareSpecialty | None,
    pricer: _Pricer | None,
) -> CareResult:
    sector = index.sector_of(row)
    fee = index.fee_of(row)
    doctor = details.profession_code == PROFESSION_MEDECIN
    address = ", ".join(
        p for p in (details.address, f"{details.postal_code} {details.commune_name}") if p.strip()
    )
    return CareResult(
        rank=rank,
        practitioner_id=details.pp_id,
        name=_display_name(details),
        profession=PROFESSION_LABELS.get(details.profession_code, details.profession_code),
        specialty=specialty.key if specialty else None,
        specialty_label=specialty.label if specialty else "",
        distance_km=round(distance, 1),
        address=address,
        commune=details.commune_name,
        postal_code=details.postal_code,
        phone=details.phone or None,
        sector=sector,
        sector_label=sector_label(sector, doctor=doctor),
        fee=fee,
        teleconsultation=_tri(int(index.teleconsultation[row])),
        accepts_new_patients=_tri(int(index.new_patients[row])),
        reste_a_charge=pricer(specialty, sector, fee) if pricer else None,
    )


def _km(value: float) -> str:
    return f"{value:g}".replace(".", ",") + "\u00a0km"


def _tri(value: int) -> bool | None:
    return None if value < 0 else bool(value)
