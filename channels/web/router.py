"""``web_router(settings) -> APIRouter``: the website page, its assets and the demo login.

Routes:

- ``GET /`` — the home page (French) with the assistant widget, which talks to the engine's
  socket.io channel (``PUBLIC_ENGINE_URL``) directly from the browser;
- ``GET /static/web/{asset}`` — the widget's script and style sheet, and the socket.io client
  from ``channels/web/node_modules`` (``npm ci --prefix channels/web``); a ``?v=`` matching the
  content hash is cached for a year (``immutable``), otherwise for five minutes (``ETag``);
- ``GET``/``POST /connexion``, ``POST /deconnexion`` — the demo member login
  (``WEBSITE_DEMO_PASSWORD``), an HttpOnly signed session cookie;
- ``GET /api/member-token`` — a fresh short-lived member token for the logged-in member
  (same origin, cookie authenticated), sent by the widget in the message metadata.

Every response carries a CSP allowing only this origin, plus the engine's for ``connect-src``.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response

from channels.ratelimit import TokenBucketLimiter
from channels.web.auth import LoginOutcome, MemberLookup, WebsiteAuth, repository_lookup
from channels.web.pages import WidgetConfig, home_page, login_disabled_page, login_page
from channels.web.settings import WEB_DIR, WebsiteSettings, get_website_settings

logger = logging.getLogger(__name__)

STATIC_PREFIX = "/static/web/"
TOKEN_URL = "/api/member-token"
MAX_FORM_BYTES = 4096
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "public, max-age=300"
NO_STORE = "no-store"

LOGIN_MESSAGES = {
    LoginOutcome.INVALID: (401, "Numéro d'adhérent ou mot de passe incorrect."),
    LoginOutcome.LIMITED: (429, "Trop de tentatives de connexion. Réessayez dans 5 minutes."),
    LoginOutcome.UNAVAILABLE: (503, "La connexion est momentanément indisponible."),
}
SAME_SITE_FETCHES = frozenset({"same-origin", "none"})


@dataclass(frozen=True)
class Asset:
    path: Path
    media_type: str


def default_assets(vendor_dir: Path | None = None) -> dict[str, Asset]:
    """Asset name (URL under ``/static/web/``) → file; nothing else is served."""
    static = WEB_DIR / "static"
    vendor = vendor_dir or WEB_DIR / "node_modules" / "socket.io-client" / "dist"
    return {
        "site.css": Asset(static / "site.css", "text/css; charset=utf-8"),
        "widget.js": Asset(static / "widget.js", "text/javascript; charset=utf-8"),
        "favicon.svg": Asset(static / "favicon.svg", "image/svg+xml"),
        "vendor/socket.io.min.js": Asset(
            vendor / "socket.io.min.js", "text/javascript; charset=utf-8"
        ),
    }


def _content_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        logger.warning("website asset missing: %s (run `npm ci --prefix channels/web`)", path)
        return "missing"


def content_security_policy(settings: WebsiteSettings) -> str:
    connect = f"'self' {settings.engine_origin}"
    if "websocket" in settings.transports:
        connect += f" {settings.engine_websocket_origin}"
    return "; ".join(
        (
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            f"connect-src {connect}",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        )
    )


def _same_host_origin(request: Request, allowed: frozenset[str]) -> bool:
    """Form posts from this site only (``Origin``, else ``Sec-Fetch-Site``)."""
    origin = request.headers.get("origin")
    if origin is None:
        return request.headers.get("sec-fetch-site", "same-origin") in SAME_SITE_FETCHES
    if origin.rstrip("/").lower() in allowed:
        return True
    return urlsplit(origin).netloc.lower() == request.headers.get("host", "").lower()


async def _read_form(request: Request) -> dict[str, str] | None:
    """``application/x-www-form-urlencoded`` fields (first value each); ``None`` if refused."""
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return None
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            return None
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=10)
    except (UnicodeDecodeError, ValueError):
        return None
    return {name: values[0] for name, values in fields.items() if values}


def web_router(
    settings: WebsiteSettings | None = None,
    *,
    member_exists: MemberLookup | None = None,
    login_limiter: TokenBucketLimiter | None = None,
    vendor_dir: Path | None = None,
) -> APIRouter:
    """The website routes. ``member_exists`` defaults to the members database."""
    settings = settings or get_website_settings()
    auth = WebsiteAuth(
        settings,
        member_exists or repository_lookup(settings.website_members_db_url),
        limiter=login_limiter,
    )
    if not auth.enabled:
        logger.warning(
            "website login disabled: %s not set",
            "WEBSITE_DEMO_PASSWORD" if not settings.demo_password else "MEMBER_TOKEN_SECRET",
        )
    assets = default_assets(vendor_dir)
    hashes = {name: _content_hash(asset.path) for name, asset in assets.items()}
    urls = {name: f"{STATIC_PREFIX}{name}?v={hashes[name]}" for name in assets}
    csp = content_security_policy(settings)
    cookie_name = settings.cookie_name

    def secured(response: Response, cache: str = NO_STORE) -> Response:
        response.headers["Content-Security-Policy"] = csp
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        response.headers["Cache-Control"] = cache
        return response

    def page(html: str, status_code: int = 200) -> Response:
        response = secured(HTMLResponse(html, status_code=status_code))
        response.headers["Vary"] = "Cookie"
        return response

    def current_member(request: Request) -> str | None:
        return auth.member_from_cookie(request.cookies.get(cookie_name))

    router = APIRouter(tags=["website"])

    @router.get("/", response_class=HTMLResponse)
    async def home(request: Request) -> Response:
        config = WidgetConfig(
            engine_url=settings.public_engine_url,
            socket_path=settings.public_engine_socketio_path,
            transports=settings.public_engine_transports,
            metadata_key=settings.website_metadata_key,
            login_enabled=auth.enabled,
            member_id=current_member(request),
            token_url=TOKEN_URL,
        )
        return page(home_page(config, urls))

    @router.get(STATIC_PREFIX + "{name:path}")
    async def static_asset(name: str, request: Request) -> Response:
        asset = assets.get(name)
        if asset is None or not asset.path.is_file():
            return secured(JSONResponse({"detail": "introuvable"}, status_code=404))
        immutable = request.query_params.get("v") == hashes[name] != "missing"
        response = FileResponse(asset.path, media_type=asset.media_type)
        return secured(response, IMMUTABLE if immutable else REVALIDATE)

    @router.get("/connexion", response_class=HTMLResponse)
    async def login_form(request: Request) -> Response:
        if not auth.enabled:
            return page(login_disabled_page(urls), status_code=404)
        if current_member(request):
            return secured(RedirectResponse("/", status_code=303))
        return page(login_page(urls))

    @router.post("/connexion", response_class=HTMLResponse)
    async def login(request: Request) -> Response:
        if not auth.enabled:
            return page(login_disabled_page(urls), status_code=404)
        if not _same_host_origin(request, settings.allowed_origins):
            return page(login_page(urls, error="Requête refusée."), status_code=403)
        form = await _read_form(request)
        if form is None:
            return page(login_page(urls, error="Formulaire invalide."), status_code=400)
        raw_id = form.get("member_id", "")[:40]
        client = request.client.host if request.client else "inconnu"
        result = auth.login(raw_id, form.get("password", ""), client)
        if result.outcome is not LoginOutcome.OK or result.member_id is None:
            status, message = LOGIN_MESSAGES.get(result.outcome, (401, "Connexion refusée."))
            return page(login_page(urls, error=message, member_id=raw_id), status_code=status)
        response = secured(RedirectResponse("/", status_code=303))
        response.set_cookie(
            cookie_name,
            auth.session_cookie(result.member_id),
            max_age=auth.session_seconds,
            path="/",
            secure=settings.secure_cookies,
            httponly=True,
            samesite="lax",
        )
        logger.info("website login: %s", result.member_id)
        return response

    @router.post("/deconnexion")
    async def logout(request: Request) -> Response:
        if not _same_host_origin(request, settings.allowed_origins):
            return secured(JSONResponse({"detail": "requête refusée"}, status_code=403))
        response = secured(RedirectResponse("/", status_code=303))
        response.delete_cookie(
            cookie_name, path="/", secure=settings.secure_cookies, httponly=True, samesite="lax"
        )
        return response

    @router.get(TOKEN_URL)
    async def member_token(request: Request) -> Response:
        if not auth.enabled:
            return secured(JSONResponse({"detail": "connexion désactivée"}, status_code=404))
        if request.headers.get("sec-fetch-site", "same-origin") not in SAME_SITE_FETCHES:
            return secured(JSONResponse({"detail": "requête refusée"}, status_code=403))
        member_id = current_member(request)
        if member_id is None:
            return secured(JSONResponse({"detail": "non connecté"}, status_code=401))
        body = {
            "member_token": auth.member_token(member_id),
            "member_id": member_id,
            "expires_in": settings.website_member_token_ttl_seconds,
        }
        return secured(JSONResponse(body))

    return router
