"""Errors raised by the member store.

::

    MemberStoreError
    └── DatabaseConfigError   the database URL is invalid
"""

from __future__ import annotations


class MemberStoreError(Exception):
    """Base class of every error raised by :mod:`members`."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class DatabaseConfigError(MemberStoreError):
    """The database URL cannot be used."""
