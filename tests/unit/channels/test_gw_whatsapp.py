"""WhatsApp webhook end to end: gateway ↔ stand-in engine ↔ stand-in Graph API."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.unit.channels.conftest import GatewayFactory, GatewayHarness, gw_make_settings
from tests.unit.channels.gw_standins import (
    ACCESS_TOKEN,
    VERIFY_TOKEN,
    sign,
    wa_button_reply,
    wa_notification,
    wa_text,
)


def _buttons(count: int) -> list[dict[str, Any]]:
    titles = ["Optique", "Dentaire", "Hospitalisation", "Audition", "Pharmacie", "Généraliste"]
    return [{"title": titles[i], "payload": f'/choose{{"care": "{i}"}}'} for i in range(count)]


async def test_verification_handshake_echoes_the_challenge(gw: GatewayHarness) -> None:
    params = {
        "hub.mode": "subscribe",
        "hub.verify_token": VERIFY_TOKEN,
        "hub.challenge": "1158201444",
    }
    response = await gw.client.get("/webhooks/whatsapp", params=params)
    assert response.status_code == 200
    assert response.text == "1158201444"


async def test_verification_with_a_wrong_token_is_forbidden(gw: GatewayHarness) -> None:
    for params in (
        {"hub.mode": "subscribe", "hub.verify_token": "guess", "hub.challenge": "1"},
        {"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"},
        {"hub.mode": "subscribe", "hub.challenge": "1"},
    ):
        response = await gw.client.get("/webhooks/whatsapp", params=params)
        assert response.status_code == 403
        assert "1" not in response.text.replace("403", "")


async def test_text_message_reaches_the_engine_and_the_reply_is_sent(gw: GatewayHarness) -> None:
    body = wa_notification(wa_text("combien pour un dermato ?"))
    response = await gw.post_whatsapp(body)
    assert response.status_code == 200
    assert gw.engine.requests == [
        {
            "sender": "whatsapp:33612345678",
            "message": "combien pour un dermato ?",
            "metadata": {"channel": "whatsapp", "member_id": None, "mode": "member"},
        }
    ]
    assert gw.graph.violations == []
    assert gw.graph.sent == [
        {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": "33612345678",
            "type": "text",
            "text": {"preview_url": False, "body": "Vous avez dit : combien pour un dermato ?"},
        }
    ]


async def test_send_api_receives_the_bearer_token(gw: GatewayHarness) -> None:
    # the stand-in answers 401 to any other Authorization header: a sent message proves it
    await gw.post_whatsapp(wa_notification(wa_text("bonjour")))
    assert len(gw.graph.sent) == 1
    assert ACCESS_TOKEN not in json.dumps(gw.graph.sent)


async def test_forged_signature_is_refused_and_nothing_processed(gw: GatewayHarness) -> None:
    body = wa_notification(wa_text("bonjour"))
    forged = sign(body, secret="not-the-app-secret")
    tampered = body.replace(b"bonjour", b"bonsoir")
    for payload, signature in ((body, forged), (tampered, sign(body)), (body, "sha256=zz")):
        response = await gw.post_whatsapp(payload, signature=signature)
        assert response.status_code == 403
    response = await gw.post_whatsapp(body, signature=sign(body).removeprefix("sha256="))
    assert response.status_code == 403
    assert gw.engine.requests == []
    assert gw.graph.sent == []


async def test_unsigned_request_is_unauthorized(gw: GatewayHarness) -> None:
    response = await gw.post_whatsapp(wa_notification(wa_text("bonjour")), signed=False)
    assert response.status_code == 401
    assert gw.engine.requests == []


async def test_signature_is_checked_on_the_raw_bytes(gw: GatewayHarness) -> None:
    # same JSON, different bytes: the signature of the re-serialised form does not match
    body = wa_notification(wa_text("bonjour"))
    reformatted = json.dumps(json.loads(body), indent=2).encode()
    response = await gw.post_whatsapp(reformatted, signature=sign(body))
    assert response.status_code == 403
    response = await gw.post_whatsapp(reformatted, signature=sign(reformatted))
    assert response.status_code == 200


async def test_button_reply_sends_its_id_to_the_engine(gw: GatewayHarness) -> None:
    body = wa_notification(wa_button_reply("/affirm", "Oui"))
    assert (await gw.post_whatsapp(body)).status_code == 200
    assert [r["message"] for r in gw.engine.requests] == ["/affirm"]


async def test_list_reply_sends_its_id_to_the_engine(gw: GatewayHarness) -> None:
    message = wa_button_reply("/x", "x")
    message["interactive"] = {
        "type": "list_reply",
        "list_reply": {"id": "/optique", "title": "Optique"},
    }
    await gw.post_whatsapp(wa_notification(message))
    assert [r["message"] for r in gw.engine.requests] == ["/optique"]


async def test_duplicate_delivery_is_processed_once(gw: GatewayHarness) -> None:
    body = wa_notification(wa_text("bonjour", message_id="wamid.same"))
    first = await gw.post_whatsapp(body)
    second = await gw.post_whatsapp(body)
    assert (first.status_code, second.status_code) == (200, 200)
    assert len(gw.engine.requests) == 1
    assert len(gw.graph.sent) == 1


async def test_statuses_are_ignored(gw: GatewayHarness) -> None:
    status = {"id": "wamid.out.1", "status": "delivered", "recipient_id": "33612345678"}
    response = await gw.post_whatsapp(wa_notification(statuses=[status]))
    assert response.status_code == 200
    assert gw.engine.requests == []
    assert gw.graph.sent == []


async def test_media_message_gets_a_polite_reply_without_the_engine(gw: GatewayHarness) -> None:
    image = {
        "from": "33612345678",
        "id": "wamid.img",
        "timestamp": "1",
        "type": "image",
        "image": {"id": "m1"},
    }
    await gw.post_whatsapp(wa_notification(image))
    assert gw.engine.requests == []
    assert "messages écrits" in gw.graph.texts()[0]


async def test_more_than_three_buttons_become_a_list(gw: GatewayHarness) -> None:
    gw.engine.responder = lambda body: [{"text": "Quel type de soin ?", "buttons": _buttons(5)}]
    await gw.post_whatsapp(wa_notification(wa_text("je veux une simulation")))
    assert gw.graph.violations == []
    (sent,) = gw.graph.sent
    assert sent["interactive"]["type"] == "list"
    rows = sent["interactive"]["action"]["sections"][0]["rows"]
    assert [row["title"] for row in rows] == [b["title"] for b in _buttons(5)]
    assert rows[0]["id"] == _buttons(5)[0]["payload"]


async def test_three_short_buttons_stay_reply_buttons(gw: GatewayHarness) -> None:
    gw.engine.responder = lambda body: [{"text": "Quel soin ?", "buttons": _buttons(3)}]
    await gw.post_whatsapp(wa_notification(wa_text("simulation")))
    (sent,) = gw.graph.sent
    assert sent["interactive"]["type"] == "button"
    assert sent["interactive"]["body"]["text"] == "Quel soin ?"


async def test_many_buttons_become_numbered_and_a_number_picks_the_payload(
    gw: GatewayHarness,
) -> None:
    buttons = [{"title": f"Spécialité {i}", "payload": f"/pick{i}"} for i in range(1, 13)]
    gw.engine.responder = lambda body: (
        [{"text": "Laquelle ?", "buttons": buttons}] if body["message"] == "liste" else []
    )
    await gw.post_whatsapp(wa_notification(wa_text("liste", message_id="m1")))
    text = gw.graph.texts()[-1]
    assert "1. Spécialité 1" in text and "12. Spécialité 12" in text
    await gw.post_whatsapp(wa_notification(wa_text("12", message_id="m2")))
    assert [r["message"] for r in gw.engine.requests] == ["liste", "/pick12"]


async def test_long_answer_is_split_under_4096_in_order(gw: GatewayHarness) -> None:
    paragraphs = [f"Paragraphe {i}. " + "Une phrase de remboursement. " * 40 for i in range(12)]
    gw.engine.responder = lambda body: [{"text": p} for p in paragraphs]
    await gw.post_whatsapp(wa_notification(wa_text("explique tout")))
    assert gw.graph.violations == []
    texts = gw.graph.texts()
    assert len(texts) > 1 and all(len(t) <= 4096 for t in texts)
    joined = "\n\n".join(texts)
    positions = [joined.index(f"Paragraphe {i}.") for i in range(12)]
    assert positions == sorted(positions)


async def test_engine_down_gives_an_apology(gw: GatewayHarness) -> None:
    gw.engine_down()
    response = await gw.post_whatsapp(wa_notification(wa_text("bonjour")))
    assert response.status_code == 200
    (text,) = gw.graph.texts()
    assert text.startswith("Désolé, je rencontre un problème technique")


async def test_send_api_failure_is_logged_not_raised(gw: GatewayHarness, caplog: Any) -> None:
    gw.graph.fail_with = 500
    response = await gw.post_whatsapp(wa_notification(wa_text("mon numéro 06 12 34 56 78")))
    assert response.status_code == 200
    assert "not sent: HTTP 500, error 131047" in caplog.text
    assert "06 12" not in caplog.text and "33612345678" not in caplog.text


async def test_notification_for_another_number_is_ignored(gw: GatewayHarness) -> None:
    body = wa_notification(wa_text("bonjour")).replace(b'"1234567890"', b'"999"')
    assert (await gw.post_whatsapp(body)).status_code == 200
    assert gw.engine.requests == []


async def test_malformed_json_with_a_valid_signature_is_a_bad_request(gw: GatewayHarness) -> None:
    assert (await gw.post_whatsapp(b"{not json")).status_code == 400
    assert (await gw.post_whatsapp(b'{"entry": []}')).status_code == 400


async def test_oversized_body_is_refused_before_anything(gw: GatewayHarness) -> None:
    body = wa_notification(wa_text("a" * 70_000))
    response = await gw.post_whatsapp(body)
    assert response.status_code == 413
    assert gw.engine.requests == []


async def test_oversized_message_gets_a_polite_refusal(gw: GatewayHarness) -> None:
    await gw.post_whatsapp(wa_notification(wa_text("trop long " * 300)))
    assert gw.engine.requests == []
    assert "trop long pour moi" in gw.graph.texts()[0]


async def test_disabled_when_a_secret_is_missing(
    gw_factory: GatewayFactory, tmp_path: Path
) -> None:
    settings = gw_make_settings(tmp_path, whatsapp_app_secret=None)
    assert settings.missing_whatsapp_settings() == ["WHATSAPP_APP_SECRET"]
    gateway = await gw_factory(settings)
    body = wa_notification(wa_text("bonjour"))
    response = await gateway.post_whatsapp(body, signature=sign(body, secret=""))
    assert response.status_code == 404
    assert response.json() == {"detail": "WhatsApp channel disabled"}
    params = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"}
    assert (await gateway.client.get("/webhooks/whatsapp", params=params)).status_code == 404
    assert gateway.engine.requests == []
    # the other channel still works
    assert (await gateway.post_telegram({"update_id": 1})).status_code == 200
