"""The first start: the wizard from language to a logged-in window, and every way it must not half-finish."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from cluster_desktop import connection_config
from cluster_desktop.cli import build_parser
from cluster_desktop.college import load_college_details
from cluster_desktop.db import open_database
from cluster_desktop.ids import make_bin
from cluster_desktop.permissions import Role
from cluster_desktop.services.accounts import list_accounts
from cluster_desktop.services.login import authenticate
from tests.narrowing import present
from tests.ui.conftest import wait_idle
from ui import i18n, tasks
from ui.app import Controller, first_run_folder
from ui.first_run_wizard import FirstRunWizard

PASSWORD = "Rudnik-2026!"
BIN = make_bin(2003, 5, 4, 1234)
BAD_BIN = BIN[:-1] + str((int(BIN[-1]) + 1) % 10)
COLLEGE_KK = "Хромтау тау-кен техникалық колледжі"


def closed_port() -> int:
    """A local port nothing listens on: the connection is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(qtbot: QtBot, data_dir: Path) -> Controller:
    """As run_gui does on a first start: the empty window, then the wizard over it."""
    controller = Controller(None, demo=False)
    qtbot.addWidget(controller.show())
    controller.first_run(data_dir)
    assert isinstance(controller.login, FirstRunWizard) and controller.login.isVisible()
    return controller


def wizard_of(controller: Controller) -> FirstRunWizard:
    wizard = controller.login
    assert isinstance(wizard, FirstRunWizard)
    return wizard


def click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def next_page(qtbot: QtBot, wizard: QWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)


def fill_administrator(wizard: FirstRunWizard, type_text: Callable[[QWidget, str], None]) -> None:
    page = wizard.administrator_page
    page.username.setText("aigerim")
    type_text(page.display_name, "Әйгерім Сарсенова")
    page.passwords.password.setText(PASSWORD)
    page.passwords.again.setText(PASSWORD)


def logo_file(folder: Path) -> Path:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("darkblue"))
    path = folder / "logo.png"
    image.save(str(path))
    return path


def test_the_whole_first_start_ends_logged_in_as_the_new_administrator(qtbot: QtBot, data_dir: Path, tmp_path: Path, type_text: Callable[[QWidget, str], None]) -> None:
    args = build_parser().parse_args(["--data-dir", str(data_dir)])
    assert first_run_folder(args) == data_dir  # a first start: the wizard runs
    controller = start(qtbot, data_dir)
    wizard = wizard_of(controller)
    assert wizard.currentPage() is wizard.language_page
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.connection_page
    assert wizard.connection_page.local.isChecked() and str(data_dir) in present(wizard.connection_page.findChild(QLabel, "folder")).text()
    next_page(qtbot, wizard)
    college = wizard.college_page
    assert wizard.currentPage() is college
    type_text(college.fields.name_kk, COLLEGE_KK)
    type_text(college.fields.name_ru, "Хромтауский горнотехнический колледж")
    type_text(college.fields.bin, BIN)
    type_text(college.fields.director_kk, "Сарсенова Ә. Қ.")
    type_text(college.fields.city_kk, "Хромтау")
    assert college.fields.load_logo(logo_file(tmp_path))
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.administrator_page
    fill_administrator(wizard, type_text)
    assert not (data_dir / "cluster.sqlite3").exists()  # nothing before Finish
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.saving and not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    wizard.reject()  # Esc while the database is being set up: the wizard stays
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.actor is not None, timeout=30000)
    qtbot.addWidget(controller.window)
    wait_idle(qtbot)
    assert controller.login is None  # the wizard went with the empty window it was shown over
    assert controller.window is not None
    assert controller.window.windowTitle() == "Cluster Desktop — Әйгерім Сарсенова (administrator)"
    assert controller.database is not None and controller.database.actor.username == "aigerim"
    assert QSettings().value(i18n.SETTINGS_KEY) == "en"  # the language is kept once the wizard is finished

    assert (data_dir / "cluster.sqlite3").exists()
    assert connection_config.load_connection(data_dir) == connection_config.ConnectionChoice()
    db = open_database(None, data_dir)
    try:
        actor = authenticate(db, "aigerim", PASSWORD)
        assert actor.role is Role.ADMINISTRATOR
        db.actor = actor  # the list of accounts is for administrators
        with db.session() as session:
            details = load_college_details(session)
            accounts = list_accounts(session)
    finally:
        db.dispose()
    assert (details.name_kk, details.bin, details.city_kk, details.director_kk) == (COLLEGE_KK, BIN, "Хромтау", "Сарсенова Ә. Қ.")
    assert details.logo == (tmp_path / "logo.png").read_bytes()
    assert [a.username for a in accounts] == ["aigerim"]
    assert first_run_folder(args) is None  # the second start opens the database as usual


def test_a_bin_failing_its_check_digit_blocks_next(qtbot: QtBot, data_dir: Path, type_text: Callable[[QWidget, str], None]) -> None:
    controller = start(qtbot, data_dir)
    wizard = wizard_of(controller)
    wizard.setCurrentId(2)
    college = wizard.college_page
    type_text(college.fields.bin, BAD_BIN)
    qtbot.waitUntil(lambda: college.fields.errors["bin"].isVisible(), timeout=3000)
    assert "last digit does not match" in college.fields.errors["bin"].text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is college
    college.fields.bin.clear()
    type_text(college.fields.bin, BIN)
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled(), timeout=3000)
    assert not college.fields.errors["bin"].isVisible()
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.administrator_page


def test_an_empty_college_page_may_be_left_for_later(qtbot: QtBot, data_dir: Path, type_text: Callable[[QWidget, str], None]) -> None:
    controller = start(qtbot, data_dir)
    wizard = wizard_of(controller)
    wizard.setCurrentId(2)
    assert "Settings → College details" in wizard.college_page.subTitle()
    next_page(qtbot, wizard)
    fill_administrator(wizard, type_text)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.actor is not None, timeout=30000)
    assert controller.window is not None
    qtbot.addWidget(controller.window)
    wait_idle(qtbot)
    assert controller.database is not None
    with controller.database.session() as session:
        assert load_college_details(session).name_kk == ""


def test_a_logo_that_is_not_an_image_is_refused_beside_the_field(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    controller = start(qtbot, data_dir)
    wizard = wizard_of(controller)
    wizard.setCurrentId(2)
    fake = tmp_path / "logo.png"
    fake.write_text("not an image")
    assert not wizard.college_page.fields.load_logo(fake)
    assert "«logo.png» is not a PNG or JPEG image." in wizard.college_page.fields.errors["logo"].text()
    assert wizard.college_page.details().logo is None
    assert not wizard.college_page.fields.remove_logo.isEnabled()


def test_a_server_that_refuses_is_explained_and_finish_creates_nothing(qtbot: QtBot, data_dir: Path, type_text: Callable[[QWidget, str], None]) -> None:
    port = closed_port()
    controller = start(qtbot, data_dir)
    wizard = wizard_of(controller)
    next_page(qtbot, wizard)
    page = wizard.connection_page
    page.server.setChecked(True)
    page.test()  # nothing typed yet: the missing fields are named and the server is not asked
    assert tasks.running_count() == 0
    assert "server's name or IP address" in page.errors["host"].text()
    page.host.setText("127.0.0.1")
    page.port.setValue(port)
    page.database.setText("cluster")
    page.user.setText("registrar")
    page.password.setText("secret")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert page.failure.isVisible()
    assert f"Cannot connect to the PostgreSQL server at 127.0.0.1:{port}: it refuses the connection" in page.failure.text()
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    fill_administrator(wizard, type_text)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    wait_idle(qtbot)
    admin = wizard.administrator_page
    assert wizard.isVisible() and wizard.currentPage() is admin
    assert "refuses the connection" in admin.summary.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert controller.window is not None
    assert controller.window.actor is None
    assert not data_dir.exists() or sorted(p.name for p in data_dir.iterdir()) == []
    assert connection_config.is_first_start(data_dir)


def test_cancel_asks_first_and_saves_nothing(qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answers: list[QMessageBox.StandardButton] = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: QWidget | None, _title: str, text: str, _buttons: QMessageBox.StandardButton, default: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
        assert default == QMessageBox.StandardButton.No
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    controller = start(qtbot, data_dir)
    window = controller.window
    wizard = wizard_of(controller)
    wizard.setCurrentId(3)
    wizard.administrator_page.username.setText("aigerim")
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert asked and wizard.isVisible()  # «No»: the input stays
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert window is not None
    assert len(asked) == 2 and not wizard.isVisible() and not window.isVisible()
    assert not (data_dir / "cluster.sqlite3").exists() and not connection_config.connection_file(data_dir).exists()
    assert first_run_folder(build_parser().parse_args(["--data-dir", str(data_dir)])) == data_dir  # asked again next time


def test_cancel_without_input_asks_nothing(qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("nothing was typed, nothing to ask"))
    controller = start(qtbot, data_dir)
    wizard = wizard_of(controller)
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert controller.window is not None
    assert not wizard.isVisible() and not controller.window.isVisible()


def test_another_language_rebuilds_the_wizard_keeping_the_input(qtbot: QtBot, data_dir: Path, type_text: Callable[[QWidget, str], None]) -> None:
    controller = start(qtbot, data_dir)
    wizard = wizard_of(controller)
    wizard.setCurrentId(2)
    type_text(wizard.college_page.fields.name_kk, COLLEGE_KK)
    wizard.back()
    wizard.connection_page.server.setChecked(True)
    wizard.connection_page.host.setText("server-1")
    wizard.back()
    next_text = wizard.buttonText(QWizard.WizardButton.NextButton)
    wizard.language_page.buttons["ru"].setChecked(True)
    rebuilt = wizard_of(controller)
    qtbot.addWidget(controller.window)  # the window was rebuilt in Russian too; the wizard goes with it
    assert rebuilt is not wizard and rebuilt.isVisible() and not wizard.isVisible()
    assert i18n.current_language() == "ru" and rebuilt.language_page.buttons["ru"].isChecked()
    assert rebuilt.buttonText(QWizard.WizardButton.NextButton) != next_text  # Qt's own buttons speak Russian now
    assert rebuilt.college_page.fields.name_kk.text() == COLLEGE_KK
    assert rebuilt.connection_page.server.isChecked() and rebuilt.connection_page.host.text() == "server-1"
    assert QSettings().value(i18n.SETTINGS_KEY) is None  # saved only when the wizard is finished


def test_the_wizard_runs_on_a_first_start_only(data_dir: Path) -> None:
    parse = build_parser().parse_args
    assert first_run_folder(parse(["--data-dir", str(data_dir)])) == data_dir
    assert first_run_folder(parse([])) == data_dir  # CLUSTER_DESKTOP_DATA_DIR (the data_dir fixture sets it)
    assert first_run_folder(parse(["--data-dir", str(data_dir), "--demo"])) is None
    assert first_run_folder(parse(["--db-url", f"sqlite:///{data_dir / 'other.sqlite3'}"])) is None
    data_dir.mkdir(parents=True)
    (data_dir / "demo.sqlite3").write_bytes(b"")
    assert first_run_folder(parse([])) == data_dir  # demo data alone is no set-up
    (data_dir / "cluster.sqlite3").write_bytes(b"")
    assert first_run_folder(parse([])) is None  # a database without accounts gets the first-administrator dialog


def test_a_saved_server_is_what_the_next_start_opens(qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """run_gui honours the saved choice: a refused server is reported as «cannot start», nothing local is made."""
    from ui.app import run_gui

    port = closed_port()
    connection_config.save_connection(data_dir, connection_config.ConnectionChoice("postgresql", "127.0.0.1", port, "cluster", "registrar", ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert run_gui(build_parser().parse_args(["--data-dir", str(data_dir), "--lang", "en"])) == 1
    assert shown and f"127.0.0.1:{port}" in shown[0]
    assert not (data_dir / "cluster.sqlite3").exists()


def test_a_second_pc_joins_a_shared_database_in_use(qtbot: QtBot, data_dir: Path, database_url: str) -> None:
    from sqlalchemy.engine import make_url

    from cluster_desktop.services.accounts import create_first_administrator
    from ui.dialogs.login_dialog import LoginDialog

    url = make_url(database_url)
    if url.get_backend_name() != "postgresql":
        pytest.skip("needs CLUSTER_DESKTOP_TEST_DB_URL (a PostgreSQL server)")
    controller = start(qtbot, data_dir)
    wizard = wizard_of(controller)
    next_page(qtbot, wizard)
    page = wizard.connection_page
    page.server.setChecked(True)
    page.host.setText(url.host or "localhost")
    page.port.setValue(url.port or 5432)
    page.database.setText(url.database or "")
    page.user.setText(url.username or "")
    page.password.setText(url.password or "")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert page.result.text() == "Connected. The database will be prepared when you press Finish."
    assert wizard.button(QWizard.WizardButton.NextButton).isVisible()

    db = open_database(database_url)  # meanwhile the first PC sets the database up
    try:
        with db.session() as session:
            create_first_administrator(session, "aigerim", "", PASSWORD)
    finally:
        db.dispose()
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert "already in use by Cluster Desktop" in page.result.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: isinstance(controller.login, LoginDialog), timeout=30000)
    qtbot.addWidget(controller.window)
    wait_idle(qtbot)
    assert controller.window is not None
    assert controller.window.actor is None  # whoever works here logs in with their own account
    assert connection_config.load_connection(data_dir) == page_choice(url)
    assert not (data_dir / "cluster.sqlite3").exists()
    assert controller.database is not None
    controller.database.dispose()


def page_choice(url: URL) -> connection_config.ConnectionChoice:
    return connection_config.ConnectionChoice(
        connection_config.POSTGRESQL, url.host or "localhost", url.port or 5432, url.database or "", url.username or "", url.password or ""
    )
