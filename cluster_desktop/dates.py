"""The one way dates and times are written for people: day.month.year, as on Kazakh and Russian papers.

The window, the documents, the spreadsheets, the messages and the commands all
write dates through here, so that none of them can drift to another form.
"""

from __future__ import annotations

import argparse
import re
from datetime import UTC, date, datetime

from .errors import QT_TRANSLATE_NOOP

NUMERIC_DATE = "%d.%m.%Y"
NUMERIC_TIME = NUMERIC_DATE + " %H:%M"
FILE_STAMP = "%Y%m%d-%H%M%S"  # sorts as text in the order of time, and is a valid file name everywhere
# What every date option of the command line says it takes (its metavar and help).
DATE_FORMS = "DD.MM.YYYY or YYYY-MM-DD"
NOT_A_DATE_ARGUMENT = QT_TRANSLATE_NOOP("Errors", "«{text}» is not a date: write it as DD.MM.YYYY or YYYY-MM-DD, e.g. 04.12.2026")
_DOTTED = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")


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


def parse_date(text: str) -> date | None:
    """A date as a person types it: «04.12.2026» (also «4.12.2026») or ISO «2026-12-04»; None for anything else.

    Only a four-digit year: «04.12.26» could be 1926 or 2026.
    """
    text = text.strip()
    if match := _DOTTED.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
    elif match := _ISO.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:  # 31.02.2026
        return None


class DateArgumentError(argparse.ArgumentTypeError):
    """A date option's value that is not a date; argparse names the option before the message.

    The message is in the command line's language (the global ``--lang``), as argparse prints it.
    """

    def __init__(self, text: str) -> None:
        from .catalog import MESSAGES_LANGUAGE, translate

        self.template = NOT_A_DATE_ARGUMENT
        self.params = {"text": text}
        super().__init__(translate(MESSAGES_LANGUAGE.get(), self.template).format(**self.params))


def date_argument(text: str) -> date:
    """The argparse type of every date option of the command line: DD.MM.YYYY or YYYY-MM-DD."""
    found = parse_date(text)
    if found is None:
        raise DateArgumentError(text)
    return found


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later (or earlier); 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year + years, day=28)
