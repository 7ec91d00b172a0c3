"""Write a list (headers and rows) as XLSX or CSV, chosen by the file's suffix.

The file appears whole or not at all: rows go to a temporary file beside the
target, which replaces the target only once everything is written.  CSV is
UTF-8 with a BOM so that Excel shows Kazakh letters right.

No cell is ever something Excel would execute (CSV injection): text that
begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
leading ``'`` in CSV (the OWASP rule) and is stored as text (never as a
formula, and marked «quote prefix» so that editing it keeps it text) in XLSX.
Numbers stay numbers, negative ones too.  :func:`csv_text` and
:func:`xlsx_cell` are the one place for this; every CSV or XLSX the program
writes goes through them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from ..dates import numeric_date, numeric_time
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..files import atomic_write

UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("Errors", "Cannot write «{name}»: choose a file ending in .xlsx or .csv.")
FORMATS = (".xlsx", ".csv")
SHEET_TITLE_LIMIT = 31  # Excel's limit

Cell = str | int | float | Decimal | date | datetime | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def executable(value: object) -> bool:
    """Whether ``value`` is text that a spreadsheet program would take for a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_text(value: Cell) -> str:
    """The CSV field for ``value``: dates as dd.mm.yyyy, text that could run as a formula behind a ``'``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return numeric_time(value)
    if isinstance(value, date):
        return numeric_date(value)
    if isinstance(value, str):
        return "'" + value if executable(value) else value
    return str(value)


def xlsx_cell(sheet: Any, value: Any) -> Any:
    """What to append to an openpyxl ``sheet`` for ``value``: text that looks like a formula stays text.

    openpyxl stores any string beginning with ``=`` as a live formula; such
    text (and the other formula starts) becomes an explicit text cell.
    Decimals become floats; everything else passes as it is.
    """
    if isinstance(value, Decimal):
        return float(value)
    if not executable(value):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def _write_csv(stream: BinaryIO, headers: Sequence[str], rows: Iterable[Sequence[Cell]], tick: Callable[[], None]) -> None:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(text, delimiter=",")
        writer.writerow([csv_text(h) for h in headers])
        for row in rows:
            writer.writerow([csv_text(v) for v in row])
            tick()
    finally:
        text.detach()  # flushes; the stream itself belongs to atomic_write, which closes it


def _write_xlsx(stream: BinaryIO, headers: Sequence[str], rows: Iterable[Sequence[Cell]], title: str, tick: Callable[[], None]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=(title or "List")[:SHEET_TITLE_LIMIT])
    sheet.append([xlsx_cell(sheet, h) for h in headers])
    for row in rows:
        sheet.append([xlsx_cell(sheet, v) for v in row])
        tick()
    book.save(stream)


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    title: str = "",
    on_row: Callable[[], None] | None = None,
) -> Path:
    """Write ``rows`` under ``headers`` to ``path`` (.xlsx or .csv); ``on_row`` is called after each row.

    ``on_row`` may raise (a cancel): the target is then left as it was.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(UNKNOWN_FORMAT, name=path.name)
    tick = on_row or (lambda: None)

    def write(stream: BinaryIO) -> None:
        if suffix == ".csv":
            _write_csv(stream, headers, rows, tick)
        else:
            _write_xlsx(stream, headers, rows, title, tick)

    atomic_write(path, write)
    return path
