"""Writing a file whole or not at all, alone or many at once.

Every document and list the program writes goes to a temporary file beside
the target, is flushed to the disk, and only then replaces the target; the
folder is then flushed too, so that the new name survives a power cut.  A full
disk, a cancel or a crash half-way leaves the target as it was and no stray
temporary file.  :class:`FileBatch` does the same for many files and pays the
waits for the disk once per batch rather than once per file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from .errors import QT_TRANSLATE_NOOP, UserError

CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "Cannot write «{path}»: {reason}")

Result = TypeVar("Result")


def atomic_write(path: Path, write: Callable[[BinaryIO], Result]) -> Result:
    """Call ``write`` with a binary stream that becomes ``path`` once it returns; its result is returned.

    An OSError (the folder is missing or read-only, the disk is full) becomes a
    UserError naming the file; any other exception from ``write`` passes
    through unchanged.  Either way the temporary file is removed.
    """
    batch = FileBatch()
    try:
        result = batch.write(path, write)
        batch.commit()
    finally:
        batch.discard()
    return result


def _cannot_write(path: Path | str, exc: OSError) -> UserError:
    return UserError(CANNOT_WRITE, path=str(path), reason=exc.strerror or str(exc))


def _sync_file(path: str) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows flushes only a handle open for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (POSIX); Windows cannot open a folder for this, and NTFS logs renames itself."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class FileBatch:
    """Files that appear under their names together, each whole, once :meth:`commit` has synced them.

    :meth:`write` fills a temporary file beside each target (nothing is synced
    yet); :meth:`commit` syncs every temporary file, renames each to its
    target, then syncs each folder once.  :meth:`discard` removes the
    temporary files left (after a failure, or always in a ``finally``).  The
    targets already renamed are in :attr:`placed`, for a caller whose own
    commit (a database's) fails after this one and must take them back.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[str, Path]] = []
        self.placed: list[Path] = []

    def write(self, path: Path, write: Callable[[BinaryIO], Result]) -> Result:
        path = Path(path)
        try:
            fd, temporary = tempfile.mkstemp(prefix=".~", suffix=path.suffix, dir=path.parent)
        except OSError as exc:
            raise _cannot_write(path, exc) from None
        self._pending.append((temporary, path))
        try:
            with os.fdopen(fd, "wb") as stream:
                return write(stream)
        except OSError as exc:
            raise _cannot_write(path, exc) from None

    def commit(self) -> None:
        current: Path | str = ""
        try:
            for temporary, path in self._pending:
                current = path
                _sync_file(temporary)
            while self._pending:
                temporary, current = self._pending[0]
                os.replace(temporary, current)
                self._pending.pop(0)
                self.placed.append(current)
            for folder in dict.fromkeys(path.parent for path in self.placed):
                current = folder
                _sync_folder(folder)
        except OSError as exc:
            raise _cannot_write(current, exc) from None

    def discard(self) -> None:
        for temporary, _path in self._pending:
            if os.path.exists(temporary):
                os.unlink(temporary)
        self._pending = []
