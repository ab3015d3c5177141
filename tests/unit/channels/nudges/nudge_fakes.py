"""Fake senders recording their calls (the Protocols of channels.nudges.senders)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from channels.nudges import Channel, NudgeSendError


@dataclass
class FakeTrigger:
    messages: list[dict[str, Any]] = field(
        default_factory=lambda: [{"recipient_id": "x", "text": "Bonjour, un rappel."}]
    )
    fail: bool = False
    calls: list[tuple[str, str, dict[str, str], str]] = field(default_factory=list)

    async def trigger_intent(
        self,
        conversation_id: str,
        intent: str,
        entities: Mapping[str, str],
        output_channel: str,
    ) -> list[dict[str, Any]]:
        self.calls.append((conversation_id, intent, dict(entities), output_channel))
        if self.fail:
            raise NudgeSendError("le moteur a répondu 503")
        return list(self.messages)


@dataclass
class FakeTemplateSender:
    fail: bool = False
    calls: list[dict[str, Any]] = field(default_factory=list)

    async def send_template(
        self, to: str, template_name: str, language_code: str, body_parameters: list[str]
    ) -> dict[str, Any]:
        self.calls.append(
            {
                "to": to,
                "template_name": template_name,
                "language_code": language_code,
                "body_parameters": body_parameters,
            }
        )
        if self.fail:
            raise RuntimeError("graph API down")
        return {"messages": [{"id": "wamid.1"}]}


@dataclass
class FakeRelay:
    deliveries: list[tuple[Channel, str, list[dict[str, Any]]]] = field(default_factory=list)

    async def deliver(
        self, channel: Channel, recipient_id: str, messages: Sequence[Mapping[str, Any]]
    ) -> None:
        self.deliveries.append((channel, recipient_id, [dict(m) for m in messages]))
