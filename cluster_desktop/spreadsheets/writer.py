"""Write a list (headers and rows) as XLSX or CSV, chosen by the file's suffix.

The file appears whole or not at all: rows go to a temporary file beside the
target, which replaces the target only once everything is written.  CSV is
UTF-8 with a BOM so that Excel shows Kazakh letters right.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from ..dates import numeric_date, numeric_time
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..files import atomic_write

UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("Errors", "Cannot write «{name}»: choose a file ending in .xlsx or .csv.")
FORMATS = (".xlsx", ".csv")
SHEET_TITLE_LIMIT = 31  # Excel's limit

Cell = str | int | float | Decimal | date | datetime | None


def _csv_value(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return numeric_time(value)
    if isinstance(value, date):
        return numeric_date(value)
    return str(value)


def _write_csv(stream: BinaryIO, headers: Sequence[str], rows: Iterable[Sequence[Cell]], tick: Callable[[], None]) -> None:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(text, delimiter=",")
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_value(v) for v in row])
            tick()
    finally:
        text.detach()  # flushes; the stream itself belongs to atomic_write, which closes it


def _write_xlsx(stream: BinaryIO, headers: Sequence[str], rows: Iterable[Sequence[Cell]], title: str, tick: Callable[[], None]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=(title or "List")[:SHEET_TITLE_LIMIT])
    sheet.append(list(headers))
    for row in rows:
        sheet.append([float(v) if isinstance(v, Decimal) else v for v in row])
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
