"""A new password: one's own (File → Change password…, the old one asked first) or,
for an administrator, another person's (Staff accounts → Reset password…)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from cluster_desktop.db import Database
from cluster_desktop.errors import ValidationError

from ..messages import error_text, problem_text
from ..tasks import Progress, run_in_background
from ..unsaved import ConfirmsDiscard, InputSnapshot
from ..widgets import ErrorLabel, with_error
from .first_admin_dialog import VALIDATE_DELAY_MS, PasswordFields


class PasswordDialog(ConfirmsDiscard, QDialog):
    def __init__(self, database: Database, username: str, own: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("password_dialog")
        self._db = database
        self._username = username
        self._own = own
        self.saving = False
        self.setWindowTitle(self.tr("Change password") if own else self.tr("Reset password"))
        intro = QLabel(
            self.tr("Your account: {name}.").format(name=username) if own
            else self.tr("A new password for {name}. Tell it to them in person; they can change it later.").format(name=username),
            wordWrap=True,
        )
        self.old = QLineEdit(objectName="old_password", echoMode=QLineEdit.EchoMode.Password)
        self.old_box, self.old_error = with_error(self.old)
        self.old_error.setObjectName("old_error")
        self.passwords = PasswordFields(lambda: username)
        self.summary = ErrorLabel(self)
        self.summary.setObjectName("summary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        if own:
            form.addRow(self.tr("&Current password:"), self.old_box)
        else:
            self.old_box.setParent(self)
            self.old_box.hide()
        form.addRow(self.tr("&New password:"), self.passwords.password_box)
        form.addRow(self.tr("New password &again:"), self.passwords.again_box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._timer.timeout.connect(lambda: self.passwords.show(only_typed=True))
        self.passwords.password.textChanged.connect(lambda _t: self._timer.start())
        self.passwords.again.textChanged.connect(lambda _t: self._timer.start())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        (self.old if own else self.passwords.password).setFocus(Qt.FocusReason.OtherFocusReason)
        self._typed = InputSnapshot(self.old, self.passwords.password, self.passwords.again)

    def has_unsaved_changes(self) -> bool:
        return self._typed.changed()

    def closing_refused(self) -> bool:
        return self.saving

    def save(self) -> None:
        if self.saving:
            return
        self._timer.stop()
        old, new = self.old.text(), self.passwords.password.text()
        self.old_error.show_messages([self.tr("Type your current password.")] if self._own and not old else [])
        if not self.passwords.show(only_typed=False) or (self._own and not old):
            return
        self.saving = True
        self.buttons.setEnabled(False)
        database, username, own = self._db, self._username, self._own

        def work(_p: Progress) -> None:
            from cluster_desktop.services.accounts import change_password, reset_password

            with database.session() as session:
                if own:
                    change_password(session, username, old, new)
                else:
                    reset_password(session, username, new)

        def done(_r: object) -> None:
            self.saving = False
            self.accept()
            box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), self.tr("The password was changed."),
                              QMessageBox.StandardButton.Ok, self.parentWidget())
            box.setObjectName("password_changed")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        def fail(exc: BaseException) -> None:
            self.saving = False
            self.buttons.setEnabled(True)
            self.old_error.show_messages([])
            self.passwords.password_error.show_messages([])
            if isinstance(exc, ValidationError):
                fields = {"password": self.passwords.password_error, "new": self.passwords.password_error, "old": self.old_error}
                placed = [p for p in exc.problems if p.field in fields]
                for problem in placed:
                    fields[problem.field].show_messages([problem_text(problem)])
                self.summary.show_messages([problem_text(p) for p in exc.problems if p not in placed])
            else:
                self.summary.show_messages([error_text(exc)])
                if own:
                    self.old.clear()
                    self.old.setFocus(Qt.FocusReason.OtherFocusReason)

        run_in_background(work, done, fail, parent=self)
