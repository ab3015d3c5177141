"""WhatsApp Cloud API: the webhook (``GET``/``POST /webhooks/whatsapp``) and the send client.

The webhook checks ``X-Hub-Signature-256`` over the raw body, in constant time, before
parsing anything: a missing signature is 401, a wrong one 403, and nothing is processed.
Signed notifications are answered 200 at once; their messages then go through the pipeline
in the background (Meta retries slow webhooks; duplicates are dropped by message id).
Delivery statuses are ignored.

:class:`WhatsAppClient` posts to ``{base}/{phone_number_id}/messages`` with the access token
as a bearer token. ``send_template`` is the only kind of message allowed outside the 24-hour
window after the member's last message (prevention nudges, to members who opted in).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Annotated, Any

import httpx
from fastapi import APIRouter, BackgroundTasks, HTTPException, Query, Request, status
from fastapi.responses import PlainTextResponse
from pydantic import SecretStr, ValidationError

from channels.exceptions import ChannelSendError, WhatsAppSendError
from channels.logs import log_failure, log_ref
from channels.models import InboundMessage
from channels.pipeline import Pipeline
from channels.rendering import render_whatsapp
from channels.security import read_limited_body, secrets_match, valid_hub_signature
from channels.settings import DEFAULT_WHATSAPP_API_BASE_URL, GatewaySettings
from channels.whatsapp_payloads import (
    WaMessage,
    WaNotification,
    WaSendResponse,
    WhatsAppButtons,
    WhatsAppImage,
    WhatsAppList,
    WhatsAppListRow,
    WhatsAppOutbound,
    WhatsAppReplyButton,
    WhatsAppTemplate,
    WhatsAppText,
)

logger = logging.getLogger(__name__)

WEBHOOK_PATH = "/webhooks/whatsapp"


class WhatsAppClient:
    """Sends messages through the WhatsApp Cloud API; every method returns the ``wamid``."""

    def __init__(
        self,
        *,
        access_token: str,
        phone_number_id: str,
        base_url: str = DEFAULT_WHATSAPP_API_BASE_URL,
        timeout: float = 10.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.messages_url = f"{base_url.rstrip('/')}/{phone_number_id}/messages"
        self._http = httpx.AsyncClient(
            timeout=timeout,
            transport=transport,
            headers={"Authorization": f"Bearer {access_token}"},
        )

    async def send(self, to: str, message: WhatsAppOutbound | WhatsAppTemplate) -> str:
        """Send one rendered message; raise :class:`WhatsAppSendError` when refused."""
        try:
            response = await self._http.post(self.messages_url, json=message.to_request(to))
        except httpx.HTTPError as exc:
            raise WhatsAppSendError(f"WhatsApp API unreachable: {type(exc).__name__}") from exc
        if response.is_error:
            raise WhatsAppSendError(
                f"WhatsApp API answered HTTP {response.status_code}",
                status_code=response.status_code,
                error_code=_error_code(response),
            )
        try:
            return WaSendResponse.model_validate_json(response.content).message_id
        except ValidationError:
            return ""

    async def send_text(self, to: str, text: str) -> str:
        """A text message (at most 4,096 characters, else ``ValueError``)."""
        return await self.send(to, WhatsAppText(body=text))

    async def send_buttons(self, to: str, body: str, buttons: Sequence[WhatsAppReplyButton]) -> str:
        """Up to 3 reply buttons (titles of 20 characters at most) under ``body``."""
        return await self.send(to, WhatsAppButtons(body=body, buttons=tuple(buttons)))

    async def send_list(
        self, to: str, body: str, button: str, rows: Sequence[WhatsAppListRow]
    ) -> str:
        """A list message: ``button`` opens up to 10 rows (titles of 24 characters at most)."""
        return await self.send(to, WhatsAppList(body=body, button=button, rows=tuple(rows)))

    async def send_image(self, to: str, link: str, caption: str | None = None) -> str:
        return await self.send(to, WhatsAppImage(link=link, caption=caption))

    async def send_template(
        self, to: str, template_name: str, language_code: str, body_parameters: list[str]
    ) -> str:
        """A pre-approved template with its body ``{{1}}``, ``{{2}}``… parameters."""
        template = WhatsAppTemplate(
            name=template_name, language_code=language_code, body_parameters=tuple(body_parameters)
        )
        return await self.send(to, template)

    async def aclose(self) -> None:
        await self._http.aclose()

    def __repr__(self) -> str:
        return "WhatsAppClient(...)"


def client_from_settings(
    settings: GatewaySettings, *, transport: httpx.AsyncBaseTransport | None = None
) -> WhatsAppClient | None:
    """The client for ``settings``, or ``None`` when WhatsApp is disabled."""
    if not settings.whatsapp_enabled:
        return None
    return WhatsAppClient(
        access_token=_secret(settings.whatsapp_access_token),
        phone_number_id=settings.whatsapp_phone_number_id or "",
        base_url=settings.whatsapp_api_base_url,
        timeout=settings.outbound_timeout_seconds,
        transport=transport,
    )


def _secret(value: SecretStr | None) -> str:
    return value.get_secret_value() if value is not None else ""


def _error_code(response: httpx.Response) -> str | None:
    try:
        payload: Any = response.json()
        code = payload["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None
    return str(code)


def _received_at(message: WaMessage) -> datetime:
    if message.timestamp and message.timestamp.isdigit():
        return datetime.fromtimestamp(int(message.timestamp), UTC)
    return datetime.now(UTC)


def inbound_messages(notification: WaNotification, phone_number_id: str) -> list[InboundMessage]:
    """The member messages of a notification addressed to our number (statuses ignored)."""
    found: list[InboundMessage] = []
    for entry in notification.entry:
        for change in entry.changes:
            if change.field != "messages":
                continue
            metadata = change.value.metadata
            if metadata and metadata.phone_number_id not in (None, phone_number_id):
                logger.warning("notification for another phone number ignored")
                continue
            for message in change.value.messages:
                content = message.content()
                found.append(
                    InboundMessage(
                        channel="whatsapp",
                        sender_id=message.from_,
                        text=content or "",
                        message_id=message.id,
                        received_at=_received_at(message),
                        unsupported=content is None,
                    )
                )
    return found


async def process(pipeline: Pipeline, client: WhatsAppClient, inbound: InboundMessage) -> None:
    """Run one message through the pipeline and send the replies; never raises."""
    conversation = inbound.conversation_id
    try:
        async with pipeline.conversation_lock(conversation):
            result = await pipeline.handle(inbound)
            for message in render_whatsapp(result.replies):
                await client.send(inbound.sender_id, message)
                if isinstance(message, WhatsAppText) and message.numbered_choices:
                    pipeline.choices.remember(conversation, message.numbered_choices)
    except ChannelSendError as exc:
        logger.error(
            "WhatsApp reply to %s not sent: HTTP %s, error %s",
            log_ref(conversation),
            exc.status_code,
            exc.error_code,
        )
    except Exception as exc:
        log_failure(logger, f"WhatsApp message for {log_ref(conversation)} failed", exc)


def create_whatsapp_router(
    settings: GatewaySettings, pipeline: Pipeline, client: WhatsAppClient | None
) -> APIRouter:
    """The webhook routes; with WhatsApp disabled (secrets unset) they answer 404."""
    router = APIRouter(tags=["whatsapp"])
    enabled = settings.whatsapp_enabled
    verify_token = _secret(settings.whatsapp_verify_token)
    app_secret = _secret(settings.whatsapp_app_secret)
    phone_number_id = settings.whatsapp_phone_number_id or ""

    def enabled_client() -> WhatsAppClient:
        if not enabled or client is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail="WhatsApp channel disabled")
        return client

    @router.get(WEBHOOK_PATH, response_class=PlainTextResponse)
    async def verify(
        mode: Annotated[str | None, Query(alias="hub.mode")] = None,
        token: Annotated[str | None, Query(alias="hub.verify_token")] = None,
        challenge: Annotated[str | None, Query(alias="hub.challenge", max_length=256)] = None,
    ) -> str:
        enabled_client()
        if (
            mode == "subscribe"
            and token is not None
            and challenge
            and secrets_match(token, verify_token)
        ):
            return challenge
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="verification failed")

    @router.post(WEBHOOK_PATH)
    async def receive(request: Request, background: BackgroundTasks) -> dict[str, str]:
        sender = enabled_client()
        body = await read_limited_body(request, settings.max_body_bytes)
        signature = request.headers.get("x-hub-signature-256")
        if not signature:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="signature missing")
        if not valid_hub_signature(app_secret, body, signature):
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail="signature invalid")
        try:
            notification = WaNotification.model_validate_json(body)
        except ValidationError:
            raise HTTPException(
                status.HTTP_400_BAD_REQUEST, detail="not a WhatsApp notification"
            ) from None
        for inbound in inbound_messages(notification, phone_number_id):
            background.add_task(process, pipeline, sender, inbound)
        return {"status": "received"}

    return router
