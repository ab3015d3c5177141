"""The WhatsApp send client (incl. ``send_template`` for nudges) and the platform relay."""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest

from channels.exceptions import ChannelSendError, WhatsAppSendError
from channels.relay import PlatformRelay, relay_from_env, whatsapp_sender_from_env
from channels.telegram import TelegramClient
from channels.whatsapp import WhatsAppClient
from channels.whatsapp_payloads import WhatsAppListRow, WhatsAppReplyButton
from tests.unit.channels.gw_standins import (
    ACCESS_TOKEN,
    BOT_TOKEN,
    GRAPH_URL,
    PHONE_NUMBER_ID,
    TELEGRAM_URL,
    GraphStandIn,
    TelegramStandIn,
)


def whatsapp(graph: GraphStandIn, token: str = ACCESS_TOKEN) -> WhatsAppClient:
    return WhatsAppClient(
        access_token=token,
        phone_number_id=PHONE_NUMBER_ID,
        base_url=GRAPH_URL,
        transport=httpx.ASGITransport(app=graph.app()),
    )


def test_send_template_signature_is_the_one_nudges_use() -> None:
    signature = inspect.signature(WhatsAppClient.send_template)
    assert list(signature.parameters) == [
        "self",
        "to",
        "template_name",
        "language_code",
        "body_parameters",
    ]
    assert inspect.iscoroutinefunction(WhatsAppClient.send_template)


async def test_send_template_body() -> None:
    graph = GraphStandIn()
    client = whatsapp(graph)
    wamid = await client.send_template("33612345678", "rappel_depistage", "fr", ["Camille", "mars"])
    await client.aclose()
    assert wamid == "wamid.1"
    assert graph.violations == []
    assert graph.sent == [
        {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": "33612345678",
            "type": "template",
            "template": {
                "name": "rappel_depistage",
                "language": {"code": "fr"},
                "components": [
                    {
                        "type": "body",
                        "parameters": [
                            {"type": "text", "text": "Camille"},
                            {"type": "text", "text": "mars"},
                        ],
                    }
                ],
            },
        }
    ]


async def test_send_text_buttons_and_list() -> None:
    graph = GraphStandIn()
    client = whatsapp(graph)
    await client.send_text("336", "Bonjour")
    await client.send_buttons("336", "Oui ?", [WhatsAppReplyButton(id="/affirm", title="Oui")])
    await client.send_list("336", "Lequel ?", "Voir", [WhatsAppListRow(id="a", title="A")])
    await client.aclose()
    assert graph.violations == []
    assert [m["type"] for m in graph.sent] == ["text", "interactive", "interactive"]
    with pytest.raises(ValueError):
        await client.send_buttons(
            "336", "x", [WhatsAppReplyButton(id=str(i), title=str(i)) for i in range(4)]
        )
    with pytest.raises(ValueError):
        await client.send_text("336", "x" * 4097)


async def test_refusals_raise_with_the_platform_code_and_no_secret() -> None:
    graph = GraphStandIn()
    client = whatsapp(graph, token="wrong")
    with pytest.raises(WhatsAppSendError) as caught:
        await client.send_text("336", "Bonjour")
    await client.aclose()
    assert (caught.value.status_code, caught.value.error_code) == (401, "190")
    assert "wrong" not in str(caught.value)


async def test_unreachable_api_raises() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = WhatsAppClient(
        access_token="t", phone_number_id="1", transport=httpx.MockTransport(refuse)
    )
    with pytest.raises(WhatsAppSendError, match="unreachable: ConnectError"):
        await client.send_text("336", "Bonjour")
    await client.aclose()


async def test_relay_renders_engine_messages_for_each_platform() -> None:
    graph, telegram = GraphStandIn(), TelegramStandIn()
    relay = PlatformRelay(
        whatsapp=whatsapp(graph),
        telegram=TelegramClient(
            bot_token=BOT_TOKEN,
            base_url=TELEGRAM_URL,
            transport=httpx.ASGITransport(app=telegram.app()),
        ),
    )
    messages: list[dict[str, Any]] = [
        {"recipient_id": "whatsapp:336", "text": "C'est le moment de votre dépistage."},
        {"recipient_id": "whatsapp:336", "custom": {"kind": "nudge", "sources": [], "data": {}}},
    ]
    await relay.deliver("whatsapp", "whatsapp:336", messages)
    await relay.deliver("telegram", "4242", messages)
    with pytest.raises(ChannelSendError):
        await relay.deliver("web", "x", messages)
    await relay.aclose()
    assert graph.sent[0]["to"] == "336"
    assert graph.texts() == ["C'est le moment de votre dépistage."]
    assert telegram.texts() == ["C'est le moment de votre dépistage."]


async def test_relay_factories_follow_the_environment(
    monkeypatch: pytest.MonkeyPatch, gw_clean_env: None
) -> None:
    with pytest.raises(WhatsAppSendError):
        whatsapp_sender_from_env()
    relay = relay_from_env()
    with pytest.raises(WhatsAppSendError):
        await relay.deliver("whatsapp", "336", [{"text": "x"}])
    for name, value in {
        "WHATSAPP_VERIFY_TOKEN": "v",
        "WHATSAPP_APP_SECRET": "s",
        "WHATSAPP_ACCESS_TOKEN": "a",
        "WHATSAPP_PHONE_NUMBER_ID": "1",
    }.items():
        monkeypatch.setenv(name, value)
    sender = whatsapp_sender_from_env()
    assert sender.messages_url == "https://graph.facebook.com/v21.0/1/messages"
    await sender.aclose()
    await relay.aclose()
