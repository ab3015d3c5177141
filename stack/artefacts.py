"""Build the knowledge-base index and train the engine model, only when needed."""

from __future__ import annotations

import os
import subprocess
import sys

from retrieval import build_index
from retrieval.settings import get_settings as retrieval_settings
from stack.fingerprint import fingerprint, is_current, write_stamp
from stack.settings import REPO_ROOT, StackSettings

MODEL_INPUTS = ("config.yml", "bot/domain", "bot/data", "bot/components")
INDEX_INPUTS = ("knowledge_base/docs", "retrieval")


def ensure_index(force: bool = False) -> bool:
    """Build the knowledge-base index if missing or stale; True when it was (re)built."""
    settings = retrieval_settings()
    out = settings.index_dir
    stamp = out.parent / f"{out.name}.fingerprint"
    value = fingerprint([REPO_ROOT / p for p in INDEX_INPUTS] + [settings.corpus_dir], REPO_ROOT)
    if not force and is_current(stamp, value, out / "manifest.json"):
        print(f"index up to date: {out}")
        return False
    build_index(settings.corpus_dir, out, progress=sys.stderr.isatty())
    write_stamp(stamp, value)
    print(f"index built: {out}")
    return True


def engine_env(settings: StackSettings) -> dict[str, str]:
    """Environment of every engine command: our components and safety code importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO_ROOT) + (
        os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""
    )
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    env.setdefault("RASA_TELEMETRY_ENABLED", "false")
    env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    return env


def ensure_model(settings: StackSettings, force: bool = False) -> bool:
    """Train the engine model if missing or if config, domain or data changed."""
    value = fingerprint([REPO_ROOT / p for p in MODEL_INPUTS], REPO_ROOT)
    stamp = settings.models_dir / f"{settings.model_name}.fingerprint"
    if not force and is_current(stamp, value, settings.model_path):
        print(f"model up to date: {settings.model_path}")
        return False
    command = [
        str(settings.engine_venv / "bin" / "rasa"),
        "train",
        "--config",
        "config.yml",
        "--domain",
        "bot/domain",
        "--data",
        "bot/data",
        "--out",
        str(settings.models_dir),
        "--fixed-model-name",
        settings.model_name,
        "--force",
    ]
    subprocess.run(command, cwd=REPO_ROOT, env=engine_env(settings), check=True)
    write_stamp(stamp, value)
    return True
