"""The nudge log: every scheduler decision, with the envelope that was sent.

A send is written as ``pending`` before the platform is called, then updated to ``sent`` or
``failed``: a crash in between leaves ``pending``, which counts as sent (at most once is the
safe side for reminders). ``failed`` does not count, so the next run tries again.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from channels.nudges.enums import Channel, NudgeTopic, Outcome, Reason, Route
from channels.nudges.orm import NudgeLogRecord
from privacy.redaction import redact

COUNTED = (Outcome.SENT.value, Outcome.PENDING.value)


class NudgeDecision(BaseModel):
    """What the scheduler decided for one member and one catalogue item, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True, from_attributes=True)

    member_id: str
    nudge_id: str
    interval_group: str
    topic: NudgeTopic
    outcome: Outcome
    reason: Reason | None = None
    channel: Channel | None = None
    recipient_id: str | None = None
    route: Route | None = None
    detail: str = ""
    envelope: dict[str, Any] | None = None
    decided_at: dt.datetime
    run_id: str | None = None
    id: int | None = None


class SentNudge(NamedTuple):
    nudge_id: str
    group: str
    at: dt.datetime


class NudgeJournal:
    """Decision rows stored in the SQL database of ``engine``."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def history(self, member_ids: Sequence[str]) -> dict[str, list[SentNudge]]:
        """Nudges sent (or in flight) to these members, oldest first."""
        query = (
            select(NudgeLogRecord)
            .where(NudgeLogRecord.member_id.in_(list(member_ids)))
            .where(NudgeLogRecord.outcome.in_(COUNTED))
            .order_by(NudgeLogRecord.decided_at, NudgeLogRecord.id)
        )
        grouped: dict[str, list[SentNudge]] = defaultdict(list)
        with Session(self._engine) as session:
            for row in session.scalars(query):
                grouped[row.member_id].append(
                    SentNudge(row.nudge_id, row.interval_group, row.decided_at)
                )
        return dict(grouped)

    def write(self, run_id: str, decision: NudgeDecision) -> int:
        """Append ``decision``; returns its row id."""
        record = NudgeLogRecord(
            run_id=run_id,
            decided_at=decision.decided_at,
            member_id=decision.member_id,
            nudge_id=decision.nudge_id,
            interval_group=decision.interval_group,
            topic=decision.topic.value,
            outcome=decision.outcome.value,
            reason=decision.reason.value if decision.reason else None,
            channel=decision.channel.value if decision.channel else None,
            recipient_id=decision.recipient_id,
            route=decision.route.value if decision.route else None,
            detail=redact(decision.detail),
            envelope=decision.envelope,
        )
        with Session(self._engine) as session, session.begin():
            session.add(record)
            session.flush()
            return record.id

    def finish(self, row_id: int, outcome: Outcome, reason: Reason | None, detail: str) -> None:
        """Close a ``pending`` row once the platform has answered."""
        with Session(self._engine) as session, session.begin():
            record = session.get_one(NudgeLogRecord, row_id)
            record.outcome = outcome.value
            record.reason = reason.value if reason else None
            record.detail = redact(detail)

    def entries(
        self, *, member_id: str | None = None, run_id: str | None = None
    ) -> list[NudgeDecision]:
        """Logged decisions, oldest first, optionally for one member or one run."""
        query = select(NudgeLogRecord).order_by(NudgeLogRecord.id)
        if member_id is not None:
            query = query.where(NudgeLogRecord.member_id == member_id)
        if run_id is not None:
            query = query.where(NudgeLogRecord.run_id == run_id)
        with Session(self._engine) as session:
            return [NudgeDecision.model_validate(row) for row in session.scalars(query)]
