"""What a cell means for one kind of field: text, an IIN, a date, a whole number.

Excel hands over numbers where people typed digits (an IIN of someone born in
2000–2009 loses its leading zero), floats for whole numbers, dates either as
dates (a date-formatted cell) or as serial numbers, and people type dates as
``dd.mm.yyyy`` or ISO.  Each converter gives the value or raises
:class:`CellProblem`, whose template the caller ties to a row and a column.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from ..dates import numeric_date, numeric_time
from ..errors import QT_TRANSLATE_NOOP
from ..ids import normalize_id_number
from .reader import Value

NOT_A_DATE = QT_TRANSLATE_NOOP("Errors", "«{value}» is not a date: write it as dd.mm.yyyy.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "«{value}» is not a whole number.")
ROUNDED_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "«{value}» was stored by Excel as a rounded number, so digits are lost: format the column as Text and type the IIN again."
)

_EXCEL_EPOCH = datetime(1899, 12, 30)
_DOTTED = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?[eE]\+?\d+$")


class CellProblem(Exception):
    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template)
        self.template = template
        self.params = params


def shown(value: Value) -> str:
    """The value as the user typed it, for messages (cut short when long)."""
    if isinstance(value, datetime):
        text = numeric_time(value) if value.time() != datetime.min.time() else numeric_date(value)
    elif isinstance(value, date):
        text = numeric_date(value)
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def to_text(value: Value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (datetime, date)):
        return shown(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def to_id_number(value: Value) -> str:
    """An IIN or BIN: a number cell gets its leading zeros back; ``9.04E+10`` is refused."""
    if value is None:
        return ""
    if isinstance(value, float):
        if not value.is_integer() or value >= 1e15:
            raise CellProblem(ROUNDED_NUMBER, value=shown(value))
        value = int(value)
    if isinstance(value, int):
        return normalize_id_number(value)
    text = str(value)
    if _SCIENTIFIC.match(text.strip()):
        raise CellProblem(ROUNDED_NUMBER, value=text)
    return normalize_id_number(text)


def to_date(value: Value) -> date | None:
    """A date cell, an Excel serial number, ``dd.mm.yyyy`` (also with / or -) or ISO ``yyyy-mm-dd``."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # 01.01.1900 … 31.12.9999
            return (_EXCEL_EPOCH + timedelta(days=int(value))).date()
        raise CellProblem(NOT_A_DATE, value=shown(value))
    text = str(value).strip()
    try:
        match = _DOTTED.match(text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            if year < 100:
                year += 2000 if year <= date.today().year % 100 else 1900
            return date(year, month, day)
        match = _ISO.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
    except ValueError:
        pass
    raise CellProblem(NOT_A_DATE, value=shown(value))


def to_int(value: Value) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellProblem(NOT_A_NUMBER, value=shown(value))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise CellProblem(NOT_A_NUMBER, value=shown(value))
    text = str(value).strip()
    match = re.match(r"^(\d{1,3})(?:\s*[-–]?\s*[^\d\s]{0,10})?$", text)  # «9», «9 класс», «10-сынып», «11А»
    if match:
        return int(match.group(1))
    raise CellProblem(NOT_A_NUMBER, value=shown(value))
