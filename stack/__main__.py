"""``python -m stack``: ensure-index, ensure-model, run (what ``make run`` calls)."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Sequence
from types import FrameType

from stack.artefacts import ensure_index, ensure_model
from stack.processes import Stack, StackError
from stack.settings import get_settings


def _run() -> int:
    settings = get_settings()
    stack = Stack(settings)
    stopping = False

    def _stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    print("starting the action server and the engine (model loading takes ~30 s)…")
    try:
        stack.start()
    except StackError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    base = f"http://{settings.host}:{settings.engine_port}"
    print(
        f"ready: engine {base} (REST: POST {base}/webhooks/rest/webhook, socket.io, HTTP API "
        f"with token from RASA_AUTH_TOKEN or {settings.data_dir / 'rasa-auth-token'}); "
        f"actions http://{settings.host}:{settings.actions_port}/health; gateway (website, "
        f"console, WhatsApp/Telegram webhooks) http://{settings.host}:{settings.gateway_port}/. "
        "Ctrl-C stops."
    )
    try:
        while not stopping:
            dead = stack.dead_services()
            if dead:
                print(f"error: {', '.join(dead)} stopped unexpectedly", file=sys.stderr)
                return 1
            time.sleep(0.5)
    finally:
        print("stopping…")
        stack.stop()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m stack", description=__doc__)
    parser.add_argument("command", choices=["ensure-index", "ensure-model", "run"])
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    args = parser.parse_args(argv)
    if args.command == "ensure-index":
        ensure_index(force=args.force)
        return 0
    if args.command == "ensure-model":
        ensure_model(get_settings(), force=args.force)
        return 0
    return _run()


if __name__ == "__main__":
    raise SystemExit(main())
