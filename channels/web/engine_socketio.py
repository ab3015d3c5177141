"""The engine's socket.io input channel for the website widget (runs INSIDE the engine).

Rasa 3.6.21's ``socketio`` channel, with the two fixes it needs in our engine environment
(python-socketio 5.18):

1. ``AsyncServer.enter_room`` is a coroutine since python-socketio 5.10; Rasa calls it without
   ``await``, so with ``session_persistence: true`` the socket never joins its session's room
   and no bot message reaches the browser.
2. ``SocketIOOutput.send_custom_json`` spreads the custom payload into ``sio.emit(**payload)``:
   our envelopes (``{"kind", "sources", "data"}``) raise ``TypeError`` there, which aborts the
   turn before the tracker is saved. Here a custom payload is emitted as ``{"custom": payload}``,
   the key the REST channel uses.

Everything else (events, ``session_request``/``session_confirm``, ``metadata_key``, JWT) is the
stock channel's, and the channel keeps the name ``socketio`` (``output_channel=socketio`` of the
engine's HTTP API reaches it). It imports only what the engine environment has; declare it in
the credentials file in place of ``socketio:``::

    channels.web.engine_socketio.SocketIOEnvelopeInput:
      user_message_evt: user_uttered
      bot_message_evt: bot_uttered
      session_persistence: true
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage  # type: ignore[import-not-found]
from rasa.core.channels.socketio import (  # type: ignore[import-not-found]
    SocketIOInput,
    SocketIOOutput,
)

logger = logging.getLogger(__name__)


class SocketIOEnvelopeOutput(SocketIOOutput):  # type: ignore[misc]
    """Bot messages to the session's room; custom payloads under ``custom``."""

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        await self._send_message(recipient_id, {"custom": json_message})


class SocketIOEnvelopeInput(SocketIOInput):  # type: ignore[misc]
    """The stock channel with an awaited room join and :class:`SocketIOEnvelopeOutput`."""

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def get_output_channel(self) -> Any:
        if self.sio is None:
            return super().get_output_channel()
        return SocketIOEnvelopeOutput(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message: Callable[[Any], Awaitable[Any]]) -> Any:
        blueprint = super().blueprint(on_new_message)
        sio = self.sio

        async def session_request(sid: str, data: dict[str, Any] | None) -> None:
            data = dict(data or {})
            session_id = data.get("session_id")
            if not isinstance(session_id, str) or not session_id:
                session_id = uuid.uuid4().hex
            if self.session_persistence:
                await sio.enter_room(sid, session_id, namespace=self.namespace)
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        async def handle_message(sid: str, data: dict[str, Any]) -> None:
            if not isinstance(data, dict):
                return
            if self.session_persistence:
                session_id = data.get("session_id")
                if not isinstance(session_id, str) or not session_id:
                    logger.warning("socket.io message without a session_id ignored")
                    return
                sender_id = session_id
            else:
                sender_id = sid
            metadata = data.get(self.metadata_key) or {}
            if isinstance(metadata, str):
                try:
                    metadata = json.loads(metadata)
                except ValueError:
                    metadata = {}
            message = UserMessage(
                str(data.get("message", "")),
                SocketIOEnvelopeOutput(sio, self.bot_message_evt),
                sender_id,
                input_channel=self.name(),
                metadata=metadata if isinstance(metadata, dict) else {},
            )
            await on_new_message(message)

        sio.on("session_request", session_request, namespace=self.namespace)
        sio.on(self.user_message_evt, handle_message, namespace=self.namespace)
        return blueprint
