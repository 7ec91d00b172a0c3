"""Staff accounts → Add…: a new colleague's username, name, role and first password."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from cluster_desktop.db import Database
from cluster_desktop.errors import ValidationError
from cluster_desktop.permissions import Role

from ..messages import error_text, problem_text
from ..permissions_ui import role_name
from ..tasks import Progress, run_in_background
from ..unsaved import ConfirmsDiscard, InputSnapshot
from ..widgets import EnumCombo, ErrorLabel, with_error
from .first_admin_dialog import VALIDATE_DELAY_MS, PasswordFields, username_problems


class AccountDialog(ConfirmsDiscard, QDialog):
    created = Signal(str)  # the new account's username

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("account_dialog")
        self.setWindowTitle(self.tr("New staff account"))
        self._db = database
        self.saving = False
        self.username = QLineEdit(objectName="username")
        self.username_box, self.username_error = with_error(self.username)
        self.username_error.setObjectName("username_error")
        self.display_name = QLineEdit(objectName="display_name")
        self.role = EnumCombo(Role, role_name)
        self.role.setObjectName("role")
        self.role.set_value(Role.REGISTRAR)
        self.passwords = PasswordFields(lambda: self.username.text().strip())
        self.summary = ErrorLabel(self)
        self.summary.setObjectName("summary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username_box)
        form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Password:"), self.passwords.password_box)
        form.addRow(self.tr("Password &again:"), self.passwords.again_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self._validate_inline)
        self.username.textChanged.connect(lambda _t: self._timer.start())
        self.passwords.password.textChanged.connect(lambda _t: self._timer.start())
        self.passwords.again.textChanged.connect(lambda _t: self._timer.start())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)
        self._typed = InputSnapshot(
            self.username, self.display_name, self.role, self.passwords.password, self.passwords.again
        )

    def has_unsaved_changes(self) -> bool:
        return self._typed.changed()

    def closing_refused(self) -> bool:
        return self.saving

    def _validate_inline(self) -> None:
        self.username_error.show_messages(username_problems(self.username.text()))
        self.passwords.show(only_typed=True)

    def save(self) -> None:
        if self.saving:
            return
        self._timer.stop()
        username, display_name = self.username.text().strip(), self.display_name.text().strip()
        role, password = self.role.value() or Role.VIEWER, self.passwords.password.text()
        bad_name = username_problems(username) if username else [self.tr("Choose a username.")]
        self.username_error.show_messages(bad_name)
        if not self.passwords.show(only_typed=False) or bad_name:
            return
        self.saving = True
        self.buttons.setEnabled(False)
        database = self._db

        def work(_p: Progress) -> str:
            from cluster_desktop.services.accounts import create_account

            with database.session() as session:
                return create_account(session, username, display_name, role, password).username

        def done(name: str) -> None:
            self.saving = False
            self.accept()
            self.created.emit(name)

        def fail(exc: BaseException) -> None:
            self.saving = False
            self.buttons.setEnabled(True)
            labels = {"username": self.username_error, "password": self.passwords.password_error}
            for label in labels.values():
                label.show_messages([])
            problems = exc.problems if isinstance(exc, ValidationError) else []
            for name, label in labels.items():
                label.show_messages([problem_text(p) for p in problems if p.field == name])
            rest = [problem_text(p) for p in problems if p.field not in labels]
            self.summary.show_messages(rest if problems else [error_text(exc)])

        run_in_background(work, done, fail, parent=self)
