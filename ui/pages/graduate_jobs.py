"""The Employment page's right side: the selected graduate's jobs with their follow-ups, and the actions on them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.permissions import Permission
from cluster_desktop.services import destinations, employment
from cluster_desktop.services.destinations import EVIDENCE_LABELS, KIND_LABELS, DestinationView, destinations_of
from cluster_desktop.services.employment import FOLLOW_UP_MONTHS, JobView, jobs_of
from cluster_desktop.services.graduate_list import GraduateListRow

from .. import labels, style
from ..changes import Kind, subscribe
from ..column_fit import header_width
from ..dialogs.destination_dialog import DestinationDialog
from ..dialogs.employment_dialog import EmploymentDialog
from ..dialogs.follow_up_dialog import FollowUpDialog
from ..i18n import current_language
from ..messages import confirm
from ..operations import change, query
from ..permissions_ui import allow

ITEM_ROLE = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate


class GraduateJobs(QWidget):
    """Shows one graduate's jobs; ``changed`` (with the person's id) after anything here was saved or deleted.

    It reads the jobs again itself when the change bus announces a change to them.
    """

    changed = Signal(int)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._graduate: GraduateListRow | None = None
        self._jobs: list[JobView] = []
        self._others: list[DestinationView] = []
        self._request = 0
        self.last_dialog: QWidget | None = None
        self.title = QLabel(objectName="graduate_title", wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.flag = QLabel(objectName="no_job_flag", wordWrap=True)
        style.paint(self.flag, style.WARNING, style.FontRole.HEADING)
        self.tree = QTreeWidget(objectName="jobs_tree")
        self.tree.setHeaderLabels([self.tr("Job"), self.tr("Workplace"), self.tr("Date")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(1, max(170, header_width(header, self.tree.headerItem().text(1))))  # its header whole
        self.details = QLabel(objectName="job_details", wordWrap=True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.record_button = QPushButton(
            self.tr("&Record job…"), objectName="record_button", toolTip=self.tr("Record where the graduate works (Ctrl+N)")
        )
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="edit_button")
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="delete_button")
        self.follow_up_button = QPushButton(
            self.tr("&Follow-up…"), objectName="follow_up_button", toolTip=self.tr("Still employed 6 or 12 months after the start?")
        )
        self.destination_button = QPushButton(
            self.tr("De&stination…"), objectName="destination_button",
            toolTip=self.tr("Record a destination other than a job (further study, army, leave…) with its evidence"),
        )

        # Two rows of two: the panel stays narrow enough for the list of graduates beside it to show
        # its seven columns on a 1366-pixel screen, with Kazakh or Russian button texts.
        buttons = QGridLayout()
        for number, button in enumerate(
            (self.record_button, self.follow_up_button, self.edit_button, self.delete_button, self.destination_button)
        ):
            buttons.addWidget(button, number // 2, number % 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.flag)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)

        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected() if self.may_edit else None)
        self.record_button.clicked.connect(self.record_job)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.follow_up_button.clicked.connect(self.follow_up)
        self.destination_button.clicked.connect(self.record_destination)
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.tree, activated=self.delete_selected, context=local)
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_Return), self.tree, activated=self.edit_selected, context=local)
        self.may_edit: bool = allow(
            database,
            Permission.EDIT_RECORDS,
            self.record_button,
            self.edit_button,
            self.delete_button,
            self.follow_up_button,
            self.destination_button,
            delete_key,
            edit_key,
        )
        subscribe(self, {Kind.EMPLOYMENT, Kind.ORGANISATIONS, Kind.AGREEMENTS}, lambda _kinds: self.show_graduate(self._graduate))
        self.show_graduate(None)

    # -- showing -------------------------------------------------------------
    @property
    def graduate(self) -> GraduateListRow | None:
        return self._graduate

    def show_graduate(self, graduate: GraduateListRow | None) -> None:
        self._graduate = graduate
        self._request += 1
        request = self._request
        self._show_jobs([], loaded=False)
        if graduate is None:
            hint = self.tr("Select a graduate to see their jobs.")
            self.title.setText(f"<p style='color:{style.HINT}'>{escape(hint)}</p>")
            self.flag.hide()
            return
        language = current_language()
        iin_word = self.tr("IIN")
        self.title.setText(
            f"<b>{escape(graduate.full_name)}</b> · {escape(iin_word)} {escape(graduate.iin)}<br>"
            + escape(
                self.tr("{specialty}, graduated {date}").format(
                    specialty=graduate.specialty(language), date=numeric_date(graduate.graduated_on)
                )
            )
        )
        person_id = graduate.person_id

        def done(found: tuple[list[JobView], list[DestinationView]]) -> None:
            if request == self._request:
                self._show_jobs(found[0], loaded=True, others=found[1])

        query(self, self._db, lambda session: (jobs_of(session, person_id, language), destinations_of(session, person_id, language)), done)

    def _show_jobs(self, jobs: list[JobView], loaded: bool, others: list[DestinationView] | None = None) -> None:
        """Fill the tree (the jobs, then the other destinations); the warning waits for the jobs to be read
        (an empty tree while loading says nothing yet)."""
        self._jobs = jobs
        self._others = others or []
        self.tree.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for job in jobs:
            item = QTreeWidgetItem([job.position, job.employer, numeric_date(job.starts_on)])
            item.setData(0, ITEM_ROLE, ("job", job.id, job.id))
            for follow_up in job.follow_ups:
                state = self.tr("still employed") if follow_up.still_employed else self.tr("no longer employed")
                text = self.tr("After {months} months: {state}").format(months=follow_up.months, state=state)
                child = QTreeWidgetItem([text, follow_up.where, numeric_date(follow_up.checked_on)])
                child.setData(0, ITEM_ROLE, ("follow_up", follow_up.id, job.id))
                if not follow_up.still_employed:
                    child.setForeground(0, QColor(style.ERROR))
                    child.setIcon(0, warning)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            for shown in (item, *(item.child(n) for n in range(item.childCount()))):
                for column in range(3):
                    assert shown is not None
                    shown.setToolTip(column, shown.text(column))  # a narrow panel cuts long positions and names
            item.setExpanded(True)
        for other in self._others:
            until = f" – {numeric_date(other.ends_on)}" if other.ends_on else ""
            item = QTreeWidgetItem([translate("Errors", KIND_LABELS[other.kind]), other.place, numeric_date(other.starts_on) + until])
            item.setData(0, ITEM_ROLE, ("destination", other.id, 0))
            for column in range(3):
                item.setToolTip(column, item.text(column))
            self.tree.addTopLevelItem(item)
        self.flag.setText(self.tr("⚠ No job recorded for this graduate."))
        self.flag.setVisible(loaded and not jobs)
        if (jobs or self._others) and (first := self.tree.topLevelItem(0)) is not None:
            self.tree.setCurrentItem(first)
        self._selection_changed()

    def _selected(self) -> tuple[str, int, int] | None:
        item = self.tree.currentItem()
        return item.data(0, ITEM_ROLE) if item is not None else None

    def _job(self, employment_id: int) -> JobView | None:
        return next((j for j in self._jobs if j.id == employment_id), None)

    def _target_job(self) -> JobView | None:
        """The job a follow-up is for: the selected one (or the one of the selected follow-up), else the latest."""
        selected = self._selected()
        return self._job(selected[2]) if selected is not None else (self._jobs[0] if self._jobs else None)

    def _selection_changed(self) -> None:
        selected = self._selected()
        self.record_button.setEnabled(self._graduate is not None)
        self.edit_button.setEnabled(selected is not None and selected[0] != "destination")
        self.delete_button.setEnabled(selected is not None)
        target = self._target_job()
        self.follow_up_button.setEnabled(target is not None and len(target.follow_ups) < len(FOLLOW_UP_MONTHS))
        job = self._job(selected[2]) if selected is not None else None
        other = next((d for d in self._others if selected is not None and selected[0] == "destination" and d.id == selected[1]), None)
        if other is not None:
            evidence = translate("Errors", EVIDENCE_LABELS[other.evidence_kind])
            number = self.tr(" No. {number}").format(number=other.evidence_number) if other.evidence_number else ""
            self.details.setText(self.tr("Evidence: {kind}{number} of {date}; recorded by {user}").format(
                kind=evidence, number=number, date=numeric_date(other.evidence_date), user=other.recorded_by,
            ))
            return
        if job is None:
            self.details.setText("")
            return
        parts = [labels.contract_kind_name(job.contract_kind)]
        if job.agreement is not None:
            parts.append(self.tr("{kind} No. {number}").format(kind=labels.agreement_kind_name(job.agreement[0]), number=job.agreement[1]))
        if job.evidence:
            parts.append(self.tr("Evidence: {text}").format(text=job.evidence))
        self.details.setText("\n".join(parts))

    # -- actions -------------------------------------------------------------
    def _open(self, dialog: QWidget) -> None:
        person_id = self._graduate.person_id if self._graduate is not None else 0
        dialog.accepted.connect(lambda: self._after_change(person_id))  # type: ignore[attr-defined]
        self.last_dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def _after_change(self, person_id: int) -> None:
        self.changed.emit(person_id)

    def record_job(self) -> EmploymentDialog | None:
        if self._graduate is None or not self.may_edit:
            return None
        dialog = EmploymentDialog(self._db, self._graduate.person_id, parent=self)
        self._open(dialog)
        return dialog

    def record_destination(self) -> DestinationDialog | None:
        if self._graduate is None or not self.may_edit:
            return None
        dialog = DestinationDialog(self._db, self._graduate.person_id, parent=self)
        self._open(dialog)
        return dialog

    def edit_job(self, employment_id: int) -> EmploymentDialog | None:
        if not self.may_edit:
            return None
        dialog = EmploymentDialog(self._db, employment_id=employment_id, parent=self)
        self._open(dialog)
        return dialog

    def edit_selected(self) -> QWidget | None:
        selected = self._selected()
        if selected is None or not self.may_edit:
            return None
        kind, record_id, employment_id = selected
        if kind == "destination":
            return None  # recorded anew when wrong: delete it and record the right one
        if kind == "job":
            return self.edit_job(record_id)
        dialog = FollowUpDialog(self._db, employment_id, record_id, parent=self)
        self._open(dialog)
        return dialog

    def follow_up(self) -> FollowUpDialog | None:
        job = self._target_job()
        if job is None or not self.may_edit:
            return None
        dialog = FollowUpDialog(self._db, job.id, parent=self)
        self._open(dialog)
        return dialog

    def delete_selected(self) -> None:
        selected = self._selected()
        if selected is None or self._graduate is None or not self.may_edit:
            return
        kind, record_id, employment_id = selected
        job = self._job(employment_id)
        what = f"{job.position}, {job.employer}" if job is not None else ""
        other = next((d for d in self._others if kind == "destination" and d.id == record_id), None)
        if other is not None:
            what = translate("Errors", KIND_LABELS[other.kind])
            question = self.tr("Delete the destination «{job}» of {name}? This cannot be undone.")
        elif kind == "job":
            question = self.tr("Delete the job «{job}» of {name} with its follow-ups? This cannot be undone.")
        else:
            question = self.tr("Delete this follow-up of the job «{job}» of {name}? This cannot be undone.")
        if not confirm(self, self.tr("Delete"), question.format(job=what, name=self._graduate.full_name)):
            return
        person_id = self._graduate.person_id

        def delete(session: Session) -> None:
            if kind == "destination":
                destinations.delete_destination(session, record_id)
            elif kind == "job":
                employment.delete_employment(session, record_id)
            else:
                employment.delete_follow_up(session, record_id)

        change(self, self._db, delete, lambda _r: self._after_change(person_id), touches={Kind.EMPLOYMENT})
