"""Signed member tokens: only a valid, unexpired signature names a member."""

from __future__ import annotations

import pytest

from members.identity import sign_member_token, verify_member_token

SECRET = "s3cret-for-tests"


def test_a_signed_token_names_its_member() -> None:
    token = sign_member_token("HS-1001", SECRET, now=1_000.0)
    assert verify_member_token(token, SECRET, now=1_001.0) == "HS-1001"


@pytest.mark.parametrize(
    "token",
    [
        None,
        "",
        "HS-1001",
        "HS-1001.99999999999.forged",
        42,
    ],
)
def test_anything_else_is_refused(token: object) -> None:
    assert verify_member_token(token, SECRET) is None


def test_a_token_for_another_member_or_secret_or_time_is_refused() -> None:
    token = sign_member_token("HS-1001", SECRET, ttl_seconds=60, now=1_000.0)
    member, expiry, signature = token.split(".")
    assert verify_member_token(f"HS-1002.{expiry}.{signature}", SECRET, now=1_000.0) is None
    assert verify_member_token(token, "other-secret", now=1_000.0) is None
    assert verify_member_token(token, SECRET, now=1_061.0) is None
    assert verify_member_token(token, "", now=1_000.0) is None


def test_signing_needs_a_secret_and_a_plain_id() -> None:
    with pytest.raises(ValueError):
        sign_member_token("HS-1001", "")
    with pytest.raises(ValueError):
        sign_member_token("HS.1001", SECRET)
