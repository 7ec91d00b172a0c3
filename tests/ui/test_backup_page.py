"""The Backup page and the quarterly reminder, driven as the registrar would."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, func, select

from cluster_desktop.db import Database
from cluster_desktop.demo import fill_demo_data
from cluster_desktop.models import Person
from tests.conftest import FAST_KDF
from tests.narrowing import present
from tests.ui.conftest import wait_idle
from ui.app import Controller
from ui.dialogs.passphrase_dialog import PassphraseDialog
from ui.pages.backup_page import BackupPage

PASSPHRASE = "correct horse battery"


def learners(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def page(qtbot: QtBot, database: Database, stick: Path) -> BackupPage:
    with database.session() as session:
        fill_demo_data(session, learners=30, today=date(2026, 10, 1))
    widget = BackupPage(database, kdf=FAST_KDF)
    qtbot.addWidget(widget)
    widget.resize(1000, 620)
    widget.show()
    widget.set_folder(stick)
    wait_idle(qtbot)
    return widget


def back_up(qtbot: QtBot, page: BackupPage, passphrase: str = PASSPHRASE) -> None:
    dialog = page.back_up_now()
    assert isinstance(dialog, PassphraseDialog)
    dialog.passphrase.setText(passphrase)
    if dialog.again.isVisible():
        dialog.again.setText(passphrase)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    wait_idle(qtbot)  # the list and the status reload after the backup


def test_first_backup_asks_twice_then_lists_it(qtbot: QtBot, page: BackupPage, stick: Path) -> None:
    assert page.last_label.text() == "No verified backup has been made yet."
    dialog = page.back_up_now()
    assert isinstance(dialog, PassphraseDialog)
    assert dialog.again.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE + "x")
    assert not ok.isEnabled() and "differ" in dialog.error.text()
    dialog.again.setText(PASSPHRASE)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    wait_idle(qtbot)
    assert "written and verified" in page.status.text()
    assert page.model.rowCount() == 1
    assert page.model.text(0, 4) == "30"
    assert page.model.text(0, 5).endswith(".cdbackup")
    assert page.last_label.text().startswith("Last verified backup:")
    later = page.back_up_now()
    assert isinstance(later, PassphraseDialog)
    assert not later.again.isVisible()  # later backups ask once …
    later.new_passphrase.setChecked(True)  # … unless the user chooses a new passphrase
    assert later.again.isVisible() and later.is_new()
    later.reject()
    page.grab().save("/tmp/backup.png")


def test_verify_and_wrong_passphrase(qtbot: QtBot, page: BackupPage, monkeypatch: pytest.MonkeyPatch) -> None:
    back_up(qtbot, page)
    shown: list[str] = []
    monkeypatch.setattr("ui.pages.backup_page.show_error", lambda _parent, exc: shown.append(str(exc)))
    dialog = page.verify_selected()
    assert dialog is not None
    dialog.passphrase.setText("not the passphrase")
    dialog.accept()
    wait_idle(qtbot)
    assert shown and "passphrase is wrong" in shown[0]
    dialog = page.verify_selected()
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    dialog.accept()
    wait_idle(qtbot)
    assert "complete and authentic" in page.status.text()


def test_restore_defaults_to_no_then_restores(qtbot: QtBot, page: BackupPage, database: Database) -> None:
    back_up(qtbot, page)
    with database.session() as session:
        session.execute(delete(Person).where(Person.id.in_(select(Person.id).limit(10))))
    dialog = page.restore_selected()
    assert dialog is not None
    assert dialog.cancel_button.isDefault() and not dialog.restore_button.isEnabled()
    assert "Learners" in present(dialog.findChild(type(page.details), "archive_summary")).text()
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # Enter answers No
    assert not dialog.isVisible() and learners(database) == 20
    dialog = page.restore_selected()
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(page.database_replaced, timeout=20000) as replaced:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    restored = replaced.args[0]
    try:
        assert learners(restored) == 30
    finally:
        if restored is not database:
            restored.dispose()


def test_banner_until_the_quarter_is_covered(qtbot: QtBot, database: Database, stick: Path) -> None:
    controller = Controller(database, demo=False)
    window = controller.show()
    qtbot.addWidget(window)
    wait_idle(qtbot)
    banner = window.backup_banner
    assert banner.isVisible() and "no verified backup for this quarter" in banner.label.text()
    assert 0 < banner.timer.interval() <= 24 * 3600 * 1000
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    page = window.pages["backup"]
    assert isinstance(page, BackupPage)
    assert window.current_page_key() == "backup"
    folder_dialog = page.findChild(QFileDialog, "folder_dialog")  # no stick plugged in: a folder is asked first
    assert folder_dialog is not None and folder_dialog.isVisible()
    page._kdf = FAST_KDF
    folder_dialog.fileSelected.emit(str(stick))
    passphrase = page.findChild(PassphraseDialog, "passphrase_dialog")
    assert passphrase is not None
    passphrase.passphrase.setText(PASSPHRASE)
    passphrase.again.setText(PASSPHRASE)
    passphrase.accept()
    wait_idle(qtbot)
    wait_idle(qtbot)
    wait_idle(qtbot)
    assert not banner.isVisible()


def test_window_reopens_the_restored_database(qtbot: QtBot, database: Database, stick: Path) -> None:
    with database.session() as session:
        fill_demo_data(session, learners=12, today=date(2026, 10, 1))
    controller = Controller(database, demo=False)
    window = controller.show()
    qtbot.addWidget(window)
    window.show_page("backup")
    wait_idle(qtbot)
    page = window.pages["backup"]
    assert isinstance(page, BackupPage)
    page._kdf = FAST_KDF
    page.set_folder(stick)
    wait_idle(qtbot)
    back_up(qtbot, page)
    with database.session() as session:
        session.execute(delete(Person))
    dialog = page.restore_selected()
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    dialog.accept()
    qtbot.waitUntil(lambda: controller.window is not window, timeout=20000)
    wait_idle(qtbot)
    qtbot.addWidget(controller.window)
    assert controller.window is not None
    assert controller.window.current_page_key() == "backup"
    assert controller.database is not None
    assert learners(controller.database) == 12
    if controller.database is not database:
        assert controller.database is not None
        controller.database.dispose()


def test_a_damaged_file_is_listed_with_the_others(qtbot: QtBot, page: BackupPage, stick: Path) -> None:
    from tests.core.test_backup_headers import FORGERIES, forge

    back_up(qtbot, page)
    [real] = list(stick.glob("*.cdbackup"))
    forged = forge(stick / ("Forged_" + real.name.split("_", 1)[1]), FORGERIES["huge n"])
    page.refresh_backups()
    wait_idle(qtbot)
    rows = {page.model.text(row, 5): row for row in range(page.model.rowCount())}
    assert set(rows) == {real.name, forged.name}
    assert page.model.text(rows[real.name], 4) == "30"
    assert page.model.text(rows[forged.name], 0) == "damaged"
    page.table.selectRow(rows[forged.name])
    assert "Damaged:" in page.details.text() and "its header cannot be read" in page.details.text()
    assert not page.verify_button.isEnabled() and not page.restore_button.isEnabled()


def test_verify_unpacks_into_the_database_s_data_folder(
    qtbot: QtBot, page: BackupPage, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not into the default data folder when the program runs on another one (``--data-dir``)."""
    from cluster_desktop.backup import verify

    back_up(qtbot, page)
    monkeypatch.setenv("CLUSTER_DESKTOP_DATA_DIR", str(tmp_path / "default"))
    work_dirs: list[Path | None] = []
    real = verify.extracted

    def spy(path: Path, passphrase: str, work_dir: Path | None = None, *rest: Any) -> Any:
        work_dirs.append(work_dir)
        return real(path, passphrase, work_dir, *rest)

    monkeypatch.setattr(verify, "extracted", spy)
    dialog = page.verify_selected()
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    dialog.accept()
    wait_idle(qtbot)
    assert "complete and authentic" in page.status.text()
    assert work_dirs == [database.data_dir or tmp_path / "default"]
