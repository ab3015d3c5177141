"""The package's public surface: every exported name exists, in isort order (constants,
classes, functions), as ``members/__init__.py`` does."""

from __future__ import annotations

import channels.nudges as nudges


def _isort_key(name: str) -> tuple[bool, bool, str]:
    return (not name.isupper(), not name[0].isupper(), name)


def test_nudge_exported_members() -> None:
    assert nudges.__all__ == sorted(nudges.__all__, key=_isort_key)
    for name in nudges.__all__:
        assert hasattr(nudges, name), name
