"""The first start, done in one go: where the data lives, the database, the administrator, the college.

:func:`set_up` is what the first-run wizard's Finish does, off the GUI thread.
Either everything is in place afterwards or nothing is: the administrator and
the college's details are written in one transaction, and when any step fails
the connection choice is forgotten and a database file this attempt created
is removed, so that the next start shows the wizard again.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from .college import CollegeDetails
from .connection_config import (
    ConnectionChoice,
    connection_file,
    remove_connection,
    save_connection,
)
from .db import Database, open_database
from .paths import DATABASE_FILE

SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass
class NewAdministrator:
    username: str = ""
    display_name: str = ""
    password: str = ""


@dataclass
class FirstRunInput:
    """Everything the wizard asks; compared with ``FirstRunInput()`` to know whether anything was typed."""

    connection: ConnectionChoice = field(default_factory=ConnectionChoice)
    college: CollegeDetails = field(default_factory=CollegeDetails)
    administrator: NewAdministrator = field(default_factory=NewAdministrator)
    join_existing: bool = False  # the server's database has accounts already: only the connection is saved


def set_up(data_dir: Path, given: FirstRunInput) -> Database:
    """Save the connection, open (create, migrate) the database, add the administrator and the details.

    Returns the open database acting for the new administrator (whose first
    login is audited like any other), or with no actor when ``join_existing``
    (the user logs in with an account that exists).  Raises a UserError with
    nothing left behind.
    """
    data_dir = Path(data_dir)
    database_file = data_dir / DATABASE_FILE
    new_file = not given.connection.is_server and not database_file.exists()
    had_choice = connection_file(data_dir).exists()
    save_connection(data_dir, given.connection)
    db: Database | None = None
    try:
        db = open_database(given.connection.url(), data_dir)
        if not given.join_existing:
            _create_administrator_and_college(db, given)
        return db
    except BaseException:
        if db is not None:
            db.dispose()
        with suppress(OSError):  # tidying up must not hide why the set-up failed
            if not had_choice:
                remove_connection(data_dir)
            if new_file:
                for suffix in ("", *SQLITE_COMPANIONS):
                    database_file.with_name(database_file.name + suffix).unlink(missing_ok=True)
        raise


def _create_administrator_and_college(db: Database, given: FirstRunInput) -> None:
    from .services.accounts import create_first_administrator
    from .services.login import authenticate
    from .services.settings import save_college_details

    admin = given.administrator
    with db.session() as session:
        actor = create_first_administrator(session, admin.username, admin.display_name, admin.password)
        if given.college != CollegeDetails():
            session.info["actor"] = actor  # the details are the new administrator's first change
            save_college_details(session, given.college)
    db.actor = authenticate(db, admin.username, admin.password)
