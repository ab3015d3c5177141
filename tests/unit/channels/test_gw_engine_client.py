"""The engine's REST channel client, against ``httpx.MockTransport`` handlers."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from channels.engine_client import EngineClient, EngineMetadata
from channels.exceptions import EngineUnavailableError
from channels.models import BotButton, BotReply

Handler = Callable[[httpx.Request], httpx.Response]


def client(handler: Handler) -> EngineClient:
    return EngineClient("http://engine.test/", timeout=1.0, transport=httpx.MockTransport(handler))


async def test_posts_sender_message_and_metadata_and_parses_every_item() -> None:
    seen: list[httpx.Request] = []
    reply = [
        {"recipient_id": "whatsapp:336", "text": "Bonjour !"},
        {
            "recipient_id": "whatsapp:336",
            "text": "Que puis-je faire ?",
            "buttons": [{"title": "Oui", "payload": "/affirm"}],
        },
        {"recipient_id": "whatsapp:336", "image": "https://example.org/a.png"},
        {"recipient_id": "whatsapp:336", "custom": {"kind": "answer", "sources": [], "data": {}}},
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=reply)

    engine = client(handler)
    replies = await engine.send_message(
        "whatsapp:336", "bonjour", channel="whatsapp", member_id="ADH-1"
    )
    await engine.aclose()
    (request,) = seen
    assert request.method == "POST"
    assert str(request.url) == "http://engine.test/webhooks/rest/webhook"
    assert json.loads(request.content) == {
        "sender": "whatsapp:336",
        "message": "bonjour",
        "metadata": {"channel": "whatsapp", "member_id": "ADH-1", "mode": "member"},
    }
    assert replies[0] == BotReply(recipient_id="whatsapp:336", text="Bonjour !")
    assert replies[1].buttons == [BotButton(title="Oui", payload="/affirm")]
    assert replies[2].image == "https://example.org/a.png"
    envelope = replies[3].envelope
    assert envelope is not None and envelope.kind == "answer"


@pytest.mark.parametrize(
    "handler",
    [
        lambda request: httpx.Response(500, text="Internal Server Error"),
        lambda request: httpx.Response(200, text="<html>proxy</html>"),
        lambda request: httpx.Response(200, json={"not": "a list"}),
    ],
    ids=["http-500", "not-json", "not-a-list"],
)
async def test_unusable_answers_raise_in_exchange(handler: Handler) -> None:
    engine = client(handler)
    with pytest.raises(EngineUnavailableError):
        await engine.exchange("s", "t", EngineMetadata(channel="web"))
    await engine.aclose()


async def test_timeout_gives_the_apology_and_logs_no_text(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    engine = client(handler)
    replies = await engine.send_message(
        "telegram:1", "mon adresse 3 rue des Lilas", channel="telegram"
    )
    await engine.aclose()
    assert replies[0].text is not None and replies[0].text.startswith("Désolé")
    assert "ReadTimeout" in caplog.text
    assert "Lilas" not in caplog.text and "telegram:1" not in caplog.text


async def test_unknown_fields_are_tolerated() -> None:
    engine = client(lambda request: httpx.Response(200, json=[{"text": "ok", "quick_replies": []}]))
    assert await engine.exchange("s", "t", EngineMetadata(channel="web")) == [BotReply(text="ok")]
    await engine.aclose()


async def test_readiness_follows_the_greeting() -> None:
    up = client(lambda request: httpx.Response(200, text="Hello from Rasa: 3.6.21"))
    broken = client(lambda request: httpx.Response(503))

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    down = client(refuse)
    assert [await c.is_ready() for c in (up, broken, down)] == [True, False, False]
    for c in (up, broken, down):
        await c.aclose()
