"""``report outcomes --year YEAR [--quarter Q] --lang kk|ru --out FILE.pdf|FILE.xlsx``: the outcome report;
``report destinations --year YEAR --lang kk|ru --out FILE.pdf|FILE.xlsx [--on DATE]``: where that year's graduates went;
``report cohorts --from COHORT --lang kk|ru --out FILE.pdf|FILE.xlsx [--on DATE]``: one cohort followed through;
``report person IIN --lang kk|ru --out FILE.pdf``: everything the college holds about one person (a subject access report).
"""

from __future__ import annotations

import argparse
from typing import TextIO

from ..dates import DATE_FORMS, date_argument
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
    destinations = reports.add_parser(
        "destinations", help="each graduate of a year at 6 and 12 months after graduation, with the evidence, as PDF or XLSX"
    )
    destinations.add_argument("--year", type=year_argument, required=True, metavar="YEAR", help="year of graduation")
    destinations.add_argument("--lang", choices=OFFICIAL_LANGUAGES, required=True, help="language of the report")
    destinations.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf or FILE.xlsx")
    destinations.add_argument(
        "--on",
        type=date_argument,
        metavar="DATE",
        help=f"as known on DATE ({DATE_FORMS}; default: today): later census dates are not yet due",
    )
    cohorts = reports.add_parser("cohorts", help="one cohort followed through the cluster (the same people, step by step) as PDF or XLSX")
    cohorts.add_argument(
        "--from",
        dest="cohort",
        required=True,
        metavar="COHORT",
        help="school:ID,grade:10,year:2024 | preschool:2023 | college:2023,specialty:07240100 (year: the academic year it begins)",
    )
    cohorts.add_argument("--lang", choices=OFFICIAL_LANGUAGES, required=True, help="language of the report")
    cohorts.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf or FILE.xlsx")
    cohorts.add_argument("--on", type=date_argument, metavar="DATE", help=f"as known on DATE ({DATE_FORMS}; default: today)")
    person = reports.add_parser("person", help="everything the college holds about one person, for that person (personal-data law), as PDF")
    person.add_argument("iin", metavar="IIN", help="the person's IIN (12 digits)")
    person.add_argument("--lang", choices=OFFICIAL_LANGUAGES, required=True, help="language of the report: the person's")
    person.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf")
    return {"report": run_report}


def run_report(args: argparse.Namespace, out: TextIO) -> int:
    from datetime import date
    from pathlib import Path

    from ..services.destination_report import write_destination_report
    from ..services.outcome_report import write_outcome_report

    db = open_database_from_args(args)  # the report lists graduates by name: an export of personal data
    try:
        with db.session() as session:
            if args.report_command == "person":
                from ..services.access_report import write_access_report

                path = write_access_report(session, Path(args.out), args.iin, args.lang, date.today())
            elif args.report_command == "cohorts":
                from ..services.cohort_report import write_cohort_report
                from ..services.cohorts import parse_definition

                definition = parse_definition(session, args.cohort)
                path = write_cohort_report(session, Path(args.out), definition, args.lang, args.on or date.today())
            elif args.report_command == "destinations":
                path = write_destination_report(session, Path(args.out), args.year, args.lang, args.on or date.today())
            else:
                path = write_outcome_report(session, Path(args.out), args.year, args.quarter, args.lang)
        out.write(f"{path}\n")
    finally:
        db.dispose()
    return EXIT_OK
