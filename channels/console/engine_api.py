"""Async client of the engine's HTTP API (Rasa 3.6, ``rasa run --enable-api``).

What the console needs: pause and resume a conversation (while paused the engine does not
answer it, on any channel), read its tracker (the transcript), and execute an action in it
(the delivery of adviser replies on engine-side channels)::

    api = EngineApi("http://127.0.0.1:5005", token="...")
    await api.pause("whatsapp:33612345678")   # POST /conversations/{id}/tracker/events

Every failure is an :class:`EngineApiError` whose message is French and shown to the adviser
as is: it names the problem, never the token, the URL or the member's words.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

import httpx

from channels.logs import log_ref

logger = logging.getLogger(__name__)


class EngineApiError(Exception):
    """The engine's HTTP API failed; ``str(error)`` is a French message for the adviser."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class EngineApi:
    """Pause, resume, tracker and execute on one engine (or its load balancer)."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        timeout: float = 10.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self._http = httpx.AsyncClient(timeout=timeout, transport=transport)

    def _url(self, conversation_id: str, suffix: str) -> str:
        return f"{self.base_url}/conversations/{quote(conversation_id, safe='')}/{suffix}"

    def _params(self, **extra: str) -> dict[str, str]:
        params = dict(extra)
        if self._token:
            params["token"] = self._token
        return params

    async def _call(
        self,
        method: str,
        conversation_id: str,
        suffix: str,
        what: str,
        *,
        params: dict[str, str] | None = None,
        body: dict[str, Any] | None = None,
    ) -> Any:
        try:
            response = await self._http.request(
                method,
                self._url(conversation_id, suffix),
                params=self._params(**(params or {})),
                json=body,
            )
        except httpx.TimeoutException as exc:
            logger.warning("engine API %s timed out (%s)", what, log_ref(conversation_id))
            raise EngineApiError(
                f"Le moteur de dialogue n'a pas répondu à temps ({_FR[what]})."
            ) from exc
        except httpx.HTTPError as exc:
            logger.warning(
                "engine API %s failed: %s (%s)", what, type(exc).__name__, log_ref(conversation_id)
            )
            raise EngineApiError(
                f"Le moteur de dialogue est injoignable ({_FR[what]}) : réessayez dans un instant."
            ) from exc
        status = response.status_code
        if status in (httpx.codes.UNAUTHORIZED, httpx.codes.FORBIDDEN):
            logger.error("engine API %s refused: HTTP %s (check RASA_AUTH_TOKEN)", what, status)
            raise EngineApiError(
                f"Le moteur de dialogue a refusé l'accès ({_FR[what]}) : jeton d'API à vérifier.",
                status_code=status,
            )
        if status == httpx.codes.NOT_FOUND:
            raise EngineApiError(
                f"Conversation inconnue du moteur de dialogue ({_FR[what]}).", status_code=status
            )
        if response.is_error:
            logger.warning("engine API %s: HTTP %s (%s)", what, status, log_ref(conversation_id))
            raise EngineApiError(
                f"Le moteur de dialogue a répondu par une erreur HTTP {status} ({_FR[what]}).",
                status_code=status,
            )
        try:
            return response.json()
        except ValueError as exc:
            raise EngineApiError(f"Réponse illisible du moteur de dialogue ({_FR[what]}).") from exc

    async def pause(self, conversation_id: str) -> None:
        """Append a ``pause`` event: the engine stops answering this conversation."""
        await self._call(
            "POST", conversation_id, "tracker/events", "pause", body={"event": "pause"}
        )

    async def resume(self, conversation_id: str) -> None:
        """Append a ``resume`` event: the bot answers again."""
        await self._call(
            "POST", conversation_id, "tracker/events", "resume", body={"event": "resume"}
        )

    async def tracker(self, conversation_id: str) -> dict[str, Any]:
        """The conversation's tracker (``events``, ``paused``, ``latest_input_channel``…)."""
        found = await self._call("GET", conversation_id, "tracker", "tracker")
        if not isinstance(found, dict):
            raise EngineApiError(f"Réponse illisible du moteur de dialogue ({_FR['tracker']}).")
        return found

    async def execute(
        self, conversation_id: str, action: str, *, output_channel: str
    ) -> dict[str, Any]:
        """Run ``action`` in the conversation; its messages go to ``output_channel``."""
        found = await self._call(
            "POST",
            conversation_id,
            "execute",
            "execute",
            params={"output_channel": output_channel},
            body={"name": action},
        )
        return found if isinstance(found, dict) else {}

    async def aclose(self) -> None:
        await self._http.aclose()

    def __repr__(self) -> str:
        return f"EngineApi({self.base_url!r})"


_FR = {
    "pause": "mise en pause de l'assistant",
    "resume": "reprise par l'assistant",
    "tracker": "lecture de la conversation",
    "execute": "envoi par le moteur",
}
