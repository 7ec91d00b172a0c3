"""Command-line commands, one module per topic.

Each module has ``register(commands) -> dict[str, Handler]``: it adds its
sub-parsers to ``commands`` (argparse's sub-parser action) and returns the
handler of each command name it added.  A handler takes the parsed arguments
and the output stream and returns the exit code; it raises ``UserError`` for
anything the user can fix, which ``cli.run`` prints without a traceback.

Modules import only ``argparse`` at the top: the window parses the same command
line, and its start must not pay for ReportLab or openpyxl.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # imported where used, to keep the start of every command fast
    from ..db import Database

Handler = Callable[[argparse.Namespace, TextIO], int]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_UNHEALTHY = 3


def open_database_from_args(args: argparse.Namespace, acting: bool = True) -> Database:
    """The database named by ``--db-url``, else the connection saved in the data folder, else its SQLite file.

    With ``acting`` (any command that changes, reads, prints or exports personal data) the
    database acts for the user the command runs as: the demo administrator on a
    demo database, the provisional «setup» administrator while there are no
    accounts, else ``--user NAME`` with the password from
    ``CLUSTER_DESKTOP_PASSWORD_FILE`` or asked on the terminal.  Without ``acting``
    (``check``, ``certificates verify`` of a code or a PDF, ``certificates export-key``) the command
    must show nothing of a person that its user did not bring: the services refuse
    a database with no actor anything personal anyway.
    """
    from ..connection_config import resolve_database
    from ..db import open_database

    db = open_database(*resolve_database(args.db_url, args.data_dir))  # the server the first-run wizard saved, if any
    if acting:
        from ..services.login import actor_for_commands

        try:
            db.actor = actor_for_commands(db, getattr(args, "user", None))
        except BaseException:
            db.dispose()
            raise
    return db


def year_argument(text: str) -> int:
    """An argparse type: a calendar year the records can hold (1990–2100)."""
    try:
        year = int(text)
    except ValueError:
        year = 0
    if not 1990 <= year <= 2100:
        raise argparse.ArgumentTypeError(f"«{text}» is not a year from 1990 to 2100")
    return year
