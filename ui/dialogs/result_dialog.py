"""Record how a learner's enrolment ended: status, finish date and result in percent.

The percentage is what is kept; the letter and 5-point grades are derived from
it (cluster_desktop.grades) and previewed while the user types.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cluster_desktop import grades
from cluster_desktop.db import Database
from cluster_desktop.errors import Problem, ValidationError
from cluster_desktop.models import EnrolmentStatus
from cluster_desktop.services import programmes

from .. import labels
from ..messages import confirm, error_text, problem_text
from ..tasks import run_in_background
from ..widgets import EnumCombo, ErrorLabel, OptionalDateEdit, format_date, with_error

FINISHED_STATUSES = (EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED, EnrolmentStatus.WITHDRAWN)


def format_percent(value: Decimal | None) -> str:
    """«87,5» or «87.5» as the interface language writes it; «100», not «1E+2»."""
    if value is None:
        return ""
    if value == 0:
        value = Decimal(0)  # not «-0»
    return format(value.normalize(), "f").replace(".", QLocale().decimalPoint())


class ResultDialog(QDialog):
    """Edits one enrolment's outcome; accepted once the service has saved it."""

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
        super().__init__(parent)
        self._db = database
        self._enrolment_id = enrolment_id
        self._saving = False
        self.setWindowTitle(self.tr("Record result"))
        self._errors: dict[str, ErrorLabel] = {}

        self.status: EnumCombo[EnrolmentStatus] = EnumCombo(EnrolmentStatus, labels.enrolment_status_name)
        self.status.setObjectName("status")
        self.status.set_value(status)
        self.finished_on = OptionalDateEdit()
        self.finished_on.setObjectName("finished_on")
        self.finished_on.set_value(finished_on)
        self.result_percent = QLineEdit(objectName="result_percent", placeholderText=self.tr("for example 87,5"))
        self.result_percent.setText(format_percent(result_percent))
        self.grade_preview = QLabel(objectName="grade_preview")
        self.grade_preview.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.addRow(self.tr("Learner"), QLabel(learner_name))
        form.addRow(self.tr("Enrolled on"), QLabel(format_date(enrolled_on)))
        self._row(form, self.tr("Status"), "status", self.status)
        self._row(form, self.tr("Finished on"), "finished_on", self.finished_on)
        self._row(form, self.tr("Result, %"), "result_percent", self.result_percent)
        form.addRow(self.tr("Grade"), self.grade_preview)
        self.summary = ErrorLabel(self)
        self.summary.setObjectName("summary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self.result_percent.textChanged.connect(lambda _t: self._update_preview())
        self._status_changed(fill_date=False)
        self._update_preview()
        self._initial = self._values()
        self.resize(460, self.sizeHint().height())

    def _row(self, form: QFormLayout, label: str, name: str, field: QWidget) -> None:
        box, error = with_error(field)
        error.setObjectName(f"{name}_error")
        self._errors[name] = error
        form.addRow(label, box)

    def _values(self) -> tuple[object, ...]:
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

    def _show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem_text(problem))
        for name, label in self._errors.items():
            label.show_messages(by_field.get(name, []))
        unplaced = [m for f, msgs in by_field.items() if f not in self._errors for m in msgs]
        self.summary.show_messages([self.tr("Nothing was saved: correct the fields marked in red.")] + unplaced)
        first = next((getattr(self, p.field) for p in problems if p.field in self._errors), None)
        if isinstance(first, QWidget):
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        if self._saving:
            return
        self._saving = True
        self.buttons.setEnabled(False)
        status, finished_on, percent_text = self._values()
        enrolment_id = self._enrolment_id

        def work(_p: object) -> None:
            with self._db.session() as session:
                programmes.record_result(session, enrolment_id, status, finished_on, percent_text)  # type: ignore[arg-type]

        def done(_result: object) -> None:
            if isValid(self):
                self._initial = self._values()
                self.accept()

        def fail(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._saving = False
            self.buttons.setEnabled(True)
            if isinstance(exc, ValidationError):
                self._show_problems(exc.problems)
            else:
                self.summary.show_messages([error_text(exc)])

        run_in_background(work, done, fail, parent=self)

    def reject(self) -> None:
        if self._saving:
            return
        if self._values() != self._initial and not confirm(
            self, self.tr("Discard changes?"), self.tr("The result has not been saved. Close without saving?")
        ):
            return
        super().reject()
