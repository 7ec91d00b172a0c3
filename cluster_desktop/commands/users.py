"""``users add|passwd|list`` and ``audit``: staff accounts and the audit log from the command line.

The acting user (``--user NAME``, see ``open_database_from_args``) logs in with
the password from ``CLUSTER_DESKTOP_PASSWORD_FILE`` or the terminal; the new
password of the account being added or changed comes from ``--password-file``
or is asked twice, without echo.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, TextIO

from ..dates import DATE_FORMS, date_argument
from . import EXIT_OK, Handler, open_database_from_args

if TYPE_CHECKING:  # imported where used, to keep the start of every command fast
    from datetime import datetime

    from ..db import Database
    from ..services.audit_log import AuditRow

ROLES = ("administrator", "registrar", "viewer")


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:
    users = commands.add_parser("users", help="staff accounts: add, change a password, list")
    actions = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a staff account (the first one must be an administrator)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--display-name", default="", help="the name shown in the window and the audit log")
    add.add_argument("--password-file", metavar="FILE", help="read the new password from FILE's first line instead of asking")
    passwd = actions.add_parser("passwd", help="set a new password (administrators: anyone's; others: their own)")
    passwd.add_argument("name", metavar="NAME")
    passwd.add_argument("--password-file", metavar="FILE", help="read the new password from FILE's first line instead of asking")
    listing = actions.add_parser("list", help="list the staff accounts")
    listing.add_argument("--json", action="store_true", help="print JSON")
    audit = commands.add_parser("audit", help="print the audit log (who did what, when), oldest first")
    audit.add_argument("--since", type=date_argument, metavar="DATE", help=f"only entries from this day on, {DATE_FORMS}")
    audit.add_argument("--json", action="store_true", help="print JSON")
    return {"users": run_users, "audit": run_audit}


def _new_password(args: argparse.Namespace) -> str:
    from ..errors import QT_TRANSLATE_NOOP, UserError
    from ..services.login import password_from_file

    if args.password_file:
        return password_from_file(args.password_file)
    if not sys.stdin.isatty():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "No terminal to ask the new password on: give it with --password-file FILE."))
    import getpass

    first = getpass.getpass(f"New password for {args.name}: ")
    if getpass.getpass("Once more: ") != first:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The two passwords differ; nothing was changed."))
    return first


def run_users(args: argparse.Namespace, out: TextIO) -> int:
    if args.users_command == "list":
        return _list(args, out)
    password = _new_password(args)
    db = open_database_from_args(args)
    try:
        if args.users_command == "add":
            from ..permissions import Role
            from ..services.accounts import create_account

            with db.session() as session:
                row = create_account(session, args.name, args.display_name, Role(args.role), password)
            out.write(f"Account {row.username} ({row.role.value}) added.\n")
        else:
            _passwd(db, args.name, password)
            out.write(f"Password of {args.name} changed.\n")
    finally:
        db.dispose()
    return EXIT_OK


def _passwd(db: Database, name: str, password: str) -> None:
    from ..permissions import Permission
    from ..services.accounts import change_password, reset_password
    from ..services.login import ask_password

    with db.session() as session:
        if db.actor.can(Permission.MANAGE_ACCOUNTS):
            reset_password(session, name, password)
        else:
            change_password(session, name, ask_password(name), password)


def _stamp(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment is not None else None


def _list(args: argparse.Namespace, out: TextIO) -> int:
    from ..services.accounts import list_accounts

    db = open_database_from_args(args)  # administrators only (the service checks)
    try:
        with db.session() as session:
            rows = list_accounts(session)
    finally:
        db.dispose()
    if args.json:
        data = [
            {"username": r.username, "display_name": r.display_name, "role": r.role.value, "active": r.active,
             "has_password": r.has_password, "locked_until": _stamp(r.locked_until), "last_login_at": _stamp(r.last_login_at)}
            for r in rows
        ]
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if not rows:
        out.write("No staff accounts yet: the database is open to whoever runs the program (add an administrator).\n")
    for r in rows:
        state = "active" if r.active else "disabled"
        out.write(f"{r.username:<20} {r.role.value:<14} {state:<9} {r.display_name}\n")
    return EXIT_OK


def run_audit(args: argparse.Namespace, out: TextIO) -> int:
    from ..services.audit_log import AuditFilter, AuditSort, audit_page, count_audit

    flt = AuditFilter(since=args.since)
    db = open_database_from_args(args)  # the log quotes names and addresses: administrators only (the service checks)
    try:
        with db.session() as session:
            total = count_audit(session, flt)
            rows = audit_page(session, flt, AuditSort.AT, False, 0, max(total, 1), total)
    finally:
        db.dispose()
    if args.json:
        data = [r.as_dict() for r in rows]
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    language = getattr(args, "messages_lang", None) or getattr(args, "lang", None) or "en"  # the global --lang
    for r in rows:
        where = f"{r.record_kind or ''} {r.record_id or ''}".strip()
        out.write(f"{_stamp(r.at)}  {r.username:<12} {r.action:<12} {where:<24} {_changes(r, language)}\n")
    return EXIT_OK


def _changes(row: AuditRow, language: str) -> str:
    """The entry's changes; with the global ``--lang kk|ru`` the fields by their names in that language («Тегі»)."""
    if language == "en":
        return row.changes
    from ..audit_labels import field_label
    from ..catalog import translate

    details = row.details()
    named = {field_label(name, lambda context, text: translate(language, text, context)): value for name, value in details.items()}
    return json.dumps(named, ensure_ascii=False) if len(named) == len(details) else row.changes
