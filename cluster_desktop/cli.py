"""The headless commands: ``--version``, ``demo``, ``check``.

Errors go to stderr in plain English with a non-zero exit code; a traceback is
never what the user sees.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from . import __version__
from .errors import UserError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_UNHEALTHY = 3
COMMANDS = ("demo", "check")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cluster-desktop",
        description="Cluster Desktop: records of the Khromtau mining college's education–production cluster. "
        "Without a command the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"Cluster Desktop {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", type=Path, metavar="DIR", help="keep the SQLite database in DIR (also CLUSTER_DESKTOP_DATA_DIR)")
    where.add_argument("--db-url", metavar="URL", help="use this database, e.g. postgresql://user@server:5432/cluster")
    parser.add_argument("--demo", action="store_true", help="open the window on a separate demo database, creating it on first use")
    parser.add_argument("--lang", choices=("kk", "ru", "en"), help="interface language of the window")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="fill the database with demo data")
    demo.add_argument("--learners", type=int, default=420, help="how many learners (default 420)")
    check = commands.add_parser("check", help="print database health: integrity, schema revision, record counts")
    check.add_argument("--json", action="store_true", help="print JSON")
    return parser


def _open(args: argparse.Namespace, demo: bool = False):  # type: ignore[no-untyped-def]
    from .db import open_database

    return open_database(args.db_url, args.data_dir, demo=demo)


def run_demo(args: argparse.Namespace, out: TextIO) -> int:
    from .demo import fill_demo_data

    db = _open(args)
    try:
        with db.session() as session:
            counts = fill_demo_data(session, learners=args.learners)
    finally:
        db.dispose()
    out.write(f"Demo data added to {db.display_url}:\n")
    for name, count in counts.items():
        out.write(f"  {name}: {count}\n")
    return EXIT_OK


def run_check(args: argparse.Namespace, out: TextIO) -> int:
    from .services.health import database_health

    db = _open(args)
    try:
        health = database_health(db)
    finally:
        db.dispose()
    if args.json:
        out.write(json.dumps(health, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(f"Database:  {health['database']}\n")
        out.write(f"Integrity: {health['integrity']}\n")
        out.write(f"Schema:    {health['schema']}\n")
        for name, count in health["counts"].items():  # type: ignore[union-attr]
            out.write(f"  {name}: {count}\n")
    return EXIT_OK if health["integrity"] == "ok" else EXIT_UNHEALTHY


def run(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run the command named in ``args``; return the exit code."""
    handlers = {"demo": run_demo, "check": run_check}
    try:
        return handlers[args.command](args, out)
    except UserError as exc:
        err.write(f"cluster-desktop: {exc.message}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.write("cluster-desktop: interrupted; nothing was changed.\n")
        return EXIT_ERROR
