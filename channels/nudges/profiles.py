"""Optional member profile data the member store does not hold: sex, for sex-specific screenings.

Only the member (or an adviser at their request) provides it; without it, sex-specific items
(breast and cervical screening) are simply not sent.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from channels.nudges.enums import Sex
from channels.nudges.orm import MemberProfileRecord


class MemberProfiles:
    """Profile rows in the SQL database of ``engine``."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def set_sex(
        self, member_id: str, sex: Sex | None, *, source: str, at: datetime | None = None
    ) -> None:
        """Store (or, with ``None``, forget) the sex the member stated; ``source`` says who."""
        with Session(self._engine) as session, session.begin():
            record = session.get(MemberProfileRecord, member_id)
            if sex is None:
                if record is not None:
                    session.delete(record)
                return
            when = at or datetime.now(UTC)
            if record is None:
                session.add(
                    MemberProfileRecord(
                        member_id=member_id, sex=Sex(sex).value, source=source, updated_at=when
                    )
                )
            else:
                record.sex, record.source, record.updated_at = Sex(sex).value, source, when

    def sex_of(self, member_id: str) -> Sex | None:
        with Session(self._engine) as session:
            record = session.get(MemberProfileRecord, member_id)
            return Sex(record.sex) if record is not None else None

    def all_sexes(self) -> dict[str, Sex]:
        with Session(self._engine) as session:
            rows = session.execute(select(MemberProfileRecord.member_id, MemberProfileRecord.sex))
            return {member_id: Sex(sex) for member_id, sex in rows}
