"""Columns fit their table: text columns give up width, dates and numbers and headers do not, the user's widths stay."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.column_fit import ColumnFit, fitted_widths, header_width
from ui.list_table_model import ListTableModel
from ui.sql_table_model import RIGHT, Column, list_view

ROWS = [("Сейітова Әсем Нұрланқызы", "Донской ГОК — филиал АО «ТНК Казхром»", date(2026, 6, 30), "Жұмыс істейді")] * 3


def columns() -> list[Column[tuple[str, str, date, str]]]:
    return [
        Column(lambda: "Аты-жөні", lambda r: r[0]),
        Column(lambda: "Жұмыс беруші", lambda r: r[1]),
        Column(lambda: "Бітірген күні", lambda r: r[2].strftime("%d.%m.%Y"), align=RIGHT),
        Column(lambda: "Мәртебесі", lambda r: r[3]),
    ]


def test_text_columns_shrink_in_proportion_down_to_their_floor() -> None:
    assert fitted_widths([300, 100, 200], [80, 100, 80], [False, True, False], 1000) == [300, 100, 200]
    assert fitted_widths([300, 100, 200], [80, 100, 80], [False, True, False], 500) == [
        235,
        100,
        164,
    ]  # 100 px taken from 220 and 120 px of room
    assert fitted_widths([300, 100, 200], [80, 100, 80], [False, True, False], 100) == [80, 100, 80]  # never below a floor


def test_a_narrow_table_keeps_every_header_and_date_whole_and_the_last_column_on_screen(qtbot: QtBot) -> None:
    model = ListTableModel(columns())
    table = list_view(model, "jobs", (300, 320, 60, 200), sortable=False)
    qtbot.addWidget(table)
    table.resize(560, 200)
    table.show()
    model.set_rows(ROWS)
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width())
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    assert header.sectionSize(2) >= metrics.horizontalAdvance("30.06.2026") + 6  # the date is never cut
    for column in range(4):
        assert header.sectionSize(column) >= header_width(header, str(model.headerData(column, Qt.Orientation.Horizontal)))
    assert header.sectionViewportPosition(3) < table.viewport().width()
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == ROWS[0][1]  # a shortened name reads whole
    assert model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Мәртебесі"


def test_widths_the_user_chose_are_left_alone(qtbot: QtBot) -> None:
    model = ListTableModel(columns())
    table = list_view(model, "jobs", (300, 320, 100, 200), sortable=False)
    qtbot.addWidget(table)
    table.resize(1200, 200)
    table.show()
    model.set_rows(ROWS)
    qtbot.waitUntil(lambda: table.isVisible())
    header = table.horizontalHeader()
    header.resizeSection(0, 420)  # dragged
    header.resizeSection(2, 30)  # too narrow for its dates (as a layout remembered in the other language may be)
    table.resize(560, 200)
    qtbot.wait(10)
    assert header.sectionSize(0) == 420
    assert header.sectionSize(2) >= table.fontMetrics().horizontalAdvance("30.06.2026") + 6  # widened for its dates only
    assert table.findChild(ColumnFit) is not None


def test_room_left_over_goes_to_the_names_that_lack_it() -> None:
    # 100 px to spare: the first column lacks 150 px, the second 50 px, the number none
    assert fitted_widths([200, 100, 80], [80, 80, 80], [False, False, True], 480, [350, 150, 60]) == [275, 125, 80]
    assert fitted_widths([200, 100, 80], [80, 80, 80], [False, False, True], 900, [350, 150, 60]) == [
        350,
        150,
        80,
    ]  # never past their texts
