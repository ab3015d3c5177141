"""Console fixtures: a SQLite file for handoff, a tiny knowledge base, the fake platforms, and
the gateway app with the console router, driven through FastAPI's TestClient."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import Engine

from channels.app import create_app
from channels.console import ConsoleSettings, CopilotService, EngineApi
from channels.console.router import console_router
from channels.settings import GatewaySettings
from handoff import AdviserDirectory, TicketStore, make_engine
from retrieval import HybridRetriever
from retrieval.index import build_index
from retrieval.settings import RetrievalSettings
from tests.unit.channels.console.console_support import (
    ADVISER,
    BOT_TOKEN,
    ENGINE_TOKEN,
    ENGINE_URL,
    GRAPH_URL,
    OTHER_ADVISER,
    PASSWORD,
    PHONE_NUMBER_ID,
    TELEGRAM_URL,
    FakePlatforms,
    action_server,
)

ORIGIN = "http://console.test"
ClientFactory = Callable[..., TestClient]


@pytest.fixture
def console_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No gateway or console variable of the machine leaks into the tests."""
    for name in (*GatewaySettings.model_fields, *ConsoleSettings.model_fields):
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.delenv("MUTUELLE_DB_URL", raising=False)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'db' / 'console.db'}")
    yield engine
    engine.dispose()


@pytest.fixture
def store(db: Engine) -> TicketStore:
    return TicketStore(db)


@pytest.fixture
def directory(db: Engine) -> AdviserDirectory:
    directory = AdviserDirectory(db)
    directory.create_adviser(ADVISER, "Alice Martin", PASSWORD)
    directory.create_adviser(OTHER_ADVISER, "Bruno Petit", PASSWORD)
    return directory


@pytest.fixture
def platforms(store: TicketStore) -> FakePlatforms:
    fake = FakePlatforms()
    fake.on_execute = action_server(store, fake)
    return fake


@pytest.fixture
def retriever(tiny_kb: Path, retrieval_settings: RetrievalSettings) -> HybridRetriever:
    build_index(tiny_kb, retrieval_settings.index_dir, progress=False, settings=retrieval_settings)
    return HybridRetriever.load(retrieval_settings.index_dir, retrieval_settings)


def fake_care_search(text: str) -> dict[str, Any]:
    return {
        "title": "Recherche de soins : dermatologues",
        "text": "1. Dr Manon FICTIF – 0,0 km\n   53 Avenue de Verdun, 44000 Nantes",
        "items": [{"label": "Dr Manon FICTIF", "value": "0,0 km", "detail": "Secteur 1"}],
    }


@pytest.fixture
def copilot(retriever: HybridRetriever, retrieval_settings: RetrievalSettings) -> CopilotService:
    return CopilotService(
        retriever, retrieval_settings=retrieval_settings, care_search=fake_care_search
    )


@pytest.fixture
def console_settings(console_env: None) -> ConsoleSettings:
    return ConsoleSettings(
        engine_url=ENGINE_URL,
        rasa_auth_token=SecretStr(ENGINE_TOKEN),
        console_insecure_cookies=True,
    )


@pytest.fixture
def gateway_settings(tmp_path: Path, console_env: None) -> GatewaySettings:
    return GatewaySettings(
        engine_url=ENGINE_URL,
        whatsapp_verify_token=SecretStr("verify"),
        whatsapp_app_secret=SecretStr("app-secret"),
        whatsapp_access_token=SecretStr("access-token"),
        whatsapp_phone_number_id=PHONE_NUMBER_ID,
        whatsapp_api_base_url=GRAPH_URL,
        telegram_bot_token=SecretStr(BOT_TOKEN),
        telegram_secret_token=SecretStr("telegram-secret"),
        telegram_api_base_url=TELEGRAM_URL,
        gateway_db_url=f"sqlite:///{tmp_path / 'gateway.db'}",
    )


@pytest.fixture
def make_client(
    console_settings: ConsoleSettings,
    gateway_settings: GatewaySettings,
    store: TicketStore,
    directory: AdviserDirectory,
    platforms: FakePlatforms,
    copilot: CopilotService,
) -> Iterator[ClientFactory]:
    """``make_client(settings=..., engine_token=..., **console_router_kwargs)``; each client
    sends ``Origin: http://console.test`` like a browser on the console page."""
    clients: list[TestClient] = []

    def make(
        settings: ConsoleSettings | None = None,
        engine_token: str | None = ENGINE_TOKEN,
        **kwargs: Any,
    ) -> TestClient:
        engine_api = EngineApi(ENGINE_URL, token=engine_token, transport=platforms.transport)
        router = console_router(
            settings or console_settings,
            store=store,
            directory=directory,
            engine_api=engine_api,
            copilot=copilot,
            close_engine_api=True,
            **kwargs,
        )
        app = create_app(gateway_settings, transport=platforms.transport, routers=[router])
        client = TestClient(app, base_url=ORIGIN, headers={"origin": ORIGIN})
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client: ClientFactory) -> TestClient:
    return make_client()


def log_in(client: TestClient, login: str = ADVISER) -> TestClient:
    response = client.post("/console/login", json={"login": login, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return client


@pytest.fixture
def alice(client: TestClient) -> TestClient:
    return log_in(client)


@pytest.fixture
def bruno(make_client: ClientFactory) -> TestClient:
    return log_in(make_client(), OTHER_ADVISER)
