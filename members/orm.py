"""SQLAlchemy 2 ORM mapping of the member tables (portable: SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


def _now() -> datetime:
    return datetime.now(UTC)


class MemberRecord(Base):
    """One member (adhérent) of the mutuelle."""

    __tablename__ = "members"
    __table_args__ = (
        CheckConstraint("birth_year BETWEEN 1900 AND 2100", name="ck_members_birth_year"),
    )

    member_id: Mapped[str] = mapped_column(String(20), primary_key=True)
    first_name: Mapped[str] = mapped_column(String(60))
    birth_year: Mapped[int] = mapped_column(Integer)
    contract_id: Mapped[str] = mapped_column(String(40))
    ald: Mapped[bool] = mapped_column(Boolean, default=False)
    c2s: Mapped[bool] = mapped_column(Boolean, default=False)
    medecin_traitant_declared: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
