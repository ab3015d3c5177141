"""Chatwoot as a channel (optional): ``POST /webhooks/chatwoot``, the Agent Bot webhook.

For insurers whose advisers already work in Chatwoot. The assistant is a Chatwoot *Agent Bot*
attached to the inbox: Chatwoot calls this webhook for every event of the inbox, the bot
answers with the API (:class:`handoff.chatwoot.ChatwootClient`) and, when the engine hands
over, posts the ticket's brief as a private note and opens the conversation to the humans.

Authentication: Agent Bot webhooks are not signed, so the bot's outgoing URL carries a secret,
``https://gateway.example/webhooks/chatwoot?token=<CHATWOOT_WEBHOOK_TOKEN>``, compared in
constant time: missing is 401, wrong is 403, and nothing is processed. The body is read
within the gateway's ``max_body_bytes``.

Processed: ``message_created``, ``incoming`` (written by the contact, not private), of the
configured account and inbox, while the conversation is ``pending`` — the bot's status in
Chatwoot. Once a conversation is ``open`` the humans have it: Chatwoot still sends the
member's messages to the bot (by design), and they are ignored. The message becomes an
:class:`~channels.models.InboundMessage` of channel ``chatwoot`` whose sender is the
Chatwoot conversation id (engine conversation ``chatwoot:<id>``) and whose message id is
Chatwoot's, for the pipeline's duplicate check. Everything else — the agents' own messages
(:func:`handoff.chatwoot.parse_agent_reply`: Chatwoot delivers them itself), the bot's
echoes, private notes, other events — is acknowledged and ignored.

Replies are posted as plain text, in order (:func:`render_chatwoot`): texts, envelope sources
as ``Source : titre (mis à jour le JJ/MM/AAAA) url``, buttons as a numbered list that the
gateway remembers. A ``handoff`` envelope — or an ``emergency`` one while the conversation has
an active ticket (a crisis opens an urgent ticket) — hands the conversation over with the
ticket of ``chatwoot:<id>`` (:meth:`handoff.chatwoot.ChatwootClient.hand_over`); without a
ticket, the conversation is opened to the humans all the same.

Processing runs after the response (Chatwoot waits 5 seconds at most): the webhook answers
200 to every authenticated, well-formed delivery, and Chatwoot errors are logged (type and
HTTP status, never the text) instead of making Chatwoot deliver again.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Annotated, Any, Final

from fastapi import APIRouter, BackgroundTasks, Depends, FastAPI, HTTPException, Request, status

from channels import replies
from channels.app import Gateway, get_gateway
from channels.choices import Choice
from channels.compose import ImagePart, TextPart, compose
from channels.logs import log_failure, log_ref
from channels.models import BotReply, InboundMessage
from channels.pipeline import Pipeline
from channels.security import read_limited_body, secrets_match
from channels.text import Line, TextStyle, pack
from handoff.chatwoot import ChatwootClient, ChatwootSettings, as_int, as_mapping, parse_agent_reply
from handoff.exceptions import ChatwootError, HandoffConfigError
from handoff.store import TicketStore

logger = logging.getLogger(__name__)

WEBHOOK_PATH: Final = "/webhooks/chatwoot"
TOKEN_PARAM: Final = "token"
TOKEN_ENV: Final = "CHATWOOT_WEBHOOK_TOKEN"
MIN_TOKEN_CHARS: Final = 16
CHANNEL: Final = "chatwoot"
#: Chatwoot relays the text to the inbox's own channel (WhatsApp, Telegram… at 4,096)
TEXT_LIMIT: Final = 4096
#: the conversation status in which the bot answers; ``open`` belongs to the humans
BOT_STATUS: Final = "pending"


def _identity(text: str) -> str:
    return text


CHATWOOT_STYLE = TextStyle(limit=TEXT_LIMIT, bold=_identity, escape=_identity)


# ---------------------------------------------------------------- rendering


@dataclass(frozen=True)
class ChatwootText:
    """One message to post; ``numbered_choices`` are remembered by the gateway, not sent."""

    content: str
    numbered_choices: tuple[Choice, ...] = ()


def _unique(choices: Sequence[Choice]) -> tuple[Choice, ...]:
    seen: set[str] = set()
    unique: list[Choice] = []
    for choice in choices:
        if choice.title not in seen:
            seen.add(choice.title)
            unique.append(choice)
    return tuple(unique)


def render_chatwoot(bot_replies: Sequence[BotReply]) -> list[ChatwootText]:
    """Plain-text messages for one engine turn, in order (see the module docstring)."""
    messages: list[ChatwootText] = []
    for part in compose(bot_replies):
        if isinstance(part, TextPart):
            messages.extend(ChatwootText(t) for t in pack(part.blocks, CHATWOOT_STYLE))
        elif isinstance(part, ImagePart):
            messages.append(ChatwootText(part.url))
        else:
            choices = _unique(part.choices)
            if not choices:
                messages.extend(ChatwootText(t) for t in pack(part.prompt, CHATWOOT_STYLE))
                continue
            prompt = part.prompt or ((Line(replies.CHOOSE_AN_OPTION),),)
            numbered = tuple(Line(f"{n}. {c.title}") for n, c in enumerate(choices, start=1))
            texts = pack([*prompt, numbered, (Line(replies.NUMBERED_CHOICE_HINT),)], CHATWOOT_STYLE)
            messages.extend(ChatwootText(t) for t in texts[:-1])
            messages.append(ChatwootText(texts[-1], numbered_choices=choices))
    return messages


def hands_over(bot_replies: Sequence[BotReply]) -> bool:
    """Whether the turn hands the conversation to an adviser (a ``handoff`` envelope)."""
    return any((e := r.envelope) is not None and e.kind == "handoff" for r in bot_replies)


def is_emergency(bot_replies: Sequence[BotReply]) -> bool:
    return any((e := r.envelope) is not None and e.kind == "emergency" for r in bot_replies)


# ---------------------------------------------------------------- parsing


@dataclass(frozen=True)
class ChatwootIncoming:
    """A member message to answer, with the Chatwoot conversation to answer in."""

    conversation_id: int
    message: InboundMessage


def parse_incoming(
    payload: Mapping[str, Any], settings: ChatwootSettings
) -> ChatwootIncoming | None:
    """The contact's message to answer, or ``None`` for anything the bot must not answer.

    Kept: ``message_created``, ``message_type`` incoming (``"incoming"`` or ``0``), not private,
    a sender of type ``contact`` (when given), the configured account (when given) and inbox,
    a conversation still ``pending`` (the bot's), and some text or an attachment (which the
    pipeline answers as unreadable content).
    """
    if payload.get("event") != "message_created":
        return None
    if payload.get("message_type") not in ("incoming", 0) or payload.get("private") is True:
        return None
    sender_type = as_mapping(payload.get("sender")).get("type")
    if sender_type is not None and sender_type != "contact":
        return None
    conversation = as_mapping(payload.get("conversation"))
    conversation_id = as_int(conversation.get("id"))
    message_id = as_int(payload.get("id"))
    if conversation_id is None or message_id is None:
        return None
    account = as_int(as_mapping(payload.get("account")).get("id"))
    if account is not None and account != settings.account_id:
        return None
    inbox = as_int(as_mapping(payload.get("inbox")).get("id"))
    if inbox is None:
        inbox = as_int(conversation.get("inbox_id"))
    if inbox != settings.inbox_id:
        return None
    if conversation.get("status") != BOT_STATUS:
        return None
    content = payload.get("content")
    text = content.strip() if isinstance(content, str) else ""
    attachments = payload.get("attachments")
    has_attachments = isinstance(attachments, list) and bool(attachments)
    if not text and not has_attachments:
        return None
    message = InboundMessage(
        channel=CHANNEL,
        sender_id=str(conversation_id),
        text=text,
        message_id=str(message_id),
        unsupported=not text,
    )
    return ChatwootIncoming(conversation_id, message)


# ---------------------------------------------------------------- processing


async def _active_ticket_hand_over(
    client: ChatwootClient,
    store: TicketStore,
    incoming: ChatwootIncoming,
    *,
    required: bool,
) -> None:
    """Hand over with the conversation's active ticket; without one, open it only if
    ``required`` (an explicit handoff), else leave the conversation to the bot."""
    conversation = incoming.message.conversation_id
    ref = log_ref(conversation)
    try:
        ticket = await asyncio.to_thread(store.active_ticket_for, conversation)
    except Exception as exc:
        log_failure(logger, f"ticket of Chatwoot conversation {ref} unreadable", exc)
        ticket = None
    if ticket is not None:
        await client.hand_over(incoming.conversation_id, ticket)
        logger.info("Chatwoot conversation %s handed over (ticket %s)", ref, ticket.id)
    elif required:
        await client.toggle_status(incoming.conversation_id, "open")
        logger.warning("Chatwoot conversation %s opened to agents without a ticket", ref)


def _log_chatwoot_error(what: str, ref: str, exc: ChatwootError) -> None:
    """Status or transport error type only: the exception's message names the API path."""
    if exc.status_code is not None:
        reason = f"HTTP {exc.status_code}"
    else:
        reason = type(exc.__cause__ or exc).__name__
    logger.error("Chatwoot %s for conversation %s failed: %s", what, ref, reason)


async def process(
    pipeline: Pipeline,
    client: ChatwootClient,
    store: TicketStore,
    incoming: ChatwootIncoming,
) -> None:
    """Run the pipeline, post the replies, hand over if asked; never raises."""
    conversation = incoming.message.conversation_id
    ref = log_ref(conversation)
    try:
        async with pipeline.conversation_lock(conversation):
            result = await pipeline.handle(incoming.message)
            try:
                for message in render_chatwoot(result.replies):
                    await client.post_message(incoming.conversation_id, message.content)
                    if message.numbered_choices:
                        pipeline.choices.remember(conversation, message.numbered_choices)
            except ChatwootError as exc:
                _log_chatwoot_error("reply", ref, exc)
            # even when a reply failed: the member must still reach a human
            handoff = hands_over(result.replies)
            if handoff or is_emergency(result.replies):
                try:
                    await _active_ticket_hand_over(client, store, incoming, required=handoff)
                except ChatwootError as exc:
                    _log_chatwoot_error("handoff", ref, exc)
    except Exception as exc:
        log_failure(logger, f"Chatwoot message for {ref} failed", exc)


# ---------------------------------------------------------------- router


def _check_token(token: str) -> str:
    token = token.strip()
    if len(token) < MIN_TOKEN_CHARS:
        raise HandoffConfigError(
            f"{TOKEN_ENV} doit contenir au moins {MIN_TOKEN_CHARS} caractères "
            "(par exemple : python -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    return token


def chatwoot_router(
    settings: ChatwootSettings,
    *,
    webhook_token: str,
    store: TicketStore,
    client: ChatwootClient | None = None,
) -> APIRouter:
    """``POST /webhooks/chatwoot`` on the gateway's pipeline (``Depends(get_gateway)``).

    ``webhook_token`` is the secret of the bot's outgoing URL (at least 16 characters).
    A ``client`` given is the caller's to close; without one, the router makes one from
    ``settings`` and closes it when the application stops.
    """
    secret = _check_token(webhook_token)
    owned = client is None
    chatwoot = client if client is not None else ChatwootClient(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            await chatwoot.aclose()

    router = APIRouter(lifespan=lifespan, tags=["chatwoot"])

    @router.post(WEBHOOK_PATH)
    async def receive(
        request: Request,
        background: BackgroundTasks,
        gateway: Annotated[Gateway, Depends(get_gateway)],
    ) -> dict[str, bool]:
        given = request.query_params.get(TOKEN_PARAM)
        if not given:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="token missing")
        if not secrets_match(given, secret):
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail="token invalid")
        body = await read_limited_body(request, gateway.settings.max_body_bytes)
        try:
            payload = json.loads(body)
        except ValueError:
            raise HTTPException(status.HTTP_400_BAD_REQUEST, detail="not JSON") from None
        if not isinstance(payload, dict):
            raise HTTPException(status.HTTP_400_BAD_REQUEST, detail="not a Chatwoot event")
        incoming = parse_incoming(payload, settings)
        if incoming is not None:
            background.add_task(process, gateway.pipeline, chatwoot, store, incoming)
        elif parse_agent_reply(payload, inbox_id=settings.inbox_id) is not None:
            logger.debug("Chatwoot agent message: delivered by Chatwoot itself")
        return {"ok": True}

    return router


def chatwoot_router_from_env(
    store: TicketStore, *, environ: Mapping[str, str] | None = None
) -> APIRouter | None:
    """The router for ``CHATWOOT_*`` variables, or ``None`` when Chatwoot is not configured.

    Needs the four :class:`ChatwootSettings` variables and ``CHATWOOT_WEBHOOK_TOKEN``; a
    partial configuration raises :class:`HandoffConfigError` naming what is missing.
    """
    env = os.environ if environ is None else environ
    settings = ChatwootSettings.from_env(env)
    if settings is None:
        if env.get(TOKEN_ENV, "").strip():
            raise HandoffConfigError(
                f"{TOKEN_ENV} est défini mais Chatwoot n'est pas configuré (CHATWOOT_BASE_URL…)"
            )
        return None
    token = env.get(TOKEN_ENV, "")
    if not token.strip():
        raise HandoffConfigError(f"Chatwoot à moitié configuré, il manque : {TOKEN_ENV}")
    return chatwoot_router(settings, webhook_token=token, store=store)
