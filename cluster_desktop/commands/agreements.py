"""``agreements``: the register on the command line (``list``), and printing one (``print``, from agreement_print)."""

from __future__ import annotations

import argparse
from typing import TextIO

from ..dates import numeric_date
from ..errors import QT_TRANSLATE_NOOP
from . import EXIT_OK, Handler, open_database_from_args
from .agreement_print import register_print

IN_REGISTER = QT_TRANSLATE_NOOP("Errors", "Agreements in the register: {count}.")
EXPIRING = QT_TRANSLATE_NOOP("Errors", "Agreements in force that end within {days} days: {count}.")


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = -1
    if not 0 <= days <= 3650:
        raise argparse.ArgumentTypeError(f"«{text}» is not a number of days from 0 to 3650")
    return days


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:
    parser = commands.add_parser("agreements", help="list partnership agreements; print one as PDF")
    actions = parser.add_subparsers(dest="agreements_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every agreement with its status today (exit 0)")
    listing.add_argument("--expiring", type=_days, metavar="DAYS", help="only agreements in force that end within DAYS days")
    listing.add_argument("--json", action="store_true", help="one JSON array instead of a table")
    handlers: dict[str, Handler] = {"list": _list}
    handlers.update(register_print(actions))  # `agreements print NUMBER --lang kk|ru --out FILE.pdf`

    def run_agreements(args: argparse.Namespace, out: TextIO) -> int:
        return handlers[args.agreements_command](args, out)

    return {"agreements": run_agreements}


def _list(args: argparse.Namespace, out: TextIO) -> int:
    import json
    from datetime import date

    from ..catalog import translate
    from ..services.agreement_list import (
        AgreementFilter,
        agreement_page,
        count_agreements,
    )
    from ..services.agreements import KIND_WORDS, STATUS_WORDS, expiring_agreements

    language = getattr(args, "messages_lang", None) or "en"  # the global --lang: kinds, statuses and partners in it
    today = date.today()
    db = open_database_from_args(args)  # the register shows who signed with whom: a login first
    try:
        with db.session() as session:
            rows = agreement_page(
                session, AgreementFilter(language="kk" if language == "kk" else "ru", today=today), limit=count_agreements(session) or 1
            )
            if args.expiring is not None:
                wanted = {a.id for a in expiring_agreements(session, today, args.expiring)}
                rows = sorted((r for r in rows if r.id in wanted), key=lambda r: (r.ends_on or date.max, r.id))
    finally:
        db.dispose()
    if args.json:
        records = [
            {
                "number": r.number,
                "year": r.year,
                "kind": r.kind.value,
                "partner": r.partner_ru,
                "partner_kk": r.partner_kk,
                "title": r.title_ru,
                "title_kk": r.title_kk,
                "signed_on": r.signed_on.isoformat(),
                "starts_on": r.starts_on.isoformat(),
                "ends_on": r.ends_on.isoformat() if r.ends_on else None,
                "status": r.status.value,
                "learners": r.learners,
                "terminated_on": r.terminated_on.isoformat() if r.terminated_on else None,
                "days_left": (r.ends_on - today).days if r.ends_on else None,
            }
            for r in rows
        ]
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for r in rows:
        ends = numeric_date(r.ends_on, "—")
        kind, status = (
            (r.kind.value, r.status.value)
            if language == "en"
            else (translate(language, KIND_WORDS[r.kind]), translate(language, STATUS_WORDS[r.status]))
        )
        out.write(f"{r.number}/{r.year}\t{kind}\t{status}\t{numeric_date(r.signed_on)}\t{ends}\t{r.learners}\t{r.partner(language)}\n")
    summary = EXPIRING if args.expiring is not None else IN_REGISTER
    out.write(translate(language, summary).format(days=args.expiring, count=len(rows)) + "\n")
    return EXIT_OK
