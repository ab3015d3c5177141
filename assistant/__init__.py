"""Types shared by the action server, the channels and the copilot."""

from assistant.envelope import Envelope, EnvelopeKind, SourceRef

__all__ = ["Envelope", "EnvelopeKind", "SourceRef"]
