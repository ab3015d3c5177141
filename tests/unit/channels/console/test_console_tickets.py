"""The console's ticket API: queue, take (engine pause), transcript, replies and their
delivery on each channel, release (engine resume), close."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from channels.console import DeliveryReport
from handoff import (
    AdviserDirectory,
    HandoffReason,
    HandoffTicket,
    TicketMessage,
    TicketStatus,
    TicketStore,
)
from tests.unit.channels.console.conftest import ClientFactory, log_in
from tests.unit.channels.console.console_support import (
    ADVISER,
    ENGINE_TOKEN,
    LAST_QUESTION,
    OTHER_ADVISER,
    TG_CONVERSATION,
    WA_CONVERSATION,
    WEB_CONVERSATION,
    FakePlatforms,
    open_ticket,
)


@pytest.fixture
def wa_ticket(store: TicketStore, platforms: FakePlatforms) -> HandoffTicket:
    return open_ticket(
        store, platforms, WA_CONVERSATION, HandoffReason.EXPLICIT_REQUEST, channel="whatsapp"
    )


@pytest.fixture
def urgent_ticket(store: TicketStore, platforms: FakePlatforms) -> HandoffTicket:
    return open_ticket(
        store,
        platforms,
        TG_CONVERSATION,
        HandoffReason.URGENT,
        channel="telegram",
        question="J'ai très mal à la poitrine",
    )


@pytest.fixture
def web_ticket(store: TicketStore, platforms: FakePlatforms) -> HandoffTicket:
    return open_ticket(store, platforms, WEB_CONVERSATION, HandoffReason.COMPLAINT, channel="web")


def _take(client: TestClient, ticket: HandoffTicket) -> dict[str, object]:
    response = client.post(f"/api/console/tickets/{ticket.id}/take")
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


# -- queue ---------------------------------------------------------------------------------------


def test_queue_is_ordered_by_priority_with_french_labels(
    alice: TestClient,
    wa_ticket: HandoffTicket,
    urgent_ticket: HandoffTicket,
    web_ticket: HandoffTicket,
    directory: AdviserDirectory,
) -> None:
    response = alice.get("/api/console/tickets")
    assert response.status_code == 200
    tickets = response.json()["tickets"]
    assert [t["id"] for t in tickets] == [urgent_ticket.id, web_ticket.id, wa_ticket.id]
    urgent = tickets[0]
    assert urgent["reason_label"] == "Urgence signalée"
    assert urgent["priority_label"] == "urgente"
    assert urgent["channel_label"] == "Telegram"
    assert urgent["status_label"] == "en attente"
    assert urgent["urgent"] is True
    assert urgent["member_id"] == "HS-1001"
    assert urgent["waiting_seconds"] >= 0
    assert tickets[1]["channel_label"] == "Site web"
    assert tickets[2]["urgent"] is False
    audit = directory.list_audit(actor=ADVISER, action="queue.view")
    assert audit[0].detail == "3 ticket(s)"


def test_queue_keeps_assigned_tickets_and_marks_mine(
    alice: TestClient, bruno: TestClient, wa_ticket: HandoffTicket, web_ticket: HandoffTicket
) -> None:
    _take(alice, wa_ticket)
    _take(bruno, web_ticket)
    mine = {t["id"]: t for t in alice.get("/api/console/tickets").json()["tickets"]}
    assert mine[wa_ticket.id]["mine"] is True
    assert mine[web_ticket.id]["mine"] is False
    assert mine[web_ticket.id]["assigned_to"] == OTHER_ADVISER


# -- take ----------------------------------------------------------------------------------------


def test_take_assigns_and_pauses_the_engine_with_its_token(
    alice: TestClient,
    wa_ticket: HandoffTicket,
    platforms: FakePlatforms,
    store: TicketStore,
    directory: AdviserDirectory,
) -> None:
    body = _take(alice, wa_ticket)
    assert body["warning"] is None
    ticket = store.get(wa_ticket.id)
    assert ticket is not None and ticket.status is TicketStatus.ASSIGNED
    assert ticket.assigned_to == ADVISER
    assert store.is_held(WA_CONVERSATION)
    [pause] = platforms.engine_calls("/tracker/events")
    assert pause.path == f"/conversations/{WA_CONVERSATION}/tracker/events"
    assert pause.body == {"event": "pause"}
    assert pause.params["token"] == ENGINE_TOKEN
    assert platforms.paused[WA_CONVERSATION] is True
    assert directory.list_audit(actor=ADVISER, action="ticket.take")[0].target == wa_ticket.id


def test_second_adviser_gets_409(
    alice: TestClient, bruno: TestClient, wa_ticket: HandoffTicket
) -> None:
    _take(alice, wa_ticket)
    again = alice.post(f"/api/console/tickets/{wa_ticket.id}/take")
    assert again.status_code == 200  # taking one's own ticket again is harmless
    response = bruno.post(f"/api/console/tickets/{wa_ticket.id}/take")
    assert response.status_code == 409
    assert response.json()["detail"] == f"Ce ticket vient d'être pris en charge par {ADVISER}."


def test_take_race_has_exactly_one_winner(
    alice: TestClient, bruno: TestClient, wa_ticket: HandoffTicket, store: TicketStore
) -> None:
    barrier = threading.Barrier(2)
    codes: dict[str, int] = {}

    def take(name: str, client: TestClient) -> None:
        barrier.wait()
        codes[name] = client.post(f"/api/console/tickets/{wa_ticket.id}/take").status_code

    threads = [
        threading.Thread(target=take, args=(name, client))
        for name, client in ((ADVISER, alice), (OTHER_ADVISER, bruno))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(codes.values()) == [200, 409]
    winner = next(name for name, code in codes.items() if code == 200)
    ticket = store.get(wa_ticket.id)
    assert ticket is not None and ticket.assigned_to == winner


def test_take_unknown_ticket_is_404(alice: TestClient) -> None:
    response = alice.post("/api/console/tickets/inconnu/take")
    assert response.status_code == 404
    assert response.json()["detail"] == "Ticket introuvable."


def test_take_with_engine_down_warns_but_keeps_the_ticket(
    alice: TestClient, wa_ticket: HandoffTicket, platforms: FakePlatforms, store: TicketStore
) -> None:
    platforms.engine_down = True
    body = _take(alice, wa_ticket)
    assert isinstance(body["warning"], str)
    assert body["warning"].startswith("Le moteur de dialogue est injoignable")
    assert store.is_held(WA_CONVERSATION)


def test_wrong_engine_token_is_reported(
    make_client: ClientFactory, wa_ticket: HandoffTicket, platforms: FakePlatforms
) -> None:
    client = log_in(make_client(engine_token="mauvais-jeton"))
    body = _take(client, wa_ticket)
    assert isinstance(body["warning"], str) and "jeton d'API" in body["warning"]
    assert "mauvais-jeton" not in body["warning"]
    assert WA_CONVERSATION not in platforms.paused


# -- conversation view ---------------------------------------------------------------------------


def test_ticket_detail_has_summary_transcript_and_last_question(
    alice: TestClient, wa_ticket: HandoffTicket, directory: AdviserDirectory
) -> None:
    response = alice.get(f"/api/console/tickets/{wa_ticket.id}")
    assert response.status_code == 200
    detail = response.json()
    assert detail["transcript_source"] == "engine"
    assert detail["last_question"] == LAST_QUESTION
    assert detail["ticket"]["summary"].startswith("Motif : Demande de conseiller.")
    speakers = [(entry["speaker"], entry["text"]) for entry in detail["transcript"]]
    assert speakers[:2] == [
        ("member", "Bonjour"),
        ("bot", "Bonjour, je suis l'assistant de Mutuelle Horizon Santé."),
    ]
    assert ("member", LAST_QUESTION) in speakers
    first_at = datetime.fromisoformat(detail["transcript"][0]["at"])
    assert first_at == datetime.fromtimestamp(1772442001.0, UTC)
    actions = {(e.action, e.target) for e in directory.list_audit(actor=ADVISER)}
    assert ("ticket.view", wa_ticket.id) in actions
    assert ("conversation.read", wa_ticket.id) in actions


def test_ticket_detail_falls_back_to_the_saved_summary(
    alice: TestClient, wa_ticket: HandoffTicket, platforms: FakePlatforms
) -> None:
    platforms.engine_down = True
    detail = alice.get(f"/api/console/tickets/{wa_ticket.id}").json()
    assert detail["transcript_source"] == "summary"
    assert "injoignable" in detail["notice"]
    assert [e["speaker"] for e in detail["transcript"]][:2] == ["member", "bot"]
    assert detail["last_question"] == LAST_QUESTION


def test_unknown_ticket_detail_is_404(alice: TestClient) -> None:
    assert alice.get("/api/console/tickets/inconnu").status_code == 404


# -- replies -------------------------------------------------------------------------------------


def test_whatsapp_reply_is_stored_sent_and_marked_delivered(
    alice: TestClient,
    wa_ticket: HandoffTicket,
    platforms: FakePlatforms,
    store: TicketStore,
    directory: AdviserDirectory,
) -> None:
    _take(alice, wa_ticket)
    text = "Bonjour, je suis Alice, conseillère. Je regarde votre dossier."
    response = alice.post(f"/api/console/tickets/{wa_ticket.id}/replies", json={"text": text})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["message"]["delivered"] is True
    assert body["delivery"]["route"] == "whatsapp"
    assert body["warning"] is None
    [sent] = platforms.whatsapp_sent()
    assert sent["to"] == "33612345678"
    assert sent["text"]["body"] == text
    [stored] = store.messages(wa_ticket.id)
    assert stored.author == ADVISER and stored.delivered
    assert store.pending_replies(WA_CONVERSATION) == []
    delivery = directory.list_audit(actor=ADVISER, action="reply.delivery")[0]
    assert delivery.detail == "whatsapp : 1 envoyé(s), 0 en attente"
    assert text not in str([e.detail for e in directory.list_audit()])  # no words in the audit
    detail = alice.get(f"/api/console/tickets/{wa_ticket.id}").json()
    adviser_turns = [e for e in detail["transcript"] if e["speaker"] == "adviser"]
    assert adviser_turns[0]["text"] == text and adviser_turns[0]["delivered"] is True


def test_telegram_reply_goes_to_the_chat(
    alice: TestClient, urgent_ticket: HandoffTicket, platforms: FakePlatforms
) -> None:
    _take(alice, urgent_ticket)
    response = alice.post(
        f"/api/console/tickets/{urgent_ticket.id}/replies", json={"text": "Appelez le 15 <vite>"}
    )
    assert response.json()["message"]["delivered"] is True
    [sent] = platforms.telegram_sent()
    assert sent["chat_id"] in ("987654321", 987654321)
    assert sent["text"] == "Appelez le 15 &lt;vite&gt;"


def test_web_reply_is_executed_by_the_engine_on_socketio(
    alice: TestClient, web_ticket: HandoffTicket, platforms: FakePlatforms, store: TicketStore
) -> None:
    _take(alice, web_ticket)
    text = "Je prends en charge votre réclamation."
    response = alice.post(f"/api/console/tickets/{web_ticket.id}/replies", json={"text": text})
    body = response.json()
    assert body["delivery"]["route"] == "engine:socketio"
    assert body["message"]["delivered"] is True
    [execute] = platforms.engine_calls("/execute")
    assert execute.path == f"/conversations/{WEB_CONVERSATION}/execute"
    assert execute.body == {"name": "action_deliver_adviser_replies"}
    assert execute.params == {"output_channel": "socketio", "token": ENGINE_TOKEN}
    assert store.pending_replies(WEB_CONVERSATION) == []
    detail = alice.get(f"/api/console/tickets/{web_ticket.id}").json()
    texts = [e["text"] for e in detail["transcript"]]
    assert texts.count(text) == 1  # the engine's bot turn and the ticket's reply shown once


def test_engine_failure_keeps_the_reply_pending_then_retry_sends_it(
    alice: TestClient, web_ticket: HandoffTicket, platforms: FakePlatforms, store: TicketStore
) -> None:
    _take(alice, web_ticket)
    platforms.engine_down = True
    body = alice.post(
        f"/api/console/tickets/{web_ticket.id}/replies", json={"text": "Un instant."}
    ).json()
    assert body["message"]["delivered"] is False
    assert body["delivery"]["pending"] == [body["message"]["id"]]
    assert body["warning"].startswith("Le moteur de dialogue est injoignable")
    platforms.engine_down = False
    retry = alice.post(f"/api/console/tickets/{web_ticket.id}/deliver")
    assert retry.status_code == 200
    assert retry.json()["delivered"] == [body["message"]["id"]]
    assert store.pending_replies(WEB_CONVERSATION) == []


def test_action_that_does_not_mark_leaves_the_reply_pending(
    alice: TestClient, web_ticket: HandoffTicket, platforms: FakePlatforms
) -> None:
    _take(alice, web_ticket)
    platforms.on_execute = None
    body = alice.post(f"/api/console/tickets/{web_ticket.id}/replies", json={"text": "Test"}).json()
    assert body["message"]["delivered"] is False
    assert "n'a pas confirmé" in body["warning"]


def test_whatsapp_window_closed_is_explained(
    alice: TestClient, wa_ticket: HandoffTicket, platforms: FakePlatforms, store: TicketStore
) -> None:
    _take(alice, wa_ticket)
    platforms.whatsapp_error = (400, 131047)
    body = alice.post(
        f"/api/console/tickets/{wa_ticket.id}/replies", json={"text": "Bonjour"}
    ).json()
    assert body["message"]["delivered"] is False
    assert "24 h" in body["warning"]
    assert len(store.pending_replies(WA_CONVERSATION)) == 1


def test_reply_needs_the_ticket(
    alice: TestClient, bruno: TestClient, wa_ticket: HandoffTicket, platforms: FakePlatforms
) -> None:
    not_taken = alice.post(f"/api/console/tickets/{wa_ticket.id}/replies", json={"text": "x"})
    assert not_taken.status_code == 409
    assert not_taken.json()["detail"] == "Action impossible : le ticket est « en attente »."
    _take(alice, wa_ticket)
    other = bruno.post(f"/api/console/tickets/{wa_ticket.id}/replies", json={"text": "x"})
    assert other.status_code == 403
    assert other.json()["detail"] == f"Vous ne détenez pas ce ticket (détenu par {ADVISER})."
    assert bruno.post(f"/api/console/tickets/{wa_ticket.id}/deliver").status_code == 403
    assert platforms.whatsapp_sent() == []


def test_reply_validation_is_french(alice: TestClient, wa_ticket: HandoffTicket) -> None:
    _take(alice, wa_ticket)
    empty = alice.post(f"/api/console/tickets/{wa_ticket.id}/replies", json={"text": "   "})
    assert empty.status_code == 422
    assert empty.json()["detail"] == "Champ « text » vide."
    long = alice.post(f"/api/console/tickets/{wa_ticket.id}/replies", json={"text": "a" * 5000})
    assert long.json()["detail"] == "Champ « text » trop long (4096 caractères au maximum)."
    extra = alice.post(
        f"/api/console/tickets/{wa_ticket.id}/replies", json={"text": "a", "to": "x"}
    )
    assert extra.json()["detail"] == "Champ inconnu : « to »."


class RecordingDelivery:
    def __init__(self, store: TicketStore) -> None:
        self.store = store
        self.calls: list[list[str]] = []

    async def deliver(
        self, ticket: HandoffTicket, messages: Sequence[TicketMessage]
    ) -> DeliveryReport:
        self.calls.append([m.text for m in messages])
        self.store.mark_delivered([m.id for m in messages])
        return DeliveryReport(route="test", delivered=[m.id for m in messages])


def test_delivery_is_injectable(
    make_client: ClientFactory, store: TicketStore, wa_ticket: HandoffTicket
) -> None:
    delivery = RecordingDelivery(store)
    client = log_in(make_client(delivery=delivery))
    _take(client, wa_ticket)
    body = client.post(f"/api/console/tickets/{wa_ticket.id}/replies", json={"text": "Bonjour"})
    assert body.json()["delivery"]["route"] == "test"
    assert delivery.calls == [["Bonjour"]]


# -- release and close ---------------------------------------------------------------------------


def test_release_gives_the_conversation_back_and_resumes_the_engine(
    alice: TestClient,
    wa_ticket: HandoffTicket,
    platforms: FakePlatforms,
    store: TicketStore,
    directory: AdviserDirectory,
) -> None:
    _take(alice, wa_ticket)
    response = alice.post(f"/api/console/tickets/{wa_ticket.id}/release")
    assert response.status_code == 200
    body = response.json()
    assert body["ticket"]["status"] == "released"
    assert body["warning"] is None
    assert not store.is_held(WA_CONVERSATION)
    assert [c.body for c in platforms.engine_calls("/tracker/events")] == [
        {"event": "pause"},
        {"event": "resume"},
    ]
    assert platforms.paused[WA_CONVERSATION] is False
    assert directory.list_audit(actor=ADVISER, action="ticket.release")[0].target == wa_ticket.id


def test_release_retries_the_resume_when_the_engine_failed(
    alice: TestClient, wa_ticket: HandoffTicket, platforms: FakePlatforms
) -> None:
    _take(alice, wa_ticket)
    platforms.engine_down = True
    first = alice.post(f"/api/console/tickets/{wa_ticket.id}/release").json()
    assert "Rendre au bot" in first["warning"]
    platforms.engine_down = False
    second = alice.post(f"/api/console/tickets/{wa_ticket.id}/release")
    assert second.status_code == 200
    assert second.json()["warning"] is None
    assert platforms.paused[WA_CONVERSATION] is False


def test_only_the_holder_releases(
    alice: TestClient, bruno: TestClient, wa_ticket: HandoffTicket
) -> None:
    _take(alice, wa_ticket)
    assert bruno.post(f"/api/console/tickets/{wa_ticket.id}/release").status_code == 403
    open_one = alice.post("/api/console/tickets/inconnu/release")
    assert open_one.status_code == 404


def test_close_a_held_ticket_resumes_the_bot(
    alice: TestClient,
    wa_ticket: HandoffTicket,
    platforms: FakePlatforms,
    directory: AdviserDirectory,
) -> None:
    _take(alice, wa_ticket)
    response = alice.post(
        f"/api/console/tickets/{wa_ticket.id}/close", json={"note": "Rappel effectué"}
    )
    assert response.status_code == 200
    assert response.json()["ticket"]["status"] == "closed"
    assert platforms.paused[WA_CONVERSATION] is False
    [closed] = directory.list_audit(actor=ADVISER, action="ticket.close")
    assert (closed.target, closed.detail) == (wa_ticket.id, "Rappel effectué")


def test_close_an_open_ticket_without_body_does_not_touch_the_engine(
    alice: TestClient, web_ticket: HandoffTicket, platforms: FakePlatforms
) -> None:
    response = alice.post(f"/api/console/tickets/{web_ticket.id}/close")
    assert response.status_code == 200
    assert response.json()["ticket"]["status"] == "closed"
    assert platforms.engine_calls("/tracker/events") == []
    again = alice.post(f"/api/console/tickets/{web_ticket.id}/close")
    assert again.status_code == 409
