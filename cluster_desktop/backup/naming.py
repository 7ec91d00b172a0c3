"""Archive file names: the college, the quarter and a timestamp, valid on FAT32, exFAT, NTFS and ext4.

``Khromtau-Mining-College_2026-Q4_20261126-083600.cdbackup``: ASCII letters,
digits, ``-`` and ``_`` only, so no file system and no Windows rule refuses it,
and it sorts by time within one college.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path

from ..dates import file_stamp
from ..errors import QT_TRANSLATE_NOOP
from ..periods import Quarter
from . import BackupError

EXTENSION = ".cdbackup"
PARTIAL_SUFFIX = ".partial"
GENERIC_NAME = "Cluster-Desktop"
MAX_COLLEGE_PART = 40
WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
NAME_PATTERN = re.compile(r"^(?P<college>[A-Za-z0-9-]+)_(?P<year>\d{4})-Q(?P<q>[1-4])_(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.cdbackup$")

BAD_NAME = QT_TRANSLATE_NOOP("Errors", "The name «{name}» cannot be used for a file on a USB stick or on Windows ({reason}).")
REASON_CHARACTERS = QT_TRANSLATE_NOOP("Errors", "it contains one of < > : \" / \\ | ? * or a control character")
REASON_RESERVED = QT_TRANSLATE_NOOP("Errors", "Windows reserves the name {reserved}")
REASON_ENDING = QT_TRANSLATE_NOOP("Errors", "it ends with a dot or a space")
REASON_LENGTH = QT_TRANSLATE_NOOP("Errors", "it is longer than 255 characters")


def college_part(name: str) -> str:
    """ASCII letters and digits of the college's name joined by ``-``, or a generic name."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[A-Za-z0-9]+", ascii_text)
    part = "-".join(words)[:MAX_COLLEGE_PART].strip("-")
    return part or GENERIC_NAME


def archive_name(college: str, moment: datetime, serial: int = 0) -> str:
    """The file name of a backup made at ``moment`` (local time); ``serial`` > 0 when the name is taken."""
    suffix = f"-{serial}" if serial else ""
    name = f"{college_part(college)}_{Quarter.of(moment.date())}_{file_stamp(moment)}{suffix}{EXTENSION}"
    check_portable_name(name)
    return name


def check_portable_name(name: str) -> None:
    """Refuse a file name that FAT32, exFAT, NTFS or Windows would refuse."""
    reason: str | None = None
    params: dict[str, str] = {}
    if any(ch in WINDOWS_FORBIDDEN for ch in name):
        reason = REASON_CHARACTERS
    elif name.split(".")[0].strip().upper() in WINDOWS_RESERVED:
        reason, params = REASON_RESERVED, {"reserved": name.split(".")[0].upper()}
    elif name.endswith((".", " ")):
        reason = REASON_ENDING
    elif len(name) > 255 or not name:
        reason = REASON_LENGTH
    if reason is not None:
        raise BackupError(BAD_NAME, name=name, reason=reason.format(**params))


def quarter_of_name(name: str) -> Quarter | None:
    match = NAME_PATTERN.match(name)
    return Quarter(int(match["year"]), int(match["q"])) if match else None


def archives_in(folder: Path) -> list[Path]:
    """Our archives in ``folder`` (not temporary files), oldest first by name's timestamp."""
    try:
        found = [p for p in folder.iterdir() if p.name.endswith(EXTENSION) and p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: (_stamp(p.name), p.name))


def _stamp(name: str) -> str:
    match = NAME_PATTERN.match(name)
    return match["stamp"] if match else ""


def rotation_victims(folder: Path, keep_quarters: int) -> list[Path]:
    """Archives of quarters older than the last ``keep_quarters`` quarters that have a backup."""
    by_quarter: dict[Quarter, list[Path]] = {}
    for path in archives_in(folder):
        quarter = quarter_of_name(path.name)
        if quarter is not None:
            by_quarter.setdefault(quarter, []).append(path)
    kept = sorted(by_quarter, key=Quarter.sort_key, reverse=True)[:keep_quarters]
    return [p for q, paths in by_quarter.items() if q not in kept for p in paths]
