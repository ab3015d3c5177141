"""The one inbound pipeline every channel uses.

``InboundMessage`` → duplicate delivery? → size limit → per-sender rate limit → numbered choice
→ held by an adviser? → readable? → engine (REST channel, metadata ``channel``, ``member_id``,
``mode``) → bot replies. Signatures and authentication are the channel's job, before this; rendering
is after. The safety check (emergency, distress) runs inside the engine, on every message
that reaches it: the pipeline does not duplicate it.

While an adviser holds the conversation (``is_held`` returns true), nothing is forwarded to
the engine and the bot says nothing: the message goes to ``on_inbound_while_held`` for the
adviser. Both hooks may be plain or async callables.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol, TypeVar
from weakref import WeakValueDictionary

from channels import replies
from channels.choices import ChoiceMemory
from channels.dedup import DedupStore
from channels.engine_client import EngineMetadata, summarize
from channels.exceptions import EngineUnavailableError
from channels.logs import log_failure, log_ref
from channels.models import BotReply, InboundMessage
from channels.ratelimit import RateDecision, TokenBucketLimiter
from privacy.redaction import redact

logger = logging.getLogger(__name__)

_T = TypeVar("_T")

HeldCheck = Callable[[str], bool | Awaitable[bool]]
HeldInboundHook = Callable[[InboundMessage], None | Awaitable[None]]


class Engine(Protocol):
    """What the pipeline needs from the engine (:class:`channels.engine_client.EngineClient`)."""

    async def exchange(
        self, sender_id: str, text: str, metadata: EngineMetadata
    ) -> list[BotReply]: ...


def never_held(conversation_id: str) -> bool:
    """Default hold check: no adviser ever holds a conversation."""
    return False


class Outcome(Enum):
    ANSWERED = "answered"
    DUPLICATE = "duplicate"
    EMPTY = "empty"
    UNSUPPORTED = "unsupported"
    TOO_LONG = "too_long"
    RATE_LIMITED = "rate_limited"
    HELD = "held"
    ENGINE_UNAVAILABLE = "engine_unavailable"


@dataclass(frozen=True)
class PipelineResult:
    outcome: Outcome
    replies: list[BotReply] = field(default_factory=list)


async def _maybe_await(value: _T | Awaitable[_T]) -> _T:
    if inspect.isawaitable(value):
        return await value
    return value


class Pipeline:
    def __init__(
        self,
        engine: Engine,
        *,
        rate_limiter: TokenBucketLimiter,
        max_message_chars: int = 2000,
        dedup: DedupStore | None = None,
        choices: ChoiceMemory | None = None,
        is_held: HeldCheck = never_held,
        on_inbound_while_held: HeldInboundHook | None = None,
        on_inbound: HeldInboundHook | None = None,
    ) -> None:
        self.engine = engine
        self.rate_limiter = rate_limiter
        self.max_message_chars = max_message_chars
        self.dedup = dedup
        self.choices = choices if choices is not None else ChoiceMemory()
        self.is_held = is_held
        self.on_inbound_while_held = on_inbound_while_held
        self.on_inbound = on_inbound
        self._locks: WeakValueDictionary[str, asyncio.Lock] = WeakValueDictionary()

    @asynccontextmanager
    async def conversation_lock(self, conversation: str) -> AsyncIterator[None]:
        """Serialise one conversation's turns (handling and sending) within this process."""
        lock = self._locks.get(conversation)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[conversation] = lock
        async with lock:
            yield

    async def handle(self, message: InboundMessage) -> PipelineResult:
        conversation = message.conversation_id
        ref = log_ref(conversation)
        if self.dedup is not None and not await self.dedup.claim(
            message.channel, message.message_id
        ):
            logger.info("duplicate delivery dropped (%s, conversation %s)", message.channel, ref)
            return PipelineResult(Outcome.DUPLICATE)
        if len(message.text) > self.max_message_chars:
            logger.info("message of %d characters refused (%s)", len(message.text), ref)
            return PipelineResult(
                Outcome.TOO_LONG, replies.message_too_long(self.max_message_chars)
            )
        decision = self.rate_limiter.check(conversation)
        if decision is not RateDecision.ALLOWED:
            logger.info("rate limit reached (%s)", ref)
            warn = decision is RateDecision.LIMITED_WARN
            return PipelineResult(Outcome.RATE_LIMITED, replies.rate_limited() if warn else [])
        text = self.choices.resolve(conversation, message.text)
        await self._notify_inbound(message)
        if await self._held(conversation):
            logger.info("conversation %s held by an adviser: not forwarded to the engine", ref)
            await self._record_held(message)
            # the engine is bypassed, its safety check too: emergencies still get the numbers
            return PipelineResult(Outcome.HELD, replies.safety_while_held(text))
        if message.unsupported:
            return PipelineResult(Outcome.UNSUPPORTED, replies.unsupported_content())
        if not text.strip():
            return PipelineResult(Outcome.EMPTY)
        logger.debug("inbound %s (%s): %s", message.channel, ref, redact(text))
        metadata = EngineMetadata(
            channel=message.channel, member_id=message.member_id, mode=message.mode
        )
        try:
            bot_replies = await self.engine.exchange(conversation, text, metadata)
        except EngineUnavailableError as exc:
            logger.warning("engine unavailable for conversation %s: %s", ref, exc)
            return PipelineResult(Outcome.ENGINE_UNAVAILABLE, replies.engine_apology())
        logger.info("engine answered conversation %s: %s", ref, summarize(bot_replies))
        return PipelineResult(Outcome.ANSWERED, bot_replies)

    async def _notify_inbound(self, message: InboundMessage) -> None:
        """Every accepted message (e.g. the WhatsApp 24-hour window of the nudges)."""
        if self.on_inbound is None:
            return
        try:
            await _maybe_await(self.on_inbound(message))
        except Exception as exc:
            log_failure(logger, "recording an inbound message failed", exc)

    async def _record_held(self, message: InboundMessage) -> None:
        if self.on_inbound_while_held is None:
            return
        try:
            await _maybe_await(self.on_inbound_while_held(message))
        except Exception as exc:
            log_failure(logger, "recording a held message failed", exc)

    async def _held(self, conversation: str) -> bool:
        try:
            return bool(await _maybe_await(self.is_held(conversation)))
        except Exception as exc:
            # Fail towards the bot: an unanswered member (maybe in danger) is the worse outcome.
            log_failure(logger, "hold check failed, the bot answers", exc)
            return False
