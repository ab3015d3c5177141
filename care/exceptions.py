"""Errors raised by the care directory package.

Bad *rows* never raise: the importer skips them and lists them in its report. These errors
are for problems that make a whole file or the whole directory unusable::

    CareError
    ├── CareDataError          a file cannot be read at all (missing columns, unknown layout)
    ├── ImportInterruptedError an import stopped half-way (its ``report`` says what was kept)
    └── DirectoryNotLoadedError the directory is empty: run ``python -m care ensure-samples``
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from care.report import ImportReport


class CareError(Exception):
    """Base class of every error raised by :mod:`care`."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class CareDataError(CareError):
    """An input file cannot be used (wrong layout, missing required columns, unreadable)."""


class DirectoryNotLoadedError(CareError):
    """The directory has no professional yet."""


class ImportInterruptedError(CareError):
    """The import stopped before the end; rows already written are kept.

    ``report`` tells what was read and stored until then.
    """

    def __init__(self, message: str, report: ImportReport) -> None:
        super().__init__(message)
        self.report = report
