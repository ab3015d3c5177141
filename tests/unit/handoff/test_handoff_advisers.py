"""Adviser accounts: scrypt hashes, authentication, session tokens, audit log."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from handoff import (
    Adviser,
    AdviserDirectory,
    AdviserExistsError,
    AdviserNotFoundError,
    AdviserRole,
    WeakPasswordError,
    hash_password,
    verify_password,
)
from handoff.orm import AdviserRecord, SessionRecord
from tests.unit.handoff.handoff_support import FakeClock

PASSWORD = "correct horse battery"


@pytest.fixture
def alice(directory: AdviserDirectory) -> Adviser:
    return directory.create_adviser(" Alice.Martin ", "Alice  Martin", PASSWORD)


def test_hash_format_salt_and_verification() -> None:
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first != second  # one salt per hash
    scheme, n, r, p, salt, digest = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert verify_password(PASSWORD, first)
    assert not verify_password(PASSWORD + "!", first)
    assert not verify_password(PASSWORD, "bcrypt$whatever")
    assert not verify_password(PASSWORD, "scrypt$x$8$1$AA==$AA==")
    assert not verify_password(PASSWORD, "garbage")


def test_create_and_read(directory: AdviserDirectory, alice: Adviser) -> None:
    assert (alice.login, alice.display_name) == ("alice.martin", "Alice Martin")
    assert alice.role is AdviserRole.ADVISER and alice.active
    assert directory.get("ALICE.MARTIN") == alice
    assert directory.get("nobody") is None
    sup = directory.create_adviser("sup", "Chef", PASSWORD + "2", role=AdviserRole.SUPERVISOR)
    assert [a.login for a in directory.list_advisers()] == ["alice.martin", "sup"]
    assert sup.role is AdviserRole.SUPERVISOR
    assert "password" not in Adviser.model_fields
    with Session(directory.engine) as session:
        record = session.get(AdviserRecord, "alice.martin")
        assert record is not None
        assert PASSWORD not in record.password_hash
        assert record.password_hash.startswith("scrypt$")


def test_create_refusals(directory: AdviserDirectory, alice: Adviser) -> None:
    with pytest.raises(AdviserExistsError):
        directory.create_adviser("alice.martin", "Autre", PASSWORD)
    with pytest.raises(WeakPasswordError):
        directory.create_adviser("bob", "Bob", "short")
    with pytest.raises(WeakPasswordError):
        directory.create_adviser("bob", "Bob", "aaaaaaaaaaaaaaaa")
    with pytest.raises(WeakPasswordError):
        directory.create_adviser("bob", "Bob", "x" * 2000)
    with pytest.raises(ValueError, match="Identifiant"):
        directory.create_adviser("b b", "Bob", PASSWORD)
    with pytest.raises(ValueError, match="Nom"):
        directory.create_adviser("bob", "  ", PASSWORD)


def test_authenticate(directory: AdviserDirectory, alice: Adviser) -> None:
    assert directory.authenticate("alice.martin", PASSWORD) == alice
    assert directory.authenticate("  ALICE.martin", PASSWORD) == alice
    assert directory.authenticate("alice.martin", "wrong password!!") is None
    assert directory.authenticate("nobody", PASSWORD) is None
    assert directory.authenticate("", PASSWORD) is None
    directory.set_active("alice.martin", False)
    assert directory.authenticate("alice.martin", PASSWORD) is None
    directory.set_active("alice.martin", True)
    assert directory.authenticate("alice.martin", PASSWORD) == alice
    actions = [(e.actor, e.action, e.detail) for e in reversed(directory.list_audit())]
    assert ("alice.martin", "auth.login", None) in actions
    assert ("alice.martin", "auth.failed", "refusé") in actions
    assert ("nobody", "auth.failed", "compte inconnu") in actions
    assert all(PASSWORD not in str(entry) for entry in directory.list_audit())


def test_sessions_expire_and_can_be_revoked(
    directory: AdviserDirectory, alice: Adviser, clock: FakeClock
) -> None:
    issued = directory.login("alice.martin", PASSWORD)
    assert issued is not None
    token = issued.token.get_secret_value()
    assert len(token) >= 40 and token not in repr(issued)
    assert issued.expires_at == clock.now + timedelta(hours=8)
    assert directory.adviser_for_token(token) == alice
    assert directory.adviser_for_token("forged-token") is None
    assert directory.adviser_for_token("") is None

    with Session(directory.engine) as session:
        stored = session.scalars(select(SessionRecord)).one()
        assert token not in stored.token_hash  # only the hash is stored

    clock.advance(hours=7, minutes=59)
    assert directory.adviser_for_token(token) == alice
    clock.advance(minutes=1)
    assert directory.adviser_for_token(token) is None  # expired

    short = directory.open_session("alice.martin", ttl=timedelta(minutes=5))
    short_token = short.token.get_secret_value()
    assert directory.adviser_for_token(short_token) == alice
    assert directory.revoke_session(short_token) is True
    assert directory.revoke_session(short_token) is False
    assert directory.adviser_for_token(short_token) is None
    assert directory.login("alice.martin", "wrong password!!") is None


def test_disabling_or_new_password_ends_sessions(
    directory: AdviserDirectory, alice: Adviser
) -> None:
    first = directory.open_session("alice.martin").token.get_secret_value()
    second = directory.open_session("alice.martin").token.get_secret_value()
    directory.set_password("alice.martin", "a new long passphrase")
    assert directory.adviser_for_token(first) is None
    assert directory.adviser_for_token(second) is None
    assert directory.authenticate("alice.martin", PASSWORD) is None
    assert directory.authenticate("alice.martin", "a new long passphrase") == alice

    third = directory.open_session("alice.martin").token.get_secret_value()
    directory.set_active("alice.martin", False)
    assert directory.adviser_for_token(third) is None
    with pytest.raises(AdviserNotFoundError):
        directory.open_session("alice.martin")
    with pytest.raises(AdviserNotFoundError):
        directory.set_password("ghost", "a new long passphrase")
    with pytest.raises(AdviserNotFoundError):
        directory.set_active("ghost", True)
    directory.set_active("alice.martin", True)
    directory.open_session("alice.martin")
    assert directory.revoke_all_sessions("alice.martin") == 1


def test_record_access_and_filters(directory: AdviserDirectory, clock: FakeClock) -> None:
    entry = directory.record_access("alice", "member.view", "HS-1001", "dossier ouvert")
    assert (entry.actor, entry.action, entry.target, entry.detail) == (
        "alice",
        "member.view",
        "HS-1001",
        "dossier ouvert",
    )
    assert entry.at == clock.now
    clock.advance(minutes=5)
    directory.record_access("bob", "member.view", "HS-1002")
    directory.record_access("alice", "ticket.view", "t-1")
    assert [e.target for e in directory.list_audit(actor="alice")] == ["t-1", "HS-1001"]
    assert [e.actor for e in directory.list_audit(target="HS-1002")] == ["bob"]
    assert len(directory.list_audit(action="member.view")) == 2
    assert len(directory.list_audit(since=clock.now)) == 2
    assert len(directory.list_audit(limit=1)) == 1
