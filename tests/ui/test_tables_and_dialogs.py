"""The shared pieces of the window: Columns that colour and edit, the file dialog that remembers, the font roles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui import style
from ui.file_dialogs import FileKind, ask_for_path, last_folder
from ui.list_table_model import ListTableModel
from ui.sql_table_model import Column

Line = tuple[str, int]


def columns() -> list[Column[Line]]:
    return [
        Column(lambda: "Name", lambda r: r[0], tooltip=lambda r: f"{r[0]} ({r[1]})", edit=lambda r, text: (text, r[1])),
        Column(lambda: "Balance", lambda r: str(r[1]), foreground=lambda r: style.ERROR if r[1] < 0 else None,
               background=lambda r: style.ERROR_BACKGROUND if r[1] < 0 else None),
    ]


def test_a_column_colours_tooltips_and_edits_its_rows(qtbot: QtBot) -> None:
    model = ListTableModel(columns())
    model.set_rows([("Донской ГОК", -4), ("ERG", 2)])
    short, over = model.index(0, 1), model.index(1, 1)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Balance"
    assert short.data(Qt.ItemDataRole.ForegroundRole) == QColor(style.ERROR)
    assert short.data(Qt.ItemDataRole.BackgroundRole) == QColor(style.ERROR_BACKGROUND)
    assert over.data(Qt.ItemDataRole.ForegroundRole) is None and over.data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Донской ГОК (-4)"
    assert over.data(Qt.ItemDataRole.ToolTipRole) == "2"  # no tooltip given: the text shown
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(short) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(1, 0), "ERG Corporate University") and model.rows[1] == ("ERG Corporate University", 2)
    assert not model.setData(short, "5") and model.rows[0] == ("Донской ГОК", -4)
    model.append_row(("Talap", 0))
    model.remove_row(0)
    assert [model.text(r, 0) for r in range(model.rowCount())] == ["ERG Corporate University", "Talap"]


def test_the_file_dialog_opens_where_the_last_file_of_its_kind_was(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[Path] = []
    (tmp_path / "stick").mkdir()
    dialog = ask_for_path(parent, FileKind.EXPORT, "Export", chosen.append, filters=["Excel (*.xlsx)"], save=True, name="list.xlsx")
    assert dialog.objectName() == "export_file_dialog" and dialog.isVisible()
    dialog.fileSelected.emit(str(tmp_path / "stick" / "list.xlsx"))
    dialog.close()
    assert chosen == [tmp_path / "stick" / "list.xlsx"]
    assert last_folder(FileKind.EXPORT) == str(tmp_path / "stick")
    assert last_folder(FileKind.IMPORT) != str(tmp_path / "stick")  # each kind remembers its own
    again = ask_for_path(parent, FileKind.EXPORT, "Export", chosen.append, save=True, name="other.xlsx")
    assert Path(again.directory().absolutePath()) == tmp_path / "stick"
    again.close()
    folder = ask_for_path(parent, FileKind.BACKUP, "Backups", chosen.append, folder=True, start=str(tmp_path))
    folder.fileSelected.emit(str(tmp_path / "stick"))
    folder.close()
    assert last_folder(FileKind.BACKUP) == str(tmp_path / "stick")  # a folder is remembered itself, not its parent


def test_a_font_role_is_measured_from_the_application_font(qtbot: QtBot) -> None:
    label = QLabel("81,0 %")
    qtbot.addWidget(label)
    base = label.font().pointSizeF()
    style.set_font_role(label, style.FontRole.FIGURE)
    style.set_font_role(label, style.FontRole.FIGURE)  # twice: not 1.25 × 1.25
    assert label.font().bold() and abs(label.font().pointSizeF() - base * 1.25) < 0.01
    style.paint(label, style.ERROR, style.FontRole.NORMAL)
    assert not label.font().bold() and label.styleSheet() == f"color: {style.ERROR};"
