"""Idempotency for retried deliveries: each (channel, message id) is processed once.

WhatsApp and Telegram retry a delivery they think failed. :meth:`DedupStore.claim` inserts the
pair into ``gateway_processed_messages``; the primary key makes the insert atomic across
gateway replicas sharing the database, and an ``IntegrityError`` means "already processed".
Rows older than the retention are pruned. Same database URL convention as :mod:`members`.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import DateTime, Engine, String, create_engine, delete, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from channels.logs import log_failure
from members.database import database_url

logger = logging.getLogger(__name__)


class Base(DeclarativeBase):
    pass


class ProcessedMessage(Base):
    """A delivery already handled by the gateway."""

    __tablename__ = "gateway_processed_messages"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    message_id: Mapped[str] = mapped_column(String(256), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


def _sqlite_folder(url: URL) -> Path | None:
    database = url.database
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    if database.startswith("file:"):
        return None
    return Path(database).parent


def make_dedup_engine(url: str | None = None) -> Engine:
    """An engine for the URL convention (argument → ``MUTUELLE_DB_URL`` → SQLite default)."""
    resolved = database_url(url)
    folder = _sqlite_folder(resolved)
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    return create_engine(resolved, pool_pre_ping=True)


class DedupStore:
    """Remembers processed deliveries in SQL; methods are async (work runs in a thread)."""

    def __init__(
        self,
        engine: Engine,
        *,
        retention: timedelta = timedelta(days=7),
        prune_every: int = 500,
    ) -> None:
        self.engine = engine
        self.retention = retention
        self._prune_every = prune_every
        self._claims = 0
        Base.metadata.create_all(engine)

    @classmethod
    def from_url(
        cls, url: str | None = None, *, retention: timedelta = timedelta(days=7)
    ) -> DedupStore:
        return cls(make_dedup_engine(url), retention=retention)

    def claim_sync(self, channel: str, message_id: str, *, now: datetime | None = None) -> bool:
        """Record the delivery; ``False`` if it was already recorded (a duplicate)."""
        row = ProcessedMessage(
            channel=channel, message_id=message_id, received_at=now or datetime.now(UTC)
        )
        with Session(self.engine) as session:
            session.add(row)
            try:
                session.commit()
            except IntegrityError:
                session.rollback()
                return False
        return True

    def prune_sync(self, *, now: datetime | None = None) -> int:
        """Delete rows older than the retention; returns how many were deleted."""
        cutoff = (now or datetime.now(UTC)) - self.retention
        with Session(self.engine) as session:
            result = session.execute(
                delete(ProcessedMessage).where(ProcessedMessage.received_at < cutoff)
            )
            session.commit()
        return int(getattr(result, "rowcount", 0) or 0)

    def ping_sync(self) -> bool:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except SQLAlchemyError:
            return False
        return True

    async def claim(self, channel: str, message_id: str) -> bool:
        """Async :meth:`claim_sync`; prunes old rows every ``prune_every`` claims.

        When the database fails, the delivery is processed (``True``): answering twice is
        better than leaving a member without an answer.
        """
        try:
            fresh = await asyncio.to_thread(self.claim_sync, channel, message_id)
        except SQLAlchemyError as exc:
            log_failure(logger, "recording a processed delivery failed", exc)
            return True
        self._claims += 1
        if self._claims % self._prune_every == 0:
            await self.prune()
        return fresh

    async def prune(self) -> int:
        try:
            deleted = await asyncio.to_thread(self.prune_sync)
        except SQLAlchemyError as exc:
            log_failure(logger, "pruning processed deliveries failed", exc)
            return 0
        if deleted:
            logger.info("pruned %d processed deliveries", deleted)
        return deleted

    async def ping(self) -> bool:
        return await asyncio.to_thread(self.ping_sync)

    def close(self) -> None:
        self.engine.dispose()
