"""Fictitious demo members, inserted idempotently (existing ids are left untouched)."""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from members.database import init_db
from members.orm import MemberRecord

DEMO_MEMBERS: tuple[dict[str, str | int | bool], ...] = (
    {
        "member_id": "HS-1001",
        "first_name": "Camille",
        "birth_year": 1991,
        "contract_id": "confort",
        "ald": False,
        "c2s": False,
        "medecin_traitant_declared": True,
    },
    {
        "member_id": "HS-1002",
        "first_name": "Mehdi",
        "birth_year": 1958,
        "contract_id": "serenite",
        "ald": True,
        "c2s": False,
        "medecin_traitant_declared": True,
    },
    {
        "member_id": "HS-1003",
        "first_name": "Léa",
        "birth_year": 2004,
        "contract_id": "essentielle",
        "ald": False,
        "c2s": False,
        "medecin_traitant_declared": False,
    },
    {
        "member_id": "HS-1004",
        "first_name": "Jean-Pierre",
        "birth_year": 1949,
        "contract_id": "integrale",
        "ald": True,
        "c2s": False,
        "medecin_traitant_declared": True,
    },
    {
        "member_id": "HS-1005",
        "first_name": "Sofia",
        "birth_year": 1987,
        "contract_id": "equilibre",
        "ald": False,
        "c2s": False,
        "medecin_traitant_declared": True,
    },
)


def seed_demo_members(engine: Engine) -> int:
    """Create the tables if needed and insert the missing demo members; returns how many."""
    init_db(engine)
    ids = [str(m["member_id"]) for m in DEMO_MEMBERS]
    with Session(engine) as session, session.begin():
        existing = set(
            session.scalars(select(MemberRecord.member_id).where(MemberRecord.member_id.in_(ids)))
        )
        missing = [m for m in DEMO_MEMBERS if m["member_id"] not in existing]
        session.add_all(MemberRecord(**m) for m in missing)
    return len(missing)
