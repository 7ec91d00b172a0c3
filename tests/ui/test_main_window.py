"""The main window: navigation, language switch, remembered layout."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from tests.ui.conftest import wait_idle
from ui import i18n
from ui.app import Controller
from ui.main_window import MainWindow
from ui.pages.learners_page import LearnersPage


def nav_texts(window: MainWindow) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def test_navigation_lists_only_real_pages(qtbot: QtBot, database: Database) -> None:
    controller = Controller(database, demo=False)
    window = controller.show()
    qtbot.addWidget(window)
    wait_idle(qtbot)
    assert nav_texts(window) == [
        "Learners", "Programmes & groups", "Certificates", "Partners", "Agreements",
        "Employment", "Guidance sessions", "Employer demand", "Admissions", "Dashboard", "Cohorts", "Consents", "Backup", "Audit log",
        "Staff accounts", "Incidents",
    ]
    window.navigation.setCurrentRow(1)
    assert window.stack.currentWidget() is window.pages["programmes"]


def test_switching_language_retranslates_everything(qtbot: QtBot, database: Database) -> None:
    controller = Controller(database, demo=False)
    window = controller.show()
    wait_idle(qtbot)
    window.show_page("programmes")
    window.language_actions["kk"].trigger()
    wait_idle(qtbot)
    kazakh = controller.window
    qtbot.addWidget(kazakh)
    assert kazakh is not window
    assert kazakh is not None
    assert nav_texts(kazakh)[:10] == [
        "Білім алушылар", "Бағдарламалар мен топтар", "Сертификаттар", "Серіктестер", "Келісімшарттар",
        "Жұмысқа орналасу", "Кәсіптік бағдар", "Жұмыс берушілер сұранысы", "Қабылдау", "Басқару тақтасы",
    ]
    assert kazakh is not None
    assert kazakh.current_page_key() == "programmes"
    assert "learners" not in kazakh.pages  # made only when first opened
    kazakh.show_page("learners")
    wait_idle(qtbot)
    learners = kazakh.pages["learners"]
    assert isinstance(learners, LearnersPage)
    assert learners.model.headerData(0, Qt.Orientation.Horizontal) == "Аты-жөні"
    assert learners.search.placeholderText() == "Аты-жөні немесе ЖСН бойынша іздеу…"
    assert QSettings().value(i18n.SETTINGS_KEY) == "kk"
    kazakh.language_actions["ru"].trigger()
    wait_idle(qtbot)
    russian = controller.window
    qtbot.addWidget(russian)
    assert russian is not None
    assert nav_texts(russian)[:10] == [
        "Обучающиеся", "Программы и группы", "Сертификаты", "Партнёры", "Договоры",
        "Трудоустройство", "Профориентация", "Потребность работодателей", "Приём", "Сводка",
    ]
    i18n.install_language("en")


def test_window_geometry_is_remembered(qtbot: QtBot, database: Database) -> None:
    controller = Controller(database, demo=False)
    window = controller.show()
    wait_idle(qtbot)
    window.resize(760, 520)  # within the test screen (1366×768)
    window.show_page("programmes")
    window.close()
    again = Controller(database, demo=False).show()
    qtbot.addWidget(again)
    wait_idle(qtbot)
    assert (again.width(), again.height()) == (760, 520)
    assert again.current_page_key() == "programmes"


def test_first_window_fits_the_screen(qtbot: QtBot, database: Database) -> None:
    window = Controller(database, demo=False).show()
    qtbot.addWidget(window)
    wait_idle(qtbot)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
