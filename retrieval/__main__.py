"""Command line of the retrieval package: ``python -m retrieval --help``."""

from __future__ import annotations

from retrieval.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
