"""Numbered choices: when a platform cannot show the buttons, they become "1. …, 2. …".

The gateway remembers the last numbered choices offered in a conversation (in memory, for
``ttl_seconds``) so that a reply of just "2" reaches the engine as the second button's
payload. Any other reply clears them.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_NUMBER = re.compile(r"\s*([0-9]{1,2})\s*[.)]?\s*")


@dataclass(frozen=True)
class Choice:
    """A button: its label and the message sent to the engine when it is chosen."""

    title: str
    payload: str

    @property
    def message(self) -> str:
        """What the engine receives: the payload, or the label when there is none."""
        return self.payload or self.title


class ChoiceMemory:
    def __init__(
        self, *, ttl_seconds: float = 3600.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._ttl = ttl_seconds
        self._clock = clock
        self._offered: dict[str, tuple[float, tuple[Choice, ...]]] = {}

    def remember(self, conversation: str, choices: Sequence[Choice]) -> None:
        now = self._clock()
        self._offered = {k: v for k, v in self._offered.items() if v[0] > now}
        self._offered[conversation] = (now + self._ttl, tuple(choices))

    def resolve(self, conversation: str, text: str) -> str:
        """The payload chosen by a bare number, else ``text`` unchanged."""
        entry = self._offered.pop(conversation, None)
        if entry is None:
            return text
        expires, choices = entry
        match = _NUMBER.fullmatch(text)
        if expires <= self._clock() or match is None:
            return text
        index = int(match.group(1))
        if 1 <= index <= len(choices):
            return choices[index - 1].message
        return text
