"""Telegram webhook end to end: gateway ↔ stand-in engine ↔ stand-in Bot API."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from channels.exceptions import TelegramSendError
from channels.telegram import TelegramClient
from channels.telegram_payloads import TelegramInlineButton
from tests.unit.channels.conftest import GatewayFactory, GatewayHarness, gw_make_settings
from tests.unit.channels.gw_standins import (
    BOT_TOKEN,
    TELEGRAM_URL,
    TelegramStandIn,
    tg_callback,
    tg_message,
)


async def test_text_message_reaches_the_engine_and_the_reply_is_sent(gw: GatewayHarness) -> None:
    response = await gw.post_telegram(tg_message("lunettes remboursées ?"))
    assert response.status_code == 200
    assert gw.engine.requests == [
        {
            "sender": "telegram:4242",
            "message": "lunettes remboursées ?",
            "metadata": {"channel": "telegram", "member_id": None, "mode": "member"},
        }
    ]
    assert gw.telegram.violations == []
    ((method, body),) = gw.telegram.calls
    assert method == "sendMessage"
    assert body["chat_id"] == "4242"
    assert body["parse_mode"] == "HTML"
    assert body["text"] == "Vous avez dit : lunettes remboursées ?"


async def test_wrong_secret_is_forbidden_and_nothing_processed(gw: GatewayHarness) -> None:
    response = await gw.post_telegram(tg_message("bonjour"), secret="guess")
    assert response.status_code == 403
    assert gw.engine.requests == [] and gw.telegram.calls == []


async def test_missing_secret_is_unauthorized(gw: GatewayHarness) -> None:
    response = await gw.post_telegram(tg_message("bonjour"), secret=None)
    assert response.status_code == 401
    assert gw.engine.requests == []


async def test_callback_query_is_acknowledged_and_its_data_sent(gw: GatewayHarness) -> None:
    await gw.post_telegram(tg_callback("/affirm"))
    assert [r["message"] for r in gw.engine.requests] == ["/affirm"]
    assert gw.telegram.calls[0] == ("answerCallbackQuery", {"callback_query_id": "cbq-1"})
    assert gw.telegram.calls[1][0] == "sendMessage"


async def test_duplicate_update_is_processed_once(gw: GatewayHarness) -> None:
    for _ in range(3):
        assert (await gw.post_telegram(tg_message("bonjour", update_id=77))).status_code == 200
    assert len(gw.engine.requests) == 1


async def test_group_chats_and_other_updates_are_ignored(gw: GatewayHarness) -> None:
    await gw.post_telegram(tg_message("bonjour", chat_type="group"))
    await gw.post_telegram({"update_id": 5, "edited_message": {}})
    assert gw.engine.requests == [] and gw.telegram.calls == []


async def test_sticker_gets_a_polite_reply_without_the_engine(gw: GatewayHarness) -> None:
    await gw.post_telegram(tg_message(None))
    assert gw.engine.requests == []
    assert "messages écrits" in gw.telegram.texts()[0]


async def test_buttons_become_an_inline_keyboard_within_64_bytes(gw: GatewayHarness) -> None:
    long_payload = '/choose_contract{"level": "' + "é" * 40 + '"}'
    gw.engine.responder = lambda body: [
        {
            "text": "Quel niveau ?",
            "buttons": [
                {"title": "Essentielle", "payload": "/choose_contract"},
                {"title": "Confort", "payload": long_payload},
            ],
        }
    ]
    await gw.post_telegram(tg_message("contrat"))
    assert gw.telegram.violations == []
    (body,) = gw.telegram.messages()
    keyboard = body["reply_markup"]["inline_keyboard"]
    assert keyboard == [
        [{"text": "Essentielle", "callback_data": "/choose_contract"}],
        [{"text": "Confort", "callback_data": "Confort"}],
    ]


async def test_html_is_escaped(gw: GatewayHarness) -> None:
    gw.engine.responder = lambda body: [{"text": "Tarif <30 € & remboursé à 70 %"}]
    await gw.post_telegram(tg_message("tarif"))
    assert gw.telegram.violations == []
    assert gw.telegram.messages()[0]["text"] == "Tarif &lt;30 € &amp; remboursé à 70 %"


async def test_long_answer_is_split_under_4096_in_order(gw: GatewayHarness) -> None:
    text = "\n\n".join(f"Partie {i} : " + "le tiers payant s'applique & " * 60 for i in range(10))
    gw.engine.responder = lambda body: [{"text": text}]
    await gw.post_telegram(tg_message("détails"))
    assert gw.telegram.violations == []
    texts = gw.telegram.texts()
    assert len(texts) > 1
    joined = "\n\n".join(texts)
    assert [joined.index(f"Partie {i} ") for i in range(10)] == sorted(
        joined.index(f"Partie {i} ") for i in range(10)
    )
    assert joined.split() == text.split()


async def test_engine_down_gives_an_apology(gw: GatewayHarness) -> None:
    gw.engine_down()
    await gw.post_telegram(tg_message("bonjour"))
    assert gw.telegram.texts()[0].startswith("Désolé, je rencontre un problème technique")


async def test_disabled_when_the_secret_token_is_unset(
    gw_factory: GatewayFactory, tmp_path: Path
) -> None:
    gateway = await gw_factory(gw_make_settings(tmp_path, telegram_secret_token="  "))
    for secret in ("", "  ", None):
        response = await gateway.post_telegram(tg_message("bonjour"), secret=secret)
        assert response.status_code == 404
    assert gateway.engine.requests == []


async def test_client_send_message_escapes_plain_text_and_adds_buttons() -> None:
    standin = TelegramStandIn()
    client = TelegramClient(
        bot_token=BOT_TOKEN,
        base_url=TELEGRAM_URL,
        transport=httpx.ASGITransport(app=standin.app()),
    )
    buttons = [TelegramInlineButton(text="Oui", callback_data="/affirm")]
    await client.send_message(4242, "1 < 2 & <b>pas du HTML</b>", buttons=buttons)
    await client.aclose()
    ((method, body),) = standin.calls
    assert method == "sendMessage"
    assert body["text"] == "1 &lt; 2 &amp; &lt;b&gt;pas du HTML&lt;/b&gt;"
    assert body["reply_markup"] == {
        "inline_keyboard": [[{"text": "Oui", "callback_data": "/affirm"}]]
    }


async def test_client_with_a_wrong_token_raises_without_leaking_it() -> None:
    standin = TelegramStandIn()
    client = TelegramClient(
        bot_token="wrong:token",
        base_url=TELEGRAM_URL,
        transport=httpx.ASGITransport(app=standin.app()),
    )
    with pytest.raises(TelegramSendError) as caught:
        await client.send_message(1, "bonjour")
    await client.aclose()
    assert caught.value.status_code == 401
    assert "token" not in str(caught.value) and "wrong" not in repr(caught.value)


def test_callback_data_over_64_bytes_cannot_be_built() -> None:
    with pytest.raises(ValueError):
        TelegramInlineButton(text="x", callback_data="é" * 33)
