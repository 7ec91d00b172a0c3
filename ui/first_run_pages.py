"""The pages of the first-run wizard: language, the college's details, the administrator.

Where the data lives has its own module (:mod:`ui.first_run_connection`).
Each page shows problems beside their fields as the user types and refuses
Next (Finish) while any is left; nothing touches the database before Finish.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from cluster_desktop.college import CollegeDetails
from cluster_desktop.errors import ValidationError
from cluster_desktop.first_run import NewAdministrator

from .dialogs.college_fields import CollegeFields, college_problems
from .dialogs.first_admin_dialog import PasswordFields, username_problems
from .dialogs.form_dialog import VALIDATE_DELAY_MS
from .i18n import LANGUAGE_NAMES, LANGUAGES, current_language
from .messages import error_text, problem_text
from .widgets import ErrorLabel, with_error

if TYPE_CHECKING:
    from .first_run_wizard import FirstRunWizard



def _admin_tr(text: str) -> str:
    """Texts the first-administrator dialog has too: one translation serves both."""
    return QCoreApplication.translate("FirstAdminDialog", text)


class LanguagePage(QWizardPage):
    """The interface language; choosing one rebuilds the wizard in it (see ``Controller``)."""

    language_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("language_page")
        self.setTitle(self.tr("Welcome to Cluster Desktop"))
        self.setSubTitle(
            self.tr("A few questions before the first start: the language, where the data lives, the college and the administrator.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Interface language:")))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code in LANGUAGES:
            button = QRadioButton(LANGUAGE_NAMES[code], objectName=f"language_{code}")
            button.setChecked(code == current_language())
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
            button.toggled.connect(partial(self._toggled, code))
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("The language can be changed later under View → Language."), wordWrap=True))
        layout.addStretch(1)

    def _toggled(self, code: str, on: bool) -> None:
        if on:
            self.language_chosen.emit(code)


class CollegePage(QWizardPage):
    """The college's details; the page may stay empty (they can be filled in later in Settings)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("college_page")
        self.setTitle(self.tr("The college"))
        self.setSubTitle(
            self.tr("Printed on certificates and agreements. You may leave this page empty and fill it in later "
                    "in Settings → College details.")
        )
        self.fields = CollegeFields(self)
        self._touched: set[str] = set()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        self._timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self._validate_inline)
        self.fields.changed.connect(self._changed)

    def _changed(self, name: str) -> None:
        self._touched.add(name)
        self._timer.start()

    def _validate_inline(self) -> None:
        self.fields.show_problems(college_problems(self.fields.details()), only=self._touched)
        self.completeChanged.emit()

    def details(self) -> CollegeDetails:
        return self.fields.details()

    def isComplete(self) -> bool:
        return not college_problems(self.fields.details())

    def validatePage(self) -> bool:
        self._timer.stop()
        problems = college_problems(self.fields.details())
        self.fields.show_problems(problems)
        first = next((w for p in problems if (w := self.fields.field_widget(p.field)) is not None), None)
        if first is not None:
            first.setFocus()
        return not problems


class AdministratorPage(QWizardPage):
    """The administrator's account; Finish sets everything up (see ``FirstRunWizard.finish``)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setObjectName("administrator_page")
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(
            self.tr("The administrator adds the accounts of the other staff and decides what each may do. "
                    "Keep the password safe: nobody can read it back.")
        )
        self.username = QLineEdit(objectName="username")
        self.display_name = QLineEdit(objectName="display_name", placeholderText=_admin_tr("e.g. Aigerim Sarsenova"))
        self.username_box, self.username_error = with_error(self.username)
        self.username_error.setObjectName("username_error")
        self.passwords = PasswordFields(lambda: self.username.text().strip())
        self.status = QLabel(objectName="finish_status", wordWrap=True)
        self.summary = ErrorLabel(self)
        self.summary.setObjectName("summary")
        form = QFormLayout(self)
        form.addRow(_admin_tr("&Username:"), self.username_box)
        form.addRow(_admin_tr("&Full name:"), self.display_name)
        form.addRow(_admin_tr("&Password:"), self.passwords.password_box)
        form.addRow(_admin_tr("Password &again:"), self.passwords.again_box)
        form.addRow(self.status)
        form.addRow(self.summary)
        self._timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self._validate_inline)
        for field in (self.username, self.passwords.password, self.passwords.again):
            field.textChanged.connect(lambda _t: self._timer.start())

    def _validate_inline(self) -> None:
        self.username_error.show_messages(username_problems(self.username.text()))
        self.passwords.show(only_typed=True)

    def administrator(self) -> NewAdministrator:
        return NewAdministrator(self.username.text().strip(), self.display_name.text().strip(), self.passwords.password.text())

    def set_administrator(self, admin: NewAdministrator) -> None:
        self.username.setText(admin.username)
        self.display_name.setText(admin.display_name)
        self.passwords.password.setText(admin.password)
        self.passwords.again.setText(admin.password)

    def form_is_valid(self) -> bool:
        """Show every problem of the form; True when there is none."""
        self._timer.stop()
        username = self.username.text().strip()
        bad_name = username_problems(username) if username else [_admin_tr("Choose a username.")]
        self.username_error.show_messages(bad_name)
        passwords_ok = self.passwords.show(only_typed=False)
        if bad_name:
            self.username.setFocus()
        elif not passwords_ok:
            self.passwords.password.setFocus()
        return passwords_ok and not bad_name

    def validatePage(self) -> bool:
        """Finish: True only once the set-up has succeeded; until then it starts it (when the form is right)."""
        if not self._wizard.set_up_succeeded and not self.form_is_valid():
            return False
        return self._wizard.validate_finish(self)

    def show_finishing(self, text: str) -> None:
        self.summary.show_messages([])
        self.status.setText(text)

    def show_failure(self, exc: BaseException) -> None:
        """The set-up failed: the core's refusals under their fields, anything else in plain words below."""
        self.status.clear()
        if isinstance(exc, ValidationError):
            by_field = {"username": self.username_error, "password": self.passwords.password_error}
            placed = [p for p in exc.problems if p.field in by_field]
            for name, label in by_field.items():
                label.show_messages([problem_text(p) for p in placed if p.field == name])
            self.summary.show_messages([problem_text(p) for p in exc.problems if p not in placed])
        else:
            self.summary.show_messages([error_text(exc)])
