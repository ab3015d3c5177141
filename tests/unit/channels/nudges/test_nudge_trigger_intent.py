"""The engine's trigger-intent API, answered by httpx.MockTransport."""

from __future__ import annotations

import json

import httpx
import pytest

from channels.nudges import NudgeSendError, TriggerIntentClient


async def test_nudge_trigger_intent_url_token_and_body() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"tracker": {}, "messages": [{"recipient_id": "x", "text": "Bonjour"}]}
        )

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        client = TriggerIntentClient("http://engine:5005/", "s3cret", client=http)
        messages = await client.trigger_intent(
            "whatsapp:336 00/01", "nudge_reminder", {"nudge_id": "vaccin-grippe"}, "collector"
        )
    [request] = seen
    assert request.method == "POST"
    path = request.url.raw_path.split(b"?")[0]
    assert path == b"/conversations/whatsapp%3A336%2000%2F01/trigger_intent"
    assert request.url.host == "engine" and request.url.port == 5005
    assert request.url.params["token"] == "s3cret"
    assert request.url.params["output_channel"] == "collector"
    assert json.loads(request.content) == {
        "name": "nudge_reminder",
        "entities": {"nudge_id": "vaccin-grippe"},
    }
    assert messages == [{"recipient_id": "x", "text": "Bonjour"}]


async def test_nudge_trigger_intent_without_token_or_messages() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert "token" not in request.url.params
        return httpx.Response(200, json={"tracker": {}})

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        client = TriggerIntentClient("http://engine:5005", None, client=http)
        assert await client.trigger_intent("c1", "nudge_reminder", {}, "socketio") == []


@pytest.mark.parametrize("status", [401, 404, 500])
async def test_nudge_trigger_intent_errors_never_show_the_token(status: int) -> None:
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(lambda request: httpx.Response(status))
    ) as http:
        client = TriggerIntentClient("http://engine:5005", "s3cret", client=http)
        with pytest.raises(NudgeSendError, match=str(status)) as caught:
            await client.trigger_intent("c1", "nudge_reminder", {}, "socketio")
    assert "s3cret" not in str(caught.value) and caught.value.__cause__ is None


async def test_nudge_trigger_intent_transport_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused (token=s3cret)", request=request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        client = TriggerIntentClient("http://engine:5005", "s3cret", client=http)
        with pytest.raises(NudgeSendError, match="injoignable") as caught:
            await client.trigger_intent("c1", "nudge_reminder", {}, "socketio")
    assert "s3cret" not in str(caught.value)


async def test_nudge_trigger_intent_client_closes_its_own_http_client() -> None:
    client = TriggerIntentClient("http://engine:5005", None)
    await client.aclose()
