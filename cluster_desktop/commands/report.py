"""``report outcomes --year YEAR [--quarter Q] --lang kk|ru --out FILE.pdf|FILE.xlsx``: the outcome report."""

from __future__ import annotations

import argparse
from typing import TextIO

from ..languages import OFFICIAL_LANGUAGES
from . import EXIT_OK, Handler, open_database_from_args, year_argument


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:
    parser = commands.add_parser("report", help="write reports for the education department")
    reports = parser.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    outcomes = reports.add_parser("outcomes", help="the cluster's outcome report (KPIs and their tables) as PDF or XLSX")
    outcomes.add_argument("--year", type=year_argument, required=True, metavar="YEAR")
    outcomes.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), metavar="Q", help="1–4 (default: the whole year)")
    outcomes.add_argument("--lang", choices=OFFICIAL_LANGUAGES, required=True, help="language of the report")
    outcomes.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf or FILE.xlsx")
    return {"report": run_report}


def run_report(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from ..services.outcome_report import write_outcome_report

    db = open_database_from_args(args)  # the report lists graduates by name: an export of personal data
    try:
        with db.session() as session:
            path = write_outcome_report(session, Path(args.out), args.year, args.quarter, args.lang)
        out.write(f"{path}\n")
    finally:
        db.dispose()
    return EXIT_OK
