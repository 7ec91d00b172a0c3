"""Writing a file whole or not at all.

Every document and list the program writes goes to a temporary file beside
the target, is flushed to the disk, and only then replaces the target: a full
disk, a cancel or a crash half-way leaves the target as it was and no stray
temporary file.
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
    path = Path(path)
    try:
        fd, temporary = tempfile.mkstemp(prefix=".~", suffix=path.suffix, dir=path.parent)
    except OSError as exc:
        raise UserError(CANNOT_WRITE, path=str(path), reason=exc.strerror or str(exc)) from None
    try:
        with os.fdopen(fd, "wb") as stream:
            result = write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        raise UserError(CANNOT_WRITE, path=str(path), reason=exc.strerror or str(exc)) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return result
