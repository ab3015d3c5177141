"""Local stand-ins for the engine, the WhatsApp Graph API and the Telegram Bot API.

Each is a small FastAPI app served in-process through ``httpx.ASGITransport``; a
:class:`HostRouter` transport sends each host to its stand-in (an unknown host is a
connection error, like a server that is down). The stand-ins check what the gateway sends
with their own rules — written from the platforms' documentation, not imported from the
gateway — and record every request and every violation.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse

ENGINE_HOST = "engine.test"
GRAPH_HOST = "graph.test"
TELEGRAM_HOST = "telegram.test"
ENGINE_URL = f"http://{ENGINE_HOST}"
GRAPH_URL = f"https://{GRAPH_HOST}/v21.0"
TELEGRAM_URL = f"https://{TELEGRAM_HOST}"

APP_SECRET = "app-secret-for-tests"
VERIFY_TOKEN = "verify-token-for-tests"
ACCESS_TOKEN = "access-token-for-tests"
PHONE_NUMBER_ID = "1234567890"
BOT_TOKEN = "123456:bot-token-for-tests"
TELEGRAM_SECRET = "telegram-secret-for-tests"


class HostRouter(httpx.AsyncBaseTransport):
    """Routes each request to the transport of its host."""

    def __init__(self, routes: dict[str, httpx.AsyncBaseTransport]) -> None:
        self.routes = routes

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = self.routes.get(request.url.host)
        if transport is None:
            raise httpx.ConnectError("connection refused", request=request)
        return await transport.handle_async_request(request)


# ---------------------------------------------------------------- engine


def echo(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"recipient_id": body["sender"], "text": f"Vous avez dit : {body['message']}"}]


@dataclass
class EngineStandIn:
    """Rasa's REST channel: records each request, answers with ``responder(body)``."""

    responder: Callable[[dict[str, Any]], list[dict[str, Any]]] = echo
    requests: list[dict[str, Any]] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)

    def app(self) -> FastAPI:
        app = FastAPI()

        @app.get("/")
        async def hello() -> PlainTextResponse:
            return PlainTextResponse("Hello from Rasa: 3.6.21")

        @app.post("/webhooks/rest/webhook")
        async def webhook(request: Request) -> JSONResponse:
            body = json.loads(await request.body())
            self.requests.append(body)
            if set(body) != {"sender", "message", "metadata"}:
                self.violations.append(f"unexpected fields {sorted(body)}")
            if set(body.get("metadata", {})) != {"channel", "member_id", "mode"}:
                self.violations.append("metadata must be channel, member_id, mode")
            return JSONResponse(self.responder(body))

        return app


# ---------------------------------------------------------------- WhatsApp Graph API

_WA_LIMITS = {"text": 4096, "interactive_body": 1024, "buttons": 3, "button_title": 20}


@dataclass
class GraphStandIn:
    """``POST /v21.0/{phone_number_id}/messages``, checked against the Cloud API limits."""

    sent: list[dict[str, Any]] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    fail_with: int | None = None

    def _check(self, body: dict[str, Any]) -> list[str]:
        problems: list[str] = []
        if body.get("messaging_product") != "whatsapp" or not body.get("to"):
            problems.append("messaging_product and to are required")
        kind = body.get("type")
        if kind == "text":
            text = body["text"]["body"]
            if not 0 < len(text) <= 4096:
                problems.append(f"text body of {len(text)} characters")
        elif kind == "interactive":
            interactive = body["interactive"]
            if not 0 < len(interactive["body"]["text"]) <= 1024:
                problems.append("interactive body over 1024 characters")
            action = interactive["action"]
            if interactive["type"] == "button":
                buttons = action["buttons"]
                if not 0 < len(buttons) <= 3:
                    problems.append(f"{len(buttons)} reply buttons")
                for button in buttons:
                    if button["type"] != "reply" or not 0 < len(button["reply"]["title"]) <= 20:
                        problems.append(f"bad button {button}")
                    if not 0 < len(button["reply"]["id"]) <= 256:
                        problems.append("button id over 256 characters")
            elif interactive["type"] == "list":
                if not 0 < len(action["button"]) <= 20:
                    problems.append("list button label over 20 characters")
                rows = [row for section in action["sections"] for row in section["rows"]]
                if not 0 < len(rows) <= 10:
                    problems.append(f"{len(rows)} list rows")
                for row in rows:
                    if not 0 < len(row["title"]) <= 24 or len(row.get("description", "")) > 72:
                        problems.append(f"bad row {row}")
                    if not 0 < len(row["id"]) <= 200:
                        problems.append("row id over 200 characters")
            else:
                problems.append(f"interactive type {interactive['type']}")
        elif kind == "template":
            template = body["template"]
            if not template.get("name") or not template.get("language", {}).get("code"):
                problems.append("template name and language code are required")
        elif kind == "image":
            if not body["image"].get("link"):
                problems.append("image link required")
        else:
            problems.append(f"message type {kind}")
        return problems

    def app(self) -> FastAPI:
        app = FastAPI()

        @app.post("/v21.0/{phone_number_id}/messages")
        async def messages(phone_number_id: str, request: Request) -> JSONResponse:
            if request.headers.get("authorization") != f"Bearer {ACCESS_TOKEN}":
                error = {"message": "Invalid OAuth access token", "code": 190}
                return JSONResponse({"error": error}, status_code=401)
            if phone_number_id != PHONE_NUMBER_ID:
                self.violations.append(f"phone number id {phone_number_id}")
            if self.fail_with is not None:
                return JSONResponse({"error": {"code": 131047}}, status_code=self.fail_with)
            body = json.loads(await request.body())
            problems = self._check(body)
            if problems:
                self.violations.extend(problems)
                return JSONResponse({"error": {"code": 100}}, status_code=400)
            self.sent.append(body)
            wamid = f"wamid.{len(self.sent)}"
            return JSONResponse(
                {
                    "messaging_product": "whatsapp",
                    "contacts": [{"input": body["to"], "wa_id": body["to"]}],
                    "messages": [{"id": wamid}],
                }
            )

        return app

    def texts(self) -> list[str]:
        """What the member reads, in order (text bodies and interactive bodies)."""
        found: list[str] = []
        for body in self.sent:
            if body["type"] == "text":
                found.append(body["text"]["body"])
            elif body["type"] == "interactive":
                found.append(body["interactive"]["body"]["text"])
        return found


# ---------------------------------------------------------------- Telegram Bot API


class _TelegramHtml(HTMLParser):
    """Accepts only the tags the gateway uses and measures the displayed text."""

    allowed = {"b", "i", "a", "code", "pre"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.allowed:
            self.problems.append(f"tag <{tag}>")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def displayed(text: str) -> str:
    parser = _TelegramHtml()
    parser.feed(text)
    parser.close()
    return "".join(parser.text)


@dataclass
class TelegramStandIn:
    """``POST /bot{token}/{method}`` for sendMessage, sendPhoto, answerCallbackQuery."""

    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)

    def _check_message(self, body: dict[str, Any]) -> list[str]:
        problems: list[str] = []
        parser = _TelegramHtml()
        parser.feed(body["text"])
        parser.close()
        problems.extend(parser.problems)
        shown = "".join(parser.text)
        if not 0 < len(shown.encode("utf-16-le")) // 2 <= 4096:
            problems.append(f"text of {len(shown)} characters")
        if body.get("parse_mode") == "HTML" and re.search(r"&(?![a-z]+;|#\d+;)", body["text"]):
            problems.append("unescaped & in HTML text")
        for row in body.get("reply_markup", {}).get("inline_keyboard", []):
            for button in row:
                if not 1 <= len(button["callback_data"].encode("utf-8")) <= 64:
                    problems.append(f"callback_data {button['callback_data']!r}")
        return problems

    def app(self) -> FastAPI:
        app = FastAPI()

        @app.post("/bot{token}/{method}")
        async def call(token: str, method: str, request: Request) -> JSONResponse:
            if token != BOT_TOKEN:
                body = {"ok": False, "error_code": 401, "description": "Unauthorized"}
                return JSONResponse(body, status_code=401)
            body = json.loads(await request.body())
            problems = self._check_message(body) if method == "sendMessage" else []
            if problems:
                self.violations.extend(problems)
                return JSONResponse({"ok": False, "error_code": 400}, status_code=400)
            self.calls.append((method, body))
            return JSONResponse({"ok": True, "result": {"message_id": len(self.calls)}})

        return app

    def messages(self) -> list[dict[str, Any]]:
        return [body for method, body in self.calls if method == "sendMessage"]

    def texts(self) -> list[str]:
        return [html.unescape(displayed(body["text"])) for body in self.messages()]


# ---------------------------------------------------------------- platform payloads


def sign(body: bytes, secret: str = APP_SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def wa_notification(*messages: dict[str, Any], statuses: list[Any] | None = None) -> bytes:
    value: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "33100000000", "phone_number_id": PHONE_NUMBER_ID},
        "contacts": [{"profile": {"name": "Camille"}, "wa_id": "33612345678"}],
        "messages": list(messages),
    }
    if statuses is not None:
        value["statuses"] = statuses
    entry = {"id": "WABA", "changes": [{"field": "messages", "value": value}]}
    payload = {"object": "whatsapp_business_account", "entry": [entry]}
    return json.dumps(payload).encode()


def wa_text(
    text: str, message_id: str = "wamid.in.1", sender: str = "33612345678"
) -> dict[str, Any]:
    return {
        "from": sender,
        "id": message_id,
        "timestamp": "1760000000",
        "type": "text",
        "text": {"body": text},
    }


def wa_button_reply(reply_id: str, title: str, message_id: str = "wamid.in.2") -> dict[str, Any]:
    return {
        "from": "33612345678",
        "id": message_id,
        "timestamp": "1760000000",
        "type": "interactive",
        "interactive": {"type": "button_reply", "button_reply": {"id": reply_id, "title": title}},
    }


def tg_message(
    text: str | None, update_id: int = 1001, chat_type: str = "private"
) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": 7,
        "from": {"id": 4242, "is_bot": False, "first_name": "Camille", "language_code": "fr"},
        "chat": {"id": 4242, "type": chat_type},
        "date": 1760000000,
    }
    if text is not None:
        message["text"] = text
    return {"update_id": update_id, "message": message}


def tg_callback(data: str, update_id: int = 1002) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "callback_query": {
            "id": "cbq-1",
            "from": {"id": 4242, "is_bot": False, "first_name": "Camille"},
            "message": {
                "message_id": 8,
                "chat": {"id": 4242, "type": "private"},
                "date": 1760000000,
                "text": "Choisissez",
            },
            "data": data,
        },
    }
