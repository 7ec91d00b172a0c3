"""Record how a learner's enrolment ended: status, finish date and result in percent.

The percentage is what is kept; the letter and 5-point grades are derived from
it (cluster_desktop.grades) and previewed while the user types.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session

from cluster_desktop import grades
from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.models import EnrolmentStatus
from cluster_desktop.services import programmes

from .. import labels
from ..changes import Kind
from ..numbers import percent_value
from ..widgets import EnumCombo, OptionalDateEdit
from .form_dialog import FormDialog

FINISHED_STATUSES = (EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED, EnrolmentStatus.WITHDRAWN)

ResultInput = tuple[EnrolmentStatus | None, date | None, str]  # status, finished on, result as typed


class ResultDialog(FormDialog[ResultInput]):
    """Edits one enrolment's outcome; accepted once the service has saved it."""

    touches = frozenset({Kind.ENROLMENTS})

    def __init__(
        self,
        database: Database,
        enrolment_id: int,
        learner_name: str,
        status: EnrolmentStatus,
        enrolled_on: date,
        finished_on: date | None,
        result_percent: Decimal | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, parent)
        self._enrolment_id = enrolment_id
        self.setWindowTitle(self.tr("Record result"))

        self.status: EnumCombo[EnrolmentStatus] = EnumCombo(EnrolmentStatus, labels.enrolment_status_name)
        self.status.setObjectName("status")
        self.status.set_value(status)
        self.finished_on = OptionalDateEdit()
        self.finished_on.setObjectName("finished_on")
        self.finished_on.set_value(finished_on)
        self.result_percent = QLineEdit(objectName="result_percent", placeholderText=self.tr("for example 87,5"))
        self.result_percent.setText(percent_value(result_percent))
        self.grade_preview = QLabel(objectName="grade_preview")
        self.grade_preview.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.addRow(self.tr("Learner"), QLabel(learner_name))
        form.addRow(self.tr("Enrolled on"), QLabel(numeric_date(enrolled_on)))
        self._row(form, self.tr("Status"), "status", self.status)
        self._row(form, self.tr("Finished on"), "finished_on", self.finished_on)
        self._row(form, self.tr("Result, %"), "result_percent", self.result_percent)
        form.addRow(self.tr("Grade"), self.grade_preview)
        self._lay_out(form)

        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self.result_percent.textChanged.connect(lambda _t: self._update_preview())
        self._status_changed(fill_date=False)
        self._update_preview()
        self._start_editing()
        self.resize(460, self.sizeHint().height())

    def current_input(self) -> ResultInput:
        return self.status.value(), self.finished_on.value(), self.result_percent.text().strip()

    def _status_changed(self, fill_date: bool = True) -> None:
        """A finished enrolment needs a finish date: offer today; a current one has none."""
        finished = self.status.value() in FINISHED_STATUSES
        self.finished_on.setEnabled(finished)
        if finished and fill_date and self.finished_on.value() is None:
            self.finished_on.set_value(date.today())

    def _update_preview(self) -> None:
        try:
            percent = programmes.parse_percent(self.result_percent.text())
        except ValueError:
            self.grade_preview.setText("")
            self._errors["result_percent"].show_messages([self.tr("Enter a number from 0 to 100, for example 87,5.")])
            return
        self._errors["result_percent"].show_messages([])
        if percent is None:
            self.grade_preview.setText("")
        else:
            self.grade_preview.setText(
                self.tr("{letter} — {mark} on the 5-point scale").format(
                    letter=grades.letter_grade(percent), mark=grades.five_point_grade(percent)
                )
            )

    # -- hooks ---------------------------------------------------------------
    def store(self, session: Session, data: ResultInput) -> None:
        status, finished_on, percent_text = data
        programmes.record_result(session, self._enrolment_id, status, finished_on, percent_text)  # type: ignore[arg-type]

    def discard_question(self) -> str:
        return self.tr("The result has not been saved. Close without saving?")
