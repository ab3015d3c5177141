"""Money as exact decimal euros.

Every amount is a :class:`~decimal.Decimal` rounded to the cent with ``ROUND_HALF_UP`` (the
rounding used on French statements). Floats are never used in computations. A float given at a
boundary (YAML numbers such as ``22.90``) is converted through ``str()``, whose shortest
round-trip form gives back the decimal that was typed.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)


def _to_decimal(value: Any) -> Any:
    """Turn floats into the decimal they were written as; leave other input to pydantic."""
    if isinstance(value, bool):
        raise ValueError("un montant ne peut pas être un booléen")
    if isinstance(value, float):
        return Decimal(str(value))
    return value


Money = Annotated[
    Decimal,
    BeforeValidator(_to_decimal),
    Field(ge=0, max_digits=12, decimal_places=2, description="Montant en euros, au centime"),
]
"""A non-negative amount in euros with at most two decimals (pydantic field type)."""


def eur(value: Decimal | int | str) -> Decimal:
    """Build an amount rounded to the cent (``ROUND_HALF_UP``)."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def quantize(value: Decimal) -> Decimal:
    """Round an amount to the cent (``ROUND_HALF_UP``)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def percent_of(amount: Decimal, percent: Decimal | int) -> Decimal:
    """``percent`` % of ``amount``, rounded to the cent."""
    return quantize(amount * Decimal(percent) / HUNDRED)


def clamp(value: Decimal, low: Decimal, high: Decimal) -> Decimal:
    """``value`` limited to ``[low, high]``."""
    return max(low, min(value, high))


def format_eur(amount: Decimal) -> str:
    """French display: ``1 234,50 €`` (no-break spaces); whole euros drop the cents."""
    value = quantize(amount)
    whole, cents = f"{value:.2f}".split(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    groups: list[str] = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    text = sign + "\u00a0".join(groups or ["0"])
    if cents != "00":
        text += f",{cents}"
    return f"{text}\u00a0€"


def format_percent(percent: Decimal | int) -> str:
    """French display of a percentage: ``70 %``, ``12,5 %``."""
    value = Decimal(percent).normalize()
    text = f"{value:f}".replace(".", ",")
    return f"{text}\u00a0%"
