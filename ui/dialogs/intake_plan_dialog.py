"""Set the intake plan of one college specialty and year: seats per kind of seat, with the demand and forecast beside it.

Seats are typed as text, not picked in spin boxes, so that a mistyped «-5» reaches
the service and its message appears beside the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.models import SeatKind
from cluster_desktop.services.admission_list import application_years
from cluster_desktop.services.demand import YEARS
from cluster_desktop.services.intake_plan import PlanLine, intake_plan, set_intake_plan, specialty_choices

from .. import style
from ..changes import Kind
from ..i18n import current_language
from .application_dialog import seat_kind_names
from .demand_dialog import WHOLE_NUMBER, read_number
from .form_dialog import FormDialog


@dataclass(frozen=True)
class PlanInput:
    programme_id: int | None
    year: int
    seats: tuple[int, ...]  # in the order of SeatKind


class IntakePlanDialog(FormDialog[PlanInput]):
    """The plan of the specialty and year chosen (``programme_id`` and ``year`` start the form)."""

    touches = frozenset({Kind.ADMISSIONS})

    def __init__(self, database: Database, year: int, programme_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.setWindowTitle(self.tr("Intake plan"))
        self._lines: dict[tuple[int, int], PlanLine] = {}
        self.programme_id = QComboBox(objectName="programme_id")
        self.year = QSpinBox(objectName="year", minimum=YEARS[0], maximum=YEARS[1], value=year)
        self.year.setMaximumWidth(160)
        self.seat_fields: dict[SeatKind, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Specialty"), "programme_id", self.programme_id)
        self._row(form, self.tr("Intake year"), "year", self.year)
        for kind, name in seat_kind_names().items():
            edit = QLineEdit("0", objectName=f"seats_{kind.value}")
            edit.setValidator(QRegularExpressionValidator(WHOLE_NUMBER, edit))
            edit.setMaximumWidth(160)
            edit.textEdited.connect(lambda _t, n=f"seats_{kind.value}": self._changed(n))
            self.seat_fields[kind] = edit
            setattr(self, f"seats_{kind.value}", edit)
            self._row(form, name, f"seats_{kind.value}", edit)
        self.beside = QLabel(objectName="beside", wordWrap=True)
        style.paint(self.beside, style.HINT)
        content = QVBoxLayout()
        content.addLayout(form)
        content.addWidget(self.beside)
        content.addStretch(1)
        self._lay_out(content, stretch=False)
        self.programme_id.currentIndexChanged.connect(lambda _i: self._chosen())
        self.year.valueChanged.connect(lambda _v: self._chosen())
        self.resize(640, 440)
        self._load_everything(programme_id)

    def current_input(self) -> PlanInput:
        return PlanInput(
            self.programme_id.currentData(), self.year.value(), tuple(read_number(self.seat_fields[k].text()) for k in SeatKind)
        )

    def _load_everything(self, programme_id: int | None) -> None:
        language = current_language()
        years = range(self.year.minimum(), self.year.maximum() + 1)

        def work(session: Session) -> tuple[list[tuple[int, str]], dict[tuple[int, int], PlanLine]]:
            near = sorted({y for y in years if abs(y - self.year.value()) <= 3} | set(application_years(session)))
            lines = {(line.programme_id, y): line for y in near for line in intake_plan(session, y, language, date.today())}
            return specialty_choices(session, language), lines

        def show(loaded: tuple[list[tuple[int, str]], dict[tuple[int, int], PlanLine]]) -> None:
            choices, self._lines = loaded
            self.programme_id.addItem(self.tr("(choose the specialty)"), None)
            for choice_id, name in choices:
                self.programme_id.addItem(name, choice_id)
            self.programme_id.setCurrentIndex(max(0, self.programme_id.findData(programme_id)))
            self._chosen()

        self._load(work, show, focus=self.programme_id)

    def _chosen(self) -> None:
        """Show the chosen specialty's stored seats and what the employers ask for beside them."""
        line = self._lines.get((self.programme_id.currentData(), self.year.value()))
        for kind, edit in self.seat_fields.items():
            edit.setText(str(line.seats[kind]) if line is not None and line.seats else "0")
        if line is None:
            self.beside.setText("")
        else:
            forecast = "—" if line.expected is None else str(line.expected)
            self.beside.setText(
                self.tr(
                    "Employers ask for {requested} in {year}; the forecast of graduates that year: {forecast}. "
                    "Applications: {applied}, admitted: {admitted}."
                ).format(requested=line.requested, year=self.year.value(), forecast=forecast, applied=line.applied, admitted=line.admitted)
            )
        if self._initial is not None:
            self._initial = self.current_input()  # a stored plan shown is not a change

    def store(self, session: Session, data: PlanInput) -> int | None:
        set_intake_plan(session, data.programme_id or 0, data.year, dict(zip(SeatKind, data.seats, strict=True)))
        return data.programme_id

    def discard_question(self) -> str:
        return self.tr("The plan has unsaved changes. Close without saving?")
