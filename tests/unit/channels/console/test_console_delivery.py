"""The default reply delivery when a platform is not configured on the gateway."""

from __future__ import annotations

import httpx

from channels.console import ChannelReplyDelivery, ConsoleSettings, EngineApi
from handoff import HandoffReason, TicketStore
from tests.unit.channels.console.console_support import (
    ADVISER,
    ENGINE_URL,
    TG_CONVERSATION,
    WA_CONVERSATION,
)


def _unused_engine() -> EngineApi:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("the engine must not be called for platform conversations")

    return EngineApi(ENGINE_URL, transport=httpx.MockTransport(refuse))


async def test_disabled_platforms_keep_replies_pending(
    store: TicketStore, console_env: None
) -> None:
    delivery = ChannelReplyDelivery(store, _unused_engine(), settings=ConsoleSettings())
    for conversation, label in ((WA_CONVERSATION, "WhatsApp"), (TG_CONVERSATION, "Telegram")):
        ticket = store.open_ticket(conversation, HandoffReason.CALLBACK_REQUEST, channel="x")
        store.take(ticket.id, ADVISER)
        message = store.add_reply(ticket.id, ADVISER, "Bonjour")
        report = await delivery.deliver(ticket, [message])
        assert report.pending == [message.id] and report.delivered == []
        assert report.error == (
            f"Le canal {label} n'est pas configuré sur la passerelle : réponse non envoyée."
        )
        assert [m.id for m in store.pending_replies(conversation)] == [message.id]


async def test_nothing_to_deliver(store: TicketStore, console_env: None) -> None:
    delivery = ChannelReplyDelivery(store, _unused_engine())
    ticket = store.open_ticket("web-1", HandoffReason.COMPLAINT, channel="web")
    report = await delivery.deliver(ticket, [])
    assert report.route == "none" and report.error is None
    assert delivery.output_channel_for(ticket) == "socketio"
    rest = store.open_ticket("rest-1", HandoffReason.COMPLAINT, channel="rest")
    assert delivery.output_channel_for(rest) == "latest"
