"""Async client of the engine's REST channel (Rasa 3.6 ``POST /webhooks/rest/webhook``).

>>> client = EngineClient("http://127.0.0.1:5005")        # doctest: +SKIP
>>> replies = await client.send_message(                    # doctest: +SKIP
...     "whatsapp:33612345678", "bonjour", channel="whatsapp")

:meth:`EngineClient.exchange` raises :class:`EngineUnavailableError`;
:meth:`EngineClient.send_message` never does: when the engine is down it returns the gateway's
French apology. Neither logs the member's words.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from channels import replies
from channels.exceptions import EngineUnavailableError
from channels.logs import log_ref
from channels.models import BotReply, ChannelName, Mode

logger = logging.getLogger(__name__)

REST_WEBHOOK_PATH = "/webhooks/rest/webhook"
_REPLIES = TypeAdapter(list[BotReply])


class EngineMetadata(BaseModel):
    """What the engine receives besides the text (``tracker.latest_message['metadata']``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    channel: ChannelName
    member_id: str | None = None
    mode: Mode = "member"


class EngineRequest(BaseModel):
    """Body of ``POST /webhooks/rest/webhook``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sender: str
    message: str
    metadata: EngineMetadata


class EngineClient:
    """Talks to one engine (or a load balancer in front of several)."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 15.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.AsyncClient(timeout=timeout, transport=transport)
        self._timeout = timeout

    async def exchange(self, sender_id: str, text: str, metadata: EngineMetadata) -> list[BotReply]:
        """Send one message and return the engine's replies; raise when it cannot answer."""
        body = EngineRequest(sender=sender_id, message=text, metadata=metadata)
        try:
            response = await self._http.post(
                self.base_url + REST_WEBHOOK_PATH,
                json=body.model_dump(mode="json"),
                timeout=self._timeout,
            )
        except httpx.HTTPError as exc:
            raise EngineUnavailableError(f"engine unreachable: {type(exc).__name__}") from exc
        if response.status_code != httpx.codes.OK:
            raise EngineUnavailableError(f"engine answered HTTP {response.status_code}")
        try:
            return _REPLIES.validate_json(response.content)
        except ValidationError as exc:
            raise EngineUnavailableError("engine reply is not a list of bot messages") from exc

    async def send_message(
        self,
        sender_id: str,
        text: str,
        *,
        channel: ChannelName,
        member_id: str | None = None,
        mode: Mode = "member",
    ) -> list[BotReply]:
        """Like :meth:`exchange`, but an unavailable engine gives the French apology."""
        metadata = EngineMetadata(channel=channel, member_id=member_id, mode=mode)
        try:
            return await self.exchange(sender_id, text, metadata)
        except EngineUnavailableError as exc:
            logger.warning("engine unavailable for conversation %s: %s", log_ref(sender_id), exc)
            return replies.engine_apology()

    async def is_ready(self) -> bool:
        """Whether the engine answers ``GET /`` (Rasa's liveness greeting)."""
        try:
            response = await self._http.get(self.base_url + "/", timeout=min(self._timeout, 3.0))
        except httpx.HTTPError:
            return False
        return response.status_code == httpx.codes.OK

    async def aclose(self) -> None:
        await self._http.aclose()

    def __repr__(self) -> str:
        return f"EngineClient({self.base_url!r})"


def summarize(bot_replies: list[BotReply]) -> dict[str, Any]:
    """A loggable summary of a reply list: how many items and which envelopes, no text."""
    kinds = [envelope.kind for reply in bot_replies if (envelope := reply.envelope) is not None]
    return {"items": len(bot_replies), "envelopes": kinds}
