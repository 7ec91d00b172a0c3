"""The spreadsheet reader on files made here: every encoding and delimiter, Excel's habits, and broken files."""

from __future__ import annotations

import contextlib
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from cluster_desktop.errors import UserError
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.services.import_columns import looks_like_header, match_columns
from cluster_desktop.spreadsheets import reader
from cluster_desktop.spreadsheets.cells import (
    CellProblem,
    to_date,
    to_id_number,
    to_int,
)
from cluster_desktop.spreadsheets.reader import read_table, sheet_names

IIN_2004 = make_iin(date(2004, 1, 5), Sex.FEMALE, 17)  # starts with 0
HEADERS = ["ИИН", "Тегі", "Аты", "Туған күні"]
ROWS = [[IIN_2004, "Сейітова", "Әсем", "05.01.2004"], ["950703400302", "Қасымов", "Ерлан", "03.07.1995"]]


def read(path: Path, **kwargs: Any) -> reader.Table:
    return read_table(path, header_score=looks_like_header, **kwargs)


RUSSIAN_HEADERS = ["ИИН", "Фамилия", "Имя", "Дата рождения"]
RUSSIAN_ROWS = [[IIN_2004, "Сейтова", "Асель", "05.01.2004"], ["950703400302", "Касымов", "Ерлан", "03.07.1995"]]


def csv_text(delimiter: str, headers: list[str] = HEADERS, rows: list[list[str]] = ROWS) -> str:
    return "\r\n".join(delimiter.join(r) for r in [headers, *rows]) + "\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_in_every_encoding_and_delimiter(tmp_path: Path, encoding: str, delimiter: str) -> None:
    headers, rows = (RUSSIAN_HEADERS, RUSSIAN_ROWS) if encoding == "cp1251" else (HEADERS, ROWS)  # cp1251 has no Kazakh letters
    path = tmp_path / "list.csv"
    path.write_bytes(csv_text(delimiter, headers, rows).encode(encoding))
    table = read(path)
    assert table.headers == headers
    assert table.delimiter == delimiter
    assert [values for _n, values in table.rows] == rows
    assert [n for n, _v in table.rows] == [2, 3]


def test_utf16_without_bom_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes(csv_text("\t").encode("utf-16-le"))
    assert read(path).headers == HEADERS
    cp = tmp_path / "cp.csv"
    cp.write_bytes(csv_text(";", RUSSIAN_HEADERS, RUSSIAN_ROWS).encode("cp1251"))
    forced = read(cp, encoding="cp1251", delimiter=",")
    assert forced.headers == [";".join(RUSSIAN_HEADERS)]
    with pytest.raises(UserError, match="utf-8"):
        read(cp, encoding="utf-8")


def test_excel_sep_hint_line(tmp_path: Path) -> None:
    path = tmp_path / "hint.csv"
    path.write_text("sep=;\n" + csv_text(";"), encoding="utf-8")
    table = read(path)
    assert table.delimiter == ";" and table.headers == HEADERS and [n for n, _v in table.rows] == [3, 4]


def test_xlsx_numeric_iins_dates_nbsp_blank_rows_and_extra_columns(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "9 А"
    sheet.append(["Список учащихся"])
    sheet.append([])
    sheet.append(["№", "ИИН", "Фамилия", "Имя", "Дата рождения", "Любимый цвет"])
    sheet.append([1, int(IIN_2004), "\u00a0Сейітова ", "Әсем", datetime(2004, 1, 5), "синий"])
    sheet.append([None, None, None, None, None, None])
    sheet.append([2, 950703400302.0, "Қасымов", "Ерлан", "1995-07-03", None])
    other = book.create_sheet("Прочее")
    other.append(["x"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    assert sheet_names(path) == ["9 А", "Прочее"]
    table = read(path)
    assert table.headers == ["№", "ИИН", "Фамилия", "Имя", "Дата рождения", "Любимый цвет"]
    assert [n for n, _v in table.rows] == [4, 6]
    first = table.rows[0][1]
    assert first[2] == "Сейітова"
    assert to_id_number(first[1]) == IIN_2004
    assert to_id_number(table.rows[1][1][1]) == "950703400302"
    assert to_date(first[4]) == date(2004, 1, 5) and to_date(table.rows[1][1][4]) == date(1995, 7, 3)
    assert match_columns(table.headers) == {1: "iin", 2: "surname", 3: "given_name", 4: "birth_date"}
    with pytest.raises(UserError, match="no sheet «Nope»"):
        read(path, sheet="Nope")


def test_merged_header_cells(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ИИН", "ФИО", None, None, "Туған күні"])
    sheet.append([None, "Тегі", "Аты", "Әкесінің аты", None])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:D1")
    sheet.merge_cells("E1:E2")
    sheet.append([IIN_2004, "Сейітова", "Әсем", "Қанатқызы", date(2004, 1, 5)])
    path = tmp_path / "merged.xlsx"
    book.save(path)
    table = read(path)
    assert table.headers == ["ИИН", "Тегі", "Аты", "Әкесінің аты", "Туған күні"]
    assert [n for n, _v in table.rows] == [3]


def test_ten_thousand_rows(tmp_path: Path) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("List")
    sheet.append(HEADERS)
    for i in range(10_000):
        sheet.append([int(IIN_2004), f"Фамилия{i}", "Аты", date(2004, 1, 5)])
    path = tmp_path / "big.xlsx"
    book.save(path)
    table = read(path)
    assert len(table.rows) == 10_000 and table.rows[-1][0] == 10_001


def test_cell_converters() -> None:
    assert to_date(38000) == date(2004, 1, 14)
    assert to_date("5.1.04") == date(2004, 1, 5)
    assert to_date("05/01/2004") == date(2004, 1, 5)
    for bad in ("31.02.2004", "вчера", -3):
        with pytest.raises(CellProblem):
            to_date(bad)
    with pytest.raises(CellProblem, match="rounded"):
        to_id_number("4,01052E+10")
    with pytest.raises(CellProblem, match="rounded"):
        to_id_number(4.5)
    assert to_int("9 класс") == 9 and to_int("11А") == 11 and to_int(10.0) == 10
    with pytest.raises(CellProblem):
        to_int("девятый")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "empty"),
        ("empty.xlsx", b"", "empty"),
        ("blank.csv", b"\r\n , \r\n", "empty"),
        ("header-only.csv", b"IIN,Surname\r\n", "no rows"),
        ("picture.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(100), "not an Excel workbook"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "97–2003"),
        ("binary.csv", b"\x00\x01\x02\x03" * 10 + b"\xff\xfe\x00", "not a spreadsheet|cannot be read"),
    ],
)
def test_malformed_files_are_explained(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        read(path)


def test_zip_that_is_not_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(UserError, match="not an Excel workbook"):
        read(path)
    with pytest.raises(UserError, match="not an Excel workbook"):
        sheet_names(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Cannot open"):
        read(tmp_path / "nowhere.csv")


def test_huge_cell(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("IIN,Notes\r\n1," + "ы" * (reader.CELL_LIMIT + 10) + "\r\n", encoding="utf-8")
    with pytest.raises(UserError, match="row 2: a cell holds more than"):
        read(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_no_bytes_crash_the_reader(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    with contextlib.suppress(UserError):
        read(path)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.lists(st.text(max_size=30), max_size=6), max_size=8),
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_no_text_table_crashes_the_reader(tmp_path: Path, rows: list[list[str]], encoding: str, delimiter: str) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes("\n".join(delimiter.join(r) for r in rows).encode(encoding, errors="surrogatepass"))
    try:
        table = read(path)
    except UserError:
        return
    assert all(isinstance(n, int) for n, _v in table.rows)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.one_of(st.none(), st.text(max_size=20), st.integers(-10**15, 10**15), st.floats(allow_nan=True),
                                st.dates(min_value=date(1900, 3, 1))), min_size=1, max_size=12))
def test_no_xlsx_values_crash_the_reader(tmp_path: Path, cells: list[object]) -> None:
    book = Workbook()
    sheet = book.active
    try:
        assert sheet is not None
        sheet.append(["IIN", "Surname", "Notes"])
        sheet.append(cells)
    except (ValueError, TypeError, IllegalCharacterError):  # openpyxl refuses control characters itself
        return
    path = tmp_path / "fuzz.xlsx"
    book.save(path)
    try:
        table = read(path)
    except UserError:
        return
    for _n, values in table.rows:
        for value in values:
            for convert in (to_date, to_id_number, to_int):
                with contextlib.suppress(CellProblem):
                    convert(value)
