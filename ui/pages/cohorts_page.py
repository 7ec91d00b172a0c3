"""The Cohorts page: one cohort followed through the cluster — the same people, step by step.

Choose where the cohort starts (a school's grade in an academic year, a preschool year, a college
intake of a specialty); the table shows each step's count and its share of the starting count, the
funnel chart the same counts, and choosing a step lists the people behind it.  The figures are
:func:`cluster_desktop.services.cohorts.cohort_funnel`'s, read off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.figures import NONE
from cluster_desktop.ids import mask_id_number
from cluster_desktop.school_grades import FIRST_GRADE, LAST_GRADE, academic_year_label, academic_year_of
from cluster_desktop.services.cohorts import COLLEGE, PRESCHOOL, SCHOOL, CohortChoices, CohortDefinition, CohortPerson, Funnel
from cluster_desktop.services.outcome_report import YEARS

from .. import style
from ..changes import Kind, subscribe
from ..charts import Bar, BarChart
from ..i18n import current_language
from ..list_table_model import ListTableModel
from ..messages import show_error
from ..numbers import ratio
from ..operations import query
from ..sql_table_model import Column, list_view

translate = QCoreApplication.translate
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class StepRow:
    key: str
    name: str
    count: int
    share: float | None
    pending: int | None  # graduates whose census date is still to come (destination steps only)


def step_names() -> dict[str, str]:
    return {
        "start": translate("CohortsPage", "In the cohort"),
        "courses": translate("CohortsPage", "Took cluster courses at school"),
        "certificate": translate("CohortsPage", "Got a course certificate"),
        "applied": translate("CohortsPage", "Applied to the college"),
        "entered_college": translate("CohortsPage", "Entered the college"),
        "graduated": translate("CohortsPage", "Graduated"),
        "employed_6": translate("CohortsPage", "Employed 6 months after graduation"),
        "specialty_6": translate("CohortsPage", "In their specialty after 6 months"),
        "employed_12": translate("CohortsPage", "Employed 12 months after graduation"),
        "specialty_12": translate("CohortsPage", "In their specialty after 12 months"),
    }


def step_columns() -> list[Column[StepRow]]:
    return [
        Column(lambda: translate("CohortsPage", "Step"), lambda r: r.name),
        Column(lambda: translate("CohortsPage", "People"), lambda r: r.count, align=RIGHT),
        Column(lambda: translate("CohortsPage", "Of the cohort"), lambda r: ratio(r.share), align=RIGHT),
        Column(lambda: translate("CohortsPage", "Not yet due"), lambda r: NONE if r.pending is None else r.pending, align=RIGHT),
    ]


def people_columns() -> list[Column[CohortPerson]]:
    return [
        Column(lambda: translate("CohortsPage", "Name"), lambda p: p.full_name),
        Column(lambda: translate("CohortsPage", "IIN"), lambda p: mask_id_number(p.iin)),
    ]


class CohortsPage(QWidget):
    loaded = Signal()  # a funnel is on screen
    people_loaded = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._generation = 0
        self.funnel: Funnel | None = None
        current = academic_year_of(date.today())

        self.kind = QComboBox(objectName="kind")
        self.kind.addItem(self.tr("School grade"), SCHOOL)
        self.kind.addItem(self.tr("Preschool sessions"), PRESCHOOL)
        self.kind.addItem(self.tr("College intake"), COLLEGE)
        self.school = QComboBox(objectName="school")
        self.school.setMinimumContentsLength(18)
        self.school.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.grade = QSpinBox(objectName="grade", minimum=FIRST_GRADE, maximum=LAST_GRADE, value=10)
        self.specialty = QComboBox(objectName="specialty")
        self.specialty.setMinimumContentsLength(18)
        self.specialty.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year = QSpinBox(objectName="year", minimum=YEARS[0], maximum=YEARS[1], value=current - 1)
        self.year.setKeyboardTracking(False)
        self.year_label = QLabel(objectName="year_label")
        self.school_label = QLabel(self.tr("School:"))
        self.grade_label = QLabel(self.tr("Grade:"))
        self.specialty_label = QLabel(self.tr("Specialty:"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Cohort:")))
        top.addWidget(self.kind)
        for widget in (self.school_label, self.school, self.grade_label, self.grade, self.specialty_label, self.specialty):
            top.addWidget(widget)
        top.addWidget(QLabel(self.tr("Academic year:")))
        top.addWidget(self.year)
        top.addWidget(self.year_label)
        top.addStretch(1)

        self.status_label = QLabel(objectName="status_label", wordWrap=True)
        style.paint(self.status_label, style.HINT)
        self.steps_model = ListTableModel(step_columns(), self)
        self.steps_table = list_view(self.steps_model, "steps_table", sortable=False)
        self.chart = BarChart(
            self.tr("The cohort step by step"),
            [self.tr("People")],
            horizontal=True,
            empty_text=self.tr("Nobody is in this cohort."),
            object_name="funnel_chart",
        )
        self.people_label = QLabel(self.tr("Choose a step to see the people behind it."), objectName="people_label", wordWrap=True)
        self.people_model = ListTableModel(people_columns(), self)
        self.people_table = list_view(self.people_model, "people_table", sortable=False)
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.people_label)
        people_layout.addWidget(self.people_table, 1)
        left = QSplitter(Qt.Orientation.Vertical, objectName="cohort_left")
        left.addWidget(self.steps_table)
        left.addWidget(people)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="cohort_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.chart)
        for splitter in (left, self.splitter):
            splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([620, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.splitter, 1)

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        for combo in (self.school, self.specialty):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for spin in (self.grade, self.year):
            spin.valueChanged.connect(lambda _v: self.refresh())
        self.steps_table.selectionModel().currentRowChanged.connect(lambda current, _previous: self.show_people(current.row()))
        subscribe(
            self, set(Kind) - {Kind.ACCOUNTS, Kind.SETTINGS, Kind.BACKUPS}, lambda _kinds: self.load_choices()
        )  # choices, then the funnel
        self._kind_changed(refresh=False)
        self.load_choices()

    # -- choices ----------------------------------------------------------------
    def load_choices(self) -> None:
        language = current_language()

        def read(session: Session) -> CohortChoices:
            from cluster_desktop.services.cohorts import cohort_choices

            return cohort_choices(session, language)

        query(self, self._db, read, self._show_choices, on_error=lambda exc: show_error(self, exc))

    def _show_choices(self, choices: CohortChoices) -> None:
        for combo, items in ((self.school, choices.schools), (self.specialty, choices.specialties)):
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for value, label in items:
                combo.addItem(label, value)
            index = combo.findData(kept)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)
        self.refresh()

    def _kind_changed(self, refresh: bool = True) -> None:
        kind = self.kind.currentData()
        for widget in (self.school_label, self.school, self.grade_label, self.grade):
            widget.setVisible(kind == SCHOOL)
        for widget in (self.specialty_label, self.specialty):
            widget.setVisible(kind == COLLEGE)
        if refresh:
            self.refresh()

    def definition(self) -> CohortDefinition | None:
        """The cohort chosen, or None while there is nothing to choose (no school, no specialty)."""
        kind, year = self.kind.currentData(), self.year.value()
        if kind == SCHOOL:
            school = self.school.currentData()
            return None if school is None else CohortDefinition(SCHOOL, year, school_id=int(school), grade=self.grade.value())
        if kind == COLLEGE:
            code = self.specialty.currentData()
            return None if code is None else CohortDefinition(COLLEGE, year, specialty=str(code))
        return CohortDefinition(PRESCHOOL, year)

    # -- the funnel -------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self.year_label.setText(academic_year_label(self.year.value()))
        definition = self.definition()
        if definition is None:
            self.show_funnel(None)
            self.status_label.setText(self.tr("There is no school or specialty to choose yet."))
            return
        today = date.today()
        self.status_label.setText(self.tr("Counting…"))

        def read(session: Session) -> Funnel:
            from cluster_desktop.services.cohorts import cohort_funnel

            return cohort_funnel(session, definition, today)

        def done(funnel: Funnel) -> None:
            if generation == self._generation:
                self.show_funnel(funnel)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.status_label.setText("")
                show_error(self, exc)

        query(self, self._db, read, done, on_error=failed)

    def show_funnel(self, funnel: Funnel | None) -> None:
        self.funnel = funnel
        names = step_names()
        rows = (
            [
                StepRow(s.key, names[s.key], s.count, funnel.share(s), s.pending if s.key.startswith(("employed", "specialty")) else None)
                for s in funnel.steps
            ]
            if funnel is not None
            else []
        )
        self.steps_model.set_rows(rows)
        bars = [
            Bar(
                r.name,
                (r.count,),
                self.tr("{step}: %n person(s), {share} of the cohort", "", r.count).format(step=r.name, share=ratio(r.share)),
            )
            for r in rows
        ]
        self.chart.set_bars(bars if funnel is not None and funnel.start else [])
        self.people_model.set_rows([])
        self.people_label.setText(self.tr("Choose a step to see the people behind it."))
        if funnel is not None:
            notes = []
            if not funnel.start:
                notes.append(self.tr("Nobody is in this cohort."))
            if funnel.head_count:
                notes.append(self.tr("%n more counted at that year's sessions without names cannot be followed.", "", funnel.head_count))
            self.status_label.setText(" ".join(notes))
            self.loaded.emit()

    def step_counts(self) -> list[int]:
        return [row.count for row in self.steps_model.rows]

    # -- the people behind a step -------------------------------------------------
    def show_people(self, row: int) -> None:
        if self.funnel is None or not 0 <= row < len(self.funnel.steps):
            return
        step = self.funnel.steps[row]
        name = step_names()[step.key]
        ids = step.people

        def read(session: Session) -> list[CohortPerson]:
            from cluster_desktop.services.cohorts import cohort_people

            return cohort_people(session, ids)

        def done(people: list[CohortPerson]) -> None:
            self.people_label.setText(self.tr("{step}: %n person(s)", "", len(people)).format(step=name))
            self.people_model.set_rows(people)
            self.people_loaded.emit()

        query(self, self._db, read, done, on_error=lambda exc: show_error(self, exc))

    def people_names(self) -> list[str]:
        return [p.full_name for p in self.people_model.rows]
