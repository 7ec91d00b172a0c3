"""Scratch folders for plaintext copies of the database: a backup's snapshot, an unpacked backup.

A work folder is made owner-only (0700, by :func:`tempfile.mkdtemp`) in the
data folder, as private as the database itself.  Its process keeps a lock on
the file ``.in-use`` inside it while it works and removes the folder in a
``finally``.  A process that is killed cannot remove its folder, but its lock
dies with it: :func:`remove_leftover_work`, run at every start of the program
(:func:`cluster_desktop.db.open_database`) and before every backup, removes each
folder whose lock is free — and leaves alone the folders of a backup that
another process (a scheduled command, a second window) is making right now.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from contextlib import suppress
from pathlib import Path
from typing import BinaryIO

BACKUP, RESTORE = "backup", "restore"
PREFIXES = (".cluster-backup-", ".cluster-restore-")
LOCK_FILE = ".in-use"
# A folder without a lock file: one being made this very moment, or one left by an older version
# of the program (which did not lock) that may still be working.  Removed only when this old.
UNLOCKED_STALE_S = 3600


def _try_lock(stream: BinaryIO) -> bool:
    """Lock ``stream``'s file for this process without waiting; False when another holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            stream.seek(0)
            msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(stream: BinaryIO) -> None:
    if sys.platform == "win32":
        import msvcrt

        stream.seek(0)
        msvcrt.locking(stream.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(stream.fileno(), fcntl.LOCK_UN)


class WorkFolder:
    """A locked scratch folder; :meth:`remove` unlocks and deletes it with everything in it."""

    def __init__(self, parent: Path | None, kind: str) -> None:
        self.path = Path(tempfile.mkdtemp(prefix=f".cluster-{kind}-", dir=parent))
        try:
            self._lock: BinaryIO | None = (self.path / LOCK_FILE).open("wb")
            if not _try_lock(self._lock):  # a brand-new file no one else knows of
                raise OSError(f"cannot lock {self.path / LOCK_FILE}")
        except BaseException:
            shutil.rmtree(self.path, ignore_errors=True)
            raise

    def remove(self) -> None:
        if self._lock is not None:
            with suppress(OSError):
                _unlock(self._lock)
            self._lock.close()
            self._lock = None
        shutil.rmtree(self.path, ignore_errors=True)


def _in_use(folder: Path, now: float) -> bool:
    try:
        stream = (folder / LOCK_FILE).open("rb+")
    except FileNotFoundError:
        try:
            return now - folder.stat().st_mtime <= UNLOCKED_STALE_S
        except OSError:
            return True
    except OSError:
        return True
    with stream:
        if not _try_lock(stream):
            return True
        _unlock(stream)
    return False


def remove_leftover_work(parent: Path, now: float | None = None) -> list[Path]:
    """Remove the work folders in ``parent`` that no living process uses; the ones removed."""
    moment = time.time() if now is None else now
    removed: list[Path] = []
    for prefix in PREFIXES:
        try:
            candidates = [p for p in parent.glob(prefix + "*") if p.is_dir()]
        except OSError:
            continue
        for folder in candidates:
            if _in_use(folder, moment):
                continue
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                removed.append(folder)
    return removed
