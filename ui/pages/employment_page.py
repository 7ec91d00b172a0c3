"""The Employment page: where each graduate went to work, the employment rate of a graduation year, the unplaced
flagged; a second tab holds the practice placements of college students."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.models import DestinationKind
from cluster_desktop.permissions import Permission
from cluster_desktop.services.destination_report import DefinitionRates, definition_rates
from cluster_desktop.services.destinations import KIND_LABELS
from cluster_desktop.services.graduate_list import (
    GraduateFilter,
    GraduateListRow,
    GraduateSort,
    count_graduates,
    graduates_list,
    graduates_page,
    graduation_years,
    specialties,
)

from .. import layout_memory, style
from ..changes import Kind, subscribe
from ..export_action import ask_and_export
from ..i18n import current_language
from ..messages import show_error
from ..numbers import ratio
from ..operations import query
from ..permissions_ui import allow
from ..sql_table_model import RIGHT, Column, SqlTableModel, list_view
from ..widgets import refill_choices, search_as_you_type
from .graduate_jobs import GraduateJobs
from .placements_panel import PlacementsPanel

EMPLOYER_COLUMN = 4
translate = QCoreApplication.translate


def no_job_text() -> str:
    return translate("EmploymentPage", "no job recorded")


def destination_text(kind: DestinationKind | None) -> str:
    """A destination at a census date in the interface language; «—» while the date is still to come."""
    return "—" if kind is None else translate("Errors", KIND_LABELS[kind])


def graduate_columns() -> list[Column[GraduateListRow]]:
    """The graduates, the unplaced flagged: a tinted row, and a warning sign with «no job recorded» in the employer's place;
    then where each was 6 and 12 months after graduation (the job's position and start are in the panel beside)."""
    language = current_language()
    columns = [
        Column(lambda: translate("EmploymentPage", "Full name"), lambda r: r.full_name, GraduateSort.NAME),
        Column(lambda: translate("EmploymentPage", "IIN"), lambda r: r.iin, GraduateSort.IIN),
        Column(lambda: translate("EmploymentPage", "Specialty"), lambda r: r.specialty(language), GraduateSort.SPECIALTY),
        Column(lambda: translate("EmploymentPage", "Graduated"), lambda r: numeric_date(r.graduated_on), GraduateSort.GRADUATED_ON, RIGHT),
        Column(
            lambda: translate("EmploymentPage", "Employer"),
            lambda r: r.employer(language) if r.placed else no_job_text(),
            GraduateSort.EMPLOYER,
            foreground=_unplaced(style.WARNING),
            icon=_warning_sign,
        ),
        Column(lambda: translate("EmploymentPage", "At 6 months"), lambda r: destination_text(r.at_6)),
        Column(lambda: translate("EmploymentPage", "At 12 months"), lambda r: destination_text(r.at_12)),
    ]
    return [replace(column, background=_unplaced(style.WARNING_BACKGROUND)) for column in columns]


def _unplaced(colour: str) -> Callable[[GraduateListRow], str | None]:
    return lambda row: None if row.placed else colour


def _warning_sign(row: GraduateListRow) -> QIcon | None:
    return None if row.placed else QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


SHOWN_KINDS = {Kind.EMPLOYMENT, Kind.LEARNERS, Kind.ENROLMENTS, Kind.GROUPS, Kind.PROGRAMMES, Kind.ORGANISATIONS}


class EmploymentPage(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._rate_request = 0
        self._select_after_load: int | None = None
        self.last_dialog: QWidget | None = None
        self.rate_label = QLabel(objectName="rate_label", wordWrap=True)
        style.set_font_role(self.rate_label, style.FontRole.FIGURE)
        self.definition_button = QPushButton(
            self.tr("Definition of «employed»…"), objectName="definition_button",
            toolTip=self.tr("Which destinations count as employed 6 and 12 months after graduation (the reports print it)"),
        )
        self.year_filter = QComboBox(objectName="year_filter")
        self.year_filter.addItem(self.tr("All years"), None)
        self.specialty_filter = QComboBox(objectName="specialty_filter")
        self.specialty_filter.addItem(self.tr("All specialties"), None)
        self.specialty_filter.setMinimumContentsLength(22)
        self.specialty_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unplaced_only = QCheckBox(self.tr("Only without a job"), objectName="unplaced_only")
        self.search = QLineEdit(objectName="search", placeholderText=self.tr("Search by name or IIN…"), clearButtonEnabled=True)
        self.count_label = QLabel(objectName="count_label")
        self.export_button = QPushButton(
            self.tr("E&xport…"), objectName="export_button", toolTip=self.tr("Export the list as shown to Excel or CSV (Ctrl+E)")
        )
        self.model = SqlTableModel(
            database, graduate_columns(), count_graduates, graduates_page, self.current_filter(), GraduateSort.NAME, self
        )
        self.table = list_view(self.model, "graduates_table", (230, 105, 220, 82, 200, 160, 160))
        self.jobs = GraduateJobs(database, self)
        self.placements = PlacementsPanel(database, self)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Graduated in")))
        filters.addWidget(self.year_filter)
        filters.addWidget(self.specialty_filter, 1)
        filters.addWidget(self.unplaced_only)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(self.export_button)
        left_layout.addLayout(export_row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="employment_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.jobs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([1000, 380])  # the list of graduates needs its seven columns more than the jobs their three
        graduates = QWidget(objectName="graduates_tab")
        graduates_layout = QVBoxLayout(graduates)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate_label, 1)
        rate_row.addWidget(self.definition_button)
        graduates_layout.addLayout(rate_row)
        graduates_layout.addLayout(filters)
        graduates_layout.addWidget(self.splitter, 1)
        self.tabs = QTabWidget(objectName="employment_tabs")
        self.tabs.addTab(graduates, self.tr("Graduates' employment"))
        self.tabs.addTab(self.placements, self.tr("Practice placements"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        search_as_you_type(self.search, self.apply_filter)
        self.year_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.specialty_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.unplaced_only.toggled.connect(lambda _on: self.apply_filter())
        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.jobs.changed.connect(self._after_change)
        self.export_button.clicked.connect(self.export_list)
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Find, graduates, activated=self.search.setFocus, context=local)
        record_key = QShortcut(QKeySequence.StandardKey.New, graduates, activated=self.jobs.record_job, context=local)
        export_key = QShortcut(QKeySequence("Ctrl+E"), graduates, activated=self.export_list, context=local)
        allow(database, Permission.EDIT_RECORDS, record_key)
        allow(database, Permission.EXPORT_PERSONAL_DATA, self.export_button, export_key)
        allow(database, Permission.EDIT_SETTINGS, self.definition_button)
        self.definition_button.clicked.connect(self.edit_definition)
        self._remembered = layout_memory.RememberedLayout("employment", {"splitter": self.splitter, "header": self.table, "tab": self.tabs})
        # New graduates, jobs and employers change the list, its flags, the years and the rate.
        subscribe(self, SHOWN_KINDS, lambda _kinds: self._load_choices())
        self._load_choices(first=True)

    # -- filters and list ----------------------------------------------------
    def current_filter(self) -> GraduateFilter:
        return GraduateFilter(
            text=self.search.text(),
            year=self.year_filter.currentData(),
            programme_id=self.specialty_filter.currentData(),
            unplaced_only=self.unplaced_only.isChecked(),
            language=current_language(),
            census_on=date.today(),
        )

    def apply_filter(self) -> None:
        self.model.set_query(self.current_filter())

    def _load_choices(self, first: bool = False) -> None:
        """The years with graduates and the specialties; the first time, the latest year is chosen and the list loads."""
        language = current_language()

        def read(session: Session) -> tuple[list[int], list[tuple[int, str]]]:
            return graduation_years(session), specialties(session, language)

        def done(result: tuple[list[int], list[tuple[int, str]]]) -> None:
            years, programmes = result
            year = years[0] if first and years else self.year_filter.currentData()
            programme = self.specialty_filter.currentData()
            refill_choices(self.year_filter, [(str(y), y) for y in years], select=year)
            refill_choices(self.specialty_filter, [(name, p) for p, name in programmes], select=programme)
            self.apply_filter()

        query(self, self._db, read, done)

    def _after_load(self) -> None:
        self.count_label.setText(self.tr("%n graduate(s)", "", self.model.rowCount()))
        if self._select_after_load is not None:
            self.select_person(self._select_after_load)
            self._select_after_load = None
        self._selection_changed()
        self._load_rate()

    def _load_rate(self) -> None:
        """The header: the employment rate of the chosen graduation year (of all years when none is chosen)."""
        self._rate_request += 1
        request = self._rate_request
        year = self.year_filter.currentData()
        today, language = date.today(), current_language()

        def read(session: Session) -> DefinitionRates:
            years = [year] if year is not None else graduation_years(session)
            return definition_rates(session, years, language, today)

        def done(rates: DefinitionRates) -> None:
            if request == self._rate_request:
                self.rate_label.setText(self.rate_text(year, rates))

        query(self, self._db, read, done)

    def rate_text(self, year: int | None, rates: DefinitionRates) -> str:
        """The one employment rate: employed 6 and 12 months after graduation, as the definition in the settings says."""
        at_6, at_12 = rates.rate(6, year), rates.rate(12, year)
        if at_6.total == 0 and at_12.total == 0:
            if year is None:
                return self.tr("Employed: — (no graduate is 6 months past graduation yet)")
            return self.tr("Graduates of {year}: employed — (none 6 months past graduation yet)").format(year=year)
        values = {
            "count": at_6.count, "total": at_6.total, "rate": ratio(at_6.value), "year": year,
            "count_12": at_12.count, "total_12": at_12.total, "rate_12": ratio(at_12.value),
            "definition": self.tr("state method") if rates.definition.is_state_method else self.tr("the college's definition"),
        }
        if year is None:
            return self.tr("All graduates employed after 6 months: {count} of {total} ({rate}); after 12 months: "
                           "{count_12} of {total_12} ({rate_12}) · {definition}").format(**values)
        return self.tr("Graduates of {year} employed after 6 months: {count} of {total} ({rate}); after 12 months: "
                       "{count_12} of {total_12} ({rate_12}) · {definition}").format(**values)

    def selected_row(self) -> GraduateListRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        if row != self.jobs.graduate:  # the same row again (a page reloaded): no need to read its jobs again
            self.jobs.show_graduate(row)

    def _after_change(self, person_id: int) -> None:
        """A job or follow-up of this graduate changed: keep them selected when the change bus has the list read again."""
        self._select_after_load = person_id

    def select_person(self, person_id: int) -> bool:
        for number in range(min(self.model.rowCount(), 200)):
            row = self.model.row(number)
            if row is not None and row.person_id == person_id:
                self.table.selectRow(number)
                return True
        return False

    def open_selected(self) -> QWidget | None:
        """Double-click: record the first job of an unplaced graduate, or edit the latest job."""
        row = self.selected_row()
        if row is None:
            return None
        dialog = self.jobs.edit_job(row.employment_id) if row.employment_id is not None else self.jobs.record_job()
        self.last_dialog = dialog
        return dialog

    def edit_definition(self) -> QWidget:
        from ..dialogs.employment_definition_dialog import EmploymentDefinitionDialog

        dialog = EmploymentDefinitionDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def export_list(self) -> QFileDialog:
        sort, descending = self.model.sort_order
        query = self.model.query
        return ask_and_export(self, self._db, lambda: graduates_list(query, sort, descending), self.tr("graduates"))

    # -- remembered layout ---------------------------------------------------
    def save_layout(self) -> None:
        self._remembered.save()
        self.placements.save_layout()
