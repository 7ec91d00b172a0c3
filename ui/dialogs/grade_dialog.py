"""Record that a pupil repeats a year or has left school: the explicit records the moving grade reads."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.school_grades import GradeStatus, academic_year_label, academic_year_of
from cluster_desktop.services.outcome_report import YEARS
from cluster_desktop.services.school_grades import SchoolRecordSummary

from ..changes import Kind
from ..i18n import current_language
from ..unsaved import ConfirmsDiscard
from ..widgets import DateEdit
from .form_dialog import FormDialog

REPEAT, LEAVE = "repeat", "leave"


class GradeChange(NamedTuple):
    action: str
    academic_year: int
    left_on: date


class GradeDialog(FormDialog[GradeChange]):
    touches = frozenset({Kind.LEARNERS})

    def __init__(self, database: Database, person_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._person_id = person_id
        self._record: SchoolRecordSummary | None = None
        self.setWindowTitle(self.tr("School grade"))
        today = date.today()
        self.school_label = QLabel(objectName="school_label", wordWrap=True)
        self.grade_label = QLabel(objectName="grade_label", wordWrap=True)
        self.action = QComboBox(objectName="action")
        self.action.addItem(self.tr("Repeats a year"), REPEAT)
        self.action.addItem(self.tr("Left school"), LEAVE)
        self.academic_year = QSpinBox(objectName="academic_year", minimum=YEARS[0], maximum=YEARS[1], value=academic_year_of(today))
        self.year_label = QLabel(objectName="year_label")
        self.left_on = DateEdit("left_on")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("Learner"), QLabel(name))
        form.addRow(self.tr("School"), self.school_label)
        form.addRow(self.tr("Grade today"), self.grade_label)
        self._row(form, self.tr("What happened"), "action", self.action)
        self._row(form, self.tr("Academic year repeated"), "academic_year", self.academic_year)
        form.addRow("", self.year_label)
        self._row(form, self.tr("Left on"), "ended_on", self.left_on)
        self._lay_out(form, stretch=False)
        self.resize(max(self.width(), 520), max(self.height(), 400))  # every row in view, the school's long name on two lines
        self.action.currentIndexChanged.connect(lambda _i: self._action_changed())
        self.academic_year.valueChanged.connect(lambda _v: self._year_changed())
        self._year_changed()
        self._action_changed()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)  # until the school record is read
        self._read_record(today)

    def _read_record(self, today: date) -> None:
        language = current_language()
        person_id = self._person_id

        def read(session: Session) -> SchoolRecordSummary | None:
            from cluster_desktop.services.school_grades import school_record_summary

            return school_record_summary(session, person_id, today, language)

        self._load(read, self._show_record, self.action)

    def _show_record(self, record: SchoolRecordSummary | None) -> None:
        self._record = record
        if record is None:
            self.school_label.setText("—")
            self.grade_label.setText("—")
            self.summary.show_messages([self.tr("The learner has no school record with a grade.")])
            return
        self.school_label.setText(record.school or "—")
        recorded = self.tr("recorded: grade {grade} in {year}").format(
            grade=record.recorded_grade, year=academic_year_label(record.recorded_year)
        )
        state = record.today
        if state.status is GradeStatus.AT_SCHOOL:
            now = self.tr("grade {grade}").format(grade=state.grade)
        elif state.status is GradeStatus.FINISHED:
            now = self.tr("finished school")
        elif state.status is GradeStatus.LEFT:
            now = self.tr("left school")
        else:
            now = self.tr("not at school yet")
        self.grade_label.setText(f"{now} ({recorded})")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _action_changed(self) -> None:
        repeat = self.action.currentData() == REPEAT
        self.academic_year.setEnabled(repeat)
        self.left_on.setEnabled(not repeat)

    def _year_changed(self) -> None:
        self.year_label.setText(academic_year_label(self.academic_year.value()))

    def current_input(self) -> GradeChange:
        return GradeChange(str(self.action.currentData()), self.academic_year.value(), self.left_on.value())

    def discard_question(self) -> str:
        return ConfirmsDiscard.discard_question(self)

    def ready_to_save(self, data: GradeChange) -> bool:
        return self._record is not None

    def store(self, session: Session, data: GradeChange) -> int | None:
        from cluster_desktop.services.school_grades import leave_school, record_repeat

        assert self._record is not None  # ready_to_save
        if data.action == REPEAT:
            record_repeat(session, self._record.record_id, data.academic_year)
        else:
            leave_school(session, self._record.record_id, data.left_on)
        return None
