"""``retention list [--today D]``: the records past their keeping period; ``retention anonymise ID… | --all --yes``: remove their identity."""

from __future__ import annotations

import argparse
from typing import TextIO

from ..errors import QT_TRANSLATE_NOOP, UserError
from . import EXIT_OK, Handler, open_database_from_args

PAST_COUNT = QT_TRANSLATE_NOOP("Errors", "Past their keeping period on {day}: {count}.")
INCIDENTS_PAST = QT_TRANSLATE_NOOP(
    "Errors", "Personal-data incidents past their keeping period: {count} (the oldest found on {day}; see the incident log)."
)
ANONYMISED = QT_TRANSLATE_NOOP("Errors", "Anonymised: {count}. This cannot be undone except by restoring a backup made before it.")
NEEDS_YES = QT_TRANSLATE_NOOP(
    "Errors", "Anonymising cannot be undone except by restoring a backup: add --yes to confirm. Nothing was changed."
)
NEEDS_CHOICE = QT_TRANSLATE_NOOP(
    "Errors", "Name the records to anonymise by their ids, or give --all for every one past its keeping period."
)
NOTHING_PAST = QT_TRANSLATE_NOOP("Errors", "Nothing is past its keeping period on {day}; nothing was changed.")
BAD_ID = QT_TRANSLATE_NOOP("Errors", "«{text}» is not a record id (a whole number).")
LIST_COLUMNS = (
    QT_TRANSLATE_NOOP("Errors", "Id"),
    QT_TRANSLATE_NOOP("Errors", "Name"),
    QT_TRANSLATE_NOOP("Errors", "Kept until"),
    QT_TRANSLATE_NOOP("Errors", "Why kept"),
)


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:
    from ..dates import date_argument

    parser = commands.add_parser("retention", help="records past their keeping period, and their anonymisation")
    actions = parser.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="people whose records are past their keeping period, by name")
    listing.add_argument("--today", type=date_argument, metavar="DATE", help="the day to judge on (default: today)")
    anonymise = actions.add_parser("anonymise", help="remove the identity of records past their keeping period (cannot be undone)")
    anonymise.add_argument("ids", nargs="*", metavar="ID", help="the records' ids, as «retention list» shows them")
    anonymise.add_argument("--all", action="store_true", help="every record past its keeping period")
    anonymise.add_argument("--today", type=date_argument, metavar="DATE", help="the day to judge on (default: today)")
    anonymise.add_argument("--yes", action="store_true", help="confirm: this cannot be undone except by restoring a backup")
    handlers: dict[str, Handler] = {"list": _list, "anonymise": _anonymise}

    def run_retention(args: argparse.Namespace, out: TextIO) -> int:
        return handlers[args.retention_command](args, out)

    return {"retention": run_retention}


def _language(args: argparse.Namespace) -> str:
    return getattr(args, "messages_lang", None) or "en"


def _list(args: argparse.Namespace, out: TextIO) -> int:
    from datetime import date

    from ..catalog import translate
    from ..dates import numeric_date
    from ..services.retention import REASON_WORDS, count_past_period, incidents_past_period, past_period_page

    language = _language(args)
    today = args.today or date.today()
    db = open_database_from_args(args)  # names: a login first
    try:
        with db.session() as session:
            total = count_past_period(session, today)
            rows = past_period_page(session, today, limit=max(total, 1))
            incidents = incidents_past_period(session, today)
    finally:
        db.dispose()
    out.write("\t".join(translate(language, column) for column in LIST_COLUMNS) + "\n")
    for row in rows:
        reasons = ", ".join(translate(language, REASON_WORDS[kind]) for kind in row.reasons)
        out.write(f"{row.id}\t{row.full_name}\t{numeric_date(row.kept_until)}\t{reasons}\n")
    out.write(translate(language, PAST_COUNT).format(day=numeric_date(today), count=total) + "\n")
    if incidents:
        out.write(translate(language, INCIDENTS_PAST).format(count=len(incidents), day=numeric_date(incidents[0][1])) + "\n")
    return EXIT_OK


def _ids(texts: list[str]) -> list[int]:
    ids = []
    for text in texts:
        if not (text.isascii() and text.isdigit() and len(text) <= 12):
            raise UserError(BAD_ID, text=text[:40])
        ids.append(int(text))
    return ids


def _anonymise(args: argparse.Namespace, out: TextIO) -> int:
    from datetime import date

    from ..catalog import translate
    from ..dates import numeric_date
    from ..services.anonymisation import anonymise
    from ..services.retention import past_period_ids

    if bool(args.ids) == bool(args.all):
        raise UserError(NEEDS_CHOICE)
    ids = _ids(args.ids)
    if not args.yes:
        raise UserError(NEEDS_YES)
    today = args.today or date.today()
    db = open_database_from_args(args)
    try:
        with db.session() as session:
            chosen = past_period_ids(session, today) if args.all else ids
            count = anonymise(session, chosen, today) if chosen else 0
    finally:
        db.dispose()
    if not count:
        out.write(translate(_language(args), NOTHING_PAST).format(day=numeric_date(today)) + "\n")
        return EXIT_OK
    out.write(translate(_language(args), ANONYMISED).format(count=count) + "\n")
    return EXIT_OK
