"""How nudges leave: the engine's trigger-intent API, and the seams the gateway implements.

- :class:`TriggerIntentClient` (httpx) calls ``POST /conversations/{id}/trigger_intent`` — the
  engine runs the intent and the bot speaks in that conversation;
- :class:`TemplateSender` is the shape of the gateway's ``WhatsAppClient.send_template``;
- :class:`ConversationRelay` delivers messages the engine returned (``collector`` output) on a
  platform the engine does not talk to directly (WhatsApp inside the 24-hour window, Telegram).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable
from urllib.parse import quote

import httpx

from channels.nudges.enums import Channel
from channels.nudges.exceptions import NudgeConfigError, NudgeSendError


@runtime_checkable
class TemplateSender(Protocol):
    async def send_template(
        self, to: str, template_name: str, language_code: str, body_parameters: list[str]
    ) -> object: ...


@runtime_checkable
class ConversationRelay(Protocol):
    async def deliver(
        self, channel: Channel, recipient_id: str, messages: Sequence[Mapping[str, Any]]
    ) -> None: ...


class IntentTrigger(Protocol):
    async def trigger_intent(
        self,
        conversation_id: str,
        intent: str,
        entities: Mapping[str, str],
        output_channel: str,
    ) -> list[dict[str, Any]]: ...


class TriggerIntentClient:
    """Client of the engine's HTTP API (``rasa run --enable-api --auth-token …``)."""

    def __init__(
        self,
        base_url: str,
        token: str | None,
        *,
        client: httpx.AsyncClient | None = None,
        timeout: float = 10.0,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self._token = token
        self._client = client or httpx.AsyncClient(timeout=timeout)
        self._owns_client = client is None

    async def trigger_intent(
        self,
        conversation_id: str,
        intent: str,
        entities: Mapping[str, str],
        output_channel: str,
    ) -> list[dict[str, Any]]:
        """Run ``intent`` in the conversation; returns the bot messages the engine collected.

        Raises :class:`NudgeSendError` on a transport error or a non-2xx answer. The message
        never contains the URL, so the token cannot leak into logs.
        """
        url = f"{self._base_url}/conversations/{quote(conversation_id, safe='')}/trigger_intent"
        params = {"output_channel": output_channel}
        if self._token:
            params["token"] = self._token
        try:
            response = await self._client.post(
                url, params=params, json={"name": intent, "entities": dict(entities)}
            )
        except httpx.HTTPError as exc:
            raise NudgeSendError(f"moteur injoignable ({type(exc).__name__})") from None
        if not response.is_success:
            raise NudgeSendError(f"le moteur a répondu {response.status_code}")
        try:
            body = response.json()
        except ValueError:
            return []
        messages = body.get("messages") if isinstance(body, dict) else None
        return [m for m in messages if isinstance(m, dict)] if isinstance(messages, list) else []

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()


def load_factory(spec: str) -> object:
    """Call the ``module:callable`` named by ``spec`` (no arguments) and return its result."""
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise NudgeConfigError(f"{spec!r}: expected 'module:callable'")
    try:
        target: Any = importlib.import_module(module_name)
        for part in attribute.split("."):
            target = getattr(target, part)
    except (ImportError, AttributeError) as exc:
        raise NudgeConfigError(f"{spec!r}: {exc}") from exc
    if not callable(target):
        raise NudgeConfigError(f"{spec!r} is not callable")
    try:
        return target()
    except Exception as exc:  # e.g. the channel is disabled in the gateway settings
        raise NudgeConfigError(f"{spec!r} failed: {type(exc).__name__}: {exc}") from exc
