"""Errors raised by the channels gateway.

::

    GatewayError
    ├── EngineUnavailableError   the engine did not answer, or answered something unusable
    └── ChannelSendError         a platform refused a message or could not be reached
        ├── WhatsAppSendError
        └── TelegramSendError

Messages never contain the member's words nor a secret: a status code and the platform's
error code at most.
"""

from __future__ import annotations


class GatewayError(Exception):
    """Base class of every error raised by :mod:`channels`."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class EngineUnavailableError(GatewayError):
    """The engine's REST channel failed: network error, timeout, error status or bad JSON."""


class ChannelSendError(GatewayError):
    """A platform API refused a message (``status_code`` set) or could not be reached."""

    def __init__(
        self, message: str, *, status_code: int | None = None, error_code: str | None = None
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error_code = error_code


class WhatsAppSendError(ChannelSendError):
    """The WhatsApp Cloud API refused a message or could not be reached."""


class TelegramSendError(ChannelSendError):
    """The Telegram Bot API refused a call or could not be reached."""
