"""``demo`` and ``check``: fill a database with demo data, report its health."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from . import EXIT_OK, EXIT_UNHEALTHY, Handler, open_database_from_args


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:
    demo = commands.add_parser("demo", help="fill the database with demo data")
    demo.add_argument("--learners", type=int, default=420, help="how many learners (default 420)")
    check = commands.add_parser("check", help="print database health: integrity, audit log chain, schema revision, record counts")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.add_argument(
        "--reset-anchor",
        action="store_true",
        help="accept the audit log as it stands now as the one this PC saw (after a restore made on another PC of a shared database)",
    )
    return {"demo": run_demo, "check": run_check}


def run_demo(args: argparse.Namespace, out: TextIO) -> int:
    from ..demo import fill_demo_data

    db = open_database_from_args(args)
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
    from ..services.health import database_health

    db = open_database_from_args(args, acting=False)
    try:
        health = database_health(db, reset_anchor=args.reset_anchor)
    finally:
        db.dispose()
    if args.json:
        out.write(json.dumps(health, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(f"Database:  {health['database']}\n")
        out.write(f"Integrity: {health['integrity']}\n")
        audit_log = health["audit_log"] if health["audit_log"] == "ok" else f"{health['audit_verdict']}: {health['audit_log']}"
        if health["audit_checked_elsewhere"]:
            audit_log += f" ({health['audit_checked_elsewhere']} entries sealed by other PCs: their place in the chain checked here)"
        out.write(f"Audit log: {audit_log}\n")
        out.write(f"Schema:    {health['schema']}\n")
        for name, count in health["counts"].items():
            out.write(f"  {name}: {count}\n")
    return EXIT_OK if health["integrity"] == "ok" and health["audit_log"] == "ok" else EXIT_UNHEALTHY
