"""Per-sender token bucket: ``capacity`` messages, refilled evenly over ``period`` seconds.

In memory, per gateway process (with N replicas a sender may get up to N times the rate;
sticky routing or a shared store would tighten it). A sender who runs out is told once,
politely, then ignored until a token is back.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum


class RateDecision(Enum):
    ALLOWED = "allowed"
    #: first refusal since the bucket ran dry: tell the member
    LIMITED_WARN = "limited_warn"
    #: later refusals: stay silent
    LIMITED_SILENT = "limited_silent"


@dataclass
class _Bucket:
    tokens: float
    updated: float
    warned: bool = False


class TokenBucketLimiter:
    """``check(key)`` takes one token from ``key``'s bucket if there is one."""

    def __init__(
        self,
        capacity: int,
        period_seconds: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 100_000,
    ) -> None:
        if capacity <= 0 or period_seconds <= 0:
            raise ValueError("capacity and period_seconds must be positive")
        self.capacity = capacity
        self.rate = capacity / period_seconds
        self._clock = clock
        self._max_keys = max_keys
        self._buckets: dict[str, _Bucket] = {}

    def check(self, key: str) -> RateDecision:
        now = self._clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self._max_keys:
                self._forget_full_buckets(now)
            bucket = self._buckets[key] = _Bucket(tokens=float(self.capacity), updated=now)
        else:
            elapsed = max(0.0, now - bucket.updated)
            bucket.tokens = min(float(self.capacity), bucket.tokens + elapsed * self.rate)
            bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            bucket.warned = False
            return RateDecision.ALLOWED
        if bucket.warned:
            return RateDecision.LIMITED_SILENT
        bucket.warned = True
        return RateDecision.LIMITED_WARN

    def _forget_full_buckets(self, now: float) -> None:
        """Drop buckets that have refilled completely: they hold no information."""
        full_after = self.capacity / self.rate
        self._buckets = {
            key: bucket
            for key, bucket in self._buckets.items()
            if now - bucket.updated < full_after
        }
