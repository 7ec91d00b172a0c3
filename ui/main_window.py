"""The main window: a navigation bar on the left, the chosen page on the right.

Each capability adds its page to :data:`PAGES`; nothing is listed that does
not exist yet, so the user never meets an empty placeholder.

The window appears before the database layer is even imported (SQLAlchemy
alone costs more than Qt's start): pages are made when the database is attached,
and each only when first opened.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from cluster_desktop import __version__

from .backup_banner import BackupBanner
from .i18n import LANGUAGE_NAMES, LANGUAGES, current_language

if TYPE_CHECKING:
    from cluster_desktop.db import Database

translate = QCoreApplication.translate


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: Callable[[], str]
    page_class: str  # "module:Class", imported when the page is first shown

    def make(self, database: Database, parent: QWidget) -> QWidget:
        module, name = self.page_class.split(":")
        return getattr(importlib.import_module(module), name)(database, parent)


PAGES: list[PageEntry] = [
    PageEntry("learners", lambda: translate("MainWindow", "Learners"), "ui.pages.learners_page:LearnersPage"),
    PageEntry("programmes", lambda: translate("MainWindow", "Programmes & groups"), "ui.pages.programmes_page:ProgrammesPage"),
    PageEntry("certificates", lambda: translate("MainWindow", "Certificates"), "ui.pages.certificates_page:CertificatesPage"),
    PageEntry("backup", lambda: translate("MainWindow", "Backup"), "ui.pages.backup_page:BackupPage"),
]


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    database_replaced = Signal(object)  # a restore put another Database in place of the attached one

    def __init__(self, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.database: Database | None = None
        title = self.tr("Cluster Desktop")
        self.setWindowTitle(title + (" — " + self.tr("demo data") if demo else ""))
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setMinimumWidth(170)
        self.navigation.setMaximumWidth(260)
        self.stack = QStackedWidget(objectName="pages")
        self.pages: dict[str, QWidget] = {}
        self._placeholders: list[QLabel] = []
        for entry in PAGES:
            placeholder = QLabel(self.tr("Opening the database…"), alignment=Qt.AlignmentFlag.AlignCenter)
            self._placeholders.append(placeholder)
            self.stack.addWidget(placeholder)
            item = QListWidgetItem(entry.title())
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setSizeHint(QSize(160, 36))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._page_chosen)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([190, 1090])
        self.backup_banner = BackupBanner()
        self.backup_banner.back_up_requested.connect(self._back_up_now)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.backup_banner)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        self._restore()

    def attach_database(self, database: Database) -> None:
        """Make the page on screen now that the database is open; the others wait until chosen."""
        self.database = database
        self.database_label.setText(self.tr("Database: {where}").format(where=database.display_url))
        self.college_action.setEnabled(True)
        self._page_chosen(self.navigation.currentRow())
        self.backup_banner.watch(database)

    def _back_up_now(self) -> None:
        self.show_page("backup")
        page = self.pages.get("backup")
        if page is not None:
            page.back_up_now()  # type: ignore[attr-defined]

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        entry = PAGES[row]
        if entry.key not in self.pages and self.database is not None:
            page = entry.make(self.database, self)
            self.pages[entry.key] = page
            connect_window = getattr(page, "connect_window", None)
            if connect_window is not None:
                connect_window(self)
            placeholder = self._placeholders[row]
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.stack.setCurrentIndex(row)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, entry in enumerate(PAGES):
            action = QAction(entry.title().replace("&", "&&"), self, shortcut=QKeySequence(f"Ctrl+{number + 1}"))
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
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.college_action = QAction(self.tr("&College details…"), self, triggered=self.edit_college_details)
        self.college_action.setEnabled(False)
        settings_menu.addAction(self.college_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(QAction(self.tr("&About Cluster Desktop"), self, triggered=self.about))

    def edit_college_details(self) -> QWidget | None:
        """Open Settings → College details (returns the dialog, for tests)."""
        if self.database is None:
            return None
        from .dialogs.college_dialog import CollegeDialog

        dialog = CollegeDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

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
            self._fit_default_size()
        state = settings.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        key = settings.value("main/page", "learners")
        self.show_page(key if key in [e.key for e in PAGES] else "learners")

    def _fit_default_size(self) -> None:
        """1280×780, or less on a small screen (college laptops often have 1366×768)."""
        screen = self.screen().availableGeometry()
        self.resize(min(1280, int(screen.width() * 0.95)), min(780, int(screen.height() * 0.9)))

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
