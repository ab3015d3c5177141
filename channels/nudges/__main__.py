"""``python -m channels.nudges``: run the scheduler (cron-friendly), check the catalogue, print a
proof of consent.

Exit codes: 0 done; 1 some sends failed (they are retried at the next run); 2 bad command line;
3 configuration, catalogue or database error.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from channels.nudges.catalogue import Catalogue, load_catalogue
from channels.nudges.consent import ConsentLedger
from channels.nudges.database import make_nudge_engine, make_readonly_engine
from channels.nudges.exceptions import NudgeConfigError, NudgeError
from channels.nudges.report import render_json, render_table
from channels.nudges.scheduler import NudgeScheduler, RunReport
from channels.nudges.senders import (
    ConversationRelay,
    TemplateSender,
    TriggerIntentClient,
    load_factory,
)
from channels.nudges.settings import NudgeSettings

EXIT_OK, EXIT_SEND_FAILURES, EXIT_USAGE, EXIT_CONFIG = 0, 1, 2, 3


def _moment(value: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date ISO 8601 invalide : {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m channels.nudges", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="send the due nudges (or simulate with --dry-run)")
    run.add_argument("--dry-run", action="store_true", help="send nothing, write nothing")
    run.add_argument(
        "--now", type=_moment, help="evaluate at this ISO 8601 time (no offset means UTC)"
    )
    run.add_argument("--db", help="database URL (default: MUTUELLE_DB_URL, then SQLite)")
    run.add_argument("--catalogue", type=Path, help="catalogue YAML (default: the repository's)")
    run.add_argument("--json", action="store_true", help="machine-readable output")
    check = commands.add_parser("check-catalogue", help="validate the catalogue file")
    check.add_argument("--catalogue", type=Path)
    proof = commands.add_parser("proof", help="print a member's consent records as JSON")
    proof.add_argument("member_id")
    proof.add_argument("--db")
    return parser


def _template_sender(spec: str | None) -> TemplateSender | None:
    instance = load_factory(spec) if spec else None
    if instance is not None and not isinstance(instance, TemplateSender):
        raise NudgeConfigError(f"{spec!r} does not build an object with send_template()")
    return instance


def _relay(spec: str | None) -> ConversationRelay | None:
    instance = load_factory(spec) if spec else None
    if instance is not None and not isinstance(instance, ConversationRelay):
        raise NudgeConfigError(f"{spec!r} does not build an object with deliver()")
    return instance


async def _run(
    args: argparse.Namespace, settings: NudgeSettings, catalogue: Catalogue
) -> RunReport:
    if args.dry_run:
        engine = make_readonly_engine(args.db)
        try:
            return await NudgeScheduler(engine, catalogue, settings).run(now=args.now, dry_run=True)
        finally:
            engine.dispose()
    engine = make_nudge_engine(args.db)
    token = settings.rasa_auth_token.get_secret_value() if settings.rasa_auth_token else None
    trigger = TriggerIntentClient(settings.engine_url, token, timeout=settings.http_timeout_seconds)
    template_sender = _template_sender(settings.template_sender_factory)
    relay = _relay(settings.relay_factory)
    try:
        scheduler = NudgeScheduler(
            engine,
            catalogue,
            settings,
            trigger=trigger,
            template_sender=template_sender,
            relay=relay,
        )
        return await scheduler.run(now=args.now)
    finally:
        await trigger.aclose()
        for closable in (template_sender, relay):
            aclose = getattr(closable, "aclose", None)
            if aclose is not None:
                await aclose()
        engine.dispose()


def _cmd_run(args: argparse.Namespace) -> int:
    settings = NudgeSettings()
    catalogue = load_catalogue(args.catalogue or settings.catalogue_path)
    report = asyncio.run(_run(args, settings, catalogue))
    print(render_json(report) if args.json else render_table(report))
    return EXIT_SEND_FAILURES if report.failures else EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    catalogue = load_catalogue(args.catalogue or NudgeSettings().catalogue_path)
    print(f"catalogue OK : {len(catalogue.items)} rappel(s), version {catalogue.version}")
    return EXIT_OK


def _cmd_proof(args: argparse.Namespace) -> int:
    engine = make_readonly_engine(args.db)
    try:
        events = ConsentLedger(engine).proof(args.member_id)
    finally:
        engine.dispose()
    print(json.dumps([e.model_dump(mode="json") for e in events], ensure_ascii=False, indent=2))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"run": _cmd_run, "check-catalogue": _cmd_check, "proof": _cmd_proof}
    try:
        return handlers[args.command](args)
    except (NudgeError, SQLAlchemyError) as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return EXIT_CONFIG


if __name__ == "__main__":
    sys.exit(main())
