"""Member store: SQLAlchemy 2, SQLite by default, PostgreSQL-compatible.

>>> from members import MemberRepository, seed_demo_members
>>> repo = MemberRepository.from_url("sqlite://")  # in memory
>>> seed_demo_members(repo.engine)
5
>>> repo.get_member("HS-1001").contract_id
'confort'
"""

from __future__ import annotations

from members.database import DEFAULT_URL, ENV_VAR, database_url, init_db, make_engine
from members.exceptions import DatabaseConfigError, MemberStoreError
from members.models import Member
from members.repository import MemberRepository
from members.seed import DEMO_MEMBERS, seed_demo_members

__all__ = [
    "DEFAULT_URL",
    "DEMO_MEMBERS",
    "ENV_VAR",
    "DatabaseConfigError",
    "Member",
    "MemberRepository",
    "MemberStoreError",
    "database_url",
    "init_db",
    "make_engine",
    "seed_demo_members",
]
