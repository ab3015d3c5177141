"""Personal-data helpers: health data is special-category data, so redact before storing."""

from privacy.redaction import redact

__all__ = ["redact"]
