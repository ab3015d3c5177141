"""Console request checks: same-origin (CSRF), bounded bodies, French validation messages,
and the security headers of every console response."""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any, TypeVar
from urllib.parse import urlsplit

from fastapi import HTTPException, Request, status
from pydantic import BaseModel, ValidationError

from channels.security import read_limited_body

M = TypeVar("M", bound=BaseModel)

MAX_BODY_BYTES = 16 * 1024

#: every console response: never cached, never framed, no MIME sniffing, no referrer
BASE_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
#: HTML pages: only the console's own scripts, styles and API
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
PAGE_HEADERS = {**BASE_HEADERS, "Content-Security-Policy": PAGE_CSP}


def api_error(status_code: int, detail: str) -> HTTPException:
    """An HTTP error whose JSON body is ``{"detail": <French message>}``."""
    return HTTPException(status_code, detail=detail, headers=dict(BASE_HEADERS))


def _origin_of(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def same_origin(request: Request, allowed: Collection[str] = ()) -> bool:
    """Whether a state-changing request comes from a console page (CSRF protection).

    ``Sec-Fetch-Site``, when the browser sends it, must be ``same-origin``. ``Origin``, when
    present, must be the host the request was sent to (any scheme: a TLS front end may talk
    plain HTTP to the gateway) or one of ``allowed``. A request with neither header is
    refused: every browser sends ``Origin`` with a ``POST``.
    """
    site = request.headers.get("sec-fetch-site")
    if site is not None and site.lower() != "same-origin":
        return False
    origin = request.headers.get("origin")
    if origin is None:
        return site is not None
    parsed = _origin_of(origin)
    if parsed is None:
        return False
    if parsed in allowed:
        return True
    host = request.headers.get("host", "").lower()
    return bool(host) and parsed.split("://", 1)[1] == host


async def read_body(request: Request, max_bytes: int = MAX_BODY_BYTES) -> bytes:
    """The raw body, or 413 (French) as soon as it exceeds ``max_bytes``."""
    try:
        return await read_limited_body(request, max_bytes)
    except HTTPException as exc:
        raise api_error(
            status.HTTP_413_CONTENT_TOO_LARGE, "Requête trop volumineuse pour la console."
        ) from exc


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def french_validation(exc: ValidationError) -> str:
    """One French sentence for the first problem of ``exc`` (never echoes the input)."""
    errors = exc.errors(include_input=False)
    if not errors:
        return "Requête invalide."
    error = errors[0]
    field = ".".join(str(part) for part in error.get("loc", ())) or "corps"
    kind = error.get("type", "")
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "missing":
        return f"Champ « {field} » manquant."
    if kind == "string_too_short":
        return f"Champ « {field} » vide."
    if kind == "string_too_long":
        return f"Champ « {field} » trop long ({ctx.get('max_length')} caractères au maximum)."
    if kind == "string_type":
        return f"Champ « {field} » : texte attendu."
    if kind == "extra_forbidden":
        return f"Champ inconnu : « {field} »."
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "Objet JSON attendu."
    return f"Champ « {field} » invalide."


async def read_json(request: Request, model: type[M], *, allow_empty: bool = False) -> M:
    """The JSON body as ``model``; 415, 400 or 422 with a French message otherwise."""
    body = await read_body(request)
    if allow_empty and not body.strip():
        return model.model_validate({})
    if media_type(request) != "application/json":
        raise api_error(
            status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, "Corps JSON attendu (application/json)."
        )
    try:
        data = json.loads(body)
    except ValueError:
        raise api_error(status.HTTP_400_BAD_REQUEST, "Corps JSON illisible.") from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise api_error(status.HTTP_422_UNPROCESSABLE_CONTENT, french_validation(exc)) from None
