"""``consents list|record|withdraw``: the Consents list and the consent forms from the command line.

``consents list --view expiring|adults|withdrawn`` prints what the Consents page shows;
``consents record IIN …`` records a signed form and ``consents withdraw ID …`` ends some
of its purposes, under the same rules (and the same permission, RECORD_CONSENTS) as the window.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING, TextIO

from ..errors import QT_TRANSLATE_NOOP
from . import EXIT_OK, Handler, open_database_from_args

if TYPE_CHECKING:
    from ..services.consent_list import ConsentRow

COUNT = QT_TRANSLATE_NOOP("Errors", "Rows: {count}.")
RECORDED = QT_TRANSLATE_NOOP("Errors", "Consent No. {id} recorded for {name}.")
WITHDRAWN = QT_TRANSLATE_NOOP("Errors", "Consent No. {id}: withdrawn from {day}: {purposes}.")
NEEDED = QT_TRANSLATE_NOOP("Errors", "own consent needed")
OWN_NEEDED = QT_TRANSLATE_NOOP("Errors", "Consent in own name needed (due by {day}).")
NO_CONSENTS = QT_TRANSLATE_NOOP("Errors", "No consent is recorded.")
STATES = {
    "in_force": QT_TRANSLATE_NOOP("Errors", "in force"),
    "not_yet": QT_TRANSLATE_NOOP("Errors", "not yet in force"),
    "expired": QT_TRANSLATE_NOOP("Errors", "expired"),
    "withdrawn": QT_TRANSLATE_NOOP("Errors", "withdrawn"),
}
DUE_BY = QT_TRANSLATE_NOOP("Errors", "own consent due by {day}")
BAD_PURPOSE = "«{text}» is not a purpose: use {choices}, separated by commas."  # an argparse usage error, in English like the others
# The values of models.ConsentPurpose and ConsentGiver, spelled here so that building the parser loads no database code.
PURPOSE_VALUES = ("education", "journey", "partners", "abroad", "publicity")
GIVER_VALUES = ("self", "representative")
PURPOSE_WORDS = ", ".join(PURPOSE_VALUES)


def _purposes(text: str) -> frozenset[str]:
    chosen: set[str] = set()
    for word in (w.strip().lower() for w in text.split(",")):
        if word and word not in PURPOSE_VALUES:
            raise argparse.ArgumentTypeError(BAD_PURPOSE.format(text=word, choices=PURPOSE_WORDS))
        if word:
            chosen.add(word)
    return frozenset(chosen)


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:
    from ..dates import DATE_FORMS, date_argument

    parser = commands.add_parser("consents", help="consents to process personal data: the list, record a form, withdraw purposes")
    actions = parser.add_subparsers(dest="consents_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="consents expiring, learners turning 18 who must consent themselves, withdrawals")
    listing.add_argument("--view", choices=["expiring", "adults", "withdrawn"], default="expiring", help="which list (default: expiring)")
    listing.add_argument("--days", type=int, default=30, metavar="N", help="how many days ahead (expiring, adults; default 30)")
    listing.add_argument("--today", type=date_argument, metavar="DATE", help="the day to judge on (default: today)")
    listing.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    record = actions.add_parser("record", help="record a signed consent form of a learner")
    record.add_argument("iin", metavar="IIN", help="the learner's IIN")
    record.add_argument("--given-by", choices=GIVER_VALUES, required=True, help="who signed")
    record.add_argument("--giver", metavar="NAME", help="the legal representative who signed")
    record.add_argument("--relation", metavar="TEXT", help="the representative's relation to the learner")
    record.add_argument("--on", type=date_argument, required=True, metavar="DATE", help=f"the day it was signed, {DATE_FORMS}")
    record.add_argument("--purposes", type=_purposes, required=True, metavar="LIST", help=f"what it allows: {PURPOSE_WORDS}")
    term = record.add_mutually_exclusive_group()
    term.add_argument("--until", type=date_argument, metavar="DATE", help=f"valid until this day, {DATE_FORMS}")
    term.add_argument("--years", type=int, metavar="N", help="valid to the end of studies plus N years (default: the standard form's, Settings)")
    record.add_argument("--form", metavar="NUMBER", help="the paper form's number")
    show = actions.add_parser("show", help="one learner's consents, with their numbers and what each allows today")
    show.add_argument("iin", metavar="IIN", help="the learner's IIN")
    show.add_argument("--today", type=date_argument, metavar="DATE", help="the day to judge on (default: today)")
    show.add_argument("--json", action="store_true", help="one JSON object instead of lines")
    withdraw = actions.add_parser("withdraw", help="withdraw some or all purposes of a consent")
    withdraw.add_argument("id", type=int, metavar="ID", help="the consent's number")
    withdraw.add_argument("--purposes", type=_purposes, required=True, metavar="LIST", help=f"what to withdraw: {PURPOSE_WORDS}")
    withdraw.add_argument("--on", type=date_argument, required=True, metavar="DATE", help=f"the day of the withdrawal, {DATE_FORMS}")
    handlers: dict[str, Handler] = {"list": _list, "show": _show, "record": _record, "withdraw": _withdraw}

    def run_consents(args: argparse.Namespace, out: TextIO) -> int:
        return handlers[args.consents_command](args, out)

    return {"consents": run_consents}


def _language(args: argparse.Namespace) -> str:
    return getattr(args, "messages_lang", None) or "en"


def _list(args: argparse.Namespace, out: TextIO) -> int:
    import json
    from datetime import date

    from ..catalog import translate
    from ..dates import numeric_date
    from ..services.consent_list import ConsentFilter, ConsentListView, ConsentSort, check_days, consent_page, count_consents
    from ..services.consent_rules import PURPOSE_NAMES

    language = _language(args)
    check_days(args.days)
    flt = ConsentFilter(args.today or date.today(), ConsentListView(args.view), args.days)
    db = open_database_from_args(args)
    try:
        with db.session() as session:
            total = count_consents(session, flt)
            rows = consent_page(session, flt, ConsentSort.DAY, limit=max(total, 1))
    finally:
        db.dispose()

    def detail(row: ConsentRow) -> str:
        if row.purpose is not None:
            return translate(language, PURPOSE_NAMES[row.purpose])
        if row.due is not None:
            return translate(language, NEEDED if row.flagged else DUE_BY).format(day=numeric_date(row.due))
        return ", ".join(translate(language, PURPOSE_NAMES[p]) for p in row.purposes)

    if args.json:
        listed = [
            {
                "person_id": r.person_id,
                "consent_id": r.consent_id,
                "name": r.full_name,
                "iin": r.iin,
                "day": r.day.isoformat() if r.day else None,
                "purpose": r.purpose.value if r.purpose else None,
                "purposes": [p.value for p in r.purposes],
                "due": r.due.isoformat() if r.due else None,
                "flagged": r.flagged,
            }
            for r in rows
        ]
        json.dump({"view": args.view, "rows": listed}, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for r in rows:
        out.write(f"{r.consent_id or ''}\t{r.full_name}\t{r.iin}\t{numeric_date(r.day)}\t{detail(r)}\n")
    out.write(translate(language, COUNT).format(count=total) + "\n")
    return EXIT_OK


def _show(args: argparse.Namespace, out: TextIO) -> int:
    import json
    from datetime import date

    from ..catalog import translate
    from ..dates import numeric_date
    from ..services.access_report import find_person
    from ..services.consent_rules import PURPOSE_NAMES
    from ..services.consents import consents_of

    language = _language(args)
    today = args.today or date.today()
    db = open_database_from_args(args)
    try:
        with db.session() as session:
            person = find_person(session, args.iin, today)
            held = consents_of(session, person.id, today)
            name = person.full_name
    finally:
        db.dispose()
    if args.json:
        listed = [
            {
                "id": c.id,
                "given_by": c.given_by.value,
                "giver_name": c.giver_name,
                "given_on": c.given_on.isoformat(),
                "term": c.term.value,
                "runs_until": c.runs_until.isoformat() if c.runs_until else None,
                "state": c.state.value,
                "form_number": c.form_number,
                "purposes": [
                    {
                        "purpose": p.purpose.value,
                        "state": p.state.value,
                        "withdrawn_on": p.withdrawn_on.isoformat() if p.withdrawn_on else None,
                    }
                    for p in c.purposes
                ],
            }
            for c in held.consents
        ]
        json.dump({"name": name, "own_consent_needed": held.own_consent_needed, "consents": listed}, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    out.write(name + "\n")
    if held.own_consent_needed:
        out.write(translate(language, OWN_NEEDED).format(day=numeric_date(held.own_consent_due)) + "\n")
    if not held.consents:
        out.write(translate(language, NO_CONSENTS) + "\n")
    for c in held.consents:
        purposes = ", ".join(
            f"{translate(language, PURPOSE_NAMES[p.purpose])} ({translate(language, STATES[p.state.value])})" for p in c.purposes
        )
        until = numeric_date(c.runs_until, "—")
        out.write(
            f"{c.id}\t{numeric_date(c.given_on)}\t{c.giver_name or ''}\t{until}\t{translate(language, STATES[c.state.value])}\t{purposes}\n"
        )
    return EXIT_OK


def _record(args: argparse.Namespace, out: TextIO) -> int:
    from datetime import date

    from ..catalog import translate
    from ..models import ConsentGiver, ConsentPurpose, ConsentTerm
    from ..services.access_report import find_person
    from ..services.consents import ConsentInput, record_consent
    from ..services.standard_consent import standard_form

    today = date.today()
    until = args.until is not None
    data = ConsentInput(
        ConsentGiver(args.given_by),
        args.on,
        frozenset(ConsentPurpose(p) for p in args.purposes),
        ConsentTerm.UNTIL_DATE if until else ConsentTerm.AFTER_STUDIES,
        valid_until=args.until,
        years_after_studies=None if until else args.years,
        giver_name=args.giver,
        giver_relation=args.relation,
        form_number=args.form,
    )
    db = open_database_from_args(args)
    try:
        with db.session() as session:
            person = find_person(session, args.iin, today)
            if data.term is ConsentTerm.AFTER_STUDIES and data.years_after_studies is None:
                data = replace(data, years_after_studies=standard_form(session).years_after_studies)
            consent = record_consent(session, person.id, data, today)
            consent_id, name = consent.id, person.full_name
    finally:
        db.dispose()
    out.write(translate(_language(args), RECORDED).format(id=consent_id, name=name) + "\n")
    return EXIT_OK


def _withdraw(args: argparse.Namespace, out: TextIO) -> int:
    from datetime import date

    from ..catalog import translate
    from ..dates import numeric_date
    from ..models import ConsentPurpose
    from ..services.consent_rules import PURPOSE_NAMES
    from ..services.consents import withdraw_purposes

    language = _language(args)
    purposes = frozenset(ConsentPurpose(p) for p in args.purposes)
    db = open_database_from_args(args)
    try:
        with db.session() as session:
            withdraw_purposes(session, args.id, purposes, args.on, date.today())
    finally:
        db.dispose()
    names = ", ".join(translate(language, PURPOSE_NAMES[p]) for p in sorted(purposes, key=list(ConsentPurpose).index))
    out.write(translate(language, WITHDRAWN).format(id=args.id, day=numeric_date(args.on), purposes=names) + "\n")
    return EXIT_OK
