"""The main window: a navigation bar on the left, the chosen page on the right.

Each capability adds its page to :data:`PAGES`; nothing is listed that does
not exist yet, so the user never meets an empty placeholder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QWidget

from cluster_desktop import __version__
from cluster_desktop.db import Database

from .i18n import LANGUAGE_NAMES, LANGUAGES, current_language
from .pages.learners_page import LearnersPage
from .pages.programmes_page import ProgrammesPage


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: Callable[[QWidget], str]
    make: Callable[[Database, QWidget], QWidget]


PAGES: list[PageEntry] = [
    PageEntry("learners", lambda w: w.tr("Learners"), LearnersPage),
    PageEntry("programmes", lambda w: w.tr("Programmes & groups"), ProgrammesPage),
]


class MainWindow(QMainWindow):
    language_requested = Signal(str)

    def __init__(self, database: Database, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.database = database
        title = self.tr("Cluster Desktop")
        self.setWindowTitle(title + (" — " + self.tr("demo data") if demo else ""))
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setMinimumWidth(170)
        self.navigation.setMaximumWidth(260)
        self.stack = QStackedWidget(objectName="pages")
        self.pages: dict[str, QWidget] = {}
        for entry in PAGES:
            page = entry.make(database, self)
            self.pages[entry.key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(entry.title(self))
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setSizeHint(QSize(160, 36))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        self.setCentralWidget(splitter)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Database: {where}").format(where=database.display_url)))
        self._build_menus()
        self._restore()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, entry in enumerate(PAGES):
            action = QAction(entry.title(self), self, shortcut=QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _c=False, n=number: self.navigation.setCurrentRow(n))
            go_menu.addAction(action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for language in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[language], self, checkable=True)
            action.setChecked(language == current_language())
            action.triggered.connect(lambda _c=False, lang=language: self.language_requested.emit(lang))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[language] = action
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(QAction(self.tr("&About Cluster Desktop"), self, triggered=self.about))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Cluster Desktop"),
            self.tr(
                "Cluster Desktop {version}\n\nRecords of the education–production cluster of the Khromtau mining "
                "technical college: from preschool career guidance to employment."
            ).format(version=__version__),
        )

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow([e.key for e in PAGES].index(key))

    def current_page_key(self) -> str:
        return PAGES[max(0, self.navigation.currentRow())].key

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            pass
        else:
            self.resize(1280, 780)
        state = settings.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        key = settings.value("main/page", "learners")
        self.show_page(key if key in self.pages else "learners")

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/page", self.current_page_key())
        for page in self.pages.values():
            save = getattr(page, "save_layout", None)
            if save is not None:
                save()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_layout()
        super().closeEvent(event)
