"""First start: create the administrator account, then work as that administrator.

Problems show under their fields as the user types (a password too short, the
two passwords not the same); the core checks again when the account is made
and its refusals land under the same fields.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from cluster_desktop.db import Database
from cluster_desktop.errors import UserError, ValidationError

from ..messages import error_text, problem_text
from ..tasks import Progress, run_in_background
from ..widgets import ErrorLabel, with_error
from .login_dialog import language_combo

VALIDATE_DELAY_MS = 300
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


class FirstAdminDialog(QDialog):
    logged_in = Signal(object)  # the Actor of the new administrator
    language_requested = Signal(str)

    def __init__(self, database: Database, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_admin_dialog")
        self.setWindowTitle(self.tr("Create the administrator account"))
        self._db = database
        self.saving = False
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
        self.username_box, self.username_error = with_error(self.username)
        self.username_error.setObjectName("username_error")
        self.passwords = PasswordFields(lambda: self.username.text().strip())
        self.summary = ErrorLabel(self)
        self.summary.setObjectName("summary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create and log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username_box)
        form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("&Password:"), self.passwords.password_box)
        form.addRow(self.tr("Password &again:"), self.passwords.again_box)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self._timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self._validate_inline)
        self.username.textChanged.connect(lambda _t: self._timer.start())
        self.passwords.password.textChanged.connect(lambda _t: self._timer.start())
        self.passwords.again.textChanged.connect(lambda _t: self._timer.start())
        self.buttons.accepted.connect(self.create_administrator)
        self.buttons.rejected.connect(self.reject)
        self.language.currentIndexChanged.connect(lambda _i: self.language_requested.emit(str(self.language.currentData())))
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)

    def _validate_inline(self) -> None:
        self.username_error.show_messages(username_problems(self.username.text()))
        self.passwords.show(only_typed=True)

    def create_administrator(self) -> None:
        """Check the form, make the account in the background, then emit :attr:`logged_in`."""
        if self.saving:
            return
        self._timer.stop()
        username, display_name, password = self.username.text().strip(), self.display_name.text().strip(), self.passwords.password.text()
        bad_name = username_problems(username) if username else [self.tr("Choose a username.")]
        self.username_error.show_messages(bad_name)
        if not self.passwords.show(only_typed=False) or bad_name:
            return
        self.saving = True
        self.buttons.setEnabled(False)
        self.language.setEnabled(False)
        self.summary.show_messages([self.tr("Creating the account…")])
        database = self._db

        def work(_p: Progress) -> object:
            from cluster_desktop.services.accounts import create_first_administrator
            from cluster_desktop.services.login import authenticate

            with database.session() as session:
                create_first_administrator(session, username, display_name, password)
            return authenticate(database, username, password)  # the login is audited like any other

        def done(actor: object) -> None:
            self.saving = False
            self.accept()
            self.logged_in.emit(actor)

        def fail(exc: BaseException) -> None:
            self.saving = False
            self.buttons.setEnabled(True)
            self.language.setEnabled(True)
            self.summary.show_messages([])
            if isinstance(exc, ValidationError):
                by_field = {"username": self.username_error, "password": self.passwords.password_error}
                placed = [p for p in exc.problems if p.field in by_field]
                for name, label in by_field.items():
                    label.show_messages([problem_text(p) for p in placed if p.field == name])
                rest = [problem_text(p) for p in exc.problems if p not in placed]
                self.summary.show_messages(rest)
            else:
                self.summary.show_messages([error_text(exc)])

        run_in_background(work, done, fail, parent=self)
