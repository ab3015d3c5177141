"""Errors raised by the prevention-nudge package.

::

    NudgeError
    ├── ConsentError
    │   ├── ConsentNotGivenError   the reply is not an explicit yes: nothing is recorded
    │   └── UnknownWordingError    no consent wording has this version id
    ├── CatalogueError             the nudge catalogue file is missing or invalid (names the file)
    ├── NudgeConfigError           a setting or the database cannot be used
    └── NudgeSendError             the engine or a platform refused or did not answer
"""

from __future__ import annotations


class NudgeError(Exception):
    """Base class of every error raised by :mod:`channels.nudges`."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class ConsentError(NudgeError):
    """A consent operation cannot be carried out."""


class ConsentNotGivenError(ConsentError):
    """The member's reply is not an explicit yes (ambiguous, a question, a no…)."""


class UnknownWordingError(ConsentError):
    """No consent wording has this version id."""


class CatalogueError(NudgeError):
    """The nudge catalogue cannot be loaded or is invalid."""


class NudgeConfigError(NudgeError):
    """A setting, a sender factory or the database cannot be used."""


class NudgeSendError(NudgeError):
    """A nudge could not be handed over to the engine or to the platform."""
