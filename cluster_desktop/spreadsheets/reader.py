"""Read a table (a header row and data rows) from an XLSX or CSV file.

Every failure is a :class:`UserError` that names the file and, where it can,
the row: the reader never lets an exception of openpyxl, ``zipfile`` or ``csv``
reach the user.  Values come back as openpyxl or CSV gave them (text, numbers,
dates), with spaces and non-breaking spaces trimmed and empty text as None;
what a value means for a field (an IIN, a date) is for :mod:`.cells` to decide.

Row numbers are those the user sees in Excel: the sheet's row for XLSX, the
record's line for CSV.  Blank rows are skipped.  The header is the row, among
the first few, whose cells look most like known column names; a header cell
left empty by a merge takes the text above it (a vertical merge) or to its left
in the rows above (a horizontal merge over sub-headers).

The reader is bounded, so that a hostile file (a «zip bomb»: a few megabytes
that unpack to gigabytes of sheet XML) is refused in a moment instead of
eating the memory for minutes.  Before openpyxl parses anything, an XLSX is
refused when its parts unpack to more than :data:`XLSX_UNPACKED_LIMIT` bytes
together, when a part over a megabyte unpacks to more than
:data:`XLSX_RATIO_LIMIT` times its packed size (real sheets pack 5–20 times),
when it has more than :data:`XLSX_PART_LIMIT` parts, or when a sheet states a
size past :data:`ROW_LIMIT` rows or :data:`COLUMN_LIMIT` columns.  A sheet
that misstates its size is cut off by the same limits while it is read.  A CSV
is refused past :data:`CSV_BYTES_LIMIT` bytes or :data:`ROW_LIMIT` rows.  The
limits are far above any list of learners a college keeps (a list of 200 000
learners in XLSX is about 60 MB unpacked).

A CSV field that begins with ``'`` before a formula start (``'=…``, ``'+7…``:
how :mod:`.writer` keeps Excel from running it) reads back without the quote.

A CSV in UTF-16 without a byte-order mark is recognised by its NUL bytes:
every character below U+0100 (digits, delimiters, line ends) has one, in the
odd bytes for little-endian and in the even ones for big-endian.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, NoReturn

from ..errors import QT_TRANSLATE_NOOP, UserError
from .writer import executable

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "Cannot open «{name}»: {reason}")
EMPTY_FILE = QT_TRANSLATE_NOOP("Errors", "«{name}» is empty: there is no table in it.")
NO_ROWS = QT_TRANSLATE_NOOP("Errors", "«{name}» has a header row but no rows of data under it.")
OLD_EXCEL = QT_TRANSLATE_NOOP(
    "Errors", "«{name}» is in the old Excel 97–2003 format: open it in Excel and save it as .xlsx (Excel workbook)."
)
NOT_XLSX = QT_TRANSLATE_NOOP(
    "Errors", "«{name}» is not an Excel workbook (.xlsx), though its name says so: it is damaged or of another kind."
)
NOT_A_TABLE = QT_TRANSLATE_NOOP("Errors", "«{name}» is not a spreadsheet: save the list from Excel as .xlsx or as CSV.")
NO_SUCH_SHEET = QT_TRANSLATE_NOOP("Errors", "«{name}» has no sheet «{sheet}»; its sheets are: {sheets}.")
BAD_ENCODING = QT_TRANSLATE_NOOP("Errors", "«{name}» cannot be read as {encoding} text (at byte {position}): choose another encoding.")
BAD_CSV = QT_TRANSLATE_NOOP("Errors", "«{name}», row {row}: {reason}")
CELL_TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors", "«{name}», row {row}: a cell holds more than {limit} characters; is this really a list of learners?"
)
TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP("Errors", "«{name}», row {row}: more than {limit} columns.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Errors", "«{name}» has more than {limit} rows: this is not a list of learners; split it or remove the empty rows at its end."
)
XLSX_TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors", "«{name}» unpacks to more than {limit} MB: it is too large to be a list of learners, or it is a damaged or hostile file."
)
XLSX_SUSPICIOUS = QT_TRANSLATE_NOOP(
    "Errors", "«{name}» is packed in a way no spreadsheet program packs it (a «zip bomb»): it was not opened."
)
CSV_TOO_BIG = QT_TRANSLATE_NOOP("Errors", "«{name}» is larger than {limit} MB: it is too large to be a list of learners.")

ENCODINGS = ("utf-8-sig", "utf-16", "cp1251")
DELIMITERS = (",", ";", "\t")
CELL_LIMIT = 100_000  # characters; Excel itself stops at 32,767
COLUMN_LIMIT = 500
ROW_LIMIT = 200_000  # rows of a sheet or records of a CSV, counting blank ones
XLSX_UNPACKED_LIMIT = 200 * 1024 * 1024  # bytes of all the parts of an XLSX once unpacked
XLSX_RATIO_LIMIT = 100  # unpacked / packed size of a part larger than XLSX_RATIO_FROM
XLSX_RATIO_FROM = 1024 * 1024
XLSX_PART_LIMIT = 10_000
CSV_BYTES_LIMIT = 50 * 1024 * 1024
_MB = 1024 * 1024
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"[A-Z]{1,3}\d+(?::([A-Z]{1,3})(\d+))?\"")
HEADER_SEARCH_ROWS = 10
_SEP_HINT = re.compile(r"^sep=(.)\r?\n")
_NBSP_AND_SPACES = " \t\r\n\u00a0\u2007\u202f\ufeff\u200b"

Value = str | int | float | date | datetime | time | None


@dataclass
class Table:
    """A header and the non-blank rows under it, each with its row number as Excel shows it."""

    headers: list[str]
    rows: list[tuple[int, list[Value]]]
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only


def clean_value(value: Any) -> Value:
    """Trim spaces (non-breaking ones too); empty text is None."""
    if isinstance(value, str):
        text = value.strip(_NBSP_AND_SPACES)
        return text or None
    if value is None or (isinstance(value, (int, float, date, datetime, time)) and not isinstance(value, bool)):
        return value
    return str(value)


def _is_blank(row: Sequence[Value]) -> bool:
    return all(v is None for v in row)


def sheet_names(path: Path) -> list[str]:
    """The sheets of an XLSX file (a CSV has one, unnamed: [""])."""
    path = Path(path)
    if _kind(path) != "xlsx":
        return [""]
    book = _open_workbook(path)
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def read_table(
    path: Path,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    header_score: Callable[[str], bool] | None = None,
) -> Table:
    """Read ``path``; ``header_score(text)`` says whether a cell looks like a known column name.

    ``sheet`` (XLSX), ``encoding`` and ``delimiter`` (CSV) override what is detected.
    """
    path = Path(path)
    kind = _kind(path)
    if kind == "xlsx":
        sheet_title, sheets, raw = _read_xlsx(path, sheet)
        table = _build_table(path, raw, header_score)
        table.sheet, table.sheets = sheet_title, sheets
        return table
    used_encoding, used_delimiter, raw = _read_csv(path, encoding, delimiter)
    table = _build_table(path, raw, header_score)
    table.encoding, table.delimiter, table.sheets = used_encoding, used_delimiter, [""]
    return table


# -- which kind of file --------------------------------------------------------
def _head(path: Path, size: int = 8) -> bytes:
    try:
        with open(path, "rb") as stream:
            return stream.read(size)
    except OSError as exc:
        raise UserError(NOT_FOUND, name=path.name, reason=exc.strerror or str(exc)) from exc


def _kind(path: Path) -> str:
    head = _head(path)
    if not head:
        raise UserError(EMPTY_FILE, name=path.name)
    suffix = path.suffix.lower()
    if head.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".xls":
        raise UserError(OLD_EXCEL, name=path.name)
    if head.startswith(b"PK"):
        return "xlsx"
    if suffix in (".xlsx", ".xlsm"):
        raise UserError(NOT_XLSX, name=path.name)
    return "csv"


# -- XLSX ----------------------------------------------------------------------
def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def check_xlsx_size(path: Path) -> None:
    """Refuse an XLSX whose parts unpack too large, too densely, or whose sheets state too many rows or columns.

    Reads only the zip directory and the first 4 KB of each sheet, so it costs
    the same for a zip bomb as for a small list.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            if len(parts) > XLSX_PART_LIMIT:
                raise UserError(XLSX_SUSPICIOUS, name=path.name)
            if sum(p.file_size for p in parts) > XLSX_UNPACKED_LIMIT:
                raise UserError(XLSX_TOO_BIG, name=path.name, limit=XLSX_UNPACKED_LIMIT // _MB)
            for part in parts:
                if part.file_size > XLSX_RATIO_FROM and part.file_size > XLSX_RATIO_LIMIT * max(part.compress_size, 1):
                    raise UserError(XLSX_SUSPICIOUS, name=path.name)
            for part in parts:
                if part.filename.startswith("xl/worksheets/") and part.filename.endswith(".xml"):
                    with archive.open(part) as stream:
                        found = _DIMENSION.search(stream.read(4096))
                    if found and found.group(1):
                        if int(found.group(2)) > ROW_LIMIT:
                            raise UserError(TOO_MANY_ROWS, name=path.name, limit=ROW_LIMIT)
                        if _column_number(found.group(1).decode("ascii")) > COLUMN_LIMIT:
                            raise UserError(TOO_MANY_COLUMNS, name=path.name, row=1, limit=COLUMN_LIMIT)
    except UserError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, ValueError, EOFError) as exc:
        raise UserError(NOT_XLSX, name=path.name) from exc
    except OSError as exc:
        if exc.errno is not None:
            raise UserError(NOT_FOUND, name=path.name, reason=exc.strerror or str(exc)) from exc
        raise UserError(NOT_XLSX, name=path.name) from exc


def _open_workbook(path: Path) -> Any:
    from openpyxl import load_workbook

    check_xlsx_size(path)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError, AttributeError, EOFError, OSError) as exc:
        if isinstance(exc, OSError) and not isinstance(exc, zipfile.BadZipFile) and exc.errno is not None:
            raise UserError(NOT_FOUND, name=path.name, reason=exc.strerror or str(exc)) from exc
        raise UserError(NOT_XLSX, name=path.name) from exc
    except Exception as exc:
        raise UserError(NOT_XLSX, name=path.name) from exc


def _read_xlsx(path: Path, wanted: str | None) -> tuple[str, list[str], Iterable[tuple[int, list[Value]]]]:
    book = _open_workbook(path)
    sheets = list(book.sheetnames)
    if wanted:
        if wanted not in sheets:
            book.close()
            raise UserError(NO_SUCH_SHEET, name=path.name, sheet=wanted, sheets=", ".join(f"«{s}»" for s in sheets))
        worksheet = book[wanted]
    else:
        worksheet = book.worksheets[0] if book.worksheets else None
        if worksheet is None:
            book.close()
            raise UserError(EMPTY_FILE, name=path.name)
    title = worksheet.title

    def rows() -> Iterable[tuple[int, list[Value]]]:
        try:
            if hasattr(worksheet, "reset_dimensions"):
                # Other programs may misstate the size (A1:A1 cuts the sheet to one cell) or omit it
                # (asking for it parses the whole sheet once more): read to the end, whatever it says.
                worksheet.reset_dimensions()
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                if number > ROW_LIMIT:
                    raise UserError(TOO_MANY_ROWS, name=path.name, limit=ROW_LIMIT)
                if len(values) > COLUMN_LIMIT:
                    values = values[:COLUMN_LIMIT] if _is_blank(values[COLUMN_LIMIT:]) else _too_wide(path, number)
                yield number, [clean_value(v) for v in values]
        except UserError:
            raise
        except Exception as exc:
            raise UserError(NOT_XLSX, name=path.name) from exc
        finally:
            book.close()

    return title, sheets, rows()


def _too_wide(path: Path, row: int) -> NoReturn:
    raise UserError(TOO_MANY_COLUMNS, name=path.name, row=row, limit=COLUMN_LIMIT)


# -- CSV -----------------------------------------------------------------------
def _decode(path: Path, data: bytes, encoding: str | None) -> tuple[str, str]:
    if encoding is None:
        if data.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = "utf-16"
        elif b"\x00" in data[:65536]:
            found = _utf16_without_bom(data[:65536])
            if found is None:
                raise UserError(NOT_A_TABLE, name=path.name)
            encoding = found
        else:
            try:
                return "utf-8", data.decode("utf-8")
            except UnicodeDecodeError:
                encoding = "cp1251"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UserError(BAD_ENCODING, name=path.name, encoding=encoding, position=exc.start) from exc
    except LookupError as exc:
        raise UserError(BAD_ENCODING, name=path.name, encoding=encoding, position=0) from exc
    if "\x00" in text:
        raise UserError(NOT_A_TABLE, name=path.name)
    return encoding, text


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the NUL bytes all fall on one side of the byte pairs.

    Text in UTF-8 or cp1251 has no NUL bytes at all; UTF-16 has one in every
    character below U+0100 (each delimiter and line end), in the high byte.
    """
    sample = sample[: len(sample) // 2 * 2]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd and odd >= 20 * even:
        return "utf-16-le"
    if even and even >= 20 * odd:
        return "utf-16-be"
    return None


def _unquoted(text: str) -> str:
    """A field the writer (or any careful program) quoted against Excel formulas, ``'=…``, back as typed."""
    return text[1:] if text.startswith("'") and executable(text[1:]) else text


def detect_delimiter(text: str) -> str:
    """The delimiter among , ; and tab that splits the first lines most evenly and most often."""
    lines = [line for line in text[:65536].splitlines()[:20] if line.strip()]
    best, best_score = ",", (-1, -1)
    for candidate in DELIMITERS:
        counts = [line.count(candidate) for line in lines]
        if not counts or counts[0] == 0:
            continue
        steady = sum(1 for c in counts if c == counts[0])
        score = (steady, counts[0])
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_csv(path: Path, encoding: str | None, delimiter: str | None) -> tuple[str, str, Iterable[tuple[int, list[Value]]]]:
    try:
        if path.stat().st_size > CSV_BYTES_LIMIT:
            raise UserError(CSV_TOO_BIG, name=path.name, limit=CSV_BYTES_LIMIT // _MB)
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(NOT_FOUND, name=path.name, reason=exc.strerror or str(exc)) from exc
    used_encoding, text = _decode(path, data, encoding)
    text = text.removeprefix("\ufeff")
    hint = _SEP_HINT.match(text)
    skip = 0
    if hint:  # Excel's «sep=;» first line names the delimiter and is not part of the table
        delimiter, skip = delimiter or hint.group(1), 1
    used_delimiter = delimiter or detect_delimiter(text)
    csv.field_size_limit(CELL_LIMIT)

    def rows() -> Iterable[tuple[int, list[Value]]]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=used_delimiter)
        number = 0
        try:
            for number, values in enumerate(reader, start=1):
                if number <= skip:
                    continue
                if number > ROW_LIMIT + skip:
                    raise UserError(TOO_MANY_ROWS, name=path.name, limit=ROW_LIMIT)
                if len(values) > COLUMN_LIMIT:
                    values = values[:COLUMN_LIMIT] if not any(v.strip() for v in values[COLUMN_LIMIT:]) else _too_wide(path, number)
                yield number, [clean_value(_unquoted(v)) for v in values]
        except csv.Error as exc:
            if "field larger" in str(exc):
                raise UserError(CELL_TOO_BIG, name=path.name, row=number + 1, limit=CELL_LIMIT) from exc
            raise UserError(BAD_CSV, name=path.name, row=number + 1, reason=str(exc)) from exc

    return used_encoding, used_delimiter, rows()


# -- header and rows ---------------------------------------------------------------
def _header_text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _build_table(path: Path, raw: Iterable[tuple[int, list[Value]]], header_score: Callable[[str], bool] | None) -> Table:
    iterator = iter(raw)
    top: list[tuple[int, list[Value]]] = []
    for number, values in iterator:
        if not _is_blank(values):
            top.append((number, values))
            if len(top) == HEADER_SEARCH_ROWS:
                break
    if not top:
        raise UserError(EMPTY_FILE, name=path.name)
    score = header_score or (lambda _text: False)
    scores = [sum(1 for v in values if v is not None and score(_header_text(v))) for _n, values in top]
    best = max(range(len(top)), key=lambda i: (scores[i], -i)) if max(scores) > 0 else 0
    while best + 1 < len(top) and top[best + 1][0] == top[best][0] + 1 and _mostly_headers(top[best + 1][1], scores[best + 1]):
        best += 1  # sub-headers under merged cells: the header is the lowest of the header rows
    first = best
    while first > 0 and scores[first - 1] > 0 and top[first - 1][0] == top[first][0] - 1:
        first -= 1  # header rows directly above that also name columns: a two-row header with merges
    headers = _merged_headers([values for _n, values in top[first : best + 1]])
    rows = [(n, v) for n, v in top[best + 1 :]]
    for number, values in iterator:
        if not _is_blank(values):
            rows.append((number, values))
    width = max([len(headers)] + [len(v) for _n, v in rows])
    headers += [""] * (width - len(headers))
    if not rows:
        raise UserError(NO_ROWS, name=path.name)
    return Table(headers=headers, rows=rows)


def _mostly_headers(values: list[Value], score: int) -> bool:
    filled = sum(1 for v in values if v is not None)
    return score > 0 and score * 2 >= filled


def _merged_headers(header_rows: list[list[Value]]) -> list[str]:
    """The last row's texts, its blanks filled from the rows above (merged cells leave them blank)."""
    *above, last = header_rows
    width = max(len(r) for r in header_rows)
    filled_above: list[list[str]] = []
    for values in above:
        texts = [_header_text(v) for v in values] + [""] * (width - len(values))
        previous = ""
        for i, text in enumerate(texts):  # a horizontal merge spans sub-headers: carry it right
            previous = text or previous
            texts[i] = previous
        filled_above.append(texts)
    headers = []
    for i in range(width):
        text = _header_text(last[i]) if i < len(last) else ""
        if not text:
            text = next((row[i] for row in reversed(filled_above) if row[i]), "")
        headers.append(text)
    while headers and not headers[-1]:
        headers.pop()
    return headers
