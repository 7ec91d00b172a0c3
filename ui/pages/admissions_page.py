"""The Admissions page: applications to the college (filtered by year, specialty, status and kind of seat) with
Admit, Decline and Enrol, and the year's intake plan beside the employers' demand and the forecast."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.models import ApplicationStatus, SeatKind
from cluster_desktop.permissions import Permission
from cluster_desktop.services import admissions
from cluster_desktop.services.admission_list import (
    ApplicationFilter,
    ApplicationRow,
    ApplicationSort,
    application_page,
    application_years,
    count_applications,
)
from cluster_desktop.services.intake_plan import PlanLine, intake_plan, specialty_choices

from .. import layout_memory, style
from ..changes import Kind, subscribe
from ..dialogs.application_dialog import AdmitDialog, ApplicationDialog, seat_kind_names
from ..dialogs.intake_plan_dialog import IntakePlanDialog
from ..i18n import current_language
from ..list_table_model import ListTableModel
from ..messages import confirm, show_error
from ..operations import change, query
from ..permissions_ui import allow
from ..sql_table_model import RIGHT, Column, SqlTableModel, list_view
from ..widgets import refill_choices

translate = QCoreApplication.translate


def status_names() -> dict[ApplicationStatus, str]:
    return {
        ApplicationStatus.APPLIED: translate("Admissions", "Applied"),
        ApplicationStatus.ADMITTED: translate("Admissions", "Admitted"),
        ApplicationStatus.DECLINED: translate("Admissions", "Declined"),
        ApplicationStatus.ENROLLED: translate("Admissions", "Enrolled"),
    }


def _seat_kind_text(row: ApplicationRow) -> str:
    kind = seat_kind_names()[row.seat_kind]
    employer = row.employer(current_language())
    return f"{kind}: {employer}" if employer else kind


def application_columns() -> list[Column[ApplicationRow]]:
    return [
        Column(lambda: translate("Admissions", "Applicant"), lambda r: r.full_name, ApplicationSort.NAME),
        Column(lambda: translate("Admissions", "IIN"), lambda r: r.iin),
        Column(lambda: translate("Admissions", "Specialty"), lambda r: r.specialty(current_language()), ApplicationSort.SPECIALTY),
        Column(lambda: translate("Admissions", "Year"), lambda r: r.year, align=RIGHT),
        Column(lambda: translate("Admissions", "Kind of seat"), _seat_kind_text),
        Column(lambda: translate("Admissions", "Status"), lambda r: status_names()[r.status], ApplicationSort.STATUS),
        Column(lambda: translate("Admissions", "Applied on"), lambda r: numeric_date(r.applied_on), ApplicationSort.APPLIED_ON, RIGHT),
        Column(
            lambda: translate("Admissions", "Admission order"),
            lambda r: f"№ {r.order_number}, {numeric_date(r.order_date)}" if r.order_number else "",
        ),
    ]


def two_lines(text: str) -> str:
    """A header of several words on two lines (at the space nearest its middle): the plan's eleven columns fit 1366 pixels."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return f"{text[:middle]}\n{text[middle + 1 :]}"


def _seats(line: PlanLine, kind: SeatKind) -> str:
    return "—" if line.seats is None else str(line.seats[kind])


def _seat_column(kind: SeatKind) -> Column[PlanLine]:
    return Column(lambda: two_lines(seat_kind_names()[kind]), lambda line: _seats(line, kind), align=RIGHT)


def plan_columns() -> list[Column[PlanLine]]:
    kinds = [_seat_column(kind) for kind in SeatKind]
    return [
        Column(lambda: translate("Admissions", "Specialty"), lambda line: line.label),
        *kinds,
        Column(
            lambda: two_lines(translate("Admissions", "Seats")),
            lambda line: "—" if line.planned is None else str(line.planned),
            align=RIGHT,
        ),
        Column(lambda: two_lines(translate("Admissions", "Applications")), lambda line: str(line.applied), align=RIGHT),
        Column(lambda: two_lines(translate("Admissions", "Admitted")), lambda line: str(line.admitted), align=RIGHT),
        Column(lambda: two_lines(translate("Admissions", "Employers' demand")), lambda line: str(line.requested), align=RIGHT),
        Column(
            lambda: two_lines(translate("Admissions", "Forecast of graduates")),
            lambda line: "—" if line.expected is None else str(line.expected),
            align=RIGHT,
        ),
    ]


SHOWN_KINDS = {Kind.ADMISSIONS, Kind.LEARNERS, Kind.PROGRAMMES, Kind.ORGANISATIONS, Kind.DEMAND, Kind.GROUPS, Kind.ENROLMENTS}


class AdmissionsPage(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._plan_generation = 0
        self.last_dialog: QWidget | None = None
        self.year_filter = QComboBox(objectName="year_filter")
        self.year_filter.addItem(self.tr("All years"), None)
        self.specialty_filter = QComboBox(objectName="specialty_filter")
        self.specialty_filter.addItem(self.tr("All specialties"), None)
        self.status_filter = QComboBox(objectName="status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status, name in status_names().items():
            self.status_filter.addItem(name, status)
        self.seat_filter = QComboBox(objectName="seat_filter")
        self.seat_filter.addItem(self.tr("All kinds of seat"), None)
        for kind, name in seat_kind_names().items():
            self.seat_filter.addItem(name, kind)
        self.count_label = QLabel(objectName="count_label")
        self.add_button = QPushButton(self.tr("&Add application…"), objectName="add_button", toolTip=self.tr("Ctrl+N"))
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="edit_button", toolTip=self.tr("Enter"))
        self.admit_button = QPushButton(self.tr("Ad&mit…"), objectName="admit_button", toolTip=self.tr("Ctrl+M"))
        self.decline_button = QPushButton(self.tr("De&cline"), objectName="decline_button")
        self.enrol_button = QPushButton(self.tr("En&rol"), objectName="enrol_button", toolTip=self.tr("Ctrl+R"))
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="delete_button")
        self.model: SqlTableModel[ApplicationRow, ApplicationFilter] = SqlTableModel(
            database, application_columns(), count_applications, application_page, self.current_filter(), ApplicationSort.NAME, self
        )
        self.table = list_view(self.model, "applications_table", (220, 110, 260, 50, 200, 110, 90, 150))

        self.plan_label = QLabel(objectName="plan_label")
        style.set_font_role(self.plan_label, style.FontRole.HEADING)
        self.plan_button = QPushButton(self.tr("Intake &plan…"), objectName="plan_button", toolTip=self.tr("Ctrl+P"))
        self.plan_model = ListTableModel(plan_columns(), self)
        self.plan = list_view(self.plan_model, "plan_table", (300, 80, 80, 80, 60, 60, 70, 70, 80, 80), sortable=False)
        self.plan_note = QLabel(
            self.tr(
                "Seats per kind for the intake year beside the people the employers ask for that year and the graduates "
                "the forecast expects then. «—»: no plan (applications to the specialty are refused) or nothing to forecast from."
            ),
            objectName="plan_note",
            wordWrap=True,
        )
        style.paint(self.plan_note, style.HINT)

        top = QHBoxLayout()
        for combo in (self.year_filter, self.specialty_filter, self.status_filter, self.seat_filter):
            top.addWidget(combo)
        top.addStretch(1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.admit_button, self.decline_button, self.enrol_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(buttons)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.plan_label, 1)
        heading.addWidget(self.plan_button)
        lower_layout.addLayout(heading)
        lower_layout.addWidget(self.plan, 1)
        lower_layout.addWidget(self.plan_note)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="admissions_splitter")
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        for combo in (self.specialty_filter, self.status_filter, self.seat_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.year_filter.currentIndexChanged.connect(lambda _i: self._year_changed())
        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected() if self._may_edit else None)
        self.add_button.clicked.connect(self.add_application)
        self.edit_button.clicked.connect(self.edit_selected)
        self.admit_button.clicked.connect(self.admit_selected)
        self.decline_button.clicked.connect(self.decline_selected)
        self.enrol_button.clicked.connect(self.enrol_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.plan_button.clicked.connect(self.edit_plan)
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        keys = [
            QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_application, context=local),
            QShortcut(QKeySequence("Ctrl+M"), self, activated=self.admit_selected, context=local),
            QShortcut(QKeySequence("Ctrl+R"), self, activated=self.enrol_selected, context=local),
            QShortcut(QKeySequence("Ctrl+P"), self, activated=self.edit_plan, context=local),
            QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.delete_selected, context=local),
            QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.edit_selected, context=local),
        ]
        self._may_edit: bool = allow(
            database,
            Permission.EDIT_RECORDS,
            self.add_button,
            self.edit_button,
            self.admit_button,
            self.decline_button,
            self.enrol_button,
            self.delete_button,
            self.plan_button,
            *keys,
        )
        self._selection_changed()
        self._remembered = layout_memory.RememberedLayout(
            "admissions", {"splitter": self.splitter, "header": self.table, "plan_header": self.plan}
        )
        subscribe(self, SHOWN_KINDS, lambda _kinds: self.refresh())
        self.refresh()

    # -- list and plan ---------------------------------------------------------
    def current_filter(self) -> ApplicationFilter:
        return ApplicationFilter(
            year=self.year_filter.currentData(),
            programme_id=self.specialty_filter.currentData(),
            status=self.status_filter.currentData(),
            seat_kind=self.seat_filter.currentData(),
            language=current_language(),
        )

    def apply_filter(self) -> None:
        self.model.set_query(self.current_filter())

    def _year_changed(self) -> None:
        self.apply_filter()
        self.refresh_plan()

    def refresh(self) -> None:
        self.model.refresh()
        self.refresh_plan()

    def plan_year(self) -> int:
        """The year the plan shows: the one filtered by, else this year."""
        chosen = self.year_filter.currentData()
        return chosen if chosen is not None else date.today().year

    def refresh_plan(self) -> None:
        """Read the plan of the year, the years and the specialties offered, off the GUI thread."""
        self._plan_generation += 1
        generation = self._plan_generation
        year, language, today = self.plan_year(), current_language(), date.today()

        def read(session: Session) -> tuple[list[PlanLine], list[int], list[tuple[int, str]]]:
            return intake_plan(session, year, language, today), application_years(session), specialty_choices(session, language)

        def done(result: tuple[list[PlanLine], list[int], list[tuple[int, str]]]) -> None:
            if generation != self._plan_generation:
                return
            lines, years, specialties = result
            self.plan_label.setText(self.tr("Intake plan for {year}").format(year=year))
            self.plan_model.set_rows(lines)
            chosen = self.year_filter.currentData()
            wanted = sorted(set(years) | ({chosen} if chosen is not None else set()), reverse=True)
            changed = refill_choices(self.year_filter, [(str(y), y) for y in wanted])
            changed = refill_choices(self.specialty_filter, [(name, key) for key, name in specialties], tooltips=True) or changed
            if changed:
                self.apply_filter()

        query(self, self._db, read, done)

    def _after_load(self) -> None:
        self.count_label.setText(self.tr("%n application(s)", "", self.model.rowCount()))
        self._selection_changed()

    def selected_row(self) -> ApplicationRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        status = row.status if row is not None else None
        self.edit_button.setEnabled(status is ApplicationStatus.APPLIED)
        self.admit_button.setEnabled(status is ApplicationStatus.APPLIED)
        self.decline_button.setEnabled(status in (ApplicationStatus.APPLIED, ApplicationStatus.ADMITTED))
        self.enrol_button.setEnabled(status is ApplicationStatus.ADMITTED)
        self.delete_button.setEnabled(status in (ApplicationStatus.APPLIED, ApplicationStatus.DECLINED))

    # -- actions --------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        self.last_dialog = dialog
        dialog.open()

    def add_application(self) -> ApplicationDialog:
        dialog = ApplicationDialog(self._db, None, self, year=self.year_filter.currentData())
        self._open(dialog)
        return dialog

    def edit_selected(self) -> ApplicationDialog | None:
        row = self.selected_row()
        if row is None or row.status is not ApplicationStatus.APPLIED:
            return None
        dialog = ApplicationDialog(self._db, row.id, self)
        self._open(dialog)
        return dialog

    def admit_selected(self) -> AdmitDialog | None:
        row = self.selected_row()
        if row is None or row.status is not ApplicationStatus.APPLIED:
            return None
        dialog = AdmitDialog(self._db, row.id, row.full_name, self)
        self._open(dialog)
        return dialog

    def decline_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.status not in (ApplicationStatus.APPLIED, ApplicationStatus.ADMITTED):
            return
        question = self.tr("Record that {name} declined (or was refused) «{specialty}»? An admitted applicant's seat is freed.").format(
            name=row.full_name, specialty=row.specialty(current_language())
        )
        if confirm(self, self.tr("Decline application"), question):
            change(self, self._db, lambda session: admissions.decline(session, row.id, date.today()).id, touches={Kind.ADMISSIONS})

    def enrol_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.status is not ApplicationStatus.ADMITTED:
            return
        today = date.today()
        question = self.tr("Enrol {name} in «{specialty}» from {day}? The college stage of the learner's journey begins that day.").format(
            name=row.full_name, specialty=row.specialty(current_language()), day=numeric_date(today)
        )
        if confirm(self, self.tr("Enrol"), question):
            change(
                self, self._db, lambda session: admissions.enrol(session, row.id, today, today).id, touches={Kind.ADMISSIONS, Kind.LEARNERS}
            )

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.status not in (ApplicationStatus.APPLIED, ApplicationStatus.DECLINED):
            return
        question = self.tr("Delete the application of {name} to «{specialty}»? This cannot be undone.").format(
            name=row.full_name, specialty=row.specialty(current_language())
        )
        if confirm(self, self.tr("Delete application"), question):
            change(self, self._db, lambda session: admissions.delete_application(session, row.id), touches={Kind.ADMISSIONS})

    def edit_plan(self) -> IntakePlanDialog:
        dialog = IntakePlanDialog(self._db, self.plan_year(), self.specialty_filter.currentData(), self)
        self._open(dialog)
        return dialog

    # -- remembered layout ---------------------------------------------------
    def save_layout(self) -> None:
        self._remembered.save()
