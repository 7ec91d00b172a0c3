"""Where the data lives: this PC (an SQLite file in the data folder) or a shared PostgreSQL server.

The first-run wizard saves the choice as ``connection.json`` in the data folder;
every later start (window and commands) honours it unless ``--db-url`` names
another database.  No file means "this PC", as before the wizard existed.

The file may hold the PostgreSQL password, so it is written with permissions
0600 (readable by its owner only) on POSIX; on Windows the user's local data
folder is private to the user already.

SQLAlchemy is imported only where a URL is built or a server is asked: the
window decides whether this is a first start before that import is paid for.
"""

from __future__ import annotations

import json
import os
import re
import socket
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, BinaryIO

from .errors import QT_TRANSLATE_NOOP, DatabaseError, Problem
from .files import CANNOT_WRITE, atomic_write
from .paths import DATABASE_FILE, default_data_dir

CONNECTION_FILE = "connection.json"
FILE_VERSION = 1
LOCAL = "local"
POSTGRESQL = "postgresql"
DEFAULT_PORT = 5432
TEST_TIMEOUT_S = 5

CORRUPT_FILE = QT_TRANSLATE_NOOP("Errors", "The connection settings in {path} cannot be read ({reason}). Delete that file and start the program again to choose where the data lives.")
SERVER_UNREACHABLE = QT_TRANSLATE_NOOP("Errors", "Cannot connect to the PostgreSQL server at {host}:{port}: it refuses the connection or cannot be reached. Check the server's address and port, that the server is running, and that it accepts connections from other computers.")
UNKNOWN_HOST = QT_TRANSLATE_NOOP("Errors", "No computer named «{host}» is found on the network. Check the server's name, or use its IP address.")
WRONG_LOGIN = QT_TRANSLATE_NOOP("Errors", "The PostgreSQL server at {host}:{port} does not accept the user «{user}» with this password. Check the user name and the password (capital letters matter).")
NO_SUCH_DATABASE = QT_TRANSLATE_NOOP("Errors", "The PostgreSQL server at {host}:{port} has no database «{database}». Check its name, or ask whoever runs the server to create an empty database owned by «{user}».")
NOT_ALLOWED_FROM_HERE = QT_TRANSLATE_NOOP("Errors", "The PostgreSQL server at {host}:{port} does not let this computer connect as «{user}» to «{database}». Ask whoever runs the server to allow it (pg_hba.conf).")
TIMED_OUT = QT_TRANSLATE_NOOP("Errors", "The server at {host}:{port} did not answer within {seconds} seconds. Check the address; a firewall may be blocking the port.")
OTHER_FAILURE = QT_TRANSLATE_NOOP("Errors", "Cannot connect to the PostgreSQL server at {host}:{port}: {reason}")

HOST_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Enter the server's name or IP address.")
DATABASE_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Enter the name of the database on the server.")
USER_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Enter the user name for the server.")
BAD_PORT = QT_TRANSLATE_NOOP("Errors", "The port is a number from 1 to 65535 (usually 5432).")


@dataclass(frozen=True)
class ConnectionChoice:
    """This PC (``kind`` LOCAL; the other fields unused) or a PostgreSQL server."""

    kind: str = LOCAL
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    password: str = ""

    @property
    def is_server(self) -> bool:
        return self.kind == POSTGRESQL

    def url(self) -> str | None:
        """The server's URL, or None for the SQLite file in the data folder."""
        if not self.is_server:
            return None
        return postgres_url(self.host, self.port, self.database, self.user, self.password)


def connection_file(data_dir: Path) -> Path:
    return Path(data_dir) / CONNECTION_FILE


def load_connection(data_dir: Path) -> ConnectionChoice | None:
    """The saved choice, None when there is none; a damaged file is a DatabaseError naming it."""
    path = connection_file(data_dir)
    try:
        raw = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):  # no file, or no folder (open_database says why)
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise DatabaseError(CORRUPT_FILE, path=str(path), reason=getattr(exc, "strerror", None) or str(exc)) from None
    try:
        stored = json.loads(raw)
        if not isinstance(stored, dict) or stored.get("kind") not in (LOCAL, POSTGRESQL):
            raise ValueError("unknown kind of connection")
        known = {f.name for f in fields(ConnectionChoice)}
        choice = ConnectionChoice(**{k: v for k, v in stored.items() if k in known})
        if not isinstance(choice.port, int) or not all(
            isinstance(getattr(choice, k), str) for k in ("host", "database", "user", "password")
        ):
            raise ValueError("a value of the wrong type")
    except ValueError as exc:  # json.JSONDecodeError is a ValueError
        raise DatabaseError(CORRUPT_FILE, path=str(path), reason=str(exc)) from None
    return choice


def save_connection(data_dir: Path, choice: ConnectionChoice) -> None:
    """Write the choice whole or not at all, readable by its owner only (it may hold a password)."""
    folder = Path(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(CANNOT_WRITE, path=str(folder), reason=exc.strerror or str(exc)) from None
    text = json.dumps({"version": FILE_VERSION, **asdict(choice)}, ensure_ascii=False, indent=2) + "\n"

    def write(stream: BinaryIO) -> None:
        if hasattr(os, "fchmod"):
            os.fchmod(stream.fileno(), 0o600)
        stream.write(text.encode("utf-8"))

    atomic_write(connection_file(folder), write)


def remove_connection(data_dir: Path) -> None:
    """Forget the saved choice (a first start that did not finish)."""
    connection_file(data_dir).unlink(missing_ok=True)


def is_first_start(data_dir: Path) -> bool:
    """Nothing chosen and no database in the data folder yet: the first-run wizard's moment."""
    folder = Path(data_dir)
    return not connection_file(folder).exists() and not (folder / DATABASE_FILE).exists()


def resolve_database(db_url: str | None, data_dir: Path | None) -> tuple[str | None, Path | None]:
    """The ``(url, data_dir)`` to open: ``--db-url`` if given, else the saved server, else the SQLite file.

    For a saved server the data folder is returned too: the installation's
    keys and logs stay there.
    """
    if db_url:
        return db_url, data_dir
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    choice = load_connection(folder)
    if choice is not None and choice.is_server:
        return choice.url(), folder
    return None, data_dir


def postgres_url(host: str, port: int, database: str, user: str, password: str) -> str:
    """A PostgreSQL URL whose parts may hold any character (``@``, ``:``, ``/`` in a password)."""
    from sqlalchemy.engine import URL

    url = URL.create(
        "postgresql+psycopg",
        username=user.strip() or None,
        password=password or None,
        host=host.strip() or None,
        port=int(port),
        database=database.strip() or None,
    )
    return url.render_as_string(hide_password=False)


def check_choice(choice: ConnectionChoice) -> list[Problem]:
    """What is missing from a server choice before it is worth trying; nothing for this PC."""
    if not choice.is_server:
        return []
    problems: list[Problem] = []
    if not choice.host.strip():
        problems.append(Problem("host", HOST_REQUIRED))
    if not 0 < int(choice.port) < 65536:
        problems.append(Problem("port", BAD_PORT))
    if not choice.database.strip():
        problems.append(Problem("database", DATABASE_REQUIRED))
    if not choice.user.strip():
        problems.append(Problem("user", USER_REQUIRED))
    return problems


def test_connection(url: str, timeout_s: int = TEST_TIMEOUT_S) -> bool:
    """Connect once; True when the database already has Cluster Desktop staff accounts (a PC joining it).

    Every failure becomes a DatabaseError in plain words: the server refuses or
    cannot be reached, an unknown host name, a wrong user or password, no such
    database, not allowed from this computer, no answer in time, or else the
    server's own reason.
    """
    from sqlalchemy import create_engine, inspect, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.pool import NullPool

    parsed = make_url(url).set(drivername="postgresql+psycopg")
    engine = create_engine(
        parsed,
        poolclass=NullPool,
        connect_args={"connect_timeout": max(2, int(timeout_s)), "application_name": "Cluster Desktop"},
    )
    try:
        with engine.connect() as conn:
            if "account" not in inspect(conn).get_table_names():
                return False
            return bool(conn.execute(text("SELECT EXISTS (SELECT 1 FROM account)")).scalar())
    except DBAPIError as exc:
        raise explain_connection_failure(parsed, exc.orig or exc, timeout_s) from None
    finally:
        engine.dispose()


# The first words of psycopg's / libpq's English messages, most specific first.
_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"timeout expired|timed out", TIMED_OUT),
    (r"failed to resolve host|could not translate host name|name or service not known|nodename nor servname", UNKNOWN_HOST),
    (r"no pg_hba\.conf entry", NOT_ALLOWED_FROM_HERE),
    (r"password authentication failed|no password supplied|authentication failed|role \".*\" does not exist", WRONG_LOGIN),
    (r"database \".*\" does not exist", NO_SUCH_DATABASE),
    (r"connection refused|could not connect|no route to host|network is unreachable|host is unreachable", SERVER_UNREACHABLE),
)


def explain_connection_failure(url: Any, exc: BaseException, timeout_s: int = TEST_TIMEOUT_S) -> DatabaseError:
    """The plain message for a failed PostgreSQL connection to ``url`` (an SQLAlchemy URL)."""
    reason = " ".join(str(exc).split()) or type(exc).__name__
    params = {
        "host": url.host or "localhost",
        "port": url.port or DEFAULT_PORT,
        "user": url.username or "",
        "database": url.database or "",
        "seconds": max(2, int(timeout_s)),
    }
    if isinstance(exc, (TimeoutError, socket.timeout)) or type(exc).__name__ == "ConnectionTimeout":
        return DatabaseError(TIMED_OUT, **params)
    lowered = reason.lower()
    for pattern, template in _PATTERNS:
        if re.search(pattern, lowered):
            return DatabaseError(template, **params)
    return DatabaseError(OTHER_FAILURE, reason=_server_reason(reason), **params)


def _server_reason(reason: str) -> str:
    """psycopg's message without the «connection to server at … failed:» preamble the message says already."""
    match = re.search(r".*failed:\s*(?:FATAL:\s*)?(.+)$", reason)
    return match.group(1) if match else reason
