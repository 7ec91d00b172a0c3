"""The reader's limits: a zip bomb is refused at once and in little memory; too many rows or bytes; UTF-16 without a BOM."""

from __future__ import annotations

import re
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from cluster_desktop.errors import UserError
from cluster_desktop.services.import_columns import looks_like_header
from cluster_desktop.spreadsheets import reader
from cluster_desktop.spreadsheets.reader import read_table, sheet_names

SHEET_START = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
ROW = '<row><c t="inlineStr"><is><t>Сейітова Әсем</t></is></c></row>'.encode()


def small_workbook(path: Path, rows: int = 3) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ИИН", "Тегі", "Аты"])
    for n in range(rows):
        sheet.append([f"0401054{n:05d}", "Сейітова", "Әсем"])
    book.save(path)
    return path


def bomb(tmp_path: Path, megabytes: int) -> Path:
    """A real workbook whose first sheet is replaced by ``megabytes`` MB of rows packed about 300 times."""
    source = small_workbook(tmp_path / "source.xlsx")
    path = tmp_path / "bomb.xlsx"
    chunk = ROW * ((1 << 20) // len(ROW))
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as packed:
        for item in original.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                packed.writestr(item, original.read(item))
                continue
            with packed.open(item.filename, "w", force_zip64=True) as sheet:
                sheet.write(SHEET_START)
                for _ in range(megabytes):
                    sheet.write(chunk)
                sheet.write(b"</sheetData></worksheet>")
    return path


def refused_quickly(path: Path, message: str) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(UserError, match=message):
            read_table(path, header_score=looks_like_header)
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 2.0, elapsed
    assert peak < 5 * 1024 * 1024, peak  # the sheet is never unpacked, let alone parsed


def test_zip_bomb_past_the_size_limit_is_refused_at_once(tmp_path: Path) -> None:
    path = bomb(tmp_path, 260)
    assert path.stat().st_size < 3 * 1024 * 1024
    refused_quickly(path, "unpacks to more than 200 MB")
    with pytest.raises(UserError, match="unpacks to more than"):
        sheet_names(path)


def test_dense_packing_under_the_size_limit_is_refused_too(tmp_path: Path) -> None:
    path = bomb(tmp_path, 40)  # 40 MB of sheet in some 130 KB: no spreadsheet program packs like that
    refused_quickly(path, "zip bomb")


def test_a_real_workbook_passes_the_checks(tmp_path: Path) -> None:
    table = read_table(small_workbook(tmp_path / "list.xlsx", rows=500), header_score=looks_like_header)
    assert len(table.rows) == 500


def test_too_many_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "XLSX_PART_LIMIT", 5)
    refused_quickly(small_workbook(tmp_path / "list.xlsx"), "zip bomb")


def test_stated_size_past_the_row_or_column_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = small_workbook(tmp_path / "list.xlsx", rows=30)  # openpyxl states A1:C31
    monkeypatch.setattr(reader, "ROW_LIMIT", 20)
    refused_quickly(path, "more than 20 rows")
    monkeypatch.setattr(reader, "ROW_LIMIT", 200_000)
    monkeypatch.setattr(reader, "COLUMN_LIMIT", 2)
    refused_quickly(path, "more than 2 columns")


def test_rows_past_the_limit_are_refused_while_reading_when_the_size_is_not_stated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = small_workbook(tmp_path / "source.xlsx", rows=30)
    path = tmp_path / "unstated.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as packed:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb"<dimension [^>]*>", b"", data)
                assert b"dimension" not in data
            packed.writestr(item, data)
    monkeypatch.setattr(reader, "ROW_LIMIT", 20)
    with pytest.raises(UserError, match="more than 20 rows"):
        read_table(path, header_score=looks_like_header)
    monkeypatch.setattr(reader, "ROW_LIMIT", 31)
    assert len(read_table(path, header_score=looks_like_header).rows) == 30


def test_csv_past_the_byte_or_row_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "list.csv"
    path.write_text("ИИН;Тегі\n" + "".join(f"0401054{n:05d};Сейітова\n" for n in range(30)), encoding="utf-8")
    monkeypatch.setattr(reader, "ROW_LIMIT", 20)
    with pytest.raises(UserError, match="more than 20 rows"):
        read_table(path, header_score=looks_like_header)
    monkeypatch.setattr(reader, "ROW_LIMIT", 31)
    assert len(read_table(path, header_score=looks_like_header).rows) == 30
    monkeypatch.setattr(reader, "CSV_BYTES_LIMIT", 100)
    refused_quickly(path, "larger than 0 MB")


RUSSIAN = "Фамилия;Имя;Отчество\r\nКасымов;Ерлан;Серикович\r\nСейтова;Асель;Маратовна\r\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_with_few_latin_characters(tmp_path: Path, encoding: str) -> None:
    """Cyrillic in UTF-16 has no NUL bytes: only the delimiters and line ends give the encoding away."""
    path = tmp_path / "list.csv"
    path.write_bytes(RUSSIAN.encode(encoding))
    table = read_table(path, header_score=looks_like_header)
    assert table.encoding == encoding and table.delimiter == ";"
    assert table.headers == ["Фамилия", "Имя", "Отчество"]
    assert [values for _n, values in table.rows] == [["Касымов", "Ерлан", "Серикович"], ["Сейтова", "Асель", "Маратовна"]]


def test_nul_bytes_without_the_pattern_of_utf16_are_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(b"a\x00\x00b;c\r\n" * 10)
    with pytest.raises(UserError, match="not a spreadsheet"):
        read_table(path)
