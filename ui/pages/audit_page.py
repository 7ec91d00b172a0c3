"""The Audit page (administrators): who did what, when, on which PC — filtered, exported, checked.

The list is the lazy :class:`~ui.sql_table_model.SqlTableModel` over the
core's ``count_audit`` / ``audit_page`` (the log grows without end).  A line
above it says whether the hash chain still verifies; the check reads the
whole log, so it runs in the background when the page opens.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cluster_desktop.audit_labels import field_label
from cluster_desktop.dates import local_time
from cluster_desktop.db import Database
from cluster_desktop.permissions import Permission
from cluster_desktop.services.audit_log import (
    AuditFilter,
    AuditRow,
    AuditSort,
    audit_choices,
    audit_list,
    audit_page,
    count_audit,
)

from .. import style
from ..changes import Kind, subscribe
from ..export_action import ask_and_export
from ..list_table_model import ListTableModel
from ..messages import error_text, problem_text, show_error
from ..operations import query
from ..permissions_ui import allow
from ..sql_table_model import Column, SqlTableModel, list_view
from ..widgets import OptionalDateEdit, refill_choices, search_as_you_type

if TYPE_CHECKING:  # the audit module is imported when the chain is checked
    from sqlalchemy.orm import Session

    from cluster_desktop.audit import LogCheck

translate = QCoreApplication.translate

ACTIONS = {
    "create": lambda: translate("AuditPage", "Created"),
    "update": lambda: translate("AuditPage", "Changed"),
    "delete": lambda: translate("AuditPage", "Deleted"),
    "login": lambda: translate("AuditPage", "Logged in"),
    "login_failed": lambda: translate("AuditPage", "Failed login"),
    "logout": lambda: translate("AuditPage", "Logged out"),
    "export": lambda: translate("AuditPage", "Exported"),
    "import": lambda: translate("AuditPage", "Imported"),
    "issue": lambda: translate("AuditPage", "Issued"),
    "revoke": lambda: translate("AuditPage", "Revoked"),
    "backup": lambda: translate("AuditPage", "Backed up"),
    "restore": lambda: translate("AuditPage", "Restored"),
    "settings": lambda: translate("AuditPage", "Settings"),
    "role_change": lambda: translate("AuditPage", "Role changed"),
    "password": lambda: translate("AuditPage", "Password set"),
    "denied": lambda: translate("AuditPage", "Refused"),
    "seal": lambda: translate("AuditPage", "Sealed with the audit key"),
    "anonymise": lambda: translate("AuditPage", "Anonymised"),
}
RECORD_KINDS = {
    "audit_entry": lambda: translate("AuditPage", "Audit log"),
    "person": lambda: translate("AuditPage", "Learner"),
    "stage_record": lambda: translate("AuditPage", "Stage"),
    "programme": lambda: translate("AuditPage", "Programme"),
    "learner_group": lambda: translate("AuditPage", "Group"),
    "enrolment": lambda: translate("AuditPage", "Enrolment"),
    "certificate": lambda: translate("AuditPage", "Certificate"),
    "organisation": lambda: translate("AuditPage", "Partner"),
    "agreement": lambda: translate("AuditPage", "Agreement"),
    "agreement_learner": lambda: translate("AuditPage", "Learner in an agreement"),
    "account": lambda: translate("AuditPage", "Staff account"),
    "setting": lambda: translate("AuditPage", "Setting"),
    "document_text": lambda: translate("AuditPage", "Document text"),
    "placement": lambda: translate("AuditPage", "Practice placement"),
    "employment": lambda: translate("AuditPage", "Employment"),
    "follow_up": lambda: translate("AuditPage", "Employment follow-up"),
    "guidance_session": lambda: translate("AuditPage", "Guidance session"),
    "session_attendance": lambda: translate("AuditPage", "Session attendance"),
    "session_head_count": lambda: translate("AuditPage", "Session head count"),
    "demand_request": lambda: translate("AuditPage", "Employer demand"),
    "destination": lambda: translate("AuditPage", "Graduate's destination"),
    "qualification": lambda: translate("AuditPage", "Qualification catalogue entry"),
    "application": lambda: translate("AuditPage", "Application for admission"),
    "intake_plan": lambda: translate("AuditPage", "Intake plan"),
    "grade_repeat": lambda: translate("AuditPage", "Repeated school year"),
    "consent": lambda: translate("AuditPage", "Consent"),
    "consent_purpose": lambda: translate("AuditPage", "Purpose of a consent"),
    "incident": lambda: translate("AuditPage", "Personal-data incident"),
}


def action_name(action: str) -> str:
    name = ACTIONS.get(action)
    return name() if name is not None else action


def record_kind_name(kind: str | None) -> str:
    if not kind:
        return ""
    name = RECORD_KINDS.get(kind)
    return name() if name is not None else kind


def audit_columns() -> list[Column[AuditRow]]:
    return [
        Column(lambda: translate("AuditPage", "When"), lambda r: local_time(r.at, seconds=True), AuditSort.AT),
        Column(lambda: translate("AuditPage", "User"), lambda r: r.username, AuditSort.USER),
        Column(lambda: translate("AuditPage", "Action"), lambda r: action_name(r.action), AuditSort.ACTION),
        Column(lambda: translate("AuditPage", "Record"), lambda r: record_kind_name(r.record_kind), AuditSort.RECORD_KIND),
        Column(lambda: translate("AuditPage", "No."), lambda r: r.record_id or ""),
        Column(lambda: translate("AuditPage", "Workstation"), lambda r: r.workstation),
    ]


def _plain(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def change_columns() -> list[Column[tuple[str, str, str]]]:
    """An entry's (field, before, after) lines; a long value reads whole in its tooltip."""
    return [
        Column(lambda: translate("AuditPage", "Field"), lambda line: line[0]),
        Column(lambda: translate("AuditPage", "Before"), lambda line: line[1]),
        Column(lambda: translate("AuditPage", "After"), lambda line: line[2]),
    ]


def change_lines(row: AuditRow) -> list[tuple[str, str, str]]:
    """(field, before, after) for each field the entry names: a change has both, a new record only «after».

    The field is named in the user's language («Age group» for ``age_group``), or as kept when unknown.
    """
    lines = []
    for name, value in row.details().items():
        field = field_label(name, translate)
        if isinstance(value, list) and len(value) == 2 and row.action in ("update", "role_change"):
            lines.append((field, _plain(value[0]), _plain(value[1])))
        elif row.action == "delete":
            lines.append((field, _plain(value), ""))
        else:
            lines.append((field, "", _plain(value)))
    return lines


class AuditPage(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self.user_filter = QComboBox(objectName="user_filter")
        self.action_filter = QComboBox(objectName="action_filter")
        self.kind_filter = QComboBox(objectName="kind_filter")
        for combo, empty in (
            (self.user_filter, self.tr("Any user")),
            (self.action_filter, self.tr("Any action")),
            (self.kind_filter, self.tr("Any record")),
        ):
            combo.addItem(empty, None)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.since = OptionalDateEdit()
        self.since.setObjectName("since")
        self.until = OptionalDateEdit()
        self.until.setObjectName("until")
        self.search = QLineEdit(objectName="search", placeholderText=self.tr("Search the changes…"), clearButtonEnabled=True)
        self.count_label = QLabel(objectName="count_label")
        self.export_button = QPushButton(self.tr("E&xport…"), objectName="export_button")
        self.chain_label = QLabel(self.tr("Checking the audit log's hash chain…"), objectName="chain_label", wordWrap=True)

        self.model: SqlTableModel[AuditRow, AuditFilter] = SqlTableModel(
            database, audit_columns(), count_audit, audit_page, AuditFilter(), AuditSort.AT, self
        )
        self.table = list_view(self.model, "audit_table", (130, 90, 110, 120, 50), descending=True)
        self.entry_title = QLabel(objectName="entry_title", wordWrap=True)
        self.changes = ListTableModel(change_columns(), self)
        self.details = list_view(self.changes, "details", sortable=False)
        self.details.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._lay_out()

        search_as_you_type(self.search, self.apply_filter)
        for combo in (self.user_filter, self.action_filter, self.kind_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _d: self.apply_filter())
        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.export_button.clicked.connect(self.export_list)
        allow(database, Permission.EXPORT_PERSONAL_DATA, self.export_button)
        subscribe(self, set(Kind) - {Kind.DAY}, lambda _kinds: self._changed_elsewhere())  # every change writes the log
        self.model.refresh()
        self._load_choices()
        self.check_chain()

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.user_filter, self.action_filter, self.kind_filter):
            filters.addWidget(widget)
        filters.addWidget(QLabel(self.tr("from")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)
        filters.addWidget(self.export_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.entry_title)
        right_layout.addWidget(self.details, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="audit_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain_label)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

    def _changed_elsewhere(self) -> None:
        """Show what was done meanwhile, and whether the chain still holds."""
        self.refresh()
        self.check_chain()

    # -- list ------------------------------------------------------------------
    def current_filter(self) -> AuditFilter:
        since: date | None = self.since.value()
        until: date | None = self.until.value()
        return AuditFilter(
            username=self.user_filter.currentData(),
            action=self.action_filter.currentData(),
            record_kind=self.kind_filter.currentData(),
            since=since,
            until=until,
            text=self.search.text().strip(),
        )

    def apply_filter(self) -> None:
        self.model.set_query(self.current_filter())

    def refresh(self) -> None:
        self.model.refresh()
        self._load_choices()

    def _after_load(self) -> None:
        self.count_label.setText(self.tr("%n entry(s)", "", self.model.rowCount()))
        self._show_selected()

    def _load_choices(self) -> None:
        query(self, self._db, audit_choices, self._fill_choices, on_error=lambda _exc: None)

    def _fill_choices(self, choices: dict[str, list[str]]) -> None:
        for combo, key, name in (
            (self.user_filter, "users", str),
            (self.action_filter, "actions", action_name),
            (self.kind_filter, "record_kinds", record_kind_name),
        ):
            refill_choices(combo, [(name(value), value) for value in choices.get(key, [])])

    def selected_row(self) -> AuditRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        row = self.selected_row()
        lines = change_lines(row) if row is not None else []
        if row is None:
            self.entry_title.setText(self.tr("Select an entry to see what it changed."))
        else:
            self.entry_title.setText(
                self.tr("Entry {id}: {action} — {kind} {record} by {user} on {workstation}").format(
                    id=row.id,
                    action=action_name(row.action),
                    kind=record_kind_name(row.record_kind),
                    record=row.record_id or "",
                    user=row.username,
                    workstation=row.workstation or "?",
                )
            )
        self.changes.set_rows(lines)

    # -- chain and export ------------------------------------------------------
    def check_chain(self) -> None:
        """Recompute the chain against the audit key and this PC's anchor in the background and say whether it holds."""
        from sqlalchemy.exc import DBAPIError

        from cluster_desktop.audit import check_log
        from cluster_desktop.services.health import unreadable

        db = self._db

        def check(session: Session) -> LogCheck:
            try:
                return check_log(session)
            except DBAPIError as exc:  # a damaged page, a missing table: said plainly, not «unexpected»
                raise unreadable(db, exc) from None

        query(self, db, check, self._show_chain, on_error=self._show_chain_error)

    def _show_chain(self, result: LogCheck) -> None:
        if result.problem is not None:
            style.paint(self.chain_label, style.ERROR, style.FontRole.HEADING)
            self.chain_label.setText(
                self.tr("The audit log was altered after it was written: {problem}").format(problem=problem_text(result.problem))
            )
        else:
            style.paint(self.chain_label, style.SUCCESS)
            self.chain_label.setText(self.tr("The audit log is intact: every entry matches the hash chain."))

    def _show_chain_error(self, error: BaseException) -> None:
        """The log could not be checked at all (its key cannot be read, the database is damaged): say why."""
        style.paint(self.chain_label, style.ERROR, style.FontRole.HEADING)
        self.chain_label.setText(error_text(error))

    def export_list(self) -> QFileDialog:
        """Export the entries as the page shows them: the same filter, the same sort."""
        sort, descending = self.model.sort_order
        query = self.model.query
        return ask_and_export(self, self._db, lambda: audit_list(query, sort, descending), self.tr("audit-log"))
