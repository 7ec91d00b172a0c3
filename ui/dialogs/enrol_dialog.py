"""Enrol learners into a group: find them, select several, enrol all of them or none."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.models import Stage
from cluster_desktop.services import programmes
from cluster_desktop.services.learner_list import (
    LearnerFilter,
    LearnerRow,
    LearnerSort,
    count_learners,
    learner_page,
)

from .. import labels
from ..changes import Kind
from ..messages import error_text
from ..operations import change
from ..sql_table_model import Column, SqlTableModel, list_view
from ..tasks import Cancelled, Progress
from ..widgets import DateEdit, EnumCombo, ErrorLabel, search_as_you_type


class EnrolmentFailed(Exception):
    """One learner could not be enrolled, so the whole enrolment was rolled back."""

    def __init__(self, learner: LearnerRow, cause: BaseException) -> None:
        super().__init__(f"{learner.full_name}: {cause}")
        self.learner = learner
        self.cause = cause


class EnrolDialog(QDialog):
    """Enrols the selected learners into ``group_id`` in one transaction; ``enrolled`` says how many."""

    def __init__(self, database: Database, group_id: int, group_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._group_id = group_id
        self._saving = False
        self.enrolled = 0
        self.setWindowTitle(self.tr("Enrol learners"))

        self.search = QLineEdit(objectName="search", placeholderText=self.tr("Search by name or IIN…"), clearButtonEnabled=True)
        self.stage_filter: EnumCombo[Stage] = EnumCombo(Stage, labels.stage_name, empty=self.tr("All stages"))
        self.stage_filter.setObjectName("stage_filter")
        columns: list[Column[LearnerRow]] = [
            Column(lambda: self.tr("Full name"), lambda r: r.full_name, LearnerSort.NAME),
            Column(lambda: self.tr("IIN"), lambda r: r.iin, LearnerSort.IIN),
            Column(lambda: self.tr("Stage"), lambda r: labels.stage_name(r.stage)),
        ]
        self.model: SqlTableModel[LearnerRow, LearnerFilter] = SqlTableModel(
            database, columns, count_learners, learner_page, LearnerFilter(), LearnerSort.NAME, self
        )
        self.table = list_view(self.model, "learners_found", (320, 130), several=True)
        self.count_label = QLabel(objectName="count_label")
        self.enrolled_on = DateEdit("enrolled_on")
        self.error = ErrorLabel(self)
        self.error.setObjectName("error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.enrol_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.enrol_button.setText(self.tr("&Enrol"))
        self.enrol_button.setObjectName("enrol_ok_button")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        heading = QLabel(self.tr("Group: {group}").format(group=group_title), wordWrap=True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.stage_filter)
        form = QFormLayout()
        form.addRow(self.tr("Enrolment date"), self.enrolled_on)
        bottom = QHBoxLayout()
        bottom.addLayout(form)
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        search_as_you_type(self.search, self._apply_filter)
        self.stage_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.model.loaded.connect(self._update_count)
        self.model.failed.connect(lambda exc: self.error.show_messages([error_text(exc)]))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_count())
        self._update_count()
        self.model.refresh()
        self.resize(720, 560)

    def _apply_filter(self) -> None:
        self.model.set_query(LearnerFilter(text=self.search.text(), stage=self.stage_filter.value()))

    def _update_count(self) -> None:
        selected = len(self.table.selectionModel().selectedRows())
        self.count_label.setText(
            self.tr("Found: %n", "", self.model.rowCount()) + " · " + self.tr("Selected: %n", "", selected)
        )
        self.enrol_button.setEnabled(selected > 0 and not self._saving)

    def selected_learners(self) -> list[LearnerRow | None]:
        """The selected rows in list order; None stands for a row whose page has not arrived yet."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row(number) for number in rows]

    def save(self) -> None:
        if self._saving:
            return
        chosen = self.selected_learners()
        if not chosen:
            return
        if any(row is None for row in chosen):
            self.error.show_messages([self.tr("Some of the selected learners are still loading; try again in a moment.")])
            return
        learners_to_enrol = [row for row in chosen if row is not None]
        enrolled_on: date = self.enrolled_on.value()
        group_id = self._group_id
        self._saving = True
        self.error.show_messages([])
        self.buttons.setEnabled(False)

        def work(session: Session, progress: Progress) -> int:
            # One session is one transaction: an exception anywhere rolls every enrolment back.
            for number, learner in enumerate(learners_to_enrol):
                progress.update(number, len(learners_to_enrol), learner.full_name)
                try:
                    programmes.enrol(session, learner.id, group_id, enrolled_on)
                except Exception as exc:  # every reason is reported with the learner's name
                    raise EnrolmentFailed(learner, exc) from exc
            return len(learners_to_enrol)

        def done(count: int) -> None:
            self.enrolled = count
            self.accept()

        def fail(exc: BaseException) -> None:
            self._saving = False
            self.buttons.setEnabled(True)
            self._update_count()
            if isinstance(exc, EnrolmentFailed):
                message = self.tr("{name} (IIN {iin}) cannot be enrolled: {reason}").format(
                    name=exc.learner.full_name, iin=exc.learner.iin, reason=error_text(exc.cause)
                )
            elif isinstance(exc, Cancelled):
                message = self.tr("Cancelled.")
            else:
                message = error_text(exc)
            self.error.show_messages([message, self.tr("No one was enrolled.")])

        change(self, self._db, work, done, touches={Kind.ENROLMENTS, Kind.LEARNERS}, on_error=fail, label=self.tr("Enrolling learners…"))

    def reject(self) -> None:
        if self._saving:
            return
        super().reject()
