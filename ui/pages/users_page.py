"""Staff accounts (administrators): who may work with the program, in which role.

Accounts are few (a college's staff), so the list is read whole.  What the
core refuses — demoting or deactivating the last active administrator — is
shown as its message and the list stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.dates import local_time
from cluster_desktop.db import Database
from cluster_desktop.permissions import Permission, Role
from cluster_desktop.services.accounts import AccountRow

from .. import style
from ..changes import Kind, subscribe
from ..dialogs.account_dialog import AccountDialog
from ..dialogs.password_dialog import PasswordDialog
from ..labels import account_name
from ..list_table_model import ListTableModel
from ..messages import show_error
from ..operations import change, query
from ..permissions_ui import allow, role_name
from ..sql_table_model import Column, list_view

translate = QCoreApplication.translate


def _active(row: AccountRow) -> str:
    if row.active and row.locked_until is not None and row.locked_until.replace(tzinfo=row.locked_until.tzinfo or UTC) > datetime.now(UTC):
        return translate("UsersPage", "locked until {time}").format(time=local_time(row.locked_until))
    return translate("UsersPage", "yes") if row.active else translate("UsersPage", "no")


def account_columns() -> list[Column[AccountRow]]:
    """The staff accounts; an inactive one greyed."""
    columns: list[Column[AccountRow]] = [
        Column(lambda: translate("UsersPage", "Username"), lambda r: r.username),
        Column(lambda: translate("UsersPage", "Name"), lambda r: account_name(r.username, r.display_name)),
        Column(lambda: translate("UsersPage", "Role"), lambda r: role_name(r.role)),
        Column(lambda: translate("UsersPage", "Active"), _active),
        Column(lambda: translate("UsersPage", "Last login"), lambda r: local_time(r.last_login_at)),
    ]
    return [replace(column, foreground=lambda r: None if r.active else style.MUTED) for column in columns]


class UsersPage(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self.accounts: list[AccountRow] = []
        self.dialog: QWidget | None = None  # the dialog now open, for tests
        self.model = ListTableModel(account_columns(), self)
        self.table = list_view(self.model, "accounts_table", (150, 200, 140, 80, 140), sortable=False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add account…"), objectName="add_button")
        self.role_button = QPushButton(self.tr("Change &role"), objectName="role_button")
        self.role_menu = QMenu(self.role_button)
        self.role_actions: dict[Role, QAction] = {}
        for role in Role:
            action = self.role_menu.addAction(role_name(role))
            action.triggered.connect(lambda _c=False, r=role: self.set_role(r))
            self.role_actions[role] = action
        self.role_button.setMenu(self.role_menu)
        self.password_button = QPushButton(self.tr("Reset &password…"), objectName="password_button")
        self.active_button = QPushButton(self.tr("&Deactivate"), objectName="active_button")
        self.hint = QLabel(
            self.tr("Administrators manage accounts and settings; registrars keep the records; viewers read and print."),
            objectName="hint", wordWrap=True,
        )
        style.paint(self.hint, style.HINT)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.password_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)

        allow(database, Permission.MANAGE_ACCOUNTS, self.add_button, self.role_button, self.password_button, self.active_button)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.add_button.clicked.connect(self.add_account)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self._selection_changed()
        subscribe(self, {Kind.ACCOUNTS}, lambda _kinds: self.reload())
        self.reload()

    # -- list ------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the accounts again; select ``select``, else what is selected when they arrive."""
        from cluster_desktop.services.accounts import list_accounts

        def fill(rows: list[AccountRow]) -> None:
            selected = self.selected()
            self._fill(rows, select or (selected.username if selected else None))

        query(self, self._db, list_accounts, fill)

    def _fill(self, rows: list[AccountRow], select: str | None) -> None:
        self.accounts = rows
        self.model.set_rows(rows)
        for number, row in enumerate(rows):
            if row.username == select:
                self.table.selectRow(number)
        self._selection_changed()

    def selected(self) -> AccountRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows and rows[0].row() < len(self.accounts) else None

    def select_account(self, username: str) -> None:
        for number, row in enumerate(self.accounts):
            if row.username == username:
                self.table.selectRow(number)

    def _selection_changed(self) -> None:
        row = self.selected()
        for button in (self.role_button, self.active_button):
            button.setEnabled(row is not None)
        self.password_button.setEnabled(row is not None and row.has_password)
        self.active_button.setText(self.tr("&Activate") if row is not None and not row.active else self.tr("&Deactivate"))
        for role, action in self.role_actions.items():
            action.setEnabled(row is not None and row.role is not role)

    # -- actions ---------------------------------------------------------------
    def add_account(self) -> AccountDialog:
        dialog = AccountDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(lambda name: self.reload(select=name))
        dialog.open()
        self.dialog = dialog
        return dialog

    def reset_password(self) -> PasswordDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = PasswordDialog(self._db, row.username, own=False, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def set_role(self, role: Role) -> None:
        row = self.selected()
        if row is not None:
            from cluster_desktop.services.accounts import set_role

            self._change(row.username, lambda session: set_role(session, row.username, role))

    def toggle_active(self) -> None:
        row = self.selected()
        if row is not None:
            from cluster_desktop.services.accounts import set_active

            self._change(row.username, lambda session: set_active(session, row.username, not row.active))

    def _change(self, username: str, work: Callable[[Session], object]) -> None:
        """Run ``work`` in the background; a refusal is shown and the list read again either way."""

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            self.reload(select=username)

        change(self, self._db, work, touches={Kind.ACCOUNTS}, on_error=failed)
