"""Encrypted backups: archive format, create / verify / restore, removable drives.

One archive format serves both backends: the content is always an SQLite
snapshot at the source's schema revision (a PostgreSQL database is copied
table by table into a fresh SQLite file), plus the files of the data folder's
``keys/``.  So an archive made on one PC with SQLite can be restored into
PostgreSQL on a server, and back.

Every failure the user can meet becomes a :class:`BackupError` with an English
template that the window translates.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import UserError

# done, total, text — the window's Progress.update fits (it raises to cancel).
ProgressCallback = Callable[[int, int, str], None]


class BackupError(UserError):
    """A backup cannot be made, read or restored; the message says why and what is unharmed."""


def no_progress(_done: int, _total: int, _text: str = "") -> None:
    """The progress callback of callers that do not show progress."""
