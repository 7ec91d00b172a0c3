"""``admissions list [--year Y] [--status S] [--json]``: the applications; ``admissions plan --year Y``: the intake plan beside the demand."""

from __future__ import annotations

import argparse
from typing import TextIO

from ..errors import QT_TRANSLATE_NOOP
from . import EXIT_OK, Handler, open_database_from_args, year_argument

STATUSES = ("applied", "admitted", "declined", "enrolled")
APPLICATIONS = QT_TRANSLATE_NOOP("Errors", "Applications: {count}.")
PLAN_COLUMNS = (
    QT_TRANSLATE_NOOP("Errors", "Specialty"),
    QT_TRANSLATE_NOOP("Errors", "State order"),
    QT_TRANSLATE_NOOP("Errors", "Local order"),
    QT_TRANSLATE_NOOP("Errors", "Employer-funded"),
    QT_TRANSLATE_NOOP("Errors", "Paid"),
    QT_TRANSLATE_NOOP("Errors", "Seats"),
    QT_TRANSLATE_NOOP("Errors", "Applications"),
    QT_TRANSLATE_NOOP("Errors", "Admitted by order"),
    QT_TRANSLATE_NOOP("Errors", "Began studying"),
    QT_TRANSLATE_NOOP("Errors", "Employers' demand"),
    QT_TRANSLATE_NOOP("Errors", "Forecast of graduates"),
)
NO_PLAN_MARK = "—"


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:
    parser = commands.add_parser("admissions", help="applications to the college and the intake plan")
    actions = parser.add_subparsers(dest="admissions_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="applications, by applicant's name")
    listing.add_argument("--year", type=year_argument, metavar="YEAR", help="intake year")
    listing.add_argument("--status", choices=STATUSES, help="only applications with this status")
    listing.add_argument("--json", action="store_true", help="one JSON array instead of a table")
    plan = actions.add_parser("plan", help="the intake plan of a year beside the employers' demand and the forecast")
    plan.add_argument("--year", type=year_argument, required=True, metavar="YEAR", help="intake year")
    handlers: dict[str, Handler] = {"list": _list, "plan": _plan}

    def run_admissions(args: argparse.Namespace, out: TextIO) -> int:
        return handlers[args.admissions_command](args, out)

    return {"admissions": run_admissions}


def _language(args: argparse.Namespace) -> str:
    return getattr(args, "messages_lang", None) or "en"


def _list(args: argparse.Namespace, out: TextIO) -> int:
    import json

    from ..catalog import translate
    from ..dates import numeric_date
    from ..models import ApplicationStatus
    from ..services.admission_list import ApplicationFilter, application_page, count_applications
    from ..services.admissions import STATUS_WORDS
    from ..services.intake_plan import SEAT_KIND_WORDS

    language = _language(args)
    shown = "kk" if language == "kk" else "ru"
    flt = ApplicationFilter(year=args.year, status=ApplicationStatus(args.status) if args.status else None, language=shown)
    db = open_database_from_args(args)  # applicants by name and IIN: a login first
    try:
        with db.session() as session:
            rows = application_page(session, flt, limit=max(count_applications(session, flt), 1))
    finally:
        db.dispose()
    if args.json:
        records = [
            {
                "name": r.full_name,
                "iin": r.iin,
                "specialty": r.specialty(shown),
                "year": r.year,
                "seat_kind": r.seat_kind.value,
                "employer": r.employer(shown) or None,
                "status": r.status.value,
                "applied_on": r.applied_on.isoformat(),
                "order_number": r.order_number,
                "order_date": r.order_date.isoformat() if r.order_date else None,
            }
            for r in rows
        ]
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for r in rows:
        kind = translate(language, SEAT_KIND_WORDS[r.seat_kind])
        status = translate(language, STATUS_WORDS[r.status])
        order = f"№ {r.order_number} {numeric_date(r.order_date)}" if r.order_number else ""
        employer = f" ({r.employer(shown)})" if r.employer(shown) else ""
        out.write(
            f"{r.full_name}\t{r.iin}\t{r.specialty(shown)}\t{r.year}\t{kind}{employer}\t{status}\t{numeric_date(r.applied_on)}\t{order}\n"
        )
    out.write(translate(language, APPLICATIONS).format(count=len(rows)) + "\n")
    return EXIT_OK


def _plan(args: argparse.Namespace, out: TextIO) -> int:
    from datetime import date

    from ..catalog import translate
    from ..models import SeatKind
    from ..services.intake_plan import intake_plan

    language = _language(args)
    db = open_database_from_args(args)
    try:
        with db.session() as session:
            lines = intake_plan(session, args.year, "kk" if language == "kk" else "ru", date.today())
    finally:
        db.dispose()
    out.write("\t".join(translate(language, column) for column in PLAN_COLUMNS) + "\n")
    for line in lines:
        seats = [str(line.seats[kind]) if line.seats else NO_PLAN_MARK for kind in SeatKind]
        planned = NO_PLAN_MARK if line.planned is None else str(line.planned)
        expected = NO_PLAN_MARK if line.expected is None else str(line.expected)
        figures = [*seats, planned, str(line.applied), str(line.admitted), str(line.enrolled), str(line.requested), expected]
        out.write("\t".join([line.label, *figures]) + "\n")
    return EXIT_OK
