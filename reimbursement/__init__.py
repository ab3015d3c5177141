"""Reimbursement simulator and contract advice for « Mutuelle Horizon Santé ».

Pure domain code, no Rasa: the actions call these functions and render the results.

- :func:`load_contracts` – the validated contract range (``knowledge_base/contracts``);
- :func:`simulate` – AMO, participation forfaitaire/franchises, mutuelle and reste à charge
  for one act, every line with its rule and source;
- :func:`recommend` – up to three contracts for a household's needs, with reasons;
- :func:`compare` – two contracts side by side.

>>> from decimal import Decimal
>>> from reimbursement import GPConsultation, MemberSituation, simulate
>>> result = simulate(GPConsultation(fee=Decimal("30")), MemberSituation(age=40), "essentielle")
>>> (result.amo_net, result.mutuelle, result.reste_a_charge)
(Decimal('19.00'), Decimal('9.00'), Decimal('2.00'))
"""

from __future__ import annotations

from reimbursement.acts import (
    Act,
    AlternativeMedicineSession,
    DentalCare,
    DentalCrown,
    Glasses,
    GPConsultation,
    HearingAid,
    HospitalStay,
    NonReimbursedExpense,
    PharmacyPurchase,
    SpecialistConsultation,
)
from reimbursement.comparison import ComparisonRow, ContractComparison, compare
from reimbursement.contracts import Contract, ContractCatalog, load_contracts
from reimbursement.enums import (
    AgeBand,
    AllowanceCategory,
    DentalBasket,
    HearingClass,
    LensComplexity,
    Need,
    OpticalBasket,
    Sector,
    SmrRate,
    Specialty,
)
from reimbursement.exceptions import (
    ContractDataError,
    ReimbursementError,
    UnknownContractError,
    UnsupportedCareError,
)
from reimbursement.recommend import ContractOption, Recommendation, RecommendationRequest, recommend
from reimbursement.results import (
    LineKind,
    PosteResult,
    SimulationLine,
    SimulationNote,
    SimulationResult,
)
from reimbursement.simulator import parse_act, simulate
from reimbursement.situation import MemberSituation, YearToDate
from reimbursement.sources import Source

__all__ = [
    "Act",
    "AgeBand",
    "AllowanceCategory",
    "AlternativeMedicineSession",
    "ComparisonRow",
    "Contract",
    "ContractCatalog",
    "ContractComparison",
    "ContractDataError",
    "ContractOption",
    "DentalBasket",
    "DentalCare",
    "DentalCrown",
    "GPConsultation",
    "Glasses",
    "HearingAid",
    "HearingClass",
    "HospitalStay",
    "LensComplexity",
    "LineKind",
    "MemberSituation",
    "Need",
    "NonReimbursedExpense",
    "OpticalBasket",
    "PharmacyPurchase",
    "PosteResult",
    "Recommendation",
    "RecommendationRequest",
    "ReimbursementError",
    "Sector",
    "SimulationLine",
    "SimulationNote",
    "SimulationResult",
    "SmrRate",
    "Source",
    "SpecialistConsultation",
    "Specialty",
    "UnknownContractError",
    "UnsupportedCareError",
    "YearToDate",
    "compare",
    "load_contracts",
    "parse_act",
    "recommend",
    "simulate",
]
