"""The inbound pipeline: duplicates, limits, adviser hold, engine failures."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from channels.choices import Choice, ChoiceMemory
from channels.dedup import DedupStore
from channels.engine_client import EngineMetadata
from channels.exceptions import EngineUnavailableError
from channels.models import BotReply, InboundMessage
from channels.pipeline import Outcome, Pipeline
from channels.ratelimit import TokenBucketLimiter
from tests.unit.channels.conftest import GatewayFactory, gw_make_settings
from tests.unit.channels.gw_standins import wa_notification, wa_text


class FakeEngine:
    def __init__(self, *, down: bool = False) -> None:
        self.calls: list[tuple[str, str, EngineMetadata]] = []
        self.down = down

    async def exchange(self, sender_id: str, text: str, metadata: EngineMetadata) -> list[BotReply]:
        self.calls.append((sender_id, text, metadata))
        if self.down:
            raise EngineUnavailableError("engine answered HTTP 502")
        return [BotReply(text="Bonjour !")]


def message(text: str = "bonjour", message_id: str = "m1", **fields: object) -> InboundMessage:
    values: dict[str, object] = {
        "channel": "telegram",
        "sender_id": "4242",
        "text": text,
        "message_id": message_id,
        "received_at": datetime(2026, 1, 5, tzinfo=UTC),
    }
    values.update(fields)
    return InboundMessage.model_validate(values)


def pipeline(engine: FakeEngine, **kwargs: object) -> Pipeline:
    limiter = TokenBucketLimiter(20, 60.0)
    return Pipeline(engine, rate_limiter=limiter, **kwargs)  # type: ignore[arg-type]


async def test_answered_with_metadata() -> None:
    engine = FakeEngine()
    result = await pipeline(engine).handle(message(member_id="ADH-0001", mode="adviser"))
    assert result.outcome is Outcome.ANSWERED
    assert result.replies == [BotReply(text="Bonjour !")]
    assert engine.calls == [
        (
            "telegram:4242",
            "bonjour",
            EngineMetadata(channel="telegram", member_id="ADH-0001", mode="adviser"),
        )
    ]


async def test_engine_down_gives_the_apology_and_its_envelope() -> None:
    result = await pipeline(FakeEngine(down=True)).handle(message())
    assert result.outcome is Outcome.ENGINE_UNAVAILABLE
    text, custom = result.replies
    assert text.text is not None and "problème technique" in text.text and "15" in text.text
    assert custom.envelope is not None and custom.envelope.kind == "fallback"
    assert custom.envelope.data["reason"] == "engine_unavailable"


async def test_oversized_message_is_refused_politely() -> None:
    engine = FakeEngine()
    result = await pipeline(engine, max_message_chars=50).handle(message("x" * 51))
    assert result.outcome is Outcome.TOO_LONG
    assert result.replies[0].text is not None
    assert result.replies[0].text.startswith("Votre message est trop long pour moi (plus de 50 ")
    assert engine.calls == []


async def test_rate_limit_warns_once_then_stays_silent() -> None:
    engine = FakeEngine()
    now = [0.0]
    limiter = TokenBucketLimiter(2, 60.0, clock=lambda: now[0])
    flow = Pipeline(engine, rate_limiter=limiter)
    outcomes = [(await flow.handle(message(message_id=f"m{i}"))) for i in range(4)]
    assert [o.outcome for o in outcomes] == [Outcome.ANSWERED] * 2 + [Outcome.RATE_LIMITED] * 2
    assert outcomes[2].replies[0].text is not None
    assert "patienter une minute" in outcomes[2].replies[0].text
    assert outcomes[3].replies == []
    assert len(engine.calls) == 2
    now[0] = 30.0  # one token back
    assert (await flow.handle(message(message_id="m5"))).outcome is Outcome.ANSWERED
    other = await flow.handle(message(message_id="m6", sender_id="other"))
    assert other.outcome is Outcome.ANSWERED


async def test_held_conversation_is_not_forwarded_and_recorded_for_the_adviser() -> None:
    engine = FakeEngine()
    recorded: list[InboundMessage] = []

    async def is_held(conversation_id: str) -> bool:
        return conversation_id == "telegram:4242"

    flow = pipeline(engine, is_held=is_held, on_inbound_while_held=recorded.append)
    held = await flow.handle(message("j'attends le conseiller"))
    assert held.outcome is Outcome.HELD and held.replies == []
    assert engine.calls == []
    assert [m.text for m in recorded] == ["j'attends le conseiller"]
    free = await flow.handle(message(sender_id="1", message_id="m2"))
    assert free.outcome is Outcome.ANSWERED


async def test_an_emergency_gets_the_numbers_even_while_an_adviser_holds_it() -> None:
    engine = FakeEngine()
    recorded: list[InboundMessage] = []
    flow = pipeline(engine, is_held=lambda c: True, on_inbound_while_held=recorded.append)
    held = await flow.handle(message("mon mari ne respire plus, il est tout bleu"))
    assert held.outcome is Outcome.HELD and engine.calls == []
    assert held.replies[0].text is not None and "15" in held.replies[0].text
    assert held.replies[1].custom is not None and held.replies[1].custom["kind"] == "emergency"
    assert len(recorded) == 1


async def test_every_accepted_message_is_noted_once() -> None:
    noted: list[InboundMessage] = []
    flow = pipeline(FakeEngine(), on_inbound=noted.append)
    await flow.handle(message("bonjour", message_id="a"))
    await flow.handle(message("x" * 5000, message_id="b"))
    assert [m.message_id for m in noted] == ["a"]


async def test_a_failing_hold_check_lets_the_bot_answer(caplog: pytest.LogCaptureFixture) -> None:
    def broken(conversation_id: str) -> bool:
        raise RuntimeError("handoff store down: 06 12 34 56 78")

    engine = FakeEngine()
    result = await pipeline(engine, is_held=broken).handle(message())
    assert result.outcome is Outcome.ANSWERED
    assert "hold check failed" in caplog.text and "06 12" not in caplog.text


async def test_a_failing_held_recorder_is_logged() -> None:
    def recorder(message: InboundMessage) -> None:
        raise RuntimeError("boom")

    flow = pipeline(FakeEngine(), is_held=lambda c: True, on_inbound_while_held=recorder)
    assert (await flow.handle(message())).outcome is Outcome.HELD


async def test_duplicates_are_dropped(tmp_path: Path) -> None:
    store = DedupStore.from_url(f"sqlite:///{tmp_path / 'd.db'}")
    engine = FakeEngine()
    flow = pipeline(engine, dedup=store)
    first = await flow.handle(message(message_id="same"))
    second = await flow.handle(message(message_id="same"))
    store.close()
    assert (first.outcome, second.outcome) == (Outcome.ANSWERED, Outcome.DUPLICATE)
    assert second.replies == [] and len(engine.calls) == 1


async def test_unsupported_and_empty_messages_skip_the_engine() -> None:
    engine = FakeEngine()
    flow = pipeline(engine)
    unsupported = await flow.handle(message("", unsupported=True))
    empty = await flow.handle(message("   ", message_id="m2"))
    assert unsupported.outcome is Outcome.UNSUPPORTED and unsupported.replies
    assert empty.outcome is Outcome.EMPTY and empty.replies == []
    assert engine.calls == []


async def test_a_number_picks_a_remembered_choice_once() -> None:
    engine = FakeEngine()
    memory = ChoiceMemory()
    flow = pipeline(engine, choices=memory)
    memory.remember("telegram:4242", [Choice("Optique", "/optique"), Choice("Dentaire", "")])
    await flow.handle(message("2", message_id="a"))
    await flow.handle(message("2", message_id="b"))
    assert [call[1] for call in engine.calls] == ["Dentaire", "2"]


async def test_message_text_is_never_logged_in_clear(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="channels")
    await pipeline(FakeEngine()).handle(message("mon NIR 1 85 05 78 006 084 36, mail a@b.fr"))
    assert "[email]" in caplog.text  # the debug line is there, redacted
    assert "a@b.fr" not in caplog.text and "006 084" not in caplog.text
    assert "4242" not in caplog.text


async def test_rate_limit_through_the_webhook(gw_factory: GatewayFactory, tmp_path: Path) -> None:
    gateway = await gw_factory(gw_make_settings(tmp_path, rate_limit_messages=2))
    for i in range(4):
        await gateway.post_whatsapp(wa_notification(wa_text(f"message {i}", message_id=f"w{i}")))
    assert len(gateway.engine.requests) == 2
    texts = gateway.graph.texts()
    assert len(texts) == 3  # two answers, then one polite warning, then silence
    assert "beaucoup de messages" in texts[2]


async def test_held_conversation_through_the_webhook(gw_factory: GatewayFactory) -> None:
    recorded: list[InboundMessage] = []
    gateway = await gw_factory(
        is_held=lambda conversation_id: conversation_id == "whatsapp:33612345678",
        on_inbound_while_held=recorded.append,
    )
    response = await gateway.post_whatsapp(wa_notification(wa_text("toujours là ?")))
    assert response.status_code == 200
    assert gateway.engine.requests == [] and gateway.graph.sent == []
    assert [(m.channel, m.sender_id, m.text) for m in recorded] == [
        ("whatsapp", "33612345678", "toujours là ?")
    ]
