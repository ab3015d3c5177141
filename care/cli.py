"""``python -m care``: import, ensure-samples, search, generate, write-samples, bench.

Exit codes: 0 success, 1 unusable input or interrupted import, 2 empty directory.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from care.exceptions import CareDataError, DirectoryNotLoadedError, ImportInterruptedError


def _cmd_import(args: argparse.Namespace) -> int:
    from care.importer import import_directory

    try:
        report = import_directory(
            args.db,
            activite=Path(args.activite),
            savoir_faire=Path(args.savoir_faire) if args.savoir_faire else None,
            communes=Path(args.communes),
            enrichment=Path(args.enrichment) if args.enrichment else None,
            progress=not args.no_progress,
            max_reported=args.max_reported,
        )
    except ImportInterruptedError as exc:
        print(exc.report.to_text(), file=sys.stderr)
        if args.report:
            exc.report.write(Path(args.report))
        print(f"erreur : {exc}", file=sys.stderr)
        return 1
    print(report.to_text())
    if args.report:
        report.write(Path(args.report))
    return 0


def _cmd_ensure(args: argparse.Namespace) -> int:
    from care.ensure import SAMPLES_DIR, ensure_samples

    result = ensure_samples(
        args.db,
        folder=Path(args.folder) if args.folder else SAMPLES_DIR,
        force=args.force,
        progress=False,
    )
    print(result.to_text())
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    from care.render import format_results_fr
    from care.service import CareDirectory

    directory = CareDirectory.open(args.db)
    origin = directory.home_place(args.home) if args.home else None
    response = directory.ask(
        " ".join(args.text), origin=origin, contract_id=args.contract, limit=args.limit
    )
    if args.json:
        print(json.dumps(response.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        print(format_results_fr(response))
    return 0


def _cmd_generate(args: argparse.Namespace) -> int:
    from care.rpps import ACTIVITE_COLUMNS, ACTIVITE_COLUMNS_52
    from care.samples import generate

    columns = ACTIVITE_COLUMNS_52 if args.columns == 52 else ACTIVITE_COLUMNS
    files = generate(args.rows, Path(args.out), seed=args.seed, columns=columns)
    for path in files.all():
        print(f"{path} ({path.stat().st_size / 1e6:.1f} Mo)")
    return 0


def _cmd_write_samples(args: argparse.Namespace) -> int:
    from care.ensure import SAMPLES_DIR
    from care.samples import write_samples

    files = write_samples(Path(args.out) if args.out else SAMPLES_DIR)
    for path in files.all():
        print(f"{path} ({path.stat().st_size / 1024:.0f} Ko)")
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    from care.bench import run_bench

    print(run_bench(args.rows, args.queries).to_text())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m care", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    db_help = "URL SQLAlchemy (défaut : MUTUELLE_DB_URL, puis sqlite:///data/mutuelle.db)"

    imp = sub.add_parser("import", help="importer un extrait RPPS (PS_LibreAcces)")
    imp.add_argument("--activite", required=True, help="PS_LibreAcces_Personne_activite*.txt")
    imp.add_argument("--savoir-faire", dest="savoir_faire", help="PS_LibreAcces_SavoirFaire*.txt")
    imp.add_argument("--communes", required=True, help="fichier des communes avec coordonnées")
    imp.add_argument("--enrichment", help="fichier d'enrichissement (secteur, OPTAM, tarif…)")
    imp.add_argument("--db", help=db_help)
    imp.add_argument("--report", help="écrire le rapport (.json ou texte)")
    imp.add_argument("--max-reported", type=int, default=50, help="lignes rejetées détaillées")
    imp.add_argument("--no-progress", action="store_true", help="sans barre de progression")
    imp.set_defaults(func=_cmd_import)

    ens = sub.add_parser("ensure-samples", help="charger l'annuaire d'exemple si nécessaire")
    ens.add_argument("--db", help=db_help)
    ens.add_argument("--folder", help="dossier des fichiers d'exemple")
    ens.add_argument("--force", action="store_true", help="réimporter même si à jour")
    ens.set_defaults(func=_cmd_ensure)

    sea = sub.add_parser("search", help="chercher un professionnel (phrase libre)")
    sea.add_argument("text", nargs="+", help='par ex. "un dermato à Nantes"')
    sea.add_argument("--contract", help="identifiant de contrat (reste à charge estimé)")
    sea.add_argument("--home", help="code postal du domicile (pour « près de chez moi »)")
    sea.add_argument("--limit", type=int, default=5)
    sea.add_argument("--json", action="store_true", help="réponse JSON complète")
    sea.add_argument("--db", help=db_help)
    sea.set_defaults(func=_cmd_search)

    gen = sub.add_parser("generate", help="générer de gros fichiers synthétiques (tests, bench)")
    gen.add_argument("--rows", type=int, required=True)
    gen.add_argument("--out", required=True)
    gen.add_argument("--seed", type=int, default=7)
    gen.add_argument("--columns", type=int, choices=(52, 56), default=56)
    gen.set_defaults(func=_cmd_generate)

    wri = sub.add_parser("write-samples", help="réécrire les fichiers d'exemple (graine fixe)")
    wri.add_argument("--out", help="dossier (défaut : knowledge_base/directory)")
    wri.set_defaults(func=_cmd_write_samples)

    ben = sub.add_parser("bench", help="débit d'import, latence de recherche, mémoire")
    ben.add_argument("--rows", type=int, default=100_000)
    ben.add_argument("--queries", type=int, default=500)
    ben.set_defaults(func=_cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except DirectoryNotLoadedError as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return 2
    except CareDataError as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return 1
    return code
