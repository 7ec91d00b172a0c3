"""Reading a password or a backup passphrase from a file, however a Windows editor or shell saved it.

Scheduled commands take their secret from a file (``--passphrase-file``,
``--password-file``, ``CLUSTER_DESKTOP_PASSWORD_FILE``).  Notepad and
PowerShell 5 save "UTF-8 with BOM" or UTF-16 with a BOM, and Windows ends
lines with CR LF: none of that is part of the secret.  The secret is the first
line, without its line end; spaces are kept (they may be part of it).
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from .errors import QT_TRANSLATE_NOOP, UserError

# A password is at most 256 characters; a larger file is not a password file (and is not read whole).
MAX_BYTES = 64 * 1024

UNREADABLE = QT_TRANSLATE_NOOP("Errors", "Cannot read the file {path} ({reason}).")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "Errors", "The file {path} is not text in UTF-8 or UTF-16. Save it as UTF-8 text (in Notepad: Save as…, Encoding: UTF-8)."
)
TOO_BIG = QT_TRANSLATE_NOOP("Errors", "The file {path} is too large to hold a password (more than {limit} bytes).")

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_LINE_END = re.compile(r"\r\n|\r|\n")


def decode_secret(data: bytes) -> str | None:
    """The first line of ``data`` without BOM or line end; None when ``data`` is not UTF-8 or UTF-16 text."""
    encoding = "utf-8"
    for bom, name in _BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom) :], name
            break
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if "\x00" in text:  # UTF-16 without a BOM, or a binary file
        return None
    return _LINE_END.split(text, maxsplit=1)[0]


def read_secret_file(path: str | Path, unreadable: str = UNREADABLE) -> str:
    """The secret in ``path``; a :class:`UserError` naming the file when it cannot be read or is not text.

    ``unreadable`` is the caller's message for a file that cannot be opened
    (with ``{path}`` and ``{reason}``), so it can say which file it wanted.
    """
    try:
        with Path(path).open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise UserError(unreadable, path=str(path), reason=exc.strerror or str(exc)) from None
    if len(data) > MAX_BYTES:
        raise UserError(TOO_BIG, path=str(path), limit=MAX_BYTES)
    secret = decode_secret(data)
    if secret is None:
        raise UserError(NOT_TEXT, path=str(path))
    return secret
