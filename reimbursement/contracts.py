"""The contract range of « Mutuelle Horizon Santé » as validated data.

The range lives in ``knowledge_base/contracts/contracts.yml``. Loading it checks the shape
(pydantic, ``extra="forbid"``), the contrat responsable rules (:mod:`reimbursement.responsable`)
and that the range is coherent: levels are unique and ascending, and a higher level never has a
lower guarantee or a lower price than the level below. The last rule is what lets the
assistant say "a higher level never pays less".
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from reimbursement.enums import AgeBand
from reimbursement.exceptions import ContractDataError, UnknownContractError
from reimbursement.guarantees import Guarantees
from reimbursement.money import Money, quantize
from reimbursement.responsable import coherence_violations, responsable_violations
from reimbursement.sources import Source

DEFAULT_CONTRACTS_PATH = (
    Path(__file__).resolve().parents[1] / "knowledge_base" / "contracts" / "contracts.yml"
)


class MonthlyPrices(BaseModel):
    """Monthly premium per adult by age band, and per child."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    adult: dict[AgeBand, Money]
    child: Money
    free_from_child_rank: int | None = Field(
        default=None, ge=1, description="Rang de l'enfant à partir duquel la cotisation est offerte"
    )

    @model_validator(mode="after")
    def _every_band(self) -> MonthlyPrices:
        missing = [band.value for band in AgeBand if band not in self.adult]
        if missing:
            raise ValueError(f"tarif adulte manquant pour : {', '.join(missing)}")
        return self

    def household(self, age_band: AgeBand, adults: int, children: int) -> Decimal:
        """Monthly premium of a household whose adults are all in ``age_band``."""
        paying_children = children
        if self.free_from_child_rank is not None:
            paying_children = min(children, self.free_from_child_rank - 1)
        return quantize(self.adult[age_band] * adults + self.child * paying_children)


class Contract(BaseModel):
    """One level of the range."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=2)
    level: int = Field(ge=1)
    responsable: bool
    summary: str = Field(min_length=10, description="Une phrase en français")
    document: Source
    guarantees: Guarantees
    monthly_prices: MonthlyPrices

    @model_validator(mode="after")
    def _rules(self) -> Contract:
        problems = coherence_violations(self.guarantees)
        if self.responsable:
            problems += responsable_violations(self.guarantees)
        if problems:
            raise ValueError(f"contrat {self.id!r} : " + " ; ".join(problems))
        return self


def _leaves(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _leaves(child, f"{path}.{key}" if path else str(key))
    else:
        yield path, value


def _at_least(higher: Any, lower: Any) -> bool:
    """``higher >= lower`` where ``None`` means "no limit" (maximum days or sessions)."""
    if higher is None:
        return True
    if lower is None:
        return False
    return bool(higher >= lower)


class ContractCatalog(BaseModel):
    """The whole range, ordered by level."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    insurer: str
    valid_from: date
    contracts: tuple[Contract, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _coherent_range(self) -> ContractCatalog:
        ids = [c.id for c in self.contracts]
        if len(set(ids)) != len(ids):
            raise ValueError("identifiants de contrat en double")
        levels = [c.level for c in self.contracts]
        if levels != sorted(set(levels)):
            raise ValueError("les niveaux doivent être uniques et croissants dans le fichier")
        for lower, higher in zip(self.contracts, self.contracts[1:], strict=False):
            low = dict(_leaves(lower.model_dump(include={"guarantees", "monthly_prices"})))
            high = dict(_leaves(higher.model_dump(include={"guarantees", "monthly_prices"})))
            worse = [
                path
                for path, value in low.items()
                if not path.endswith("free_from_child_rank") and not _at_least(high[path], value)
            ]
            if worse:
                raise ValueError(
                    f"{higher.id!r} (niveau {higher.level}) est inférieur à {lower.id!r} pour : "
                    + ", ".join(worse)
                )
        return self

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.contracts)

    def get(self, contract_id: str) -> Contract:
        """The contract with this id; raises :class:`UnknownContractError`."""
        for contract in self.contracts:
            if contract.id == contract_id:
                return contract
        raise UnknownContractError(contract_id, self.ids)


@functools.lru_cache(maxsize=8)
def _load(path: str, mtime_ns: int) -> ContractCatalog:
    del mtime_ns  # part of the cache key only: an edited file is read again
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ContractDataError(f"{path} : lecture impossible ({exc})") from exc
    except yaml.YAMLError as exc:
        raise ContractDataError(f"{path} : YAML invalide ({exc})") from exc
    try:
        return ContractCatalog.model_validate(raw)
    except ValidationError as exc:
        raise ContractDataError(f"{path} : données de contrat invalides\n{exc}") from exc


def load_contracts(path: Path | str | None = None) -> ContractCatalog:
    """Load and validate the contract range (cached until the file changes).

    Raises :class:`ContractDataError`, naming the file, when it is missing, is not YAML, or
    breaks a shape, contrat responsable or range-coherence rule.
    """
    target = Path(path) if path is not None else DEFAULT_CONTRACTS_PATH
    try:
        mtime = target.stat().st_mtime_ns
    except OSError as exc:
        raise ContractDataError(f"{target} : fichier de contrats introuvable") from exc
    return _load(str(target.resolve()), mtime)
