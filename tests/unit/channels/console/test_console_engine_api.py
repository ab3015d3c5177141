"""The engine HTTP API client: requests as Rasa 3.6 expects them, French errors."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from channels.console import ConsoleSettings, EngineApi, EngineApiError, platform_of
from channels.console.views import transcript_from_tracker

Handler = Callable[[httpx.Request], httpx.Response]


def _api(handler: Handler, token: str | None = "secret-token") -> EngineApi:
    return EngineApi("http://engine.test/", token=token, transport=httpx.MockTransport(handler))


async def test_pause_resume_tracker_execute_requests() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/tracker"):
            return httpx.Response(200, json={"events": [], "paused": True})
        return httpx.Response(200, json={"ok": True})

    api = _api(handler)
    await api.pause("whatsapp:33612345678")
    await api.resume("whatsapp:33612345678")
    tracker = await api.tracker("web/odd id")
    await api.execute("abc", "action_deliver_adviser_replies", output_channel="socketio")
    await api.aclose()
    assert tracker == {"events": [], "paused": True}
    pause, resume, read, execute = seen
    assert (pause.method, pause.url.raw_path) == (
        "POST",
        b"/conversations/whatsapp%3A33612345678/tracker/events?token=secret-token",
    )
    assert json.loads(pause.content) == {"event": "pause"}
    assert json.loads(resume.content) == {"event": "resume"}
    assert read.method == "GET"
    assert read.url.raw_path.startswith(b"/conversations/web%2Fodd%20id/tracker?")
    assert execute.url.params == httpx.QueryParams(
        {"output_channel": "socketio", "token": "secret-token"}
    )
    assert json.loads(execute.content) == {"name": "action_deliver_adviser_replies"}


async def test_no_token_no_parameter() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    await _api(handler, token=None).pause("abc")
    assert "token" not in seen[0].url.params


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (httpx.Response(401, json={}), "Le moteur de dialogue a refusé l'accès"),
        (httpx.Response(403, json={}), "Le moteur de dialogue a refusé l'accès"),
        (httpx.Response(404, json={}), "Conversation inconnue du moteur de dialogue"),
        (httpx.Response(500, json={}), "erreur HTTP 500"),
        (httpx.Response(200, text="pas du JSON"), "Réponse illisible"),
    ],
)
async def test_errors_are_french(response: httpx.Response, expected: str) -> None:
    api = _api(lambda request: response)
    with pytest.raises(EngineApiError) as caught:
        await api.pause("abc")
    assert expected in str(caught.value)
    assert "secret-token" not in str(caught.value)


async def test_unreachable_and_timeout() -> None:
    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(EngineApiError, match="injoignable"):
        await _api(refused).tracker("abc")
    with pytest.raises(EngineApiError, match="pas répondu à temps"):
        await _api(slow).resume("abc")


async def test_tracker_must_be_an_object() -> None:
    with pytest.raises(EngineApiError, match="illisible"):
        await _api(lambda request: httpx.Response(200, json=[1, 2])).tracker("abc")


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENGINE_URL", "http://rasa:5005")
    monkeypatch.setenv("RASA_AUTH_TOKEN", " jeton ")
    monkeypatch.setenv("CONSOLE_INSECURE_COOKIES", "1")
    monkeypatch.setenv("CONSOLE_ALLOWED_ORIGINS", "https://A.example/, https://b.example")
    settings = ConsoleSettings()
    assert settings.engine_url == "http://rasa:5005"
    assert settings.engine_token() == "jeton"
    assert settings.cookie_name == "console_session"
    assert settings.allowed_origins == {"https://a.example", "https://b.example"}
    monkeypatch.delenv("CONSOLE_INSECURE_COOKIES")
    monkeypatch.setenv("RASA_AUTH_TOKEN", "")
    secure = ConsoleSettings()
    assert secure.secure_cookies and secure.cookie_name == "__Host-console_session"
    assert secure.engine_token() is None


def test_platform_of_conversation_ids() -> None:
    assert platform_of("whatsapp:336") == ("whatsapp", "336")
    assert platform_of("telegram:42") == ("telegram", "42")
    assert platform_of("whatsapp:") is None
    assert platform_of("c0ffee") is None


def test_transcript_skips_buttons_and_restarts() -> None:
    events = [
        {"event": "user", "text": "ancienne conversation", "timestamp": 1.0},
        {"event": "restart", "timestamp": 2.0},
        {"event": "user", "text": "/request_human", "timestamp": 3.0},
        {"event": "bot", "text": "", "timestamp": 4.0},
        {"event": "bot", "text": "Un conseiller arrive.", "timestamp": 5.0},
        {"event": "slot", "name": "x", "value": 1},
    ]
    entries = transcript_from_tracker(events, [])
    assert [(e.speaker, e.text) for e in entries] == [
        ("member", "(choix d'un bouton)"),
        ("bot", "Un conseiller arrive."),
    ]
