"""The response envelope every informative bot turn carries (see docs: ARCHITECTURE).

``{"kind": ..., "sources": [{"title", "url", "updated"}], "data": {...}}``, sent as Rasa's
``json_message`` — which the REST channel returns as ``custom`` — so channels can render it,
the copilot can show it and tests can assert on it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

EnvelopeKind = Literal[
    "answer",
    "care_search",
    "simulation",
    "contract_recommendation",
    "handoff",
    "emergency",
    "nudge",
    "consent",
    "fallback",
]


class SourceRef(BaseModel):
    """A cited source: its title, link and the date it gives (ISO 8601)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    url: str
    updated: str


class Envelope(BaseModel):
    """Machine-readable payload of one bot turn."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: EnvelopeKind
    sources: list[SourceRef] = Field(default_factory=list)
    data: dict[str, Any] = Field(default_factory=dict)

    def as_json_message(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
