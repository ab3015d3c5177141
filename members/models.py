"""Pydantic view of a member, returned by the repository."""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Member(BaseModel):
    """A member as the assistant sees it (fictitious demo data only)."""

    model_config = ConfigDict(extra="forbid", frozen=True, from_attributes=True)

    member_id: str = Field(min_length=1, max_length=20)
    first_name: str = Field(min_length=1, max_length=60)
    birth_year: int = Field(ge=1900, le=2100)
    contract_id: str = Field(min_length=1, max_length=40)
    ald: bool = False
    c2s: bool = False
    medecin_traitant_declared: bool = False
    created_at: datetime

    @field_validator("created_at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        """SQLite returns naive datetimes: they were stored in UTC."""
        return value if value.tzinfo else value.replace(tzinfo=UTC)

    def age_in(self, year: int) -> int:
        """Age reached during ``year`` (only the birth year is stored)."""
        return max(0, year - self.birth_year)
