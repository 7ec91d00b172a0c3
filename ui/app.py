"""Starting the window: Qt application, fonts, language, database, login, main window.

On the very first start (see :func:`first_run_folder`) the first-run wizard
comes instead of the database: it sets everything up and logs the new
administrator in.  Otherwise, once the database is open the
:class:`Controller` finds out who works: the demo administrator on a demo
database (no password), a first administrator to create on a database without
accounts, otherwise whoever logs in.  The main window is rebuilt for that user
(their pages, their title), as it is for a new language or after a restore.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from cluster_desktop import __version__

from . import crash, i18n, platform_check, tasks
from .app_icon import app_icon
from .fonts import apply_app_font
from .main_window import MainWindow
from .messages import error_text
from .operations import change, query
from .settings_location import use_portable_settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cluster_desktop.db import Database
    from cluster_desktop.first_run import FirstRunInput
    from cluster_desktop.permissions import Actor

ORGANISATION = "ClusterDesktop"
APPLICATION = "Cluster Desktop"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    use_portable_settings()  # before the first QSettings(): in portable mode nothing goes to the registry
    app.setWindowIcon(app_icon())
    apply_app_font(app)
    return app


class Controller:
    """Owns the main window; rebuilds it for a new language, a new user, a restored database.

    A database that already carries an actor (tests) is used as it is: no login.
    """

    def __init__(self, database: Database | None, demo: bool) -> None:
        self.database = database
        self.demo = demo
        self.window: MainWindow | None = None
        self.login: QDialog | None = None  # the login or first-run dialog while it is open

    def show(self) -> MainWindow:
        actor = self.database.actor if self.database is not None else None
        self.window = MainWindow(self.demo, actor)
        self.window.language_requested.connect(self.switch_language)
        self.window.database_replaced.connect(self.replace_database)
        self.window.log_out_requested.connect(self.log_out)
        self.window.show()
        if self.database is not None and actor is not None:
            self.window.attach_database(self.database)
        return self.window

    def attach(self, database: Database) -> None:
        logging.getLogger(__name__).info("Database opened: %s", database.display_url)  # the start line names only what was asked for
        self.database = database
        if database.actor is not None:
            self._rebuild()
        else:
            self.log_in()

    def replace_database(self, database: Database) -> None:
        """After a restore: forget the old database and rebuild the window on the restored one.

        Whoever restored stays logged in: they proved who they are, and a
        restore must not lock the only administrator out of the window.
        """
        if self.database is not None and self.database is not database:
            if database.actor is None:
                database.actor = self.database.actor
            self.database.dispose()
        self.database = database
        self._rebuild()

    def switch_language(self, language: str) -> None:
        i18n.save_language(language)
        i18n.install_language(language)
        self._rebuild()

    # -- who works ---------------------------------------------------------------
    def log_in(self, username: str = "") -> None:
        """Find out who works now: the demo administrator, a first administrator, or a login."""
        database = self.database
        assert database is not None

        def read(session: Session) -> tuple[bool, Actor | None]:
            from cluster_desktop.services.accounts import demo_actor, has_accounts

            return has_accounts(session), demo_actor(session)

        def done(result: tuple[bool, Actor | None]) -> None:
            has_accounts, demo = result
            if demo is not None:
                self.demo = True
                self.logged_in(demo)
            elif not has_accounts:
                from .dialogs.first_admin_dialog import FirstAdminDialog

                self._open_login(FirstAdminDialog(database, username, self.window))
            else:
                from .dialogs.login_dialog import LoginDialog

                self._open_login(LoginDialog(database, username, self.window))

        query(self.window, database, read, done)

    def _open_login(self, dialog: QDialog) -> None:
        self.login = dialog
        dialog.logged_in.connect(self.logged_in)  # type: ignore[attr-defined]
        dialog.language_requested.connect(lambda language: self._login_language(dialog, language))  # type: ignore[attr-defined]
        dialog.rejected.connect(self._login_refused)
        dialog.open()

    # -- first start -------------------------------------------------------------
    def first_run(self, data_dir: Path, given: FirstRunInput | None = None) -> None:
        """Nothing is set up yet: the first-run wizard over the empty window; Cancel ends the program."""
        from .first_run_wizard import FirstRunWizard

        wizard = FirstRunWizard(data_dir, given, self.window)
        self.login = wizard
        wizard.set_up_done.connect(self._first_run_done)
        wizard.language_requested.connect(lambda language: self._first_run_language(wizard, language))
        wizard.rejected.connect(self._login_refused)
        wizard.open()

    def _first_run_language(self, wizard: QDialog, language: str) -> None:
        """The wizard again in ``language``, with what was typed; the language is saved only at Finish."""
        given = wizard.current_input()  # type: ignore[attr-defined]
        self.login = None
        wizard.rejected.disconnect(self._login_refused)
        wizard.hide()
        wizard.deleteLater()
        i18n.install_language(language)
        self._rebuild()
        self.first_run(wizard.data_dir, given)  # type: ignore[attr-defined]

    def _first_run_done(self, database: Database) -> None:
        """Set up: the new administrator works at once; a PC joining a database in use logs in first."""
        self.login = None
        i18n.save_language(i18n.current_language())
        self.database = database
        if database.actor is not None:
            self._rebuild()
        else:
            self.log_in()

    def _login_refused(self) -> None:
        """Nobody logged in: the program has nothing to show, so it ends."""
        self.login = None
        if self.window is not None:
            self.window.close()

    def _login_language(self, dialog: QDialog, language: str) -> None:
        username = dialog.username.text()  # type: ignore[attr-defined]
        self.login = None
        dialog.rejected.disconnect(self._login_refused)
        dialog.close()
        self.switch_language(language)
        self.log_in(username)

    def logged_in(self, actor: Actor) -> None:
        assert self.database is not None
        self.login = None
        self.database.actor = actor
        self._rebuild()

    def log_out(self) -> None:
        """Back to the login dialog; the next user gets a window built for their role."""
        database = self.database
        if database is None or database.actor is None:
            return
        actor = database.actor

        def record(session: Session) -> None:
            from cluster_desktop import audit

            session.info["actor"] = actor  # the window already belongs to nobody; the entry names who left
            audit.record(session, audit.LOGOUT, "account")

        change(None, database, record, touches=(), on_error=lambda _exc: None)  # the next user gets new pages
        database.actor = None
        self._rebuild()
        self.log_in()

    def _rebuild(self) -> None:
        old = self.window
        if old is not None:
            old.save_layout()
        new = self.show()
        if old is not None:
            if old.actor is not None and new.actor is not None:  # else the new window shows the page last saved
                new.show_page(old.current_page_key())
            old.language_requested.disconnect(self.switch_language)
            old.database_replaced.disconnect(self.replace_database)
            old.log_out_requested.disconnect(self.log_out)
            old.hide()
            old.deleteLater()


def open_database_in_background(
    args: argparse.Namespace, on_ready: Callable[[Database], None], on_error: Callable[[BaseException], None]
) -> None:
    """Open (and for --demo, fill on first use) the database without blocking the GUI thread."""
    demo = bool(getattr(args, "demo", False))

    def work(progress: tasks.Progress) -> Database:
        from cluster_desktop.connection_config import resolve_database
        from cluster_desktop.db import open_database

        url, data_dir = (None, args.data_dir) if demo else resolve_database(args.db_url, args.data_dir)
        db = open_database(url, data_dir, demo=demo)
        if demo:
            from cluster_desktop.demo import fill_demo_data, has_learners

            with db.session() as session:
                if not has_learners(session):
                    fill_demo_data(session)
        return db

    tasks.run_in_background(
        work, on_ready, on_error, label=QCoreApplication.translate("App", "Opening the database…") if demo else None
    )


def first_run_folder(args: argparse.Namespace) -> Path | None:
    """The data folder when this start is the very first (the wizard runs), else None.

    Not with ``--demo`` or ``--db-url``; not once a connection is saved or the
    data folder holds a database (one without accounts gets the
    first-administrator dialog instead).
    """
    if getattr(args, "demo", False) or getattr(args, "db_url", None):
        return None
    from cluster_desktop.connection_config import is_first_start
    from cluster_desktop.paths import default_data_dir

    folder = Path(args.data_dir) if args.data_dir is not None else default_data_dir()
    return folder if is_first_start(folder) else None


def run_gui(args: argparse.Namespace) -> int:
    if QApplication.instance() is None and (problem := platform_check.problem_message()) is not None:
        print(problem, file=sys.stderr)
        return 1
    app = create_application()
    crash.install_crash_handler(app, args.data_dir, getattr(args, "db_url", None))
    i18n.install_language(args.lang or i18n.saved_language())
    controller = Controller(None, bool(args.demo))
    controller.show()
    if getattr(args, "quit_when_ready", False):
        from .ready_probe import quit_when_ready

        quit_when_ready(app)
    exit_code = {"value": 0}

    def failed(exc: BaseException) -> None:
        if controller.window is not None:
            controller.window.hide()
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cluster Desktop cannot start"), error_text(exc))
        exit_code["value"] = 1
        app.quit()

    first_run = first_run_folder(args)
    if first_run is not None:
        QTimer.singleShot(0, lambda: controller.first_run(first_run))
    else:
        QTimer.singleShot(0, lambda: open_database_in_background(args, controller.attach, failed))
    result = app.exec()
    tasks.wait_for_all()
    if controller.database is not None:
        controller.database.dispose()
    return exit_code["value"] or result
