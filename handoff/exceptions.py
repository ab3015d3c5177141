"""Errors raised by :mod:`handoff`.

::

    HandoffError
    ├── HandoffConfigError         a setting (hours file, Chatwoot variables) is unusable
    ├── TicketError                carries ``ticket_id``
    │   ├── TicketNotFoundError    no ticket with this id
    │   ├── TicketAlreadyTakenError another adviser holds it (``holder``)
    │   ├── NotTicketHolderError   the adviser acting does not hold the ticket
    │   └── TicketStateError       the ticket's status forbids the action (``status``)
    ├── AdviserError
    │   ├── AdviserExistsError     the login is taken
    │   ├── AdviserNotFoundError   no adviser with this login
    │   └── WeakPasswordError      the password does not meet the policy
    └── ChatwootError              the Chatwoot API answered with an error or was unreachable
"""

from __future__ import annotations


class HandoffError(Exception):
    """Base class of every error raised by :mod:`handoff`."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class HandoffConfigError(HandoffError):
    """A configuration value cannot be used; the message names it."""


class TicketError(HandoffError):
    """An operation on one ticket failed."""

    def __init__(self, ticket_id: str, message: str) -> None:
        super().__init__(message)
        self.ticket_id = ticket_id


class TicketNotFoundError(TicketError):
    def __init__(self, ticket_id: str) -> None:
        super().__init__(ticket_id, f"Ticket introuvable : {ticket_id}")


class TicketAlreadyTakenError(TicketError):
    def __init__(self, ticket_id: str, holder: str) -> None:
        super().__init__(ticket_id, f"Ticket {ticket_id} déjà pris en charge par {holder}")
        self.holder = holder


class NotTicketHolderError(TicketError):
    def __init__(self, ticket_id: str, adviser: str, holder: str | None) -> None:
        who = holder or "personne"
        super().__init__(
            ticket_id, f"{adviser} ne détient pas le ticket {ticket_id} (détenu par {who})"
        )
        self.adviser = adviser
        self.holder = holder


class TicketStateError(TicketError):
    def __init__(self, ticket_id: str, status: str, action: str) -> None:
        super().__init__(
            ticket_id, f"Ticket {ticket_id} au statut « {status} » : {action} impossible"
        )
        self.status = status
        self.action = action


class AdviserError(HandoffError):
    """An operation on an adviser account failed."""


class AdviserExistsError(AdviserError):
    pass


class AdviserNotFoundError(AdviserError):
    pass


class WeakPasswordError(AdviserError):
    pass


class ChatwootError(HandoffError):
    """The Chatwoot API failed; ``status_code`` is ``None`` for transport errors."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code
