"""The first start: language, where the data lives, the college, the administrator — then the window.

Shown by ``ui.app`` when nothing is set up yet (no saved connection, no
database file in the data folder, neither ``--demo`` nor ``--db-url``).
Nothing is written before Finish; Finish runs
:func:`cluster_desktop.first_run.set_up` in the background, which either
sets up everything or leaves nothing behind, so a failure keeps the wizard
open with the reason and a cancel lets the next start ask again.

Choosing another language rebuilds the wizard in it, carrying over what was
typed (:meth:`FirstRunWizard.current_input`): simpler and sturdier than
re-setting every text of every page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from cluster_desktop.first_run import FirstRunInput

from .first_run_connection import ConnectionPage
from .first_run_pages import AdministratorPage, CollegePage, LanguagePage
from .tasks import Progress, run_in_background
from .unsaved import ConfirmsDiscard


class FirstRunWizard(ConfirmsDiscard, QWizard):
    """``set_up_done(database)`` once everything is in place; ``language_requested(code)`` to be rebuilt."""

    set_up_done = Signal(object)
    language_requested = Signal(str)

    def __init__(self, data_dir: Path, given: FirstRunInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.saving = False
        self.set_up_succeeded = False
        self.database: object = None  # the open Database once set up
        self.setObjectName("first_run_wizard")
        self.setWindowTitle(self.tr("Cluster Desktop — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.language_page = LanguagePage()
        self.connection_page = ConnectionPage(self.data_dir)
        self.college_page = CollegePage()
        self.administrator_page = AdministratorPage(self)
        for page in (self.language_page, self.connection_page, self.college_page, self.administrator_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish and log in"))
        self.language_page.language_chosen.connect(self.language_requested)
        if given is not None:
            self.set_input(given)
        self.resize(720, 600)

    # -- what was typed ----------------------------------------------------------
    def current_input(self) -> FirstRunInput:
        return FirstRunInput(
            connection=self.connection_page.choice(),
            college=self.college_page.details(),
            administrator=self.administrator_page.administrator(),
            join_existing=self.connection_page.join_existing and self.connection_page.server.isChecked(),
        )

    def set_input(self, given: FirstRunInput) -> None:
        self.connection_page.set_choice(given.connection)
        self.college_page.fields.set_details(given.college)
        self.administrator_page.set_administrator(given.administrator)

    def has_unsaved_changes(self) -> bool:
        """Anything typed or chosen: Cancel asks first (ConfirmsDiscard)."""
        typed = self.current_input()
        typed.join_existing = False
        return typed != FirstRunInput()

    # -- finishing ---------------------------------------------------------------
    def validate_finish(self, page: QWizardPage) -> bool:
        """Called by the last page's validatePage: start the set-up, and say yes once it has succeeded."""
        if self.set_up_succeeded:
            return True
        if not self.saving:
            self.finish(page)
        return False

    def finish(self, page: QWizardPage) -> None:
        """Set everything up in the background; on success close and emit :attr:`set_up_done`."""
        given = self.current_input()
        data_dir = self.data_dir
        self.saving = True
        self._enable_buttons(False)
        page.show_finishing(self.tr("Setting up the database…"))  # type: ignore[attr-defined]

        def work(_p: Progress) -> object:
            from cluster_desktop.first_run import set_up

            return set_up(data_dir, given)

        def done(database: object) -> None:
            self.saving = False
            self.set_up_succeeded = True
            self.database = database
            self._enable_buttons(True)
            self.accept()
            self.set_up_done.emit(database)

        def fail(exc: BaseException) -> None:
            self.saving = False
            self._enable_buttons(True)
            page.show_failure(exc)  # type: ignore[attr-defined]

        run_in_background(work, done, fail, parent=self)

    def _enable_buttons(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(enabled)
        self.currentPage().setEnabled(enabled)

    # -- leaving (Cancel, Esc, the close button: see ConfirmsDiscard) --------------
    def closing_refused(self) -> bool:
        return self.saving

    def discard_question(self) -> str:
        return self.tr("Nothing you entered is saved; the program asks again at the next start. Quit?")
