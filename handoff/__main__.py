"""Adviser accounts from the command line. Passwords are never read from the arguments.

``python -m handoff create-adviser LOGIN --name NAME [--role supervisor] [--db URL]``
    reads the password from ``HANDOFF_ADVISER_PASSWORD`` if set, else from standard input
    (prompted twice on a terminal, first line otherwise).
``python -m handoff seed-demo [--db URL]``
    creates the demo adviser ``conseiller.demo`` only when ``HANDOFF_DEMO_ADVISER_PASSWORD``
    is set; there is no default password.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Mapping, Sequence
from typing import TextIO

from handoff.advisers import AdviserDirectory
from handoff.demo import DEMO_LOGIN, ENV_DEMO_PASSWORD, seed_demo_adviser
from handoff.exceptions import AdviserError
from handoff.models import AdviserRole

ENV_PASSWORD = "HANDOFF_ADVISER_PASSWORD"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m handoff", description="Comptes des conseillers (console de transfert)."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    create = commands.add_parser("create-adviser", help="créer un compte conseiller")
    create.add_argument("login")
    create.add_argument("--name", required=True, help="nom affiché dans la console")
    create.add_argument("--role", choices=[r.value for r in AdviserRole], default="adviser")
    create.add_argument("--db", help="URL SQLAlchemy (défaut : MUTUELLE_DB_URL, puis SQLite)")
    seed = commands.add_parser("seed-demo", help=f"créer {DEMO_LOGIN} si {ENV_DEMO_PASSWORD}")
    seed.add_argument("--db", help="URL SQLAlchemy (défaut : MUTUELLE_DB_URL, puis SQLite)")
    return parser


def _read_password(env: Mapping[str, str], stdin: TextIO) -> str:
    if env.get(ENV_PASSWORD):
        return env[ENV_PASSWORD]
    if stdin.isatty():
        first = getpass.getpass("Mot de passe : ")
        if getpass.getpass("Confirmation : ") != first:
            raise ValueError("Les deux saisies diffèrent.")
        return first
    return stdin.readline().rstrip("\r\n")


def main(
    argv: Sequence[str] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    env = os.environ if environ is None else environ
    inp, out, err = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    args = _parser().parse_args(argv)
    directory = AdviserDirectory.from_url(args.db)
    try:
        if args.command == "create-adviser":
            password = _read_password(env, inp)
            adviser = directory.create_adviser(
                args.login, args.name, password, role=AdviserRole(args.role), actor="cli"
            )
            print(f"Conseiller « {adviser.login} » créé ({adviser.role.value}).", file=out)
            return 0
        print(seed_demo_adviser(args.db, environ=env), file=out)
        return 0
    except (AdviserError, ValueError) as exc:
        print(f"Erreur : {exc}", file=err)
        return 1
    finally:
        directory.engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
