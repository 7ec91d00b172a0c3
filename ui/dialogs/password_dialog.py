"""A new password: one's own (File → Change password…, the old one asked first) or,
for an administrator, another person's (Staff accounts → Reset password…)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.errors import Problem, ValidationError

from ..changes import Kind
from ..unsaved import ConfirmsDiscard
from .first_admin_dialog import PasswordFields
from .form_dialog import FormDialog


class NewPassword(NamedTuple):
    old: str
    password: str
    again: str


class PasswordDialog(FormDialog[NewPassword]):
    touches = frozenset({Kind.ACCOUNTS})

    def __init__(self, database: Database, username: str, own: bool, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.setObjectName("password_dialog")
        self._username = username
        self._own = own
        self.setWindowTitle(self.tr("Change password") if own else self.tr("Reset password"))
        intro = QLabel(
            self.tr("Your account: {name}.").format(name=username) if own
            else self.tr("A new password for {name}. Tell it to them in person; they can change it later.").format(name=username),
            wordWrap=True,
        )
        self.old = QLineEdit(objectName="old_password", echoMode=QLineEdit.EchoMode.Password)
        self.passwords = PasswordFields(lambda: username)
        form = QFormLayout()
        old_box = self._field_box("old", self.old)
        if own:
            form.addRow(self.tr("&Current password:"), old_box)
        else:
            old_box.setParent(self)
            old_box.hide()
        form.addRow(self.tr("&New password:"), self.passwords.password_box)
        form.addRow(self.tr("New password &again:"), self.passwords.again_box)
        self._errors.update(self.passwords.errors())
        self.old_error = self._errors["old"]
        content = QVBoxLayout()
        content.addWidget(intro)
        content.addLayout(form)
        self._lay_out(content)
        self.setMinimumWidth(440)
        self.passwords.password.textChanged.connect(lambda _t: self._changed("password"))
        self.passwords.again.textChanged.connect(lambda _t: self._changed("again"))
        self._start_editing(self.old if own else self.passwords.password)

    def current_input(self) -> NewPassword:
        return NewPassword(self.old.text(), self.passwords.password.text(), self.passwords.again.text())

    def discard_question(self) -> str:
        return ConfirmsDiscard.discard_question(self)  # the general question: nothing here needs naming

    def field_messages(self, data: NewPassword, final: bool) -> dict[str, list[str]]:
        old = [self.tr("Type your current password.")] if final and self._own and not data.old else []
        return {"old": old, **self.passwords.messages(final)}

    def _show_problems(self, problems: list[Problem], only: set[str] | None = None) -> None:
        """The core calls the new password «new» when it is changed, «password» when it is set: one field here."""
        super()._show_problems([Problem("password", p.template, p.params) if p.field == "new" else p for p in problems], only)

    def save_refused(self, exc: BaseException) -> None:
        if self._own and not isinstance(exc, ValidationError):  # the current password was wrong: type it again
            self.old.clear()
            self.old.setFocus(Qt.FocusReason.OtherFocusReason)

    def store(self, session: Session, data: NewPassword) -> int | None:
        from cluster_desktop.services.accounts import change_password, reset_password

        if self._own:
            change_password(session, self._username, data.old, data.password)
        else:
            reset_password(session, self._username, data.password)
        return None

    def accept(self) -> None:
        super().accept()
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), self.tr("The password was changed."),
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setObjectName("password_changed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
