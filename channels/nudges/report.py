"""Human-readable (table) and machine-readable (JSON) views of a run."""

from __future__ import annotations

import json

from channels.nudges.enums import Outcome, Reason
from channels.nudges.scheduler import RunReport
from channels.nudges.timing import local_time

OUTCOME_LABELS = {
    Outcome.WOULD_SEND: "envoi prévu",
    Outcome.SENT: "envoyé",
    Outcome.SKIPPED: "ignoré",
    Outcome.DEFERRED: "reporté",
    Outcome.FAILED: "échec",
    Outcome.PENDING: "en cours",
}
REASON_LABELS = {
    Reason.NO_CONSENT: "sans consentement",
    Reason.NOT_ELIGIBLE: "non concerné",
    Reason.INTERVAL: "intervalle",
    Reason.FREQUENCY_CAP: "plafond",
    Reason.QUIET_HOURS: "heures calmes",
    Reason.SEND_FAILURE: "échec d'envoi",
}
_HEADERS = ("Adhérent", "Rappel", "Décision", "Raison", "Canal", "Voie", "Détail")


def render_table(report: RunReport) -> str:
    """A plain-text table of every decision, then a one-line summary."""
    rows = [
        (
            d.member_id,
            d.nudge_id,
            OUTCOME_LABELS[d.outcome],
            REASON_LABELS[d.reason] if d.reason else "",
            d.channel.value if d.channel else "",
            d.route.value if d.route else "",
            d.detail,
        )
        for d in report.decisions
    ]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(_HEADERS)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [_HEADERS, tuple("-" * w for w in widths), *rows]
    ]
    return "\n".join([*lines, summary(report)])


def summary(report: RunReport) -> str:
    kind = "Simulation (rien n'est envoyé ni enregistré)" if report.dry_run else "Exécution"
    counts = ", ".join(
        f"{OUTCOME_LABELS[Outcome(outcome)]} : {n}" for outcome, n in report.counts().items()
    )
    when = local_time(report.now).strftime("%d/%m/%Y %H:%M %Z")
    return f"{kind} du {when} — {counts or 'aucun adhérent avec consentement'}"


def render_json(report: RunReport) -> str:
    return json.dumps(report.as_dict(), ensure_ascii=False, indent=2)
