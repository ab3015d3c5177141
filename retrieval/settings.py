"""Retrieval settings, from ``RETRIEVAL_*`` environment variables (pydantic-settings)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class RetrievalSettings(BaseSettings):
    """Where the index lives, which embeddings to use, and the answer threshold."""

    model_config = SettingsConfigDict(env_prefix="RETRIEVAL_", extra="ignore")

    corpus_dir: Path = REPO_ROOT / "knowledge_base" / "docs"
    index_dir: Path = REPO_ROOT / "build" / "index"
    signing_key_file: Path = REPO_ROOT / "data" / "index-signing.key"
    unanswered_log: Path = REPO_ROOT / "data" / "unanswered.jsonl"
    embedding_backend: Literal["lsa", "huggingface", "ollama", "openai"] = "lsa"
    embedding_model: str = ""
    embedding_base_url: str | None = None
    #: below this confidence the assistant says it does not know (tuned by ``make eval``)
    min_confidence: float = 0.35
    top_k: int = 5
    #: optional LLM rephrasing of grounded answers; off by default
    llm_rephrase: bool = False
    llm_backend: Literal["ollama", "openai"] = "ollama"
    llm_model: str = ""
    llm_base_url: str | None = None


@functools.cache
def get_settings() -> RetrievalSettings:
    return RetrievalSettings()
