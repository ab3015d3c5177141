"""Test helpers of the handoff tests: a clock the test moves and a recorded tracker."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from handoff import TicketAlreadyTakenError, TicketStore

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class FakeClock:
    """``clock()`` returns ``now``; ``advance`` moves it forward."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: Any) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def tracker_events() -> list[dict[str, Any]]:
    """A short conversation as the Rasa HTTP API returns it, with personal data in it."""
    return [
        {"event": "action", "name": "action_session_start", "timestamp": 1772442000.0},
        {"event": "session_started", "timestamp": 1772442000.1},
        {
            "event": "user",
            "text": "Bonjour",
            "timestamp": 1772442001.0,
            "parse_data": {"intent": {"name": "greet", "confidence": 0.99}, "entities": []},
            "input_channel": "rest",
            "metadata": {"channel": "website", "member_id": "HS-1001"},
        },
        {
            "event": "bot",
            "text": "Bonjour, je suis l'assistant de Mutuelle Horizon Santé.",
            "timestamp": 1772442001.5,
            "data": {"custom": None},
        },
        {
            "event": "user",
            "text": (
                "Mes lunettes ont été remboursées 20 € au lieu de 150 €, appelez-moi au "
                "06 12 34 56 78 ou écrivez à camille.martin@example.org"
            ),
            "timestamp": 1772442010.0,
            "parse_data": {
                "intent": {"name": "claim_dispute", "confidence": 0.91},
                "entities": [{"entity": "care_type", "value": "lunettes"}],
            },
            "metadata": {"channel": "website", "member_id": "HS-1001"},
        },
        {"event": "slot", "name": "care_type", "value": "lunettes", "timestamp": 1772442010.1},
        {"event": "slot", "name": "requested_slot", "value": None, "timestamp": 1772442010.1},
        {
            "event": "bot",
            "text": "Voici ce que prévoit votre contrat pour les lunettes.",
            "timestamp": 1772442011.0,
            "data": {"custom": {"kind": "answer", "sources": [], "data": {}}},
        },
        {
            "event": "user",
            "text": "Mon numéro de sécu est 1 85 05 78 006 084 36, vérifiez mon dossier",
            "timestamp": 1772442020.0,
            "parse_data": {"intent": {"name": "nlu_fallback", "confidence": 0.3}},
            "metadata": {"channel": "website", "member_id": "HS-1001"},
        },
        {
            "event": "bot",
            "text": "Je ne suis pas sûr d'avoir compris votre demande.",
            "timestamp": 1772442020.5,
            "data": {"custom": {"kind": "fallback", "data": {}}},
        },
    ]


def race_take(stores: Sequence[TicketStore], ticket_id: str) -> tuple[list[str], list[str]]:
    """Let ``adviser-0``, ``adviser-1``… take the ticket at the same instant, one thread each
    (each store has its own engine); returns (winners, losers). Other errors are re-raised."""
    barrier = threading.Barrier(len(stores))
    won: list[str] = []
    lost: list[str] = []
    errors: list[BaseException] = []

    def attempt(store: TicketStore, adviser: str) -> None:
        barrier.wait()
        try:
            store.take(ticket_id, adviser)
            won.append(adviser)
        except TicketAlreadyTakenError:
            lost.append(adviser)
        except BaseException as exc:  # surfaced in the test's thread below
            errors.append(exc)

    threads = [
        threading.Thread(target=attempt, args=(store, f"adviser-{i}"))
        for i, store in enumerate(stores)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return won, lost
