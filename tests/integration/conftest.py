"""Start the real stack (action server + Rasa engine) on free ports, once per session."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from stack.processes import Stack
from stack.settings import REPO_ROOT, StackSettings

API_TOKEN = "integration-test-token"
MEMBER_SECRET = "integration-member-secret"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Engine:
    """A small REST-channel client for conversations in tests."""

    def __init__(self, settings: StackSettings) -> None:
        self.settings = settings
        self.base = f"http://127.0.0.1:{settings.engine_port}"
        self.client = httpx.Client(base_url=self.base, timeout=60.0)

    def say(self, sender: str, message: str, **metadata: Any) -> list[dict[str, Any]]:
        response = self.client.post(
            "/webhooks/rest/webhook",
            json={"sender": sender, "message": message, "metadata": metadata},
        )
        response.raise_for_status()
        replies: list[dict[str, Any]] = response.json()
        return replies

    @staticmethod
    def custom(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [reply["custom"] for reply in replies if "custom" in reply]

    @staticmethod
    def text(replies: list[dict[str, Any]]) -> str:
        return "\n".join(reply.get("text", "") for reply in replies)


def make_stack_settings(data_dir: Path, **overrides: Any) -> StackSettings:
    """A stack on free ports with the tests' token and member secret."""
    return StackSettings(
        engine_port=free_port(),
        actions_port=free_port(),
        gateway_port=free_port(),
        data_dir=data_dir,
        rasa_auth_token=API_TOKEN,
        member_token_secret=MEMBER_SECRET,
        **overrides,
    )


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    model = REPO_ROOT / "models" / "mutuelle.tar.gz"
    if not model.exists():
        pytest.fail("no trained model: run `make model` (make test does it)")
    data_dir: Path = tmp_path_factory.mktemp("stack-data")
    settings = make_stack_settings(data_dir)
    stack = Stack(settings, log_dir=data_dir / "logs")
    try:
        stack.start()
    except Exception:
        for log in sorted((data_dir / "logs").glob("*.log")):
            print(f"--- {log.name}\n{log.read_text()[-4000:]}")
        raise
    client = Engine(settings)
    try:
        yield client
    finally:
        client.client.close()
        stack.stop()
