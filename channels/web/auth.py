"""Demo member login for the website: password check, session cookie, member tokens.

The session cookie carries ``<member_id>.<expiry>.<HMAC>`` signed with a key *derived* from
the member-token secret, so a cookie is never accepted as a member token (nor the reverse).
The widget never chooses a member id: it asks ``/api/member-token`` (same origin, cookie
authenticated) for a short-lived token signed with ``MEMBER_TOKEN_SECRET``, which the action
server verifies (:func:`members.identity.verify_member_token`).
"""

from __future__ import annotations

import hmac
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from channels.ratelimit import RateDecision, TokenBucketLimiter
from channels.web.settings import WebsiteSettings
from members.identity import sign_member_token, verify_member_token

logger = logging.getLogger(__name__)

#: ``member_id -> True`` when the member exists; may raise when the store is unavailable
MemberLookup = Callable[[str], bool]

MEMBER_ID_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,19}$")
LOGIN_WINDOW_SECONDS = 300.0


class LoginOutcome(Enum):
    OK = "ok"
    DISABLED = "disabled"
    INVALID = "invalid"
    LIMITED = "limited"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class LoginResult:
    outcome: LoginOutcome
    member_id: str | None = None


def normalise_member_id(raw: str) -> str | None:
    """``hs-1001 `` → ``HS-1001``; ``None`` for anything that cannot be a member id."""
    candidate = raw.strip().upper()
    return candidate if MEMBER_ID_PATTERN.fullmatch(candidate) else None


def repository_lookup(url: str | None = None) -> MemberLookup:
    """A :data:`MemberLookup` on the members database (opened at the first login)."""
    from members import MemberRepository

    repository: list[MemberRepository] = []

    def exists(member_id: str) -> bool:
        if not repository:
            repository.append(MemberRepository.from_url(url))
        return repository[0].get_member(member_id) is not None

    return exists


class WebsiteAuth:
    """Checks demo logins and issues session cookies and member tokens."""

    def __init__(
        self,
        settings: WebsiteSettings,
        member_exists: MemberLookup,
        *,
        limiter: TokenBucketLimiter | None = None,
    ) -> None:
        self.settings = settings
        self._member_exists = member_exists
        self._limiter = limiter or TokenBucketLimiter(
            settings.website_login_attempts, LOGIN_WINDOW_SECONDS
        )

    @property
    def enabled(self) -> bool:
        return self.settings.login_enabled

    @property
    def session_seconds(self) -> int:
        return int(self.settings.website_session_hours * 3600)

    def login(self, raw_member_id: str, password: str, client: str) -> LoginResult:
        """Demo login: a known member id and the demo password (limited attempts)."""
        if not self.enabled:
            return LoginResult(LoginOutcome.DISABLED)
        member_id = normalise_member_id(raw_member_id)
        keys = [f"address:{client}"]
        if member_id is not None:
            keys.append(f"member:{member_id}")
        if any(self._limiter.check(key) is not RateDecision.ALLOWED for key in keys):
            return LoginResult(LoginOutcome.LIMITED)
        password_ok = hmac.compare_digest(
            password.encode("utf-8"), self.settings.demo_password.encode("utf-8")
        )
        if member_id is None or not password_ok:
            return LoginResult(LoginOutcome.INVALID)
        try:
            known = self._member_exists(member_id)
        except Exception:
            logger.exception("members store unavailable for the website login")
            return LoginResult(LoginOutcome.UNAVAILABLE)
        if not known:
            return LoginResult(LoginOutcome.INVALID)
        return LoginResult(LoginOutcome.OK, member_id)

    def session_cookie(self, member_id: str) -> str:
        return sign_member_token(
            member_id, self.settings.session_secret(), ttl_seconds=self.session_seconds
        )

    def member_from_cookie(self, cookie: str | None) -> str | None:
        """The member of a valid, unexpired session cookie (``None`` when login is off)."""
        if not self.enabled or not cookie:
            return None
        return verify_member_token(cookie, self.settings.session_secret())

    def member_token(self, member_id: str) -> str:
        """A short-lived token the action server accepts for ``member_id``."""
        return sign_member_token(
            member_id,
            self.settings.token_secret(),
            ttl_seconds=self.settings.website_member_token_ttl_seconds,
        )
