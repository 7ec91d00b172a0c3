"""Staff accounts → Add…: a new colleague's username, name, role and first password."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.permissions import Role

from ..changes import Kind
from ..permissions_ui import role_name
from ..unsaved import ConfirmsDiscard
from ..widgets import EnumCombo
from .first_admin_dialog import PasswordFields
from .form_dialog import FormDialog


class NewAccount(NamedTuple):
    username: str
    display_name: str
    role: Role
    password: str
    again: str


class AccountDialog(FormDialog[NewAccount]):
    created = Signal(str)  # the new account's username
    touches = frozenset({Kind.ACCOUNTS})

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.setObjectName("account_dialog")
        self.setWindowTitle(self.tr("New staff account"))
        self.username = QLineEdit(objectName="username")
        self.display_name = QLineEdit(objectName="display_name")
        self.role = EnumCombo(Role, role_name)
        self.role.setObjectName("role")
        self.role.set_value(Role.REGISTRAR)
        self.passwords = PasswordFields(lambda: self.username.text().strip())
        form = QFormLayout()
        self._row(form, self.tr("&Username:"), "username", self.username)
        self._row(form, self.tr("&Full name:"), "display_name", self.display_name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Password:"), self.passwords.password_box)
        form.addRow(self.tr("Password &again:"), self.passwords.again_box)
        self._errors.update(self.passwords.errors())
        self.username_error = self._errors["username"]
        self._lay_out(form)
        self.setMinimumWidth(460)
        self.username.textChanged.connect(lambda _t: self._changed("username"))
        self.passwords.password.textChanged.connect(lambda _t: self._changed("password"))
        self.passwords.again.textChanged.connect(lambda _t: self._changed("again"))
        self._start_editing(self.username)

    def current_input(self) -> NewAccount:
        return NewAccount(
            self.username.text().strip(), self.display_name.text().strip(), self.role.value() or Role.VIEWER,
            self.passwords.password.text(), self.passwords.again.text(),
        )

    def discard_question(self) -> str:
        return ConfirmsDiscard.discard_question(self)  # the general question: nothing here needs naming

    def field_messages(self, data: NewAccount, final: bool) -> dict[str, list[str]]:
        return self.passwords.account_messages(final, self.tr("Choose a username."))

    def store(self, session: Session, data: NewAccount) -> int | None:
        from cluster_desktop.services.accounts import create_account

        return create_account(session, data.username, data.display_name, data.role, data.password).id

    def accept(self) -> None:
        super().accept()
        self.created.emit(self.current_input().username)
