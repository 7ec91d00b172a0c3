"""Settings → College details: what certificates and agreements print about the college."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cluster_desktop.college import load_college_details
from cluster_desktop.db import Database
from cluster_desktop.ids import make_bin
from tests.ui.conftest import wait_idle
from ui.dialogs.college_dialog import CollegeDialog
from ui.main_window import MainWindow

BIN = make_bin(2003, 5, 4, 1234)


def save(qtbot: QtBot, dialog: CollegeDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)


def test_details_are_saved_and_shown_again(qtbot: QtBot, type_text: Callable[[QWidget, str], None], database: Database, tmp_path: Path) -> None:
    dialog = CollegeDialog(database)
    qtbot.addWidget(dialog)
    dialog.open()
    wait_idle(qtbot)
    type_text(dialog.fields.name_kk, "Хромтау тау-кен техникалық колледжі")
    type_text(dialog.fields.bin, "123")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "12 digits" in dialog._errors["bin"].text()

    dialog.fields.bin.clear()
    type_text(dialog.fields.bin, BIN)
    type_text(dialog.fields.city_kk, "Хромтау")
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("darkblue"))
    logo = tmp_path / "logo.png"
    image.save(str(logo))
    dialog.fields.load_logo(logo)
    assert dialog.fields.remove_logo.isEnabled()
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    with database.session() as session:
        details = load_college_details(session)
    assert (details.name_kk, details.bin, details.city_kk) == ("Хромтау тау-кен техникалық колледжі", BIN, "Хромтау")
    assert details.logo == logo.read_bytes()

    again = CollegeDialog(database)
    qtbot.addWidget(again)
    again.open()
    wait_idle(qtbot)
    assert again.fields.name_kk.text() == "Хромтау тау-кен техникалық колледжі"
    assert again.fields.logo_preview.pixmap() is not None and not again.fields.logo_preview.pixmap().isNull()


def test_a_file_that_is_not_an_image_is_refused(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    dialog = CollegeDialog(database)
    qtbot.addWidget(dialog)
    dialog.open()
    wait_idle(qtbot)
    fake = tmp_path / "logo.png"
    fake.write_text("not an image")
    dialog.fields.load_logo(fake)
    assert "not a PNG or JPEG" in dialog._errors["logo"].text()
    assert not dialog.fields.remove_logo.isEnabled()


def test_settings_menu_opens_the_dialog_once_the_database_is_there(qtbot: QtBot, database: Database) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.college_action.isEnabled()
    window.attach_database(database)
    assert window.college_action.isEnabled()
    dialog = window.edit_college_details()
    assert isinstance(dialog, CollegeDialog) and dialog.isVisible()
    wait_idle(qtbot)
    dialog.close()
