"""``roles list|grant|revoke``: who may record consents, print access reports, anonymise and keep the incident log.

The same setting as Settings → Roles and personal data in the window: administrators
always may; ``grant``/``revoke`` (for whoever may change settings) give or take one of
the four to a registrar, or the access report to a viewer.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from ..errors import QT_TRANSLATE_NOOP
from . import EXIT_OK, Handler, open_database_from_args

PERMISSIONS = ("record_consents", "print_access_reports", "anonymise", "manage_incidents")
ROLES = ("administrator", "registrar", "viewer")
SAVED = QT_TRANSLATE_NOOP("Errors", "Saved. Others see the change in the window from their next login.")


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:
    parser = commands.add_parser("roles", help="who may record consents, print access reports, anonymise, keep the incident log")
    actions = parser.add_subparsers(dest="roles_command", metavar="ACTION", required=True)
    actions.add_parser("list", help="each of the four permissions and the roles that hold it")
    for name, text in (("grant", "give a role one of the four permissions"), ("revoke", "take one of the four permissions from a role")):
        action = actions.add_parser(name, help=text)
        action.add_argument("permission", choices=PERMISSIONS, metavar="PERMISSION", help=", ".join(PERMISSIONS))
        action.add_argument("role", choices=ROLES, metavar="ROLE", help=", ".join(ROLES))

    def run_roles(args: argparse.Namespace, out: TextIO) -> int:
        return _run(args, out)

    return {"roles": run_roles}


def _run(args: argparse.Namespace, out: TextIO) -> int:
    from ..catalog import translate
    from ..permissions import ACTIONS, ROLE_WORDS, Permission, Role, privacy_roles
    from ..services.privacy_roles import grant, revoke

    language = getattr(args, "messages_lang", None) or "en"
    db = open_database_from_args(args)  # who may do what is shown to whoever logs in
    try:
        with db.session() as session:
            if args.roles_command == "list":
                roles = privacy_roles(session)
            else:
                change = grant if args.roles_command == "grant" else revoke
                roles = change(session, Permission(args.permission), Role(args.role))
    finally:
        db.dispose()
    for permission in (Permission(p) for p in PERMISSIONS):
        held = ", ".join(translate(language, ROLE_WORDS[r]) for r in Role if r in roles[permission])
        out.write(f"{permission.value}\t{held}\t({translate(language, ACTIONS[permission])})\n")
    if args.roles_command != "list":
        out.write(translate(language, SAVED) + "\n")
    return EXIT_OK
