"""``incidents list|add|notified``: the personal-data incident log from the command line.

``incidents list`` ends with the same reminder the window shows while an
incident's notification is not recorded.  Only who keeps the log (``MANAGE_INCIDENTS``:
administrators, and the roles the college chose) may use these commands.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from ..dates import DATE_FORMS, date_argument
from ..errors import QT_TRANSLATE_NOOP
from . import EXIT_OK, Handler, open_database_from_args

if TYPE_CHECKING:
    from ..services.incidents import IncidentRow

RECORDED = QT_TRANSLATE_NOOP("Errors", "Incident No. {id} recorded. Record its notification with: incidents notified {id} --to … --on …")
NOTIFIED = QT_TRANSLATE_NOOP("Errors", "Incident No. {id}: notification recorded ({to}, {on}).")
NO_INCIDENTS = QT_TRANSLATE_NOOP("Errors", "No incidents recorded.")
WAITING = QT_TRANSLATE_NOOP("Errors", "Not yet notified: {count}; the oldest was found {days} days ago ({on}).")
NOT_NOTIFIED = QT_TRANSLATE_NOOP("Errors", "not notified")


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:
    parser = commands.add_parser("incidents", help="the personal-data incident log: list, add, record a notification")
    actions = parser.add_subparsers(dest="incidents_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the incidents, newest first, and how many wait for their notification")
    listing.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    add = actions.add_parser("add", help="record an incident")
    add.add_argument("--found-on", type=date_argument, required=True, metavar="DATE", help=f"the day it was found, {DATE_FORMS}")
    add.add_argument("--description", required=True, metavar="TEXT", help="what happened")
    add.add_argument("--records", type=int, required=True, metavar="N", help="how many records were affected (0–10 000 000)")
    add.add_argument("--which", metavar="TEXT", help="which records, in words")
    add.add_argument("--measures", metavar="TEXT", help="what was done about it")
    notified = actions.add_parser("notified", help="record who was notified of an incident, and when")
    notified.add_argument("id", type=int, metavar="ID", help="the incident's number (see incidents list)")
    notified.add_argument("--to", required=True, metavar="WHOM", help="who was notified: the authorised body, the subjects…")
    notified.add_argument("--on", type=date_argument, required=True, metavar="DATE", help=f"the day of the notification, {DATE_FORMS}")
    handlers: dict[str, Handler] = {"list": _list, "add": _add, "notified": _notified}

    def run_incidents(args: argparse.Namespace, out: TextIO) -> int:
        return handlers[args.incidents_command](args, out)

    return {"incidents": run_incidents}


def _language(args: argparse.Namespace) -> str:
    return getattr(args, "messages_lang", None) or "en"


def _json(row: IncidentRow) -> dict[str, object]:
    return {
        "id": row.id,
        "found_on": row.found_on.isoformat(),
        "description": row.description,
        "records_affected": row.records_affected,
        "which_records": row.affected_description,
        "measures": row.measures,
        "notified_to": row.notified_to,
        "notified_on": row.notified_on.isoformat() if row.notified_on else None,
    }


def _list(args: argparse.Namespace, out: TextIO) -> int:
    import json
    from datetime import date

    from ..catalog import translate
    from ..dates import numeric_date
    from ..services.incidents import list_incidents, unnotified_incidents

    language = _language(args)
    today = date.today()
    db = open_database_from_args(args)
    try:
        with db.session() as session:
            rows = list_incidents(session)
            waiting = unnotified_incidents(session, today)
    finally:
        db.dispose()
    if args.json:
        json.dump({"incidents": [_json(r) for r in rows], "not_notified": waiting.count}, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    if not rows:
        out.write(translate(language, NO_INCIDENTS) + "\n")
    for r in rows:
        notified = f"{r.notified_to} {numeric_date(r.notified_on)}" if r.notified_on else translate(language, NOT_NOTIFIED)
        out.write(f"{r.id}\t{numeric_date(r.found_on)}\t{r.records_affected}\t{r.description}\t{notified}\n")
    if waiting.count and waiting.oldest_found_on is not None:
        text = translate(language, WAITING).format(count=waiting.count, days=waiting.oldest_days, on=numeric_date(waiting.oldest_found_on))
        out.write(text + "\n")
    return EXIT_OK


def _add(args: argparse.Namespace, out: TextIO) -> int:
    from datetime import date

    from ..catalog import translate
    from ..services.incidents import IncidentInput, record_incident

    data = IncidentInput(args.found_on, args.description, args.records, args.which, args.measures)
    db = open_database_from_args(args)
    try:
        with db.session() as session:
            row = record_incident(session, data, date.today())
    finally:
        db.dispose()
    out.write(translate(_language(args), RECORDED).format(id=row.id) + "\n")
    return EXIT_OK


def _notified(args: argparse.Namespace, out: TextIO) -> int:
    from datetime import date

    from ..catalog import translate
    from ..dates import numeric_date
    from ..services.incidents import record_notification

    db = open_database_from_args(args)
    try:
        with db.session() as session:
            row = record_notification(session, args.id, args.to, args.on, date.today())
    finally:
        db.dispose()
    out.write(translate(_language(args), NOTIFIED).format(id=row.id, to=row.notified_to, on=numeric_date(row.notified_on)) + "\n")
    return EXIT_OK
