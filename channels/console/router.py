"""The adviser console and copilot: pages and JSON API, as one router for the gateway.

Pages (French; a missing or expired session redirects to the login page)::

    GET  /console/login        login form          POST /console/login   JSON or form
    GET  /console              queue + conversation + copilot
    GET  /console/copilot      the copilot alone   POST /console/logout
    GET  /console/static/{name}

JSON API (a missing or expired session is a 401; errors are ``{"detail": <French>}``)::

    GET  /api/console/me
    GET  /api/console/tickets                         the queue, most urgent first
    GET  /api/console/tickets/{id}                    summary + transcript (engine tracker)
    POST /api/console/tickets/{id}/take               TicketStore.take + engine pause
    POST /api/console/tickets/{id}/replies {text}     TicketStore.add_reply + delivery
    POST /api/console/tickets/{id}/deliver            send the pending replies again
    POST /api/console/tickets/{id}/release            TicketStore.release + engine resume
    POST /api/console/tickets/{id}/close {note?}      TicketStore.close (+ resume if held)
    GET  /api/copilot/contracts
    POST /api/copilot/answer {question}
    POST /api/copilot/simulate {text, contract_id?}
    POST /api/copilot/care-search {text}

Sessions are :class:`handoff.AdviserDirectory` tokens in an HttpOnly, SameSite=Strict cookie
(``Secure`` unless ``CONSOLE_INSECURE_COOKIES=1``). Every ``POST`` must come from the same
origin (``Sec-Fetch-Site`` / ``Origin``). Every access is written to the audit log, refused
ones and failed logins included; the log never holds what members or advisers wrote.
"""

# No ``from __future__ import annotations`` here: FastAPI must evaluate the endpoints'
# annotations, which name dependencies local to :func:`console_router`.

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import parse_qs

import httpx
from fastapi import APIRouter, Depends, FastAPI, Request, Response, status
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from starlette.concurrency import run_in_threadpool

from channels.console.copilot import (
    ContractOption,
    CopilotInputError,
    CopilotResult,
    CopilotService,
)
from channels.console.delivery import ChannelReplyDelivery, DeliveryReport, ReplyDelivery
from channels.console.engine_api import EngineApi, EngineApiError
from channels.console.pages import console_page, copilot_page, login_page
from channels.console.security import (
    BASE_HEADERS,
    PAGE_HEADERS,
    api_error,
    french_validation,
    media_type,
    read_body,
    read_json,
    same_origin,
)
from channels.console.settings import ConsoleSettings
from channels.console.views import (
    ActionResult,
    AdviserView,
    QueueView,
    ReplyResult,
    TicketDetail,
    TicketView,
    last_member_question,
    message_view,
    transcript_from_ticket,
    transcript_from_tracker,
)
from channels.logs import log_failure, log_ref
from channels.ratelimit import RateDecision, TokenBucketLimiter
from handoff import (
    Adviser,
    AdviserDirectory,
    HandoffTicket,
    NotTicketHolderError,
    TicketAlreadyTakenError,
    TicketError,
    TicketNotFoundError,
    TicketStateError,
    TicketStatus,
    TicketStore,
)

logger = logging.getLogger(__name__)

_T = TypeVar("_T")

LOGIN_PATH = "/console/login"
STATIC_DIR = Path(__file__).with_name("static")
STATIC_FILES = {
    "console.css": "text/css; charset=utf-8",
    "console.js": "text/javascript; charset=utf-8",
    "login.js": "text/javascript; charset=utf-8",
}
ANONYMOUS = "anonyme"
NOT_LOGGED_IN = "Session absente ou expirée : reconnectez-vous."
BAD_CREDENTIALS = "Identifiant ou mot de passe incorrect."
THROTTLED = "Trop de tentatives de connexion : réessayez dans quelques minutes."
CSRF_REFUSED = "Requête refusée : elle ne vient pas de la console."


# -- request bodies ---------------------------------------------------------------------------


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class LoginIn(_Body):
    login: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)


class ReplyIn(_Body):
    text: str = Field(min_length=1, max_length=4096)


class CloseIn(_Body):
    note: str | None = Field(default=None, max_length=500)


class _AboutTicket(_Body):
    ticket_id: str | None = Field(default=None, max_length=64)

    @field_validator("ticket_id", mode="before")
    @classmethod
    def blank_ticket_is_none(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value


class QuestionIn(_AboutTicket):
    question: str = Field(min_length=1, max_length=2000)


class SimulateIn(_AboutTicket):
    text: str = Field(min_length=1, max_length=2000)
    contract_id: str | None = Field(default=None, max_length=64)

    @field_validator("contract_id", mode="before")
    @classmethod
    def blank_contract_is_none(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value


class CareSearchIn(_AboutTicket):
    text: str = Field(min_length=1, max_length=2000)


class MeView(AdviserView):
    refresh_seconds: int


# -- helpers ----------------------------------------------------------------------------------


async def _tp(function: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
    """Run blocking work (SQL, scrypt, retrieval) off the event loop."""
    return await run_in_threadpool(function, *args, **kwargs)


def _page(html: str, status_code: int = 200) -> HTMLResponse:
    return HTMLResponse(html, status_code=status_code, headers=dict(PAGE_HEADERS))


def _redirect(to: str) -> RedirectResponse:
    return RedirectResponse(to, status_code=status.HTTP_303_SEE_OTHER, headers=dict(BASE_HEADERS))


def _ticket_error(exc: TicketError) -> Exception:
    if isinstance(exc, TicketNotFoundError):
        return api_error(status.HTTP_404_NOT_FOUND, "Ticket introuvable.")
    if isinstance(exc, TicketAlreadyTakenError):
        return api_error(
            status.HTTP_409_CONFLICT, f"Ce ticket vient d'être pris en charge par {exc.holder}."
        )
    if isinstance(exc, NotTicketHolderError):
        holder = exc.holder or "personne"
        return api_error(
            status.HTTP_403_FORBIDDEN, f"Vous ne détenez pas ce ticket (détenu par {holder})."
        )
    if isinstance(exc, TicketStateError):
        try:
            label = TicketStatus(exc.status).label
        except ValueError:
            label = exc.status
        return api_error(
            status.HTTP_409_CONFLICT, f"Action impossible : le ticket est « {label} »."
        )
    return api_error(status.HTTP_400_BAD_REQUEST, "Action impossible sur ce ticket.")


def _client_key(request: Request) -> str:
    return request.client.host if request.client is not None else "?"


def console_router(
    settings: ConsoleSettings | None = None,
    *,
    store: TicketStore,
    directory: AdviserDirectory,
    engine_api: EngineApi,
    copilot: CopilotService,
    delivery: ReplyDelivery | None = None,
    login_limiter: TokenBucketLimiter | None = None,
    close_engine_api: bool = False,
) -> APIRouter:
    """The console routes (pages, console API, copilot API) on these services.

    ``delivery`` defaults to :class:`ChannelReplyDelivery` on the gateway's WhatsApp and
    Telegram clients (``app.state.gateway``) and on ``engine_api``. With
    ``close_engine_api``, the router closes ``engine_api`` when the application stops.
    """
    settings = settings or ConsoleSettings()
    # per login name: the attempts allowed; per client address: ten times more, because a
    # whole call centre may log in from one address at the start of a shift
    limiter = login_limiter or TokenBucketLimiter(settings.console_login_attempts, 300.0)
    client_limiter = TokenBucketLimiter(settings.console_login_attempts * 10, 300.0)
    denied_audit = TokenBucketLimiter(30, 300.0)
    allowed_origins = settings.allowed_origins
    static = {name: (STATIC_DIR / name).read_bytes() for name in STATIC_FILES}

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if close_engine_api:
            await engine_api.aclose()

    def set_headers(response: Response) -> None:
        response.headers.update(BASE_HEADERS)

    router = APIRouter(lifespan=lifespan, dependencies=[Depends(set_headers)], tags=["console"])

    # -- audit and sessions -------------------------------------------------------------------

    async def audit(actor: str, action: str, target: str, detail: str | None = None) -> None:
        await _tp(directory.record_access, actor, action, target, detail)

    async def audit_denied(request: Request, action: str, actor: str = ANONYMOUS) -> None:
        # bounded per client, so that anonymous requests cannot flood the audit log
        if denied_audit.check(_client_key(request)) is RateDecision.ALLOWED:
            await audit(actor, action, request.url.path[:128])

    async def session_adviser(request: Request) -> Adviser | None:
        token = request.cookies.get(settings.cookie_name, "")
        if not token or len(token) > 256:
            return None
        return await _tp(directory.adviser_for_token, token)

    async def api_adviser(request: Request) -> Adviser:
        adviser = await session_adviser(request)
        if adviser is None:
            await audit_denied(request, "access.denied")
            raise api_error(status.HTTP_401_UNAUTHORIZED, NOT_LOGGED_IN)
        return adviser

    async def check_origin(request: Request) -> None:
        if not same_origin(request, allowed_origins):
            adviser = await session_adviser(request)
            await audit_denied(request, "csrf.refused", adviser.login if adviser else ANONYMOUS)
            raise api_error(status.HTTP_403_FORBIDDEN, CSRF_REFUSED)

    async def post_adviser(request: Request) -> Adviser:
        await check_origin(request)
        return await api_adviser(request)

    Reader = Annotated[Adviser, Depends(api_adviser)]
    Writer = Annotated[Adviser, Depends(post_adviser)]

    def set_session_cookie(response: Response, token: str, expires_at: datetime) -> None:
        max_age = max(0, int((expires_at - datetime.now(UTC)).total_seconds()))
        response.set_cookie(
            settings.cookie_name,
            token,
            max_age=max_age,
            path="/",
            secure=settings.secure_cookies,
            httponly=True,
            samesite="strict",
        )

    def clear_session_cookie(response: Response) -> None:
        response.delete_cookie(
            settings.cookie_name,
            path="/",
            secure=settings.secure_cookies,
            httponly=True,
            samesite="strict",
        )

    # -- pages --------------------------------------------------------------------------------

    @router.get(LOGIN_PATH, response_class=HTMLResponse, include_in_schema=False)
    async def login_form(request: Request) -> Response:
        if await session_adviser(request) is not None:
            return _redirect("/console")
        return _page(login_page())

    @router.post(LOGIN_PATH, include_in_schema=False)
    async def login(request: Request) -> Response:
        is_form = media_type(request) == "application/x-www-form-urlencoded"
        if not same_origin(request, allowed_origins):
            await audit_denied(request, "csrf.refused")
            if is_form:
                return _page(login_page(CSRF_REFUSED), status.HTTP_403_FORBIDDEN)
            raise api_error(status.HTTP_403_FORBIDDEN, CSRF_REFUSED)
        credentials = await _login_input(request, is_form)
        if isinstance(credentials, Response):
            return credentials
        name = credentials.login.strip().lower()
        throttled = (
            limiter.check(f"login:{name}") is not RateDecision.ALLOWED
            or client_limiter.check(_client_key(request)) is not RateDecision.ALLOWED
        )
        if throttled:
            await audit(name[:64] or "?", "auth.throttled", "console")
            if is_form:
                return _page(login_page(THROTTLED, name), status.HTTP_429_TOO_MANY_REQUESTS)
            raise api_error(status.HTTP_429_TOO_MANY_REQUESTS, THROTTLED)
        issued = await _tp(directory.login, credentials.login, credentials.password)
        if issued is None:  # AdviserDirectory.authenticate wrote "auth.failed"
            if is_form:
                return _page(login_page(BAD_CREDENTIALS, name), status.HTTP_401_UNAUTHORIZED)
            raise api_error(status.HTTP_401_UNAUTHORIZED, BAD_CREDENTIALS)
        adviser = await _tp(directory.get, issued.login)
        response: Response
        if is_form:
            response = _redirect("/console")
        else:
            response = JSONResponse(
                {
                    "login": issued.login,
                    "display_name": adviser.display_name if adviser else issued.login,
                    "expires_at": issued.expires_at.isoformat(),
                },
                headers=dict(BASE_HEADERS),
            )
        set_session_cookie(response, issued.token.get_secret_value(), issued.expires_at)
        return response

    async def _login_input(request: Request, is_form: bool) -> LoginIn | Response:
        if not is_form:
            return await read_json(request, LoginIn)
        body = await read_body(request)
        try:
            fields = parse_qs(body.decode("utf-8", "replace"), max_num_fields=5)
            return LoginIn(
                login=fields.get("login", [""])[0], password=fields.get("password", [""])[0]
            )
        except ValueError as exc:
            message = (
                french_validation(exc)
                if isinstance(exc, ValidationError)
                else "Formulaire illisible."
            )
            return _page(login_page(message), status.HTTP_400_BAD_REQUEST)

    @router.post("/console/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        await check_origin(request)
        token = request.cookies.get(settings.cookie_name, "")
        if token and len(token) <= 256:
            await _tp(directory.revoke_session, token)  # audited as "session.revoke"
        response: Response
        if media_type(request) == "application/x-www-form-urlencoded":
            response = _redirect(LOGIN_PATH)
        else:
            response = JSONResponse({"status": "déconnecté"}, headers=dict(BASE_HEADERS))
        clear_session_cookie(response)
        return response

    @router.get("/console", response_class=HTMLResponse, include_in_schema=False)
    async def console(request: Request) -> Response:
        adviser = await session_adviser(request)
        if adviser is None:
            await audit_denied(request, "access.denied")
            return _redirect(LOGIN_PATH)
        await audit(adviser.login, "console.page", "console")
        return _page(console_page(adviser.display_name, settings.console_queue_refresh_seconds))

    @router.get("/console/copilot", response_class=HTMLResponse, include_in_schema=False)
    async def copilot_alone(request: Request) -> Response:
        adviser = await session_adviser(request)
        if adviser is None:
            await audit_denied(request, "access.denied")
            return _redirect(LOGIN_PATH)
        await audit(adviser.login, "copilot.page", "copilot")
        return _page(copilot_page(adviser.display_name))

    @router.get("/console/static/{name}", include_in_schema=False)
    async def static_file(name: str) -> Response:
        if name not in static:
            raise api_error(status.HTTP_404_NOT_FOUND, "Fichier introuvable.")
        headers = {**BASE_HEADERS, "Cache-Control": "no-cache"}
        return Response(static[name], media_type=STATIC_FILES[name], headers=headers)

    # -- console API --------------------------------------------------------------------------

    def view(ticket: HandoffTicket, adviser: Adviser) -> TicketView:
        return TicketView.of(ticket, adviser.login, datetime.now(UTC))

    async def held_ticket(ticket_id: str, adviser: Adviser) -> HandoffTicket:
        ticket = await _tp(store.get, ticket_id)
        if ticket is None:
            raise _ticket_error(TicketNotFoundError(ticket_id))
        if ticket.status is not TicketStatus.ASSIGNED:
            raise _ticket_error(TicketStateError(ticket_id, ticket.status.value, "envoi"))
        if ticket.assigned_to != adviser.login:
            raise _ticket_error(NotTicketHolderError(ticket_id, adviser.login, ticket.assigned_to))
        return ticket

    async def resume(ticket: HandoffTicket) -> str | None:
        try:
            await engine_api.resume(ticket.conversation_id)
        except EngineApiError as exc:
            return (
                f"{exc} L'assistant risque de rester silencieux : cliquez de nouveau sur "
                "« Rendre au bot » ou prévenez le support."
            )
        return None

    async def deliver(request: Request, ticket: HandoffTicket, adviser: Adviser) -> DeliveryReport:
        pending = await _tp(store.pending_replies, ticket.conversation_id)
        sender = delivery or _default_delivery(request)
        try:
            report = await sender.deliver(ticket, pending)
        except Exception as exc:
            log_failure(logger, f"reply delivery for {log_ref(ticket.conversation_id)} failed", exc)
            report = DeliveryReport(
                route="none",
                pending=[m.id for m in pending],
                error="L'envoi a échoué : la réponse reste en attente, réessayez.",
            )
        detail = (
            f"{report.route} : {len(report.delivered)} envoyé(s), {len(report.pending)} en attente"
        )
        await audit(adviser.login, "reply.delivery", ticket.id, detail)
        return report

    def _default_delivery(request: Request) -> ReplyDelivery:
        gateway = getattr(request.app.state, "gateway", None)
        return ChannelReplyDelivery(
            store,
            engine_api,
            whatsapp=getattr(gateway, "whatsapp", None),
            telegram=getattr(gateway, "telegram", None),
            settings=settings,
        )

    @router.get("/api/console/me")
    async def me(adviser: Reader) -> MeView:
        await audit(adviser.login, "console.me", "console")
        return MeView(
            login=adviser.login,
            display_name=adviser.display_name,
            role=adviser.role.value,
            refresh_seconds=settings.console_queue_refresh_seconds,
        )

    @router.get("/api/console/tickets")
    async def queue(adviser: Reader) -> QueueView:
        tickets = await _tp(store.queue, include_assigned=True)
        await audit(adviser.login, "queue.view", "queue", f"{len(tickets)} ticket(s)")
        now = datetime.now(UTC)
        return QueueView(
            tickets=[TicketView.of(t, adviser.login, now) for t in tickets], refreshed_at=now
        )

    @router.get("/api/console/tickets/{ticket_id}")
    async def ticket_detail(ticket_id: str, adviser: Reader) -> TicketDetail:
        ticket = await _tp(store.get, ticket_id, actor=adviser.login)  # audited: ticket.view
        if ticket is None:
            raise _ticket_error(TicketNotFoundError(ticket_id))
        messages = await _tp(store.messages, ticket_id)
        notice: str | None = None
        paused: bool | None = None
        try:
            tracker = await engine_api.tracker(ticket.conversation_id)
        except EngineApiError as exc:
            transcript = transcript_from_ticket(ticket, messages)
            source = "summary"
            notice = f"{exc} Extraits enregistrés avec le ticket affichés à la place."
        else:
            events = tracker.get("events")
            transcript = transcript_from_tracker(
                events if isinstance(events, list) else [], messages
            )
            source = "engine"
            paused = tracker.get("paused") if isinstance(tracker.get("paused"), bool) else None
        await audit(adviser.login, "conversation.read", ticket_id, source)
        return TicketDetail(
            ticket=view(ticket, adviser),
            transcript=transcript,
            transcript_source="engine" if source == "engine" else "summary",
            last_question=last_member_question(transcript),
            paused=paused,
            notice=notice,
        )

    @router.post("/api/console/tickets/{ticket_id}/take")
    async def take(ticket_id: str, adviser: Writer) -> ActionResult:
        try:
            ticket = await _tp(store.take, ticket_id, adviser.login)  # audited: ticket.take
        except TicketError as exc:
            raise _ticket_error(exc) from None
        warning: str | None = None
        try:
            await engine_api.pause(ticket.conversation_id)
        except EngineApiError as exc:
            warning = (
                f"{exc} Le ticket est bien à vous, mais l'assistant pourrait encore répondre "
                "sur le site : réessayez « Prendre »."
            )
        return ActionResult(ticket=view(ticket, adviser), warning=warning)

    @router.post("/api/console/tickets/{ticket_id}/replies")
    async def reply(request: Request, ticket_id: str, adviser: Writer) -> ReplyResult:
        body = await read_json(request, ReplyIn)
        try:
            message = await _tp(store.add_reply, ticket_id, adviser.login, body.text)
        except TicketError as exc:
            raise _ticket_error(exc) from None
        except ValueError as exc:
            raise api_error(
                status.HTTP_422_UNPROCESSABLE_CONTENT, f"Réponse refusée : {exc}."
            ) from None
        ticket = await held_ticket(ticket_id, adviser)
        report = await deliver(request, ticket, adviser)
        return ReplyResult(
            message=message_view(message, report.delivered), delivery=report, warning=report.error
        )

    @router.post("/api/console/tickets/{ticket_id}/deliver")
    async def deliver_again(request: Request, ticket_id: str, adviser: Writer) -> DeliveryReport:
        ticket = await held_ticket(ticket_id, adviser)
        return await deliver(request, ticket, adviser)

    @router.post("/api/console/tickets/{ticket_id}/release")
    async def release(ticket_id: str, adviser: Writer) -> ActionResult:
        try:
            ticket = await _tp(store.release, ticket_id, adviser.login)  # audited
        except TicketStateError as exc:
            current = await _tp(store.get, ticket_id)
            retry = (
                current is not None
                and current.status is TicketStatus.RELEASED
                and current.assigned_to == adviser.login
            )
            if current is None or not retry:
                raise _ticket_error(exc) from None
            ticket = current  # released already: only the engine's resume is retried
            await audit(adviser.login, "engine.resume.retry", ticket_id)
        except TicketError as exc:
            raise _ticket_error(exc) from None
        return ActionResult(ticket=view(ticket, adviser), warning=await resume(ticket))

    @router.post("/api/console/tickets/{ticket_id}/close")
    async def close(request: Request, ticket_id: str, adviser: Writer) -> ActionResult:
        body = await read_json(request, CloseIn, allow_empty=True)
        before = await _tp(store.get, ticket_id)
        if before is None:
            raise _ticket_error(TicketNotFoundError(ticket_id))
        try:
            ticket = await _tp(store.close, ticket_id, adviser.login, note=body.note)
        except TicketError as exc:
            raise _ticket_error(exc) from None
        warning = await resume(ticket) if before.status is TicketStatus.ASSIGNED else None
        return ActionResult(ticket=view(ticket, adviser), warning=warning)

    # -- copilot API --------------------------------------------------------------------------

    async def run_copilot(call: Callable[[], CopilotResult]) -> CopilotResult:
        try:
            return await _tp(call)
        except CopilotInputError as exc:
            raise api_error(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from None

    @router.get("/api/copilot/contracts")
    async def contracts(adviser: Reader) -> list[ContractOption]:
        await audit(adviser.login, "copilot.contracts", "copilot")
        try:
            return await _tp(copilot.contracts)
        except Exception as exc:
            log_failure(logger, "contract catalogue unavailable", exc)
            raise api_error(
                status.HTTP_503_SERVICE_UNAVAILABLE, "Catalogue des contrats indisponible."
            ) from None

    @router.post("/api/copilot/answer")
    async def copilot_answer(request: Request, adviser: Writer) -> CopilotResult:
        body = await read_json(request, QuestionIn)
        await audit(
            adviser.login,
            "copilot.answer",
            body.ticket_id or "copilot",
            f"{len(body.question)} car.",
        )
        return await run_copilot(lambda: copilot.answer(body.question))

    @router.post("/api/copilot/simulate")
    async def copilot_simulate(request: Request, adviser: Writer) -> CopilotResult:
        body = await read_json(request, SimulateIn)
        await audit(
            adviser.login, "copilot.simulate", body.ticket_id or "copilot", f"{len(body.text)} car."
        )
        return await run_copilot(lambda: copilot.simulate(body.text, body.contract_id))

    @router.post("/api/copilot/care-search")
    async def copilot_care_search(request: Request, adviser: Writer) -> CopilotResult:
        body = await read_json(request, CareSearchIn)
        await audit(
            adviser.login,
            "copilot.care_search",
            body.ticket_id or "copilot",
            f"{len(body.text)} car.",
        )
        return await run_copilot(lambda: copilot.care_search(body.text))

    return router


def console_router_from_env(
    settings: ConsoleSettings | None = None,
    *,
    db_url: str | None = None,
    copilot: CopilotService | None = None,
    delivery: ReplyDelivery | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> APIRouter:
    """The console on the project's database (``MUTUELLE_DB_URL``) and the engine of
    ``ENGINE_URL`` / ``RASA_AUTH_TOKEN``; its engine client is closed at shutdown."""
    from handoff import make_engine

    settings = settings or ConsoleSettings()
    engine = make_engine(db_url)
    engine_api = EngineApi(
        settings.engine_url,
        token=settings.engine_token(),
        timeout=settings.engine_api_timeout_seconds,
        transport=transport,
    )
    return console_router(
        settings,
        store=TicketStore(engine),
        directory=AdviserDirectory(engine),
        engine_api=engine_api,
        copilot=copilot or CopilotService(),
        delivery=delivery,
        close_engine_api=True,
    )
