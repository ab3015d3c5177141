"""Start and stop the action server and the engine as child processes.

Used by ``python -m stack run`` (``make run``) and by the integration tests, which start the
stack on free ports. Each child gets its own process group so a stop reaches its workers.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from care import ensure_samples
from handoff.demo import seed_demo_adviser
from members import make_engine, seed_demo_members
from stack.artefacts import engine_env
from stack.endpoints import write_endpoints
from stack.settings import REPO_ROOT, StackSettings


class StackError(RuntimeError):
    """A process of the stack failed to start or died."""


@dataclass
class Service:
    name: str
    command: list[str]
    env: dict[str, str]
    health_url: str
    log_path: Path | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def start(self) -> None:
        stdout: int | None = None
        if self.log_path is not None:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            stdout = os.open(self.log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            self.process = subprocess.Popen(
                self.command,
                cwd=REPO_ROOT,
                env=self.env,
                stdout=stdout,
                stderr=subprocess.STDOUT if stdout is not None else None,
                start_new_session=True,
            )
        finally:
            if stdout is not None:
                os.close(stdout)

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 10.0) -> None:
        """Ctrl-C to the child's process group (what the servers expect), then harder."""
        if self.process is None or self.process.poll() is not None:
            return
        for sig, wait in ((signal.SIGINT, timeout), (signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, sig)
            try:
                self.process.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue


def prepare_database(settings: StackSettings) -> None:
    """Create the application tables and the demo data the assistant needs (idempotent)."""
    members = make_engine(settings.database_url)
    try:
        seed_demo_members(members)
    finally:
        members.dispose()
    ensure_samples(settings.database_url)
    seed_demo_adviser(settings.database_url)


def _actions_service(settings: StackSettings, log_dir: Path | None) -> Service:
    env = dict(os.environ)
    env.setdefault("PYTHONUNBUFFERED", "1")
    env["MUTUELLE_DB_URL"] = settings.database_url
    env["MEMBER_TOKEN_SECRET"] = settings.member_secret()
    return Service(
        name="actions",
        command=[
            sys.executable,
            "-m",
            "rasa_sdk",
            "--actions",
            "actions",
            "--port",
            str(settings.actions_port),
        ],
        env=env,
        health_url=f"http://127.0.0.1:{settings.actions_port}/health",
        log_path=log_dir / "actions.log" if log_dir else None,
    )


def _engine_service(settings: StackSettings, log_dir: Path | None) -> Service:
    env = engine_env(settings)
    if not settings.tracker_url:
        Path(settings.tracker_database).parent.mkdir(parents=True, exist_ok=True)
    endpoints = write_endpoints(settings)
    token = settings.api_token()
    return Service(
        name="engine",
        command=[
            str(settings.engine_venv / "bin" / "rasa"),
            "run",
            "--model",
            str(settings.model_path),
            "--endpoints",
            str(endpoints),
            "--credentials",
            "bot/credentials.yml",
            "--interface",
            settings.host,
            "--port",
            str(settings.engine_port),
            "--enable-api",
            "--auth-token",
            token,
            "--cors",
            "*",
        ],
        env=env,
        health_url=f"http://127.0.0.1:{settings.engine_port}/status?token={token}",
        log_path=log_dir / "engine.log" if log_dir else None,
    )


def _gateway_service(settings: StackSettings, log_dir: Path | None) -> Service:
    env = dict(os.environ)
    env.setdefault("PYTHONUNBUFFERED", "1")
    env["GATEWAY_HOST"] = settings.host
    env["GATEWAY_PORT"] = str(settings.gateway_port)
    env["ENGINE_URL"] = f"http://127.0.0.1:{settings.engine_port}"
    env["PUBLIC_ENGINE_URL"] = f"http://{settings.host}:{settings.engine_port}"
    env["RASA_AUTH_TOKEN"] = settings.api_token()
    env["MUTUELLE_DB_URL"] = settings.database_url
    env["MEMBER_TOKEN_SECRET"] = settings.member_secret()
    if settings.host in ("127.0.0.1", "localhost"):
        # plain http on this machine: the console's session cookie cannot be Secure
        env.setdefault("CONSOLE_INSECURE_COOKIES", "1")
        env.setdefault("WEBSITE_INSECURE_COOKIES", "1")
    return Service(
        name="gateway",
        command=[sys.executable, "-m", "channels", "serve"],
        env=env,
        health_url=f"http://127.0.0.1:{settings.gateway_port}/health",
        log_path=log_dir / "gateway.log" if log_dir else None,
    )


class Stack:
    """The action server, the engine and the channels gateway, started in that order and
    stopped in reverse."""

    def __init__(self, settings: StackSettings, log_dir: Path | None = None) -> None:
        self.settings = settings
        self.services = [
            _actions_service(settings, log_dir),
            _engine_service(settings, log_dir),
            _gateway_service(settings, log_dir),
        ]

    def start(self, timeout: float = 240.0) -> None:
        deadline = time.monotonic() + timeout
        prepare_database(self.settings)
        try:
            for service in self.services:
                service.start()
                self._wait_healthy(service, deadline)
        except BaseException:
            self.stop()
            raise

    def _wait_healthy(self, service: Service, deadline: float) -> None:
        with httpx.Client(timeout=2.0) as client:
            while time.monotonic() < deadline:
                if not service.running():
                    raise StackError(f"{service.name} exited during start-up")
                with contextlib.suppress(httpx.HTTPError):
                    if client.get(service.health_url).status_code == 200:
                        return
                time.sleep(0.5)
        raise StackError(f"{service.name} not healthy in time")

    def stop(self) -> None:
        for service in reversed(self.services):
            service.stop()

    def dead_services(self) -> list[str]:
        return [service.name for service in self.services if not service.running()]

    @contextlib.contextmanager
    def running(self) -> Iterator[Stack]:
        self.start()
        try:
            yield self
        finally:
            self.stop()
