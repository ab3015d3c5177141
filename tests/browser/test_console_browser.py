"""The adviser console in a real headless Chromium, end to end.

The gateway (with the console router) runs under uvicorn in a background thread; the engine's
HTTP API and the WhatsApp Graph API are in-process stand-ins (``httpx.MockTransport``), the
knowledge base is the tiny one of ``tests/conftest.py``. An adviser logs in, sees the queue
by priority, takes a ticket, reads it, asks the copilot, sends its suggestion to the member
and gives the conversation back to the bot. The test also writes ``docs/console.png``.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Page, expect
from pydantic import SecretStr

from channels.app import create_app
from channels.console import ConsoleSettings, CopilotService, EngineApi, console_router
from channels.settings import GatewaySettings
from handoff import AdviserDirectory, HandoffReason, TicketStore, make_engine
from retrieval import HybridRetriever
from retrieval.index import build_index
from retrieval.settings import RetrievalSettings
from tests.unit.channels.console.console_support import (
    ADVISER,
    ADVISER_NAME,
    ENGINE_TOKEN,
    ENGINE_URL,
    GRAPH_URL,
    LAST_QUESTION,
    PASSWORD,
    PHONE_NUMBER_ID,
    WA_CONVERSATION,
    WEB_CONVERSATION,
    FakePlatforms,
    action_server,
    open_ticket,
)

pytestmark = pytest.mark.browser

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "console.png"
MAX_SCREENSHOT_BYTES = 300 * 1024


@dataclass
class Running:
    url: str
    store: TicketStore
    platforms: FakePlatforms
    claim_id: str
    urgent_id: str


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def console_server(
    tmp_path: Path,
    tiny_kb: Path,
    retrieval_settings: RetrievalSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Running]:
    for name in (*GatewaySettings.model_fields, *ConsoleSettings.model_fields):
        monkeypatch.delenv(name.upper(), raising=False)
    db = make_engine(f"sqlite:///{tmp_path / 'console.db'}")
    store, directory = TicketStore(db), AdviserDirectory(db)
    directory.create_adviser(ADVISER, ADVISER_NAME, PASSWORD)
    platforms = FakePlatforms()
    platforms.on_execute = action_server(store, platforms)
    claim = open_ticket(
        store, platforms, WA_CONVERSATION, HandoffReason.CLAIM_DISPUTE, channel="whatsapp"
    )
    urgent = open_ticket(
        store,
        platforms,
        WEB_CONVERSATION,
        HandoffReason.URGENT,
        channel="web",
        question="Mon père a très mal à la poitrine",
    )

    build_index(tiny_kb, retrieval_settings.index_dir, progress=False, settings=retrieval_settings)
    retriever = HybridRetriever.load(retrieval_settings.index_dir, retrieval_settings)
    settings = ConsoleSettings(
        engine_url=ENGINE_URL,
        rasa_auth_token=SecretStr(ENGINE_TOKEN),
        console_insecure_cookies=True,
    )
    router = console_router(
        settings,
        store=store,
        directory=directory,
        engine_api=EngineApi(ENGINE_URL, token=ENGINE_TOKEN, transport=platforms.transport),
        copilot=CopilotService(retriever, retrieval_settings=retrieval_settings),
        close_engine_api=True,
    )
    gateway_settings = GatewaySettings(
        engine_url=ENGINE_URL,
        whatsapp_verify_token=SecretStr("verify"),
        whatsapp_app_secret=SecretStr("app-secret"),
        whatsapp_access_token=SecretStr("access-token"),
        whatsapp_phone_number_id=PHONE_NUMBER_ID,
        whatsapp_api_base_url=GRAPH_URL,
        gateway_db_url=f"sqlite:///{tmp_path / 'gateway.db'}",
    )
    app = create_app(gateway_settings, transport=platforms.transport, routers=[router])
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=server.run, name="console-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the gateway did not start")
        time.sleep(0.02)
    try:
        yield Running(f"http://127.0.0.1:{port}", store, platforms, claim.id, urgent.id)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        db.dispose()


def test_adviser_takes_answers_with_the_copilot_and_releases(
    console_server: Running, page: Page
) -> None:
    started = time.monotonic()
    base = console_server.url
    page.set_viewport_size({"width": 1280, "height": 940})
    page.set_default_timeout(8000)

    # -- log in (the console redirects to the login page) -----------------------------------
    page.goto(f"{base}/console")
    expect(page).to_have_url(f"{base}/console/login")
    page.get_by_label("Identifiant").fill(ADVISER)
    page.get_by_label("Mot de passe").fill("pas-le-bon-mot-de-passe")
    page.get_by_role("button", name="Se connecter").click()
    expect(page.get_by_role("alert")).to_have_text("Identifiant ou mot de passe incorrect.")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_label("Mot de passe").press("Enter")
    expect(page).to_have_url(f"{base}/console")

    # -- the queue, most urgent first --------------------------------------------------------
    rows = page.locator("#file-table tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Urgence signalée")
    expect(rows.nth(0)).to_contain_text("urgente")
    expect(rows.nth(1)).to_contain_text("Contestation d'un remboursement")
    expect(rows.nth(1)).to_contain_text("WhatsApp")
    expect(rows.nth(1)).to_contain_text("HS-1001")

    # keyboard: the first Tab reaches the skip link
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Aller au contenu")).to_be_focused()

    # -- take the claim: ticket assigned, engine paused --------------------------------------
    page.get_by_role(
        "button", name="Prendre le ticket : Contestation d'un remboursement, priorité normale"
    ).click()
    heading = page.get_by_role("heading", name="Conversation — Contestation d'un remboursement")
    expect(heading).to_be_focused()
    expect(page.locator("#conv-resume")).to_contain_text("Motif : Contestation d'un remboursement")
    transcript = page.locator("#conv-transcript")
    expect(transcript).to_contain_text(LAST_QUESTION)
    expect(transcript).to_contain_text("Je transmets votre demande à un conseiller.")
    expect(transcript.locator("li").first).to_contain_text(re.compile(r"Adhérent · \d\d/\d\d"))
    assert console_server.store.is_held(WA_CONVERSATION)
    pauses = console_server.platforms.engine_calls("/tracker/events")
    assert [p.body for p in pauses] == [{"event": "pause"}]

    # -- the copilot answers the member's last question, with its source ---------------------
    expect(page.get_by_label("Question ou demande")).to_have_value(LAST_QUESTION)
    page.get_by_role("button", name="Réponse suggérée").click()
    suggestion = page.locator("#copilot-results .suggestion").first
    expect(suggestion).to_contain_text("La consultation chez le médecin généraliste coûte 30 €")
    source = suggestion.get_by_role("link", name="Source officielle")
    expect(source).to_have_attribute("href", "https://www.ameli.fr/consultation-generaliste")
    expect(suggestion).to_contain_text("mis à jour le 22/12/2024")
    suggestion.get_by_role("button", name=re.compile("^Envoyer au membre")).click()
    reply_box = page.get_by_label("Votre réponse à l'adhérent")
    expect(reply_box).to_be_focused()
    expect(reply_box).to_have_value(re.compile(r"^La consultation chez le médecin généraliste"))
    expect(page.get_by_role("button", name="Prendre ce ticket")).to_be_hidden()

    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    if SCREENSHOT.stat().st_size >= MAX_SCREENSHOT_BYTES:  # other fonts: keep the viewport only
        page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size < MAX_SCREENSHOT_BYTES

    # -- send: the WhatsApp stand-in receives the reply --------------------------------------
    sent_text = reply_box.input_value()
    page.locator("#reply-form").get_by_role("button", name="Envoyer", exact=True).click()
    expect(page.locator("#conv-message")).to_have_text("Réponse envoyée à l'adhérent.")
    expect(reply_box).to_have_value("")
    expect(transcript).to_contain_text("Conseiller (alice.martin)")
    [sent] = console_server.platforms.whatsapp_sent()
    assert sent["to"] == "33612345678"
    assert sent["text"]["body"] == sent_text
    assert console_server.store.pending_replies(WA_CONVERSATION) == []

    # -- give the conversation back to the bot -------------------------------------------------
    page.get_by_role("button", name="Rendre au bot").click()
    expect(page.locator("#conv-message")).to_have_text("Conversation rendue à l'assistant.")
    expect(page.locator("#reply-form")).to_be_hidden()
    assert not console_server.store.is_held(WA_CONVERSATION)
    resumes = console_server.platforms.engine_calls("/tracker/events")
    assert [p.body for p in resumes] == [{"event": "pause"}, {"event": "resume"}]
    assert all(p.params["token"] == ENGINE_TOKEN for p in resumes)

    # -- the copilot on its own page: the simulator, line by line ----------------------------
    page.get_by_role("link", name="Copilote").click()
    expect(page).to_have_url(f"{base}/console/copilot")
    page.get_by_label("Question ou demande").fill("dermato secteur 2 70 € Confort")
    page.get_by_role("button", name="Simuler un remboursement").click()
    simulation = page.locator("#copilot-results .suggestion").first
    expect(simulation).to_contain_text("Reste à votre charge : 30,60")
    expect(simulation.get_by_role("button", name=re.compile("^Copier le texte"))).to_be_visible()

    # -- log out: the session is gone ---------------------------------------------------------
    page.get_by_role("button", name="Se déconnecter").click()
    expect(page).to_have_url(f"{base}/console/login")
    page.goto(f"{base}/console")
    expect(page).to_have_url(f"{base}/console/login")

    assert time.monotonic() - started < 30
