"""The website page and its assistant widget in headless Chromium.

The gateway (``create_app`` + ``web_router``) runs under uvicorn in a background thread on a
free port. Two kinds of engine:

- a **scripted socket.io client** served in place of ``socket.io.min.js`` (``page.route``):
  it speaks the Rasa protocol (``session_request`` / ``session_confirm``, ``user_uttered`` /
  ``bot_uttered``) and replays every envelope kind, so the renderers, the keyboard paths,
  the reload memory and the member token are checked without an engine;
- the **real stack** (engine + action server on free ports, ``engine`` mark), with the
  engine-side socket.io channel of :mod:`channels.web.engine_socketio` unless the credentials
  file already declares a fixed one: the conversation of the brief, and ``docs/website.png``.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
import yaml
from fastapi import FastAPI
from playwright.sync_api import Locator, Page, Route, expect
from pydantic import SecretStr

from channels.app import create_app
from channels.settings import GatewaySettings
from channels.web.router import web_router
from channels.web.settings import WebsiteSettings
from members.identity import verify_member_token
from stack.processes import Stack
from stack.settings import REPO_ROOT, StackSettings

pytestmark = pytest.mark.browser


SECRET = "browser-member-secret"
PASSWORD = "demo-horizon"
API_TOKEN = "browser-test-token"
SCREENSHOT = REPO_ROOT / "docs" / "website.png"
FIXED_CHANNEL = "channels.web.engine_socketio.SocketIOEnvelopeInput"
REPLY_TIMEOUT_MS = 45_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(app: FastAPI) -> Iterator[str]:
    """``app`` under uvicorn in a background thread; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, name="website-gateway", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the gateway did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def gateway_app(tmp_path: Path, engine_url: str, *, login: bool = True) -> FastAPI:
    settings = GatewaySettings(
        engine_url=engine_url, gateway_db_url=f"sqlite:///{tmp_path / 'gateway.db'}"
    )
    website = WebsiteSettings(
        public_engine_url=engine_url,
        website_demo_password=SecretStr(PASSWORD) if login else None,
        member_token_secret=SecretStr(SECRET),
        member_token_key_file=tmp_path / "no.key",
        website_insecure_cookies=True,
    )
    router = web_router(website, member_exists=lambda member_id: member_id.startswith("HS-"))
    return create_app(settings, routers=[router])


# ---------------------------------------------------------------- page helpers


def log(page: Page) -> Locator:
    return page.locator(".assistant-log")


def last_bot(page: Page) -> Locator:
    return page.locator(".assistant-log > li.msg-bot").last


def focused(page: Page) -> dict[str, Any]:
    value: dict[str, Any] = page.evaluate(
        """() => {
            const el = document.activeElement;
            return {tag: el.tagName, id: el.id, text: el.textContent.trim(),
                    cls: el.className, outline: getComputedStyle(el).outlineStyle};
        }"""
    )
    return value


def tab_to(page: Page, matches: Callable[[dict[str, Any]], bool], *, back: bool = False) -> None:
    for _ in range(40):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        if matches(focused(page)):
            return
    raise AssertionError(f"never reached the element; focus on {focused(page)}")


def open_with_keyboard(page: Page) -> None:
    tab_to(page, lambda f: "assistant-launcher" in f["cls"])
    assert focused(page)["outline"] == "solid", "visible focus"
    page.keyboard.press("Enter")
    expect(page.locator("#assistant-panel")).to_be_visible()
    assert focused(page)["id"] == "assistant-input"


def ask(page: Page, question: str) -> None:
    """Types into the focused message field and presses Enter (keyboard only)."""
    assert focused(page)["id"] == "assistant-input"
    page.keyboard.type(question)
    page.keyboard.press("Enter")
    expect(page.locator(".assistant-log > li.msg-user").last).to_have_text(
        re.compile(re.escape(question))
    )


def stored_state(page: Page) -> dict[str, Any]:
    state: dict[str, Any] = page.evaluate("JSON.parse(localStorage.getItem('mhs.assistant.v1'))")
    return state


# ---------------------------------------------------------------- scripted socket.io client

SOURCE = {
    "title": "Forfait journalier hospitalier (ameli.fr)",
    "url": "https://www.ameli.fr/assure/remboursements/forfait-journalier",
    "updated": "2026-03-01",
}
SCRIPT: dict[str, list[dict[str, Any]]] = {
    "forfait": [
        {"text": "Le forfait journalier est de 23 € par jour depuis le 1er mars 2026 [1]."},
        {
            "text": "Sources :\n[1] Forfait journalier hospitalier (ameli.fr), 2026-03-01 — "
            "https://www.ameli.fr/\nFiche mise à jour le 25/11/2026."
        },
        {"custom": {"kind": "answer", "sources": [SOURCE], "data": {"doc_id": "fjh"}}},
    ],
    "simulation": [
        {"text": "Simulation pour une consultation de dermatologue."},
        {
            "custom": {
                "kind": "simulation",
                "sources": [],
                "data": {
                    "act": "Consultation de dermatologue",
                    "contract_name": "Confort",
                    "figures": {
                        "fee": "60.00",
                        "base": "23.00",
                        "amo_net": "14.10",
                        "mutuelle": "25.30",
                        "reste_a_charge": "20.60",
                    },
                    "lines": [
                        {"label": "Base de remboursement", "amount": "23.00", "kind": "base"},
                        {
                            "label": "Versé par l'Assurance Maladie",
                            "amount": "14.10",
                            "kind": "amo",
                        },
                        {
                            "label": "Remboursement de la mutuelle",
                            "amount": "25.30",
                            "kind": "mutuelle",
                        },
                        {
                            "label": "Reste à votre charge",
                            "amount": "20.60",
                            "kind": "reste_a_charge",
                        },
                    ],
                    "optam_variant": {
                        "amo_net": "14.10",
                        "mutuelle": "30.00",
                        "reste_a_charge": "15.90",
                    },
                },
            }
        },
    ],
    "dermatologue": [
        {"text": "Voici des dermatologues près de Nantes."},
        {
            "custom": {
                "kind": "care_search",
                "sources": [],
                "data": {
                    "results": [
                        {
                            "name": "Dr Anne Martin",
                            "specialty": "Dermatologue",
                            "distance_km": 2.34,
                            "address": "12 rue Crébillon, 44000 Nantes",
                            "phone": "02 40 00 00 01",
                            "sector_label": "Secteur 1",
                            "fee": "30.00",
                            "reste_a_charge": "2.00",
                            "an_unexpected_key": {"nested": True},
                        },
                        {"name": "Centre de santé Erdre"},
                    ]
                },
            }
        },
    ],
    "formule": [
        {"text": "Voici les formules qui vous correspondent :"},
        {
            "custom": {
                "kind": "contract_recommendation",
                "sources": [],
                "data": {
                    "options": [
                        {
                            "rank": 1,
                            "contract_name": "Confort",
                            "monthly_premium": "54.00",
                            "yearly_premium": "648.00",
                            "typical_year_reste_a_charge": "180.00",
                            "reasons": ["Optique bien couverte"],
                        },
                        {"rank": 2, "contract_name": "Sérénité", "monthly_premium": "79.00"},
                    ]
                },
            }
        },
    ],
    "comparer": [
        {
            "custom": {
                "kind": "contract_recommendation",
                "sources": [],
                "data": {
                    "mode": "comparison",
                    "names": ["Essentielle", "Confort"],
                    "rows": [{"label": "Lunettes", "a": "100 € / 2 ans", "b": "250 € / 2 ans"}],
                },
            }
        }
    ],
    "conseiller": [
        {"text": "Je transmets votre demande à un conseiller."},
        {
            "custom": {
                "kind": "handoff",
                "sources": [],
                "data": {
                    "status": "open",
                    "reason": "explicit_request",
                    "reason_label": "Demande de conseiller",
                    "ticket_id": 42,
                    "next_steps": ["Un conseiller vous répond sous 24 h ouvrées."],
                },
            }
        },
    ],
    "douleur": [
        {"text": "Appelez immédiatement le 15."},
        {
            "custom": {
                "kind": "emergency",
                "sources": [],
                "data": {
                    "category": "medical_emergency",
                    "urgent": True,
                    "numbers": [
                        {"number": "15", "label": "SAMU – urgences médicales", "uri": "tel:15"},
                        {"number": "112", "label": "Numéro d'urgence européen", "uri": "tel:112"},
                    ],
                },
            }
        },
    ],
    "bizarre": [
        {"custom": {"kind": "care_search", "data": {"results": "pas une liste"}}},
        {"custom": "pas un objet"},
        {"text": "Toujours là."},
    ],
    "secteur ?": [
        {
            "text": "Dans quel secteur exerce ce médecin ?",
            "quick_replies": [
                {"content_type": "text", "title": "Secteur 1", "payload": "secteur 1"},
                {"content_type": "text", "title": "Secteur 2", "payload": "secteur 2"},
            ],
        }
    ],
}

FAKE_IO_TEMPLATE = """
(function () {
  var SCRIPT = __SCRIPT__;
  window.__sent = [];
  window.io = function (url, options) {
    var handlers = {};
    function fire(event, data) {
      (handlers[event] || []).forEach(function (fn) { fn(data); });
    }
    var socket = {
      disconnect: function () {
        window.__sent.push({event: "disconnect", data: null, url: url, options: options});
        fire("disconnect");
      },
      on: function (event, fn) {
        (handlers[event] = handlers[event] || []).push(fn);
        return socket;
      },
      emit: function (event, data) {
        window.__sent.push({event: event, data: data, url: url, options: options});
        if (event === "session_request") {
          setTimeout(function () { fire("session_confirm", data.session_id || "generated"); }, 5);
        }
        if (event === "user_uttered") {
          var replies = SCRIPT[data.message] || [{text: "Reçu : " + data.message}];
          replies.forEach(function (reply, i) {
            setTimeout(function () { fire("bot_uttered", reply); }, 20 * (i + 1));
          });
        }
      }
    };
    setTimeout(function () { fire("connect"); }, 5);
    return socket;
  };
})();
"""
FAKE_IO = FAKE_IO_TEMPLATE.replace("__SCRIPT__", json.dumps(SCRIPT, ensure_ascii=False))


@pytest.fixture(scope="module")
def scripted_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve(gateway_app(tmp_path_factory.mktemp("site"), "http://127.0.0.1:9")) as url:
        yield url


@pytest.fixture
def scripted(page: Page, scripted_site: str) -> Page:
    def fulfil(route: Route) -> None:
        route.fulfill(status=200, content_type="text/javascript", body=FAKE_IO)

    page.route("**/static/web/vendor/socket.io.min.js*", fulfil)
    page.goto(scripted_site + "/")
    return page


def sent(page: Page, event: str) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = page.evaluate("window.__sent")
    return [m["data"] for m in messages if m["event"] == event]


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Polls from Python: ``page.wait_for_function`` evaluates strings, which our CSP forbids."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def test_every_envelope_kind_is_rendered(scripted: Page) -> None:
    page = scripted
    page.get_by_role("button", name="Une question ? L'assistant").click()
    entry = page.get_by_label("Votre message")

    entry.fill("forfait")
    entry.press("Enter")
    source = page.locator(".sources-list li").first
    expect(source).to_contain_text("mis à jour le 01/03/2026")
    link = source.get_by_role("link", name=re.compile("Forfait journalier hospitalier"))
    expect(link).to_have_attribute("href", SOURCE["url"])
    expect(link).to_have_attribute("rel", "noopener noreferrer")
    expect(log(page)).to_contain_text("Fiche mise à jour le 25/11/2026.")
    expect(log(page)).not_to_contain_text("Sources :")

    entry.fill("simulation")
    entry.press("Enter")
    table = page.locator("table.sim-table")
    expect(table.locator("caption")).to_have_text(
        "Estimation — Consultation de dermatologue (Confort)"
    )
    expect(table.locator("tbody tr").first).to_have_text(re.compile(r"Prix du soin\s*60,00\s€"))
    expect(table.locator("tfoot tr.total")).to_have_text(
        re.compile(r"Reste à votre charge\s*20,60\s€")
    )
    expect(page.locator(".sim .note")).to_contain_text("OPTAM : reste à charge 15,90")

    entry.fill("dermatologue")
    entry.press("Enter")
    results = page.locator(".care-results > li")
    expect(results).to_have_count(2)
    expect(results.first).to_contain_text("Dr Anne Martin")
    expect(results.first).to_contain_text("Dermatologue · Secteur 1 · à 2,3 km")
    expect(results.first).to_contain_text("Consultation : 30,00 €")
    expect(results.first.get_by_role("link", name="02 40 00 00 01")).to_have_attribute(
        "href", "tel:0240000001"
    )
    expect(results.nth(1)).to_have_text(re.compile("Centre de santé Erdre"))

    entry.fill("formule")
    entry.press("Enter")
    options = page.locator(".options > li")
    expect(options).to_have_count(2)
    expect(options.first).to_contain_text("1. Confort")
    expect(options.first).to_contain_text("54,00 € par mois (648,00 € par an)")
    expect(options.first).to_contain_text("Optique bien couverte")

    entry.fill("comparer")
    entry.press("Enter")
    compare = page.locator("table.compare-table")
    expect(compare.locator("thead")).to_have_text(re.compile("Garantie\\s*Essentielle\\s*Confort"))
    expect(compare.locator("tbody tr")).to_have_text(re.compile("Lunettes\\s*100 € / 2 ans"))

    entry.fill("conseiller")
    entry.press("Enter")
    banner = page.locator(".assistant-banner")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("Votre demande est transmise à un conseiller.")
    expect(banner).to_contain_text("Référence : 42")
    expect(page.locator(".handoff .next-steps")).to_contain_text("sous 24 h ouvrées")

    entry.fill("douleur")
    entry.press("Enter")
    alert = page.locator(".assistant-log > li[role=alert]")
    expect(alert.get_by_role("link", name=re.compile("^15"))).to_have_attribute("href", "tel:15")
    expect(page.locator("li.msg-bot.emergency").first).to_have_text(
        re.compile("Appelez immédiatement le 15")
    )

    entry.fill("bizarre")
    entry.press("Enter")
    expect(last_bot(page)).to_have_text(re.compile("Toujours là."))


def test_keyboard_only(scripted: Page) -> None:
    page = scripted
    open_with_keyboard(page)
    ask(page, "secteur ?")
    expect(page.get_by_role("button", name="Secteur 2")).to_be_enabled()
    tab_to(page, lambda f: f["text"] == "Secteur 1", back=True)
    assert focused(page)["tag"] == "BUTTON"
    assert focused(page)["outline"] == "solid", "visible focus"
    page.keyboard.press("Enter")
    expect(page.locator(".assistant-log > li.msg-user").last).to_have_text(re.compile("Secteur 1"))
    expect(page.get_by_role("button", name="Secteur 2")).to_be_disabled()
    assert focused(page)["id"] == "assistant-input"
    assert sent(page, "user_uttered")[-1]["message"] == "secteur 1"
    expect(last_bot(page)).to_have_text(re.compile("Reçu : secteur 1"))
    page.keyboard.press("Escape")
    expect(page.locator("#assistant-panel")).to_be_hidden()
    assert "assistant-launcher" in focused(page)["cls"]
    expect(page.locator(".assistant-launcher")).to_have_attribute("aria-expanded", "false")


def test_log_is_a_live_region_with_french_labels(scripted: Page) -> None:
    page = scripted
    page.get_by_role("button", name="Une question ? L'assistant").click()
    expect(page.get_by_role("log", name="Conversation avec l'assistant")).to_have_attribute(
        "aria-live", "polite"
    )
    expect(page.get_by_role("button", name="Envoyer")).to_have_attribute("type", "submit")
    expect(page.get_by_role("button", name="Fermer l'assistant")).to_be_visible()
    expect(page.get_by_role("button", name="Nouvelle conversation")).to_be_visible()
    expect(page.get_by_role("region", name="Assistant Horizon Santé")).to_be_visible()


def test_conversation_survives_a_reload(scripted: Page) -> None:
    page = scripted
    page.get_by_role("button", name="Une question ? L'assistant").click()
    entry = page.get_by_label("Votre message")
    entry.fill("forfait")
    entry.press("Enter")
    expect(page.locator(".sources-list a")).to_have_count(1)
    session_id = stored_state(page)["sessionId"]
    assert sent(page, "user_uttered")[0]["session_id"] == session_id

    page.reload()
    expect(page.locator("#assistant-panel")).to_be_visible()
    expect(page.locator(".assistant-log > li.msg-user .msg-text")).to_have_text(["forfait"])
    expect(page.locator(".sources-list li")).to_contain_text("mis à jour le 01/03/2026")
    wait_until(lambda: bool(sent(page, "session_request")))
    assert sent(page, "session_request") == [{"session_id": session_id}]

    page.get_by_role("button", name="Nouvelle conversation").click()
    expect(page.locator(".assistant-log > li")).to_have_count(0)
    fresh = stored_state(page)["sessionId"]
    assert fresh != session_id
    wait_until(lambda: len(sent(page, "session_request")) > 1)
    assert sent(page, "session_request")[-1] == {"session_id": fresh}
    expect(page.locator(".assistant-status")).to_have_text("Nouvelle conversation commencée.")


def test_member_token_is_sent_and_logout_starts_afresh(scripted: Page, scripted_site: str) -> None:
    page = scripted
    page.goto(scripted_site + "/connexion")
    page.get_by_label("Numéro d'adhérent").fill("hs-1001")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_label("Mot de passe").press("Enter")
    page.wait_for_url(scripted_site + "/")
    expect(page.get_by_text("Espace adhérent : HS-1001")).to_be_visible()
    page.get_by_role("button", name="Une question ? L'assistant").click()
    entry = page.get_by_label("Votre message")
    entry.fill("simulation")
    entry.press("Enter")
    expect(page.locator("table.sim-table")).to_be_visible()
    message = sent(page, "user_uttered")[-1]
    assert message["metadata"]["channel"] == "website"
    assert verify_member_token(message["metadata"]["member_token"], SECRET) == "HS-1001"
    member_session = stored_state(page)["sessionId"]
    assert stored_state(page)["owner"] == "HS-1001"

    page.get_by_role("button", name="Se déconnecter").click()
    page.wait_for_url(scripted_site + "/")
    expect(page.get_by_role("link", name="Espace adhérent")).to_be_visible()
    expect(page.locator(".assistant-log > li")).to_have_count(0)
    state = stored_state(page)
    assert state["owner"] == ""
    assert state["sessionId"] != member_session
    entry.fill("bonjour")
    entry.press("Enter")
    expect(last_bot(page)).to_have_text(re.compile("Reçu : bonjour"))
    assert "member_token" not in sent(page, "user_uttered")[-1]["metadata"]


def test_unreachable_engine_is_explained(page: Page, scripted_site: str) -> None:
    page.goto(scripted_site + "/")  # the real socket.io client, no engine on port 9
    page.get_by_role("button", name="Une question ? L'assistant").click()
    expect(page.locator(".assistant-status")).to_contain_text(
        "injoignable", timeout=REPLY_TIMEOUT_MS
    )
    expect(page.locator(".assistant-status")).to_contain_text("01 84 60 00 00")


# ---------------------------------------------------------------- the real stack


@dataclass
class LiveStack:
    settings: StackSettings

    @property
    def engine_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.engine_port}"

    def user_events(self, sender_id: str) -> list[dict[str, Any]]:
        response = httpx.get(
            f"{self.engine_url}/conversations/{sender_id}/tracker",
            params={"token": API_TOKEN},
            timeout=30,
        )
        response.raise_for_status()
        events: list[dict[str, Any]] = response.json()["events"]
        return [event for event in events if event.get("event") == "user"]


def credentials_with_a_working_socketio(folder: Path) -> Path:
    """The engine's credentials; the stock ``socketio`` channel swapped for the fixed one."""
    credentials = REPO_ROOT / "bot" / "credentials.yml"
    channels: dict[str, Any] = yaml.safe_load(credentials.read_text()) or {}
    if "socketio" not in channels:
        return credentials
    channels[FIXED_CHANNEL] = channels.pop("socketio") or {}
    path = folder / "credentials.yml"
    path.write_text(yaml.safe_dump(channels))
    return path


@pytest.fixture(scope="module")
def live_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveStack]:
    if not (REPO_ROOT / "models" / "mutuelle.tar.gz").exists():
        pytest.fail("no trained model: run `make model` (make test does it)")
    data_dir = tmp_path_factory.mktemp("website-stack")
    settings = StackSettings(
        engine_port=free_port(),
        actions_port=free_port(),
        data_dir=data_dir,
        rasa_auth_token=API_TOKEN,
        member_token_secret=SECRET,
    )
    stack = Stack(settings, log_dir=data_dir / "logs")
    engine = next(service for service in stack.services if service.name == "engine")
    position = engine.command.index("--credentials") + 1
    engine.command[position] = str(credentials_with_a_working_socketio(data_dir))
    try:
        stack.start()
    except Exception:
        for path in sorted((data_dir / "logs").glob("*.log")):
            print(f"--- {path.name}\n{path.read_text()[-4000:]}")
        raise
    try:
        yield LiveStack(settings)
    finally:
        stack.stop()


@pytest.fixture(scope="module")
def live_site(live_stack: LiveStack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    app = gateway_app(tmp_path_factory.mktemp("live-site"), live_stack.engine_url)
    with serve(app) as url:
        yield url


@pytest.mark.engine
def test_real_engine_conversation_keyboard_only(
    page: Page, live_site: str, live_stack: LiveStack
) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(live_site + "/")
    open_with_keyboard(page)

    ask(page, "c'est quoi le forfait journalier à l'hôpital ?")
    sources = page.locator(".sources-list li")
    expect(sources.first).to_contain_text(
        re.compile(r"mis à jour le \d{2}/\d{2}/\d{4}"), timeout=REPLY_TIMEOUT_MS
    )
    first = sources.first.get_by_role("link")
    expect(first).to_have_attribute("href", re.compile(r"^https?://"))
    expect(first).not_to_have_text("")
    expect(log(page)).to_contain_text("forfait journalier")
    page.wait_for_timeout(300)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size < 300_000

    bots_before = page.locator(".assistant-log > li.msg-bot").count()
    ask(page, "je cherche un dermatologue à Nantes")
    expect(page.locator(".assistant-log > li.msg-bot")).not_to_have_count(
        bots_before, timeout=REPLY_TIMEOUT_MS
    )
    expect(last_bot(page)).to_contain_text(re.compile("dermatolog|professionnel", re.I))
    page.wait_for_timeout(1500)  # let the turn finish before reloading
    transcript = log(page).inner_text()

    page.reload()
    expect(page.locator("#assistant-panel")).to_be_visible()
    expect(page.locator(".assistant-log > li.msg-user .msg-text")).to_have_text(
        ["c'est quoi le forfait journalier à l'hôpital ?", "je cherche un dermatologue à Nantes"]
    )
    expect(page.locator(".sources-list a").first).to_be_visible()
    assert log(page).inner_text() == transcript

    session_id = stored_state(page)["sessionId"]
    page.get_by_label("Votre message").focus()
    bots_before = page.locator(".assistant-log > li.msg-bot").count()
    ask(page, "merci")
    expect(page.locator(".assistant-log > li.msg-bot")).not_to_have_count(
        bots_before, timeout=REPLY_TIMEOUT_MS
    )
    said = [event["text"] for event in live_stack.user_events(session_id)]
    assert said[-3:] == [
        "c'est quoi le forfait journalier à l'hôpital ?",
        "je cherche un dermatologue à Nantes",
        "merci",
    ]
    page.keyboard.press("Escape")
    expect(page.locator("#assistant-panel")).to_be_hidden()


@pytest.mark.engine
def test_real_engine_knows_the_logged_in_member(
    page: Page, live_site: str, live_stack: LiveStack
) -> None:
    page.goto(live_site + "/connexion")
    page.get_by_label("Numéro d'adhérent").fill("HS-1001")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(live_site + "/")
    open_with_keyboard(page)
    ask(
        page,
        "combien je serai remboursé pour une consultation chez un dermatologue "
        "à 60 euros en secteur 2 sans optam ?",
    )
    table = page.locator("table.sim-table")
    expect(table.locator("caption")).to_contain_text("Confort", timeout=REPLY_TIMEOUT_MS)
    expect(table.locator("tfoot tr.total td")).to_have_text(re.compile(r"\d+,\d{2}\s€"))
    events = live_stack.user_events(stored_state(page)["sessionId"])
    token = events[-1]["metadata"]["member_token"]
    assert verify_member_token(token, SECRET) == "HS-1001"
    assert events[-1]["input_channel"] == "socketio"
