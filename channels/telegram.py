"""Telegram Bot API: the webhook (``POST /webhooks/telegram``) and the send client.

The webhook checks ``X-Telegram-Bot-Api-Secret-Token`` (the ``secret_token`` given to
``setWebhook``) in constant time: missing is 401, wrong is 403, and nothing is processed.
Text messages and button presses (``callback_query``, acknowledged with
``answerCallbackQuery``) of private chats go through the pipeline in the background; the
``update_id`` identifies retried deliveries. Group chats are ignored: members' health
questions are not answered in front of others.

:class:`TelegramClient` calls ``{base}/bot{token}/{method}``; the URL holds the token, so
it is never logged.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import httpx
from fastapi import APIRouter, BackgroundTasks, HTTPException, Request, status
from pydantic import SecretStr, ValidationError

from channels.exceptions import ChannelSendError, TelegramSendError
from channels.logs import log_failure, log_ref
from channels.models import InboundMessage
from channels.pipeline import Pipeline
from channels.rendering import render_telegram
from channels.security import read_limited_body, secrets_match
from channels.settings import DEFAULT_TELEGRAM_API_BASE_URL, GatewaySettings
from channels.telegram_payloads import (
    TelegramInlineButton,
    TelegramOutbound,
    TelegramPhoto,
    TelegramText,
    TgApiResponse,
    TgUpdate,
)

logger = logging.getLogger(__name__)

WEBHOOK_PATH = "/webhooks/telegram"
SECRET_HEADER = "x-telegram-bot-api-secret-token"


class TelegramClient:
    """Calls the Bot API; raises :class:`TelegramSendError` when a call is refused."""

    def __init__(
        self,
        *,
        bot_token: str,
        base_url: str = DEFAULT_TELEGRAM_API_BASE_URL,
        timeout: float = 10.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._bot_url = f"{base_url.rstrip('/')}/bot{bot_token}"
        self._http = httpx.AsyncClient(timeout=timeout, transport=transport)

    async def call(self, method: str, body: dict[str, Any]) -> Any:
        """``POST {base}/bot{token}/{method}``; the ``result`` of the answer."""
        try:
            response = await self._http.post(f"{self._bot_url}/{method}", json=body)
        except httpx.HTTPError as exc:
            raise TelegramSendError(f"Telegram API unreachable: {type(exc).__name__}") from exc
        try:
            answer = TgApiResponse.model_validate_json(response.content)
        except ValidationError:
            answer = TgApiResponse(ok=False)
        if response.is_error or not answer.ok:
            raise TelegramSendError(
                f"Telegram {method} answered HTTP {response.status_code}",
                status_code=response.status_code,
                error_code=str(answer.error_code) if answer.error_code is not None else None,
            )
        return answer.result

    async def send(self, chat_id: int | str, message: TelegramOutbound) -> None:
        """Send one rendered message (HTML text with an optional keyboard, or a photo)."""
        method = "sendPhoto" if isinstance(message, TelegramPhoto) else "sendMessage"
        await self.call(method, message.to_request(chat_id))

    async def send_message(
        self,
        chat_id: int | str,
        text: str,
        buttons: Sequence[TelegramInlineButton] | None = None,
    ) -> None:
        """Send plain ``text`` (escaped here) with optional inline buttons, one per row."""
        message = TelegramText(text=html.escape(text, quote=False), buttons=tuple(buttons or ()))
        await self.send(chat_id, message)

    async def answer_callback_query(self, callback_query_id: str) -> None:
        await self.call("answerCallbackQuery", {"callback_query_id": callback_query_id})

    async def aclose(self) -> None:
        await self._http.aclose()

    def __repr__(self) -> str:
        return "TelegramClient(...)"


def client_from_settings(
    settings: GatewaySettings, *, transport: httpx.AsyncBaseTransport | None = None
) -> TelegramClient | None:
    """The client for ``settings``, or ``None`` when Telegram is disabled."""
    if not settings.telegram_enabled:
        return None
    return TelegramClient(
        bot_token=_secret(settings.telegram_bot_token),
        base_url=settings.telegram_api_base_url,
        timeout=settings.outbound_timeout_seconds,
        transport=transport,
    )


def _secret(value: SecretStr | None) -> str:
    return value.get_secret_value() if value is not None else ""


def inbound_message(update: TgUpdate) -> tuple[InboundMessage, str | None] | None:
    """The member message of an update and its callback query id, if any; else ``None``."""
    query = update.callback_query
    if query is not None:
        if query.message is not None and query.message.chat.type != "private":
            return None
        chat_id = query.message.chat.id if query.message is not None else query.from_.id
        inbound = InboundMessage(
            channel="telegram",
            sender_id=str(chat_id),
            text=query.data or "",
            message_id=str(update.update_id),
        )
        return inbound, query.id
    message = update.message
    if message is None or message.chat.type != "private":
        return None
    if message.from_ is not None and message.from_.is_bot:
        return None
    inbound = InboundMessage(
        channel="telegram",
        sender_id=str(message.chat.id),
        text=message.text or "",
        message_id=str(update.update_id),
        received_at=datetime.fromtimestamp(message.date, UTC),
        unsupported=message.text is None,
    )
    return inbound, None


async def process(
    pipeline: Pipeline,
    client: TelegramClient,
    inbound: InboundMessage,
    callback_query_id: str | None = None,
) -> None:
    """Acknowledge a button press, run the pipeline, send the replies; never raises."""
    conversation = inbound.conversation_id
    try:
        if callback_query_id is not None:
            await client.answer_callback_query(callback_query_id)
        async with pipeline.conversation_lock(conversation):
            result = await pipeline.handle(inbound)
            for message in render_telegram(result.replies):
                await client.send(inbound.sender_id, message)
    except ChannelSendError as exc:
        logger.error(
            "Telegram reply to %s not sent: HTTP %s, error %s",
            log_ref(conversation),
            exc.status_code,
            exc.error_code,
        )
    except Exception as exc:
        log_failure(logger, f"Telegram update for {log_ref(conversation)} failed", exc)


def create_telegram_router(
    settings: GatewaySettings, pipeline: Pipeline, client: TelegramClient | None
) -> APIRouter:
    """The webhook route; with Telegram disabled (secrets unset) it answers 404."""
    router = APIRouter(tags=["telegram"])
    enabled = settings.telegram_enabled
    secret_token = _secret(settings.telegram_secret_token)

    @router.post(WEBHOOK_PATH)
    async def receive(request: Request, background: BackgroundTasks) -> dict[str, bool]:
        if not enabled or client is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Telegram channel disabled")
        given = request.headers.get(SECRET_HEADER)
        if not given:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="secret token missing")
        if not secrets_match(given, secret_token):
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail="secret token invalid")
        body = await read_limited_body(request, settings.max_body_bytes)
        try:
            update = TgUpdate.model_validate_json(body)
        except ValidationError:
            raise HTTPException(
                status.HTTP_400_BAD_REQUEST, detail="not a Telegram update"
            ) from None
        found = inbound_message(update)
        if found is not None:
            background.add_task(process, pipeline, client, *found)
        return {"ok": True}

    return router
