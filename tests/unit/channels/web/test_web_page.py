"""The website page, its assets, its headers and its settings."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pydantic import ValidationError

from channels.web.pages import WidgetConfig
from channels.web.router import default_assets
from channels.web.settings import WEB_DIR, WebsiteSettings
from tests.unit.channels.conftest import GatewayHarness
from tests.unit.channels.web.conftest import WEB_ENGINE_URL, WebFactory, web_make_settings

VENDOR = WEB_DIR / "node_modules" / "socket.io-client" / "dist" / "socket.io.min.js"


class PageParser(HTMLParser):
    """Collects the tags and attributes a test needs to look at."""

    def __init__(self) -> None:
        super().__init__()
        self.html_lang: str | None = None
        self.scripts: list[dict[str, str | None]] = []
        self.styles: list[str] = []
        self.widget: dict[str, str | None] | None = None
        self.inline_styles: int = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.html_lang = values.get("lang")
        if tag == "script":
            self.scripts.append(values)
        if tag == "link" and values.get("rel") == "stylesheet":
            self.styles.append(values.get("href") or "")
        if tag == "style" or "style" in values:
            self.inline_styles += 1
        if values.get("id") == "assistant-widget":
            self.widget = values


def parse(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    return parser


async def test_home_page_is_french_with_the_widget(web: GatewayHarness) -> None:
    response = await web.client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = parse(response.text)
    assert page.html_lang == "fr"
    assert "Mutuelle Horizon Santé" in response.text
    assert "Poser une question à l'assistant" in response.text
    assert page.widget is not None
    assert page.widget["data-engine-url"] == WEB_ENGINE_URL
    assert page.widget["data-socket-path"] == "/socket.io/"
    assert page.widget["data-transports"] == "polling"
    assert page.widget["data-metadata-key"] == "metadata"
    assert page.widget["data-login"] == "on"
    assert page.widget["data-owner"] == ""
    assert page.widget["data-token-url"] == "/api/member-token"
    sources = [script.get("src") or "" for script in page.scripts]
    assert [src.split("?")[0] for src in sources] == [
        "/static/web/vendor/socket.io.min.js",
        "/static/web/widget.js",
    ]
    assert all(script.get("src") for script in page.scripts), "no inline script"
    assert page.inline_styles == 0
    assert response.headers["cache-control"] == "no-store"


async def test_engine_url_comes_from_the_environment(
    web_factory: WebFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PUBLIC_ENGINE_URL", "https://assistant.horizon-sante.fr/")
    monkeypatch.setenv("MEMBER_TOKEN_SECRET", "s")
    gateway = await web_factory(WebsiteSettings(member_token_key_file=tmp_path / "none"))
    response = await gateway.client.get("/")
    widget = parse(response.text).widget
    assert widget is not None
    assert widget["data-engine-url"] == "https://assistant.horizon-sante.fr"
    assert widget["data-login"] == "off"  # no WEBSITE_DEMO_PASSWORD
    csp = response.headers["content-security-policy"]
    assert "connect-src 'self' https://assistant.horizon-sante.fr;" in csp


async def test_no_secret_in_the_page(web: GatewayHarness) -> None:
    text = (await web.client.get("/")).text
    assert "mot-de-passe-demo" not in text
    assert "member-secret-for-tests" not in text


async def test_csp_allows_only_self_and_the_engine(web: GatewayHarness) -> None:
    for path in ("/", "/connexion", "/static/web/widget.js"):
        response = await web.client.get(path)
        csp = response.headers["content-security-policy"]
        directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
        assert directives["default-src"] == "'none'"
        assert directives["script-src"] == "'self'"
        assert directives["style-src"] == "'self'"
        assert directives["connect-src"] == f"'self' {WEB_ENGINE_URL}"
        assert directives["frame-ancestors"] == "'none'"
        assert directives["form-action"] == "'self'"
        assert "unsafe" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"


async def test_csp_adds_the_websocket_origin_when_the_widget_may_use_it(
    web_factory: WebFactory, tmp_path: Path
) -> None:
    settings = web_make_settings(
        tmp_path,
        public_engine_url="http://127.0.0.1:5005",
        public_engine_transports="websocket,polling",
    )
    response = await (await web_factory(settings)).client.get("/")
    assert (
        "connect-src 'self' http://127.0.0.1:5005 ws://127.0.0.1:5005;"
        in (response.headers["content-security-policy"])
    )
    widget = parse(response.text).widget
    assert widget is not None and widget["data-transports"] == "websocket,polling"


@pytest.mark.parametrize(
    ("name", "media_type", "marker"),
    [
        ("widget.js", "text/javascript", "session_request"),
        ("site.css", "text/css", ".assistant-panel"),
        ("favicon.svg", "image/svg+xml", "<svg"),
    ],
)
async def test_own_assets_are_served_with_caching(
    web: GatewayHarness, name: str, media_type: str, marker: str
) -> None:
    page = (await web.client.get("/")).text
    versioned = re.search(rf'"(/static/web/{re.escape(name)}\?v=[0-9a-f]+)"', page)
    assert versioned is not None
    response = await web.client.get(versioned.group(1))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert marker in response.text
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    plain = await web.client.get(f"/static/web/{name}")
    assert plain.headers["cache-control"] == "public, max-age=300"
    assert plain.headers["etag"]
    stale = await web.client.get(f"/static/web/{name}?v=0000")
    assert stale.headers["cache-control"] == "public, max-age=300"


async def test_socket_io_client_is_served_from_npm(web: GatewayHarness) -> None:
    assert VENDOR.is_file(), "run `npm ci --prefix channels/web` (the Makefile does)"
    response = await web.client.get("/static/web/vendor/socket.io.min.js")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert response.text.lstrip().startswith("/*!\n * Socket.IO v4.")


async def test_missing_vendor_file_is_a_404_not_a_crash(
    web_factory: WebFactory, tmp_path: Path
) -> None:
    gateway = await web_factory(vendor_dir=tmp_path / "empty")
    assert (await gateway.client.get("/")).status_code == 200
    response = await gateway.client.get("/static/web/vendor/socket.io.min.js")
    assert response.status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/static/web/../settings.py",
        "/static/web/%2e%2e/settings.py",
        "/static/web/router.py",
        "/static/web/static/widget.js",
        "/static/web/vendor/socket.io.js",
        "/static/web/",
    ],
)
async def test_only_listed_assets_are_served(web: GatewayHarness, path: str) -> None:
    response = await web.client.get(path)
    assert response.status_code == 404


def test_every_listed_asset_exists_in_the_repository() -> None:
    for name, asset in default_assets().items():
        if not name.startswith("vendor/"):
            assert asset.path.is_file(), name


def test_widget_attributes_are_escaped() -> None:
    config = WidgetConfig(
        engine_url='http://x"><script>alert(1)</script>',
        socket_path="/socket.io/",
        transports="polling",
        metadata_key="a&b",
        login_enabled=False,
        member_id=None,
        token_url="/api/member-token",
    )
    attributes = config.attributes()
    assert "<script>" not in attributes
    assert 'data-engine-url="http://x&quot;&gt;&lt;script&gt;' in attributes
    assert 'data-metadata-key="a&amp;b"' in attributes


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://engine", "engine:5005", ""])
def test_engine_url_must_be_http(url: str, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        web_make_settings(tmp_path, public_engine_url=url)


@pytest.mark.parametrize("value", ["", "websocket,carrier-pigeon", "sse"])
def test_transports_are_checked(value: str, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        web_make_settings(tmp_path, public_engine_transports=value)


def test_socketio_path_is_normalised(tmp_path: Path) -> None:
    assert web_make_settings(
        tmp_path, public_engine_socketio_path="rasa/socket.io"
    ).public_engine_socketio_path == ("/rasa/socket.io/")
