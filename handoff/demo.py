"""The demonstration adviser account: created only when its password is configured."""

from __future__ import annotations

import os
from collections.abc import Mapping

from handoff.advisers import AdviserDirectory

ENV_DEMO_PASSWORD = "HANDOFF_DEMO_ADVISER_PASSWORD"
DEMO_LOGIN = "conseiller.demo"
DEMO_NAME = "Conseiller de démonstration"


def seed_demo_adviser(url: str | None = None, *, environ: Mapping[str, str] | None = None) -> str:
    """Create ``conseiller.demo`` when ``HANDOFF_DEMO_ADVISER_PASSWORD`` is set; says what
    happened (no default secret lives in the repository)."""
    env = os.environ if environ is None else environ
    password = env.get(ENV_DEMO_PASSWORD, "")
    if not password:
        return f"{ENV_DEMO_PASSWORD} n'est pas défini : aucun compte de démonstration."
    directory = AdviserDirectory.from_url(url)
    try:
        if directory.get(DEMO_LOGIN) is not None:
            return f"Le compte « {DEMO_LOGIN} » existe déjà."
        directory.create_adviser(DEMO_LOGIN, DEMO_NAME, password, actor="cli")
        return f"Compte de démonstration « {DEMO_LOGIN} » créé."
    finally:
        directory.engine.dispose()
