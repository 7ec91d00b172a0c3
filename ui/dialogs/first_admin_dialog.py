"""First start: create the administrator account, then work as that administrator.

Problems show under their fields as the user types (a password too short, the
two passwords not the same); the core checks again when the account is made
and its refusals land under the same fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.errors import UserError, ValidationError
from cluster_desktop.permissions import Actor

from ..changes import Kind
from ..messages import error_text, problem_text
from ..tasks import Progress, run_in_background
from ..unsaved import ConfirmsDiscard
from ..widgets import ErrorLabel, with_error
from .form_dialog import FormDialog
from .login_dialog import language_combo

translate = QCoreApplication.translate  # lupdate collects translate("PasswordFields", "…")


def username_problems(username: str) -> list[str]:
    """What is wrong with a new user name that can be told without the database (its form)."""
    from cluster_desktop.services.accounts import BAD_USERNAME, USERNAME_PATTERN, normalise_username

    if not username.strip():
        return []
    return [] if USERNAME_PATTERN.match(normalise_username(username)) else [error_text(UserError(BAD_USERNAME))]


class PasswordFields:
    """A new password typed twice, with the inline checks both account dialogs share."""

    def __init__(self, username: Callable[[], str]) -> None:
        self.username = username  # whose password it is: it must not be the user name
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(objectName="again", echoMode=QLineEdit.EchoMode.Password)
        self.password_box, self.password_error = with_error(self.password)
        self.again_box, self.again_error = with_error(self.again)
        self.password_error.setObjectName("password_error")
        self.again_error.setObjectName("again_error")

    def errors(self) -> dict[str, ErrorLabel]:
        """The labels under the two fields, by the field names the core's problems use."""
        return {"password": self.password_error, "again": self.again_error}

    def messages(self, final: bool) -> dict[str, list[str]]:
        """What is wrong with the password and its repetition; ``final`` (on saving) also what is missing."""
        first, second = self.problems()
        if final and not self.password.text():
            first = [translate("PasswordFields", "Choose a password.")]
        if final and self.again.text() != self.password.text():
            second = [translate("PasswordFields", "The two passwords are not the same.")]
        return {"password": first, "again": second}

    def account_messages(self, final: bool, missing_username: str) -> dict[str, list[str]]:
        """The user name's problems beside the passwords' (``missing_username``: said on saving without one)."""
        username = self.username()
        name = [missing_username] if final and not username else username_problems(username)
        return {"username": name, **self.messages(final)}

    def problems(self) -> tuple[list[str], list[str]]:
        """Messages for the password and for its repetition (empty when both are fine)."""
        from cluster_desktop.services.passwords import validate_password

        password, again = self.password.text(), self.again.text()
        first: list[str] = []
        try:
            validate_password(password, self.username())
        except ValidationError as exc:
            first = [problem_text(p) for p in exc.problems] if password else []
        second = [translate("PasswordFields", "The two passwords are not the same.")] if again and again != password else []
        return first, second

    def show(self, only_typed: bool = True) -> bool:
        """Show the problems (of the fields typed in, unless ``only_typed`` is False); True when none."""
        messages = self.messages(final=not only_typed)
        first, second = messages["password"], messages["again"]
        self.password_error.show_messages(first)
        self.again_error.show_messages(second)
        return not first and not second


class NewAdministrator(NamedTuple):
    username: str
    display_name: str
    password: str
    again: str


class FirstAdminDialog(FormDialog[NewAdministrator]):
    logged_in = Signal(object)  # the Actor of the new administrator
    language_requested = Signal(str)
    touches = frozenset({Kind.ACCOUNTS})

    def __init__(self, database: Database, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.setObjectName("first_admin_dialog")
        self.setWindowTitle(self.tr("Create the administrator account"))
        intro = QLabel(
            self.tr(
                "This database has no staff accounts yet. Create the administrator's account: the administrator "
                "adds the accounts of the other staff and decides what each may do."
            ),
            wordWrap=True,
        )
        self.language = language_combo()
        self.username = QLineEdit(username, objectName="username")
        self.display_name = QLineEdit(objectName="display_name", placeholderText=self.tr("e.g. Aigerim Sarsenova"))
        self.passwords = PasswordFields(lambda: self.username.text().strip())
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create and log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        form = QFormLayout()
        self._row(form, self.tr("&Username:"), "username", self.username)
        self._row(form, self.tr("&Full name:"), "display_name", self.display_name)
        form.addRow(self.tr("&Password:"), self.passwords.password_box)
        form.addRow(self.tr("Password &again:"), self.passwords.again_box)
        self._errors.update(self.passwords.errors())
        self.username_error = self._errors["username"]
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)
        content = QVBoxLayout()
        content.addLayout(top)
        content.addLayout(form)
        self._lay_out(content)
        self.setMinimumWidth(480)
        self.username.textChanged.connect(lambda _t: self._changed("username"))
        self.passwords.password.textChanged.connect(lambda _t: self._changed("password"))
        self.passwords.again.textChanged.connect(lambda _t: self._changed("again"))
        self.language.currentIndexChanged.connect(lambda _i: self.language_requested.emit(str(self.language.currentData())))
        self._start_editing(self.username)

    def current_input(self) -> NewAdministrator:
        return NewAdministrator(
            self.username.text().strip(), self.display_name.text().strip(), self.passwords.password.text(), self.passwords.again.text()
        )

    def has_unsaved_changes(self) -> bool:
        return False  # «Quit» ends the first start: nothing is kept to ask about

    def discard_question(self) -> str:
        return ConfirmsDiscard.discard_question(self)

    def field_messages(self, data: NewAdministrator, final: bool) -> dict[str, list[str]]:
        return self.passwords.account_messages(final, self.tr("Choose a username."))

    def create_administrator(self) -> None:
        """Check the form, make the account in the background, then log in and emit :attr:`logged_in`."""
        self.save()

    def ready_to_save(self, data: NewAdministrator) -> bool:
        self.language.setEnabled(False)
        self.summary.show_messages([self.tr("Creating the account…")])
        return True

    def store(self, session: Session, data: NewAdministrator) -> int | None:
        from cluster_desktop.services.accounts import create_first_administrator

        create_first_administrator(session, data.username, data.display_name, data.password)
        return None

    def save_refused(self, exc: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.language.setEnabled(True)

    def accept(self) -> None:
        """The account is committed: log in as it (the login is audited like any other), then close."""
        database, data = self._db, self.current_input()

        def work(_p: Progress) -> Actor:
            from cluster_desktop.services.login import authenticate

            return authenticate(database, data.username, data.password)

        def done(actor: Actor) -> None:
            super(FirstAdminDialog, self).accept()
            self.logged_in.emit(actor)

        def fail(exc: BaseException) -> None:
            self.summary.show_messages([error_text(exc)])
            self.save_refused(exc)

        run_in_background(work, done, fail, parent=self)
