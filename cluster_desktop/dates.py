"""The one way dates and times are written for people: day.month.year, as on Kazakh and Russian papers.

The window, the documents, the spreadsheets, the messages and the commands all
write dates through here, so that none of them can drift to another form.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

NUMERIC_DATE = "%d.%m.%Y"
NUMERIC_TIME = NUMERIC_DATE + " %H:%M"
FILE_STAMP = "%Y%m%d-%H%M%S"  # sorts as text in the order of time, and is a valid file name everywhere


def numeric_date(value: date | None, missing: str = "") -> str:
    """«04.12.2026»; ``missing`` for no date."""
    return value.strftime(NUMERIC_DATE) if value else missing


def numeric_time(moment: datetime, seconds: bool = False) -> str:
    """«04.12.2026 14:05» (with «:09» seconds when asked) as ``moment`` reads: convert to local time first where needed."""
    return moment.strftime(NUMERIC_TIME + (":%S" if seconds else ""))


def file_stamp(moment: datetime) -> str:
    """«20261204-140509»: the moment in a file's name (backups, safety copies)."""
    return moment.strftime(FILE_STAMP)


def local_time(moment: datetime | None, seconds: bool = False) -> str:
    """A stored moment written in this PC's time zone: «04.12.2026 19:05»; "" for none.

    A naive moment is UTC: SQLite hands back the stored UTC time without its zone.
    """
    if moment is None:
        return ""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return numeric_time(aware.astimezone(), seconds)
