"""Adviser accounts, console sessions and the audit log.

Passwords are hashed with scrypt (``hashlib.scrypt``, a random 16-byte salt per password, the
parameters stored with the hash) and compared in constant time; an unknown login costs the
same work as a wrong password. Session tokens are random (256 bits); only their SHA-256 is
stored, with an expiry, and they can be revoked. Logins, failed logins and session ends are
written to the audit log, like the ticket actions of :class:`handoff.store.TicketStore`.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from handoff.database import make_engine
from handoff.exceptions import AdviserExistsError, AdviserNotFoundError, WeakPasswordError
from handoff.models import Adviser, AdviserRole, AuditEntry, IssuedSession, as_utc, utc_now
from handoff.orm import AdviserRecord, AuditRecord, SessionRecord

MIN_PASSWORD_CHARS = 12
MAX_PASSWORD_CHARS = 1024
SESSION_TTL = timedelta(hours=8)
LOGIN_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")

_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1
_SCRYPT_MAXMEM = 64 * 1024 * 1024

Clock = Callable[[], datetime]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(
    password: str, *, n: int = _SCRYPT_N, r: int = _SCRYPT_R, p: int = _SCRYPT_P
) -> str:
    """``scrypt$n$r$p$salt$hash`` (base64), with a fresh random salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_SCRYPT_MAXMEM, dklen=32
    )
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored`` (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            password.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_SCRYPT_MAXMEM,
            dklen=32,
        )
        return hmac.compare_digest(digest, base64.b64decode(expected))
    except ValueError:
        return False


@functools.cache
def _dummy_hash() -> str:
    """Checked against when the login is unknown, so that the answer takes the same time."""
    return hash_password(secrets.token_urlsafe(16))


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def normalize_login(login: str) -> str:
    return login.strip().lower()


def check_password_policy(password: str) -> None:
    if len(password) < MIN_PASSWORD_CHARS:
        raise WeakPasswordError(
            f"Mot de passe trop court : {MIN_PASSWORD_CHARS} caractères au minimum."
        )
    if len(password) > MAX_PASSWORD_CHARS:
        raise WeakPasswordError(f"Mot de passe trop long : {MAX_PASSWORD_CHARS} au maximum.")
    if password.strip() != password or len(set(password)) < 5:
        raise WeakPasswordError("Mot de passe trop simple.")


class AdviserDirectory:
    """Adviser accounts, sessions and the audit log in the SQL database of ``engine``."""

    def __init__(
        self, engine: Engine, *, clock: Clock = utc_now, session_ttl: timedelta = SESSION_TTL
    ) -> None:
        self._engine = engine
        self._clock = clock
        self._session_ttl = session_ttl

    def _now(self) -> datetime:
        return as_utc(self._clock())

    @classmethod
    def from_url(cls, url: str | None = None, *, clock: Clock = utc_now) -> AdviserDirectory:
        return cls(make_engine(url), clock=clock)

    @property
    def engine(self) -> Engine:
        return self._engine

    # -- accounts -------------------------------------------------------------------------

    def create_adviser(
        self,
        login: str,
        display_name: str,
        password: str,
        *,
        role: AdviserRole = AdviserRole.ADVISER,
        actor: str = "system",
    ) -> Adviser:
        """Create an account; raises :class:`AdviserExistsError` or :class:`WeakPasswordError`."""
        login = normalize_login(login)
        if not LOGIN_PATTERN.match(login):
            raise ValueError(
                "Identifiant invalide : 3 à 64 caractères parmi a-z, 0-9, « . », « _ », « - »."
            )
        name = " ".join(display_name.split())
        if not name or len(name) > 120:
            raise ValueError("Nom affiché vide ou trop long (120 caractères au maximum).")
        check_password_policy(password)
        now = self._now()
        record = AdviserRecord(
            login=login,
            display_name=name,
            password_hash=hash_password(password),
            role=AdviserRole(role).value,
            active=True,
            created_at=now,
            updated_at=now,
        )
        try:
            with Session(self._engine) as session, session.begin():
                session.add(record)
                session.flush()
                self._audit(session, actor, "adviser.create", login, f"rôle {record.role}")
                return Adviser.model_validate(record)
        except IntegrityError as exc:
            raise AdviserExistsError(f"Le conseiller « {login} » existe déjà.") from exc

    def get(self, login: str) -> Adviser | None:
        with Session(self._engine) as session:
            record = session.get(AdviserRecord, normalize_login(login))
            return Adviser.model_validate(record) if record is not None else None

    def list_advisers(self) -> list[Adviser]:
        with Session(self._engine) as session:
            records = session.scalars(select(AdviserRecord).order_by(AdviserRecord.login))
            return [Adviser.model_validate(r) for r in records]

    def set_password(self, login: str, password: str, *, actor: str = "system") -> None:
        """Change a password; every open session of the adviser is revoked."""
        check_password_policy(password)
        login = normalize_login(login)
        with Session(self._engine) as session, session.begin():
            record = session.get(AdviserRecord, login)
            if record is None:
                raise AdviserNotFoundError(f"Conseiller inconnu : {login}")
            record.password_hash = hash_password(password)
            record.updated_at = self._now()
            self._revoke_all(session, login)
            self._audit(session, actor, "adviser.password", login)

    def set_active(self, login: str, active: bool, *, actor: str = "system") -> Adviser:
        """Enable or disable an account; disabling revokes its sessions."""
        login = normalize_login(login)
        with Session(self._engine) as session, session.begin():
            record = session.get(AdviserRecord, login)
            if record is None:
                raise AdviserNotFoundError(f"Conseiller inconnu : {login}")
            record.active = active
            record.updated_at = self._now()
            if not active:
                self._revoke_all(session, login)
            self._audit(session, actor, "adviser.enable" if active else "adviser.disable", login)
            session.flush()
            return Adviser.model_validate(record)

    # -- authentication and sessions ------------------------------------------------------

    def authenticate(self, login: str, password: str) -> Adviser | None:
        """The active adviser with this login and password, or ``None`` (audited either way)."""
        login = normalize_login(login)
        with Session(self._engine) as session, session.begin():
            record = session.get(AdviserRecord, login) if login else None
            stored = record.password_hash if record is not None else _dummy_hash()
            matches = verify_password(password[:MAX_PASSWORD_CHARS], stored)
            if record is None or not matches or not record.active:
                why = "compte inconnu" if record is None else "refusé"
                self._audit(session, login[:64] or "?", "auth.failed", "console", why)
                return None
            self._audit(session, login, "auth.login", "console")
            return Adviser.model_validate(record)

    def open_session(self, login: str, *, ttl: timedelta | None = None) -> IssuedSession:
        """A new session token for an (already authenticated) active adviser."""
        login = normalize_login(login)
        token = secrets.token_urlsafe(32)
        now = self._now()
        expires = now + (ttl or self._session_ttl)
        with Session(self._engine) as session, session.begin():
            record = session.get(AdviserRecord, login)
            if record is None or not record.active:
                raise AdviserNotFoundError(f"Conseiller inconnu ou désactivé : {login}")
            session.add(
                SessionRecord(
                    token_hash=_token_hash(token), login=login, created_at=now, expires_at=expires
                )
            )
            self._audit(session, login, "session.open", "console")
        return IssuedSession.model_validate({"token": token, "login": login, "expires_at": expires})

    def login(self, login: str, password: str) -> IssuedSession | None:
        """:meth:`authenticate` then :meth:`open_session`; ``None`` when refused."""
        adviser = self.authenticate(login, password)
        return self.open_session(adviser.login) if adviser is not None else None

    def adviser_for_token(self, token: str) -> Adviser | None:
        """The adviser of a valid session: known, not expired, not revoked, account active."""
        if not token:
            return None
        with Session(self._engine) as session:
            row = session.execute(
                select(SessionRecord, AdviserRecord)
                .join(AdviserRecord, AdviserRecord.login == SessionRecord.login)
                .where(SessionRecord.token_hash == _token_hash(token))
            ).first()
            if row is None:
                return None
            record, adviser = row
            expired = as_utc(record.expires_at) <= self._now()
            if record.revoked_at is not None or expired or not adviser.active:
                return None
            return Adviser.model_validate(adviser)

    def revoke_session(self, token: str) -> bool:
        """End a session (logout); ``False`` when it was unknown or already ended."""
        with Session(self._engine) as session, session.begin():
            record = session.get(SessionRecord, _token_hash(token))
            if record is None or record.revoked_at is not None:
                return False
            record.revoked_at = self._now()
            self._audit(session, record.login, "session.revoke", "console")
            return True

    def revoke_all_sessions(self, login: str) -> int:
        with Session(self._engine) as session, session.begin():
            return self._revoke_all(session, normalize_login(login))

    def _revoke_all(self, session: Session, login: str) -> int:
        result = session.execute(
            update(SessionRecord)
            .where(SessionRecord.login == login, SessionRecord.revoked_at.is_(None))
            .values(revoked_at=self._now())
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0))

    # -- audit ----------------------------------------------------------------------------

    def record_access(
        self, actor: str, action: str, target: str, detail: str | None = None
    ) -> AuditEntry:
        """Append one line to the audit log (e.g. the console showed a member's file)."""
        with Session(self._engine) as session, session.begin():
            record = self._audit(session, actor, action, target, detail)
            session.flush()
            return AuditEntry.model_validate(record)

    def list_audit(
        self,
        *,
        actor: str | None = None,
        target: str | None = None,
        action: str | None = None,
        since: datetime | None = None,
        limit: int = 200,
    ) -> list[AuditEntry]:
        """Audit lines, newest first, filtered by actor, target, action and date."""
        query = select(AuditRecord)
        if actor is not None:
            query = query.where(AuditRecord.actor == actor)
        if target is not None:
            query = query.where(AuditRecord.target == target)
        if action is not None:
            query = query.where(AuditRecord.action == action)
        if since is not None:
            query = query.where(AuditRecord.at >= as_utc(since))
        query = query.order_by(AuditRecord.at.desc(), AuditRecord.id.desc()).limit(limit)
        with Session(self._engine) as session:
            return [AuditEntry.model_validate(r) for r in session.scalars(query)]

    def _audit(
        self, session: Session, actor: str, action: str, target: str, detail: str | None = None
    ) -> AuditRecord:
        record = AuditRecord(
            actor=actor[:64], action=action, target=target[:128], at=self._now(), detail=detail
        )
        session.add(record)
        return record
