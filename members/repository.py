"""Read access to members."""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from members.database import make_engine
from members.models import Member
from members.orm import MemberRecord


class MemberRepository:
    """Members stored in the SQL database of ``engine``."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @classmethod
    def from_url(cls, url: str | None = None) -> MemberRepository:
        """Repository on :func:`members.database.make_engine` (argument, env var, default)."""
        return cls(make_engine(url))

    @property
    def engine(self) -> Engine:
        return self._engine

    def get_member(self, member_id: str) -> Member | None:
        """The member with this id, or ``None``."""
        with Session(self._engine) as session:
            record = session.get(MemberRecord, member_id.strip())
            return Member.model_validate(record) if record is not None else None

    def list_members(self) -> list[Member]:
        with Session(self._engine) as session:
            records = session.scalars(select(MemberRecord).order_by(MemberRecord.member_id))
            return [Member.model_validate(r) for r in records]
