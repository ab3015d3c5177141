"""Who the member is, from the signed token the channel put in the message metadata."""

from __future__ import annotations

import functools
import logging
from typing import Any

from rasa_sdk import Tracker
from sqlalchemy.exc import SQLAlchemyError

from members import Member, MemberRepository, MemberStoreError
from members.identity import secret_from_env, verify_member_token
from stack.settings import REPO_ROOT

logger = logging.getLogger(__name__)
TOKEN_KEY = "member_token"


@functools.cache
def _repository() -> MemberRepository:
    return MemberRepository.from_url()


def _secret() -> str:
    return secret_from_env(REPO_ROOT / "data" / "member-token.key")


def member_token(tracker: Tracker) -> str | None:
    """The most recent ``member_token`` sent with a user message of this conversation."""
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        metadata: dict[str, Any] = event.get("metadata") or {}
        token = metadata.get(TOKEN_KEY)
        if isinstance(token, str):
            return token
    return None


def current_member(tracker: Tracker) -> Member | None:
    """The member of a valid token, or ``None`` (no token, bad signature, expired, unknown)."""
    member_id = verify_member_token(member_token(tracker), _secret())
    if member_id is None:
        return None
    try:
        return _repository().get_member(member_id)
    except (MemberStoreError, SQLAlchemyError):
        logger.exception("member store unavailable")
        return None
