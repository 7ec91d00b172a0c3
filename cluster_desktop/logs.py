"""The program's log: ``<data folder>/logs/cluster-desktop.log``, rotated, with personal data masked.

The log is for whoever helps when something goes wrong: it keeps the version,
the platform, the data folder, the database kind and the tracebacks, and not
what they must not read.  Every record passes :class:`PersonalDataFilter`,
which masks — in the message, its arguments and the traceback alike — IINs and
BINs the way the audit log does (all but the last four digits), e-mail
addresses, phone numbers, and the parameter lists SQLAlchemy writes into its
error messages (they hold names and addresses).  A database address is logged
without its password.

A data folder that cannot be written (a read-only stick in portable mode) must
not stop the program: the log then goes to stderr, or nowhere when a windowed
program has no stderr.
"""

from __future__ import annotations

import logging
import os
import platform
import re
import sys
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from . import __version__
from .ids import HIDDEN, mask_id_number
from .paths import make_private, private_folder

LOG_DIR = "logs"
LOG_FILE = "cluster-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"
# The program's own loggers write from INFO up; other libraries only their warnings and errors.
OWN_LOGGERS = ("cluster_desktop", "ui", "main")

log = logging.getLogger(__name__)

_ID_NUMBER = re.compile(r"(?<!\d)\d{12}(?!\d)")  # an IIN or a BIN
_EMAIL = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[\w-]+)")
_PHONE = re.compile(r"(?<![\w+])\+?[78][\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)")
_SQL_PARAMETERS = re.compile(r"^\[parameters: .*\]$", re.MULTILINE)
_URL_PASSWORD = re.compile(r"^([\w+.-]+://[^:/@]*):[^@/]*@")

_handler: logging.Handler | None = None
_log_file: Path | None = None


def _mask_id(match: re.Match[str]) -> str:
    return mask_id_number(match.group())


def _mask_phone(match: re.Match[str]) -> str:
    """The country or trunk prefix and the last two digits stay: «+7 ••• ••• •• 67»."""
    phone = match.group()
    digit = re.search(r"\d", phone)
    assert digit is not None  # the phone pattern matched digits
    first = digit.end()
    return phone[:first] + re.sub(r"\d", HIDDEN, phone[first:-2]) + phone[-2:]


def mask_text(text: str) -> str:
    """``text`` with IINs/BINs, e-mail addresses, phone numbers and SQL parameters hidden."""
    text = _SQL_PARAMETERS.sub("[parameters: hidden]", text)
    text = _ID_NUMBER.sub(_mask_id, text)
    text = _EMAIL.sub(lambda m: HIDDEN * 3 + "@" + m.group(1), text)
    return _PHONE.sub(_mask_phone, text)


class PersonalDataFilter(logging.Filter):
    """Masks a record's message, arguments, traceback and stack before any handler formats it."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a badly formatted record is still logged, masked
            message = f"{record.msg!r} % {record.args!r}"
        record.msg, record.args = mask_text(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_text(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_text(record.stack_info)
        return True


def log_folder(data_dir: Path) -> Path:
    return data_dir / LOG_DIR


def log_file() -> Path | None:
    """The file the log is written to now; None before :func:`setup_logging` or when it fell back to stderr."""
    return _log_file


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files are owner-only (POSIX): the log names the data folder and tracebacks."""

    def _open(self) -> TextIOWrapper:  # called again at each rollover
        stream = super()._open()
        make_private(Path(self.baseFilename))
        return stream


def _file_handler(path: Path) -> logging.Handler | None:
    try:
        private_folder(path.parent)
        return PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if sys.stderr is not None:
            sys.stderr.write(f"cluster-desktop: cannot write the log in {path.parent} ({reason}); logging to stderr.\n")
        return None


def _fallback_handler() -> logging.Handler:
    """stderr for warnings and errors; nothing at all when a windowed program has no stderr."""
    if sys.stderr is None:
        return logging.NullHandler()
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    return handler


def setup_logging(data_dir: Path) -> Path | None:
    """Log to ``<data_dir>/logs/cluster-desktop.log``; returns that file, or None when it fell back to stderr.

    Calling it again for the same folder changes nothing; for another folder
    the log moves there.  There is never more than one handler of ours.
    """
    global _handler, _log_file
    path = log_folder(data_dir) / LOG_FILE
    if _log_file is not None and _handler is not None and os.path.abspath(path) == os.path.abspath(_log_file):
        return _log_file
    file_handler = _file_handler(path)
    handler = file_handler or _fallback_handler()
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(PersonalDataFilter())
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    _handler, _log_file = handler, path if file_handler is not None else None
    for name in OWN_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO)
    logging.captureWarnings(True)
    return _log_file


def stop_logging() -> None:
    """Remove and close the handler of :func:`setup_logging` (tests; a program that ends)."""
    global _handler, _log_file
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
    _handler, _log_file = None, None


def describe_database(url: str | None) -> str:
    """How the log names the database: never with its password."""
    if not url:
        return "default (the data folder, or the saved connection)"
    try:
        from sqlalchemy.engine import make_url

        from .db import describe

        return describe(make_url(url))
    except Exception:  # noqa: BLE001 - an address SQLAlchemy cannot read is still logged, without a password
        return _URL_PASSWORD.sub(r"\1:***@", url)


def log_start(data_dir: Path, database_url: str | None = None, interface: str = "window") -> None:
    log.info(
        "Cluster Desktop %s starts (%s): Python %s on %s; data folder %s; database %s",
        __version__,
        interface,
        platform.python_version(),
        platform.platform(),
        data_dir,
        describe_database(database_url),
    )
