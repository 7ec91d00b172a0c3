"""Settings → Roles and personal data: which roles may record consents, print access reports, anonymise, keep the incident log.

A grid of roles × permissions.  Administrators always may (their boxes are
ticked and fixed); a viewer, who changes nothing, may be given only the access
report.  Saved as the college's setting, audited; the services obey it at once,
another user's window shows it from their next login.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.permissions import GRANTABLE, Permission, Role, privacy_roles
from cluster_desktop.services.privacy_roles import save_privacy_roles

from .. import style
from ..changes import Kind
from ..permissions_ui import role_name
from .form_dialog import FormDialog

Grants = frozenset[tuple[Permission, Role]]
ORDER = (Permission.RECORD_CONSENTS, Permission.PRINT_ACCESS_REPORTS, Permission.ANONYMISE, Permission.MANAGE_INCIDENTS)


class PrivacyRolesDialog(FormDialog[Grants]):
    touches = frozenset({Kind.SETTINGS})

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.setWindowTitle(self.tr("Roles and personal data"))
        names = {
            Permission.RECORD_CONSENTS: self.tr("Record and withdraw consents"),
            Permission.PRINT_ACCESS_REPORTS: self.tr("Print a person's access report"),
            Permission.ANONYMISE: self.tr("Anonymise records past their keeping period"),
            Permission.MANAGE_INCIDENTS: self.tr("Keep the incident log"),
        }
        hint = QLabel(
            self.tr(
                "Who may do what the personal-data law governs. Administrators always may; "
                "a viewer, who changes nothing, may be allowed only to print access reports. "
                "Others see the change from their next login; the program obeys it at once."
            ),
            wordWrap=True,
        )
        style.paint(hint, style.HINT)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for column, role in enumerate(Role, start=1):
            name = role_name(role)
            grid.addWidget(QLabel(name[:1].upper() + name[1:]), 0, column)
        self.boxes: dict[tuple[Permission, Role], QCheckBox] = {}
        for row, permission in enumerate(ORDER, start=1):
            grid.addWidget(QLabel(names[permission], wordWrap=True), row, 0)
            for column, role in enumerate(Role, start=1):
                box = QCheckBox(objectName=f"{permission.value}_{role.value}")
                box.setAccessibleName(f"{names[permission]}: {role_name(role)}")
                box.setEnabled(role is not Role.ADMINISTRATOR and permission in GRANTABLE[role])
                box.setChecked(role is Role.ADMINISTRATOR)
                box.toggled.connect(lambda _on: self._changed("grid"))
                self.boxes[(permission, role)] = box
                grid.addWidget(box, row, column)
        grid.setColumnStretch(0, 1)
        content = QVBoxLayout()
        content.addWidget(hint)
        content.addLayout(grid)
        content.addStretch(1)
        self._lay_out(content, stretch=False)
        self.resize(640, 330)
        self._load(privacy_roles, self.show_roles)

    def show_roles(self, roles: dict[Permission, frozenset[Role]]) -> None:
        for (permission, role), box in self.boxes.items():
            box.setChecked(role in roles.get(permission, frozenset()))

    # -- hooks ---------------------------------------------------------------
    def current_input(self) -> Grants:
        return frozenset(key for key, box in self.boxes.items() if box.isChecked())

    def store(self, session: Session, data: Grants) -> None:
        save_privacy_roles(session, {p: [r for q, r in data if q is p] for p in ORDER})

    def discard_question(self) -> str:
        return self.tr("Who may do what has not been saved. Close without saving?")
