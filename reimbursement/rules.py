"""A rule stated in French with its source, and the tariff variant that carries a figure.

``to_verify`` marks a figure the reference sheet lists as uncertain or does not state
directly; the French rule text then ends with « (à vérifier) ».
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from reimbursement.sources import Source


class Rule(BaseModel):
    """A rule stated in French with the source it comes from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    statement: str
    source: Source
    to_verify: bool = False

    @property
    def text(self) -> str:
        return f"{self.statement} (à vérifier)" if self.to_verify else self.statement


class Tariff(Rule):
    """A rule that carries a figure: an amount in euros or a percentage."""

    value: Decimal


def tariff(
    code: str, value: str, statement: str, source: Source, to_verify: bool = False
) -> Tariff:
    return Tariff(
        code=code, value=Decimal(value), statement=statement, source=source, to_verify=to_verify
    )


def rule(code: str, statement: str, source: Source, to_verify: bool = False) -> Rule:
    return Rule(code=code, statement=statement, source=source, to_verify=to_verify)
