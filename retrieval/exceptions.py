"""Errors raised by the retrieval package.

RetrievalError
 ├── KnowledgeBaseError      a document or corpus file is invalid (names the file)
 ├── IndexIntegrityError     an index folder is missing files or fails its signed manifest
 └── EmbeddingBackendError   a configured embedding back end cannot be used
"""

from __future__ import annotations


class RetrievalError(Exception):
    """Base class of every error of the retrieval package."""


class KnowledgeBaseError(RetrievalError):
    """A knowledge-base document or corpus line is invalid."""


class IndexIntegrityError(RetrievalError):
    """An index folder cannot be trusted: missing file, wrong checksum or signature."""


class EmbeddingBackendError(RetrievalError):
    """The configured embedding back end is unknown or not installed."""
