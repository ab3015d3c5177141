"""Command line of the care directory: ``python -m care --help``."""

from __future__ import annotations

from care.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
