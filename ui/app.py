"""Starting the window: Qt application, fonts, language, database, main window."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cluster_desktop import __version__

from . import i18n, tasks
from .fonts import apply_app_font
from .main_window import MainWindow
from .messages import error_text

if TYPE_CHECKING:
    from cluster_desktop.db import Database

ORGANISATION = "ClusterDesktop"
APPLICATION = "Cluster Desktop"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    apply_app_font(app)
    return app


class Controller:
    """Owns the main window; rebuilds it when the language changes so every text is retranslated."""

    def __init__(self, database: Database | None, demo: bool) -> None:
        self.database = database
        self.demo = demo
        self.window: MainWindow | None = None

    def show(self) -> MainWindow:
        self.window = MainWindow(self.demo)
        self.window.language_requested.connect(self.switch_language)
        self.window.database_replaced.connect(self.replace_database)
        self.window.show()
        if self.database is not None:
            self.window.attach_database(self.database)
        return self.window

    def attach(self, database: Database) -> None:
        self.database = database
        if self.window is not None:
            self.window.attach_database(database)

    def replace_database(self, database: Database) -> None:
        """After a restore: forget the old database and rebuild the window on the restored one."""
        if self.database is not None and self.database is not database:
            self.database.dispose()
        self.database = database
        self._rebuild()

    def switch_language(self, language: str) -> None:
        i18n.save_language(language)
        i18n.install_language(language)
        self._rebuild()

    def _rebuild(self) -> None:
        old = self.window
        if old is not None:
            old.save_layout()
        new = self.show()
        if old is not None:
            new.show_page(old.current_page_key())
            old.language_requested.disconnect(self.switch_language)
            old.database_replaced.disconnect(self.replace_database)
            old.hide()
            old.deleteLater()


def open_database_in_background(args: argparse.Namespace, on_ready, on_error) -> None:  # type: ignore[no-untyped-def]
    """Open (and for --demo, fill on first use) the database without blocking the GUI thread."""
    demo = bool(getattr(args, "demo", False))

    def work(progress: tasks.Progress) -> Database:
        from cluster_desktop.db import open_database

        db = open_database(None if demo else args.db_url, args.data_dir, demo=demo)
        if demo:
            from cluster_desktop.demo import fill_demo_data, has_learners

            with db.session() as session:
                if not has_learners(session):
                    fill_demo_data(session)
        return db

    tasks.run_in_background(
        work, on_ready, on_error, label=QCoreApplication.translate("App", "Opening the database…") if demo else None
    )


def run_gui(args: argparse.Namespace) -> int:
    app = create_application()
    i18n.install_language(args.lang or i18n.saved_language())
    controller = Controller(None, bool(args.demo))
    controller.show()
    exit_code = {"value": 0}

    def failed(exc: BaseException) -> None:
        if controller.window is not None:
            controller.window.hide()
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cluster Desktop cannot start"), error_text(exc))
        exit_code["value"] = 1
        app.quit()

    QTimer.singleShot(0, lambda: open_database_in_background(args, controller.attach, failed))
    result = app.exec()
    tasks.wait_for_all()
    if controller.database is not None:
        controller.database.dispose()
    return exit_code["value"] or result
