"""Errors raised by the reimbursement package.

Catch :class:`ReimbursementError` to handle every error of this package::

    ReimbursementError
    ├── ContractDataError      the contracts file is missing, unreadable or breaks a rule
    ├── UnknownContractError   no contract has the requested id
    └── UnsupportedCareError   the simulator has no sourced rule for this case
"""

from __future__ import annotations


class ReimbursementError(Exception):
    """Base class of every error raised by :mod:`reimbursement`."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class ContractDataError(ReimbursementError):
    """The contract data cannot be loaded or does not respect a contrat responsable rule."""


class UnknownContractError(ReimbursementError, KeyError):
    """No contract of the catalogue has the requested id."""

    def __init__(self, contract_id: str, known: tuple[str, ...] = ()) -> None:
        self.contract_id = contract_id
        self.known = known
        hint = f" (contrats connus : {', '.join(known)})" if known else ""
        super().__init__(f"contrat inconnu : {contract_id!r}{hint}")

    def __str__(self) -> str:  # KeyError would quote the message again
        return str(self.args[0])


class UnsupportedCareError(ReimbursementError):
    """The care described is valid input but the simulator has no sourced rule for it."""


class RecommendationError(ReimbursementError):
    """The recommendation request cannot be answered."""
