"""Certificates → To issue: who completed a programme and has no certificate yet; preview, issue, print."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop import grades
from cluster_desktop.college import load_college_details
from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.documents.blank import BlankData
from cluster_desktop.languages import LANGUAGES
from cluster_desktop.models import ProgrammeKind
from cluster_desktop.permissions import Permission
from cluster_desktop.services.certificate_blanks import draft_blank
from cluster_desktop.services.certificate_files import IssuedFile, issue_to_folder
from cluster_desktop.services.certificate_registry import (
    PendingFilter,
    PendingRow,
    PendingSort,
    count_pending,
    pending_ids,
    pending_page,
)

from .. import labels
from ..certificate_output import BlankPreviewer, default_folder
from ..changes import Kind, change_bus, subscribe
from ..dialogs.issue_dialog import IssueDialog
from ..file_dialogs import FileKind, remember_folder
from ..i18n import current_language
from ..messages import show_error
from ..numbers import percent
from ..operations import query
from ..permissions_ui import allow
from ..sql_table_model import RIGHT, Column, SqlTableModel, list_view
from ..tasks import Cancelled, Progress, run_in_background
from ..widgets import EnumCombo, search_as_you_type

translate = QCoreApplication.translate


def _result(row: PendingRow) -> str:
    if row.result_percent is None:
        return ""
    return f"{percent(row.result_percent)} ({grades.letter_grade(row.result_percent)})"


def pending_columns() -> list[Column[PendingRow]]:
    language = current_language()
    return [
        Column(lambda: translate("PendingCertificates", "Full name"), lambda r: r.full_name, PendingSort.NAME),
        Column(lambda: translate("PendingCertificates", "IIN"), lambda r: r.iin),
        Column(lambda: translate("PendingCertificates", "Programme"), lambda r: r.programme_name(language), PendingSort.PROGRAMME),
        Column(lambda: translate("PendingCertificates", "Group"), lambda r: r.group_name, PendingSort.GROUP),
        Column(lambda: translate("PendingCertificates", "Completed on"), lambda r: numeric_date(r.finished_on), PendingSort.FINISHED_ON, RIGHT),
        Column(lambda: translate("PendingCertificates", "Result"), _result, PendingSort.RESULT, RIGHT),
    ]


class PendingCertificates(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._group: tuple[int, str] | None = None
        self.previewer = BlankPreviewer(database, self)
        self.search = QLineEdit(objectName="search", placeholderText=self.tr("Search by name or IIN…"), clearButtonEnabled=True)
        self.kind_filter = EnumCombo(ProgrammeKind, labels.programme_kind_name, empty=self.tr("All programme kinds"))
        self.kind_filter.setObjectName("kind_filter")
        self.group_chip = QToolButton(objectName="group_chip", toolButtonStyle=Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.group_chip.setToolTip(self.tr("Show every group again"))
        self.group_chip.hide()
        self.count_label = QLabel(objectName="count_label")
        self.status = QLabel(objectName="status", wordWrap=True)
        self.language = QComboBox(objectName="language")
        for code in LANGUAGES:
            self.language.addItem(labels.language_name(code), code)
        self.language.setToolTip(self.tr("One language per blank"))
        self.group_button = QPushButton(self.tr("Whole &group"), objectName="group_button")
        self.group_button.setToolTip(self.tr("Show only the selected learner's group"))
        self.preview_button = QPushButton(self.tr("&Preview"), objectName="preview_button")
        self.issue_button = QPushButton(self.tr("&Issue for selected…"), objectName="issue_button")
        self.issue_all_button = QPushButton(self.tr("Issue for &all shown…"), objectName="issue_all_button")

        self.model: SqlTableModel[PendingRow, PendingFilter] = SqlTableModel(
            database, pending_columns(), count_pending, pending_page, PendingFilter(), PendingSort.NAME, self
        )
        self.table = list_view(self.model, "pending_table", (250, 110, 260, 100, 110), several=True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind_filter)
        top.addWidget(self.group_chip)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Blank in:")))
        bottom.addWidget(self.language)
        for button in (self.group_button, self.preview_button, self.issue_button, self.issue_all_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)

        search_as_you_type(self.search, self.apply_filter)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.group_chip.clicked.connect(lambda: self.set_group(None))
        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.preview_selected())
        self.group_button.clicked.connect(self.show_selected_group)
        self.preview_button.clicked.connect(self.preview_selected)
        self.issue_button.clicked.connect(self.issue_selected)
        self.issue_all_button.clicked.connect(self.issue_all_shown)
        allow(database, Permission.ISSUE_CERTIFICATES, self.issue_button, self.issue_all_button)
        shown = {Kind.CERTIFICATES, Kind.ENROLMENTS, Kind.LEARNERS, Kind.GROUPS, Kind.PROGRAMMES}
        subscribe(self, shown, lambda _kinds: self.model.refresh(), defer_while_hidden=False)  # as the registry beside it
        self._selection_changed()

    # -- list -----------------------------------------------------------------
    def current_filter(self) -> PendingFilter:
        return PendingFilter(
            text=self.search.text(), kind=self.kind_filter.value(), group_id=self._group[0] if self._group else None
        )

    def apply_filter(self) -> None:
        self.model.set_query(self.current_filter())

    def set_group(self, group: tuple[int, str] | None) -> None:
        self._group = group
        self.group_chip.setVisible(group is not None)
        if group is not None:
            self.group_chip.setText(self.tr("Group {name} ✕").format(name=group[1]))
        self.apply_filter()

    def show_selected_group(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.set_group((rows[0].group_id, rows[0].group_name))
            self.language.setCurrentIndex(max(0, self.language.findData(rows[0].group_language)))

    def _after_load(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n without a certificate", "", count))
        self.issue_all_button.setEnabled(count > 0)
        self._selection_changed()

    def selected_rows(self) -> list[PendingRow]:
        rows = (self.model.row(index.row()) for index in self.table.selectionModel().selectedRows())
        return [row for row in rows if row is not None]

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        for button in (self.group_button, self.preview_button, self.issue_button):
            button.setEnabled(bool(rows))
        self.issue_all_button.setEnabled(self.model.rowCount() > 0)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    # -- actions --------------------------------------------------------------
    def preview_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        row, language = rows[0], self.chosen_language()

        def blanks(session: Session) -> Sequence[BlankData]:
            return [draft_blank(session, row.enrolment_id, language, load_college_details(session))]

        self.previewer.show(blanks, self.tr("Preview: {name}").format(name=row.full_name), "preview.pdf")

    def issue_selected(self) -> IssueDialog | None:
        rows = self.selected_rows()
        return self._ask_and_issue([r.enrolment_id for r in rows]) if rows else None

    def issue_all_shown(self) -> None:
        flt = self.current_filter()
        def ask(ids: list[int]) -> None:
            if ids:
                self._ask_and_issue(ids)

        query(self, self._db, lambda session: pending_ids(session, flt), ask)

    def _ask_and_issue(self, enrolment_ids: list[int]) -> IssueDialog:
        dialog = IssueDialog(len(enrolment_ids), self.chosen_language(), default_folder(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.issue(enrolment_ids, dialog.chosen_language(), dialog.chosen_folder(), dialog.chosen_date()))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def issue(self, enrolment_ids: list[int], language: str, folder: Path, issued_on: date) -> None:
        """Issue off the GUI thread, one transaction per certificate; a cancel keeps those already issued."""
        remember_folder(FileKind.CERTIFICATES, folder)
        issued_count = [0]

        def work(progress: Progress) -> list[IssuedFile]:
            def step(count: int, total: int) -> None:
                issued_count[0] = count
                progress.update(count, total, self.tr("Issued {done} of {total}").format(done=count, total=total))

            progress.update(0, len(enrolment_ids))
            return issue_to_folder(self._db, enrolment_ids, language, folder, issued_on, on_step=step)

        self.status.clear()
        run_in_background(
            work, self._issued, lambda exc: self._issue_failed(exc, issued_count[0]), parent=self, label=self.tr("Issuing certificates…")
        )

    def _issued(self, files: list[IssuedFile]) -> None:
        numbers = [f.number for f in files]
        change_bus().announce({Kind.CERTIFICATES})  # each certificate was committed in a transaction of its own
        if numbers:
            self.status.setText(
                self.tr("%n certificate(s) issued, from {first} to {last}.", "", len(numbers)).format(first=numbers[0], last=numbers[-1])
            )
            name = f"{numbers[0]}.pdf" if len(numbers) == 1 else "certificates.pdf"
            self.previewer.show_issued(numbers, self.tr("Issued certificates"), name)

    def _issue_failed(self, exc: BaseException, issued_before: int) -> None:
        if issued_before:  # those stay issued
            change_bus().announce({Kind.CERTIFICATES})
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Stopped: %n certificate(s) had been issued and saved.", "", issued_before))
            return
        if issued_before:
            self.status.setText(self.tr("%n certificate(s) were issued before the problem.", "", issued_before))
        show_error(self, exc)
