"""Webhook authentication helpers: bounded body reading and constant-time checks."""

from __future__ import annotations

import hashlib
import hmac

from fastapi import HTTPException, Request, status

SIGNATURE_PREFIX = "sha256="


def secrets_match(given: str, expected: str) -> bool:
    """Constant-time comparison of two secrets (any characters)."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def hub_signature(app_secret: str, body: bytes) -> str:
    """The ``X-Hub-Signature-256`` value Meta sends for ``body``."""
    digest = hmac.new(app_secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return SIGNATURE_PREFIX + digest


def valid_hub_signature(app_secret: str, body: bytes, header: str) -> bool:
    """Whether ``header`` is the HMAC-SHA256 of the raw ``body`` with the app secret."""
    if not header.startswith(SIGNATURE_PREFIX):
        return False
    return secrets_match(header.strip().lower(), hub_signature(app_secret, body))


async def read_limited_body(request: Request, max_bytes: int) -> bytes:
    """The raw body, or 413 as soon as it is known to exceed ``max_bytes``."""
    too_large = HTTPException(status.HTTP_413_CONTENT_TOO_LARGE, detail="body too large")
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > max_bytes:
            raise too_large
    return bytes(body)


def parse_origins(csv: str) -> frozenset[str]:
    """Allowed origins from a comma-separated setting, normalised for comparison."""
    return frozenset(o.strip().rstrip("/").lower() for o in csv.split(",") if o.strip())
