"""The selected group on the Programmes page: its members and results, enrol, record a result, remove.

The page tells the panel which group to show (``show_group``) or that none is
(``clear``); the panel reads the members in background work and emits
``changed`` after it changed enrolments, so the page reads the tree again (its
counts change too) and with it the members.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy.orm import Session

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.permissions import Permission
from cluster_desktop.services import programmes
from cluster_desktop.services.programme_snapshots import (
    GroupSummary,
    MemberRow,
    ProgrammeSummary,
    load_members,
    period_text,
)

from .. import labels, messages
from ..changes import Kind
from ..dialogs.enrol_dialog import EnrolDialog
from ..dialogs.result_dialog import ResultDialog
from ..i18n import current_language
from ..list_table_model import ListTableModel
from ..messages import confirm
from ..numbers import percent_value
from ..operations import change, query
from ..permissions_ui import allow
from ..sql_table_model import RIGHT, Column, list_view

OpenDialog = Callable[[QDialog, Callable[[Any], None]], None]  # (dialog, on_accepted)
translate = QCoreApplication.translate


def member_columns() -> list[Column[MemberRow]]:
    """A group's learners: their status, result and dates."""
    return [
        Column(lambda: translate("GroupMembersPanel", "Full name"), lambda m: m.full_name),
        Column(lambda: translate("GroupMembersPanel", "IIN"), lambda m: m.iin),
        Column(lambda: translate("GroupMembersPanel", "Status"), lambda m: labels.enrolment_status_name(m.status)),
        Column(lambda: translate("GroupMembersPanel", "Result, %"), lambda m: percent_value(m.result_percent), align=RIGHT),
        Column(lambda: translate("GroupMembersPanel", "Letter"), lambda m: m.letter_grade or "", align=RIGHT),
        Column(lambda: translate("GroupMembersPanel", "5-point"), lambda m: str(m.five_point_grade or ""), align=RIGHT),
        Column(lambda: translate("GroupMembersPanel", "Enrolled on"), lambda m: numeric_date(m.enrolled_on)),
        Column(lambda: translate("GroupMembersPanel", "Finished on"), lambda m: numeric_date(m.finished_on)),
    ]


class GroupMembersPanel(QWidget):
    changed = Signal()  # a change failed: read the tree (and members) again (a success is announced on the change bus)

    def __init__(self, database: Database, open_dialog: OpenDialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("group_panel")
        self._db = database
        self._open_dialog = open_dialog
        self._group: GroupSummary | None = None
        self._programme: ProgrammeSummary | None = None
        self._members: list[MemberRow] = []
        self._members_group: int | None = None
        self._members_request = 0
        self._build()

    def _build(self) -> None:
        self.group_title = QLabel(objectName="group_title", wordWrap=True)
        self.group_title.setTextFormat(Qt.TextFormat.RichText)
        self.members_model = ListTableModel(member_columns(), self)
        self.members_table = list_view(self.members_model, "members_table", (280, 110, 100, 75, 60, 65, 95), several=True, sortable=False)
        self.members_table.setWordWrap(False)
        self.members_count = QLabel(objectName="members_count")
        self.enrol_button = QPushButton(self.tr("Enrol learners…"), objectName="enrol_button")
        self.result_button = QPushButton(self.tr("Record result…"), objectName="result_button")
        self.remove_button = QPushButton(self.tr("Remove from group"), objectName="remove_button")
        buttons = QHBoxLayout()
        for button in (self.enrol_button, self.result_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.members_count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.group_title)
        layout.addWidget(self.members_table, 1)
        layout.addLayout(buttons)

        self.members_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.enrol_button.clicked.connect(self.enrol)
        self.result_button.clicked.connect(self.record_result)
        self.remove_button.clicked.connect(self.remove_members)
        remove_key = QShortcut(
            QKeySequence(Qt.Key.Key_Delete), self.members_table, activated=self.remove_members,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        if allow(self._db, Permission.EDIT_RECORDS, self.enrol_button, self.result_button, self.remove_button, remove_key):
            self.members_table.doubleClicked.connect(lambda _index: self.record_result())

    # -- which group -------------------------------------------------------------
    def show_group(self, group: GroupSummary, programme: ProgrammeSummary | None, force_members: bool = False) -> None:
        """Show ``group``; read its members unless they are shown already (``force_members``: read them anyway)."""
        self._group, self._programme = group, programme
        details = " · ".join(
            part
            for part in (
                programme.name(current_language()) if programme else "",
                labels.language_name(group.language),
                period_text(group.starts_on, group.ends_on),
            )
            if part
        )
        self.group_title.setText(f"<b>{escape(group.name)}</b><br>{escape(details)}")
        if force_members or self._members_group != group.id:
            keep = self.selected_enrolment_ids() if self._members_group == group.id else set()
            if self._members_group != group.id:
                self._members = []
                self._fill_members(set())
            self._members_group = group.id
            self._load_members(group.id, keep)
        self._update_buttons()

    def clear(self) -> None:
        """No group is selected: forget the shown one, and drop the members still being read."""
        self._group = self._programme = None
        self._members_group = None
        self._members_request += 1

    # -- members -------------------------------------------------------------------
    def _load_members(self, group_id: int, keep: set[int]) -> None:
        self._members_request += 1
        request = self._members_request

        def done(rows: list[MemberRow]) -> None:
            if request == self._members_request and isValid(self):
                self._members = rows
                self._fill_members(keep)

        query(self, self._db, lambda session: load_members(session, group_id), done)

    def _fill_members(self, keep: set[int]) -> None:
        table = self.members_table
        table.clearSelection()
        self.members_model.set_rows(self._members)
        for number, m in enumerate(self._members):
            if m.enrolment_id in keep:
                table.selectRow(number)
        self.members_count.setText(self.tr("%n learner(s)", "", len(self._members)))
        self._update_buttons()

    def selected_members(self) -> list[MemberRow]:
        rows = sorted({index.row() for index in self.members_table.selectionModel().selectedRows()})
        return [self._members[r] for r in rows if r < len(self._members)]

    def selected_enrolment_ids(self) -> set[int]:
        return {m.enrolment_id for m in self.selected_members()}

    def _update_buttons(self) -> None:
        selected = len(self.selected_members())
        self.enrol_button.setEnabled(self._group is not None)
        self.result_button.setEnabled(selected == 1)
        self.remove_button.setEnabled(selected > 0)

    # -- actions -------------------------------------------------------------------
    def enrol(self) -> None:
        group = self._group
        if group is None:
            return
        programme = self._programme
        title = f"{group.name} — {programme.name(current_language())}" if programme else group.name
        self._open_dialog(EnrolDialog(self._db, group.id, title, self), lambda _d: None)  # the change bus tells the page

    def record_result(self) -> None:
        members = self.selected_members()
        if len(members) != 1:
            return
        m = members[0]
        dialog = ResultDialog(
            self._db, m.enrolment_id, m.full_name, m.status, m.enrolled_on, m.finished_on, m.result_percent, self
        )
        self._open_dialog(dialog, lambda _d: None)

    def remove_members(self) -> None:
        group = self._group
        members = self.selected_members()
        if group is None or not members:
            return
        if len(members) == 1:
            question = self.tr("Remove {name} from the group {group}? Their status and result in this group are deleted too.").format(
                name=members[0].full_name, group=group.name
            )
        else:
            question = self.tr(
                "Remove %n learner(s) from the group {group}? Their statuses and results in this group are deleted too.",
                "",
                len(members),
            ).format(group=group.name)
        if not confirm(self, self.tr("Remove from group"), question):
            return
        enrolment_ids = [m.enrolment_id for m in members]

        def remove(session: Session) -> None:
            for enrolment_id in enrolment_ids:
                programmes.remove_enrolment(session, enrolment_id)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                messages.show_error(self, exc)
                self.changed.emit()

        change(self, self._db, remove, touches={Kind.ENROLMENTS}, on_error=failed)
