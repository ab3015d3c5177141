"""Logging without personal data: conversations by digest, failures by exception type.

The member's words are never logged as such (``privacy.redaction.redact`` first, at debug
level only), nor phone numbers, chat ids or secrets. Exceptions are logged by type: their
message (a pydantic ``ValidationError`` quotes its input) may carry the member's words; the
traceback is kept for debug level.
"""

from __future__ import annotations

import hashlib
import logging


def log_ref(conversation: str) -> str:
    """A short, stable, one-way reference to a conversation for logs."""
    return hashlib.sha256(conversation.encode("utf-8")).hexdigest()[:12]


def log_failure(logger: logging.Logger, what: str, exc: BaseException) -> None:
    """``what`` failed: the exception type at error level, the traceback at debug level."""
    logger.error("%s: %s", what, type(exc).__name__)
    logger.debug("%s: traceback", what, exc_info=exc)
