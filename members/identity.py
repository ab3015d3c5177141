"""Signed member identity for conversations.

The engine's REST channel is public, so a ``member_id`` written by the client in the message
metadata proves nothing. The gateway (or the insurer's website, once the member has logged in)
puts a ``member_token`` instead: ``<member_id>.<expiry>.<HMAC-SHA256>``, signed with the
secret shared with the action server (``MEMBER_TOKEN_SECRET``). Actions trust only a token
whose signature and expiry check out.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from pathlib import Path

ENV_VAR = "MEMBER_TOKEN_SECRET"
DEFAULT_TTL_SECONDS = 8 * 3600


def _signature(secret: str, payload: str) -> str:
    digest = hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def sign_member_token(
    member_id: str, secret: str, *, ttl_seconds: int = DEFAULT_TTL_SECONDS, now: float | None = None
) -> str:
    """A token naming ``member_id`` until ``now + ttl_seconds``."""
    if not secret:
        raise ValueError("a member token needs a non-empty secret")
    if "." in member_id or not member_id.strip():
        raise ValueError("invalid member id")
    expiry = int((time.time() if now is None else now) + ttl_seconds)
    payload = f"{member_id}.{expiry}"
    return f"{payload}.{_signature(secret, payload)}"


def verify_member_token(token: object, secret: str, *, now: float | None = None) -> str | None:
    """The member id of a valid, unexpired token; ``None`` for anything else."""
    if not secret or not isinstance(token, str) or token.count(".") != 2:
        return None
    member_id, expiry, signature = token.split(".")
    expected = _signature(secret, f"{member_id}.{expiry}")
    if not hmac.compare_digest(signature, expected):
        return None
    try:
        expires_at = int(expiry)
    except ValueError:
        return None
    if expires_at < (time.time() if now is None else now):
        return None
    return member_id or None


def secret_from_env(default_file: Path | None = None) -> str:
    """``MEMBER_TOKEN_SECRET``, else the content of ``default_file`` when it exists, else ''."""
    secret = os.environ.get(ENV_VAR, "")
    if secret:
        return secret
    if default_file is not None and default_file.is_file():
        return default_file.read_text().strip()
    return ""
