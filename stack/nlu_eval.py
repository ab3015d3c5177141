"""``make eval-nlu``: intent and entity quality on a held-out split of the bot's own data.

Splits ``bot/data/nlu`` 80/20 with a fixed seed, trains an NLU-only model on the 80 %, runs
``rasa test nlu`` on the 20 %, and writes the reports (JSON, confusion-matrix PNG) to
``reports/nlu/`` plus a one-line summary with the intent macro-F1.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from stack.artefacts import engine_env
from stack.settings import REPO_ROOT, get_settings

SPLIT_DIR = REPO_ROOT / "build" / "nlu_split"
MODEL_DIR = REPO_ROOT / "build" / "nlu_eval_model"
REPORT_DIR = REPO_ROOT / "reports" / "nlu"


def main(argv: list[str] | None = None) -> int:
    """Split, train, test and summarise; ``--reuse-model`` skips the split and training."""
    args = sys.argv[1:] if argv is None else argv
    reuse = "--reuse-model" in args and (MODEL_DIR / "nlu-eval.tar.gz").is_file()
    settings = get_settings()
    rasa = str(settings.engine_venv / "bin" / "rasa")
    env = engine_env(settings)
    for folder in (REPORT_DIR,) if reuse else (SPLIT_DIR, MODEL_DIR, REPORT_DIR):
        shutil.rmtree(folder, ignore_errors=True)
    steps = [
        [
            rasa,
            "data",
            "split",
            "nlu",
            "--nlu",
            "bot/data/nlu",
            "--training-fraction",
            "0.8",
            "--random-seed",
            "42",
            "--out",
            str(SPLIT_DIR),
        ],
        [
            rasa,
            "train",
            "nlu",
            "--config",
            "config.yml",
            "--nlu",
            str(SPLIT_DIR / "training_data.yml"),
            "--out",
            str(MODEL_DIR),
            "--fixed-model-name",
            "nlu-eval",
        ],
        [
            rasa,
            "test",
            "nlu",
            "--model",
            str(MODEL_DIR / "nlu-eval.tar.gz"),
            "--nlu",
            str(SPLIT_DIR / "test_data.yml"),
            "--out",
            str(REPORT_DIR),
        ],
    ]
    for command in steps[2:] if reuse else steps:
        subprocess.run(command, cwd=REPO_ROOT, env=env, check=True)
    report = json.loads((REPORT_DIR / "intent_report.json").read_text(encoding="utf-8"))
    macro = report["macro avg"]
    lines = [
        "# NLU evaluation (held-out 20 % of bot/data/nlu, seed 42)",
        "",
        f"- intents: macro-F1 {macro['f1-score']:.3f}, "
        f"macro precision {macro['precision']:.3f}, macro recall {macro['recall']:.3f}, "
        f"accuracy {report.get('accuracy', float('nan')):.3f}",
    ]
    entity_report = REPORT_DIR / "DIETClassifier_report.json"
    if entity_report.is_file():
        entities = json.loads(entity_report.read_text(encoding="utf-8"))
        if "macro avg" in entities:
            lines.append(f"- entities (DIET): macro-F1 {entities['macro avg']['f1-score']:.3f}")
    lines.append("")
    lines.append("| intent | precision | recall | F1 | support |")
    lines.append("|---|---|---|---|---|")
    for name, values in sorted(report.items()):
        if isinstance(values, dict) and "support" in values and "avg" not in name:
            lines.append(
                f"| {name} | {values['precision']:.3f} | {values['recall']:.3f} | "
                f"{values['f1-score']:.3f} | {values['support']} |"
            )
    summary = "\n".join(lines)
    (REPO_ROOT / "reports" / "nlu_summary.md").write_text(summary + "\n", encoding="utf-8")
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
