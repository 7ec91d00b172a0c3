"""The Employer demand page: employers' requests, and per qualification and year what the pipeline delivers against them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.permissions import Permission
from cluster_desktop.services import demand
from cluster_desktop.services.demand_forecast import ForecastLine, demand_forecast
from cluster_desktop.services.demand_list import (
    DemandFilter,
    DemandListRow,
    DemandSort,
    count_demand,
    demand_page,
    demand_years,
)

from .. import labels, layout_memory, style
from ..changes import Kind, subscribe
from ..dialogs.demand_dialog import DemandDialog
from ..i18n import current_language
from ..list_table_model import ListTableModel
from ..messages import confirm, show_error
from ..numbers import decimal_number, ratio
from ..operations import change, query
from ..permissions_ui import allow
from ..sql_table_model import RIGHT, Column, SqlTableModel, list_view
from ..widgets import refill_choices, search_as_you_type

translate = QCoreApplication.translate


def demand_columns() -> list[Column[DemandListRow]]:
    return [
        Column(lambda: translate("DemandPage", "Employer"), lambda r: labels.shown(r, "employer"), DemandSort.EMPLOYER),
        Column(lambda: translate("DemandPage", "Qualification"), lambda r: r.qualification, DemandSort.QUALIFICATION),
        Column(lambda: translate("DemandPage", "Year"), lambda r: r.year, DemandSort.YEAR, RIGHT),
        Column(lambda: translate("DemandPage", "People"), lambda r: r.people, DemandSort.PEOPLE, RIGHT),
        Column(lambda: translate("DemandPage", "Notes"), lambda r: r.notes or ""),
    ]


def balance_text(line: ForecastLine) -> str:
    if line.balance is None:
        return "—"
    if line.balance < 0:
        return translate("DemandPage", "shortfall {n}").format(n=-line.balance)
    if line.balance > 0:
        return translate("DemandPage", "surplus {n}").format(n=line.balance)
    return translate("DemandPage", "exactly covered")


def _school_share(line: ForecastLine) -> str | None:
    """The forecast's tooltip: how much of it the pupils on school courses make."""
    if not line.from_school:
        return None
    return translate("DemandPage", "Of which pupils on school courses: {n}").format(n=decimal_number(line.from_school))


def _balance_colour(shortfall: str, surplus: str) -> Callable[[ForecastLine], str | None]:
    return lambda line: None if not line.balance else shortfall if line.balance < 0 else surplus


def forecast_columns() -> list[Column[ForecastLine]]:
    """Per qualification and year: requested against forecast, the balance red where short and green where over."""
    return [
        Column(lambda: translate("DemandPage", "Qualification"), lambda line: line.label),
        Column(lambda: translate("DemandPage", "Year"), lambda line: str(line.year), align=RIGHT),
        Column(lambda: translate("DemandPage", "Requested"), lambda line: str(line.requested), align=RIGHT),
        Column(lambda: translate("DemandPage", "Studying"), lambda line: str(line.studying), align=RIGHT),
        Column(lambda: translate("DemandPage", "Completion rate"), lambda line: ratio(line.completion_rate), align=RIGHT),
        Column(lambda: translate("DemandPage", "Forecast"), lambda line: "—" if line.expected is None else str(line.expected), align=RIGHT,
               tooltip=_school_share),
        Column(lambda: translate("DemandPage", "Balance"), balance_text, align=RIGHT,
               foreground=_balance_colour(style.ERROR, style.SUCCESS), background=_balance_colour(style.ERROR_BACKGROUND, style.SUCCESS_BACKGROUND)),
        Column(lambda: translate("DemandPage", "Coverage"), lambda line: ratio(line.coverage), align=RIGHT),
        Column(lambda: translate("DemandPage", "Employers"), lambda line: ", ".join(line.employers)),
    ]


SHOWN_KINDS = {Kind.DEMAND, Kind.PROGRAMMES, Kind.GROUPS, Kind.ENROLMENTS, Kind.LEARNERS, Kind.ORGANISATIONS}


class DemandPage(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._forecast_generation = 0
        self.last_dialog: QWidget | None = None
        self.search = QLineEdit(objectName="search", placeholderText=self.tr("Search by employer or qualification…"), clearButtonEnabled=True)
        self.year_filter = QComboBox(objectName="year_filter")
        self.year_filter.addItem(self.tr("All years"), None)
        self.count_label = QLabel(objectName="count_label")
        self.add_button = QPushButton(self.tr("&Add request…"), objectName="add_button", toolTip=self.tr("Ctrl+N"))
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="edit_button")
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="delete_button")
        self.model: SqlTableModel[DemandListRow, DemandFilter] = SqlTableModel(
            database, demand_columns(), count_demand, demand_page, self.current_filter(), DemandSort.YEAR, self
        )
        self.table = list_view(self.model, "demand_table", (400, 330, 60, 70, 200), sort_column=2)

        self.forecast_label = QLabel(self.tr("Forecast against the requests, per qualification and year"), objectName="forecast_label")
        style.set_font_role(self.forecast_label, style.FontRole.HEADING)
        self.forecast_model = ListTableModel(forecast_columns(), self)
        self.forecast = list_view(self.forecast_model, "forecast_table", (380, 60, 90, 80, 110, 80, 120, 90, 240), sortable=False)
        self.forecast_note = QLabel(self.tr(
            "Forecast: the learners studying in groups that graduate that year × the qualification's completion rate "
            "(else the college's), plus those who have already completed, plus the pupils on school courses × the share of "
            "past pupils who entered the specialty (graduating after its usual length). «—»: nothing to compute it from."
        ), objectName="forecast_note", wordWrap=True)
        style.paint(self.forecast_note, style.HINT)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.year_filter)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
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
        lower_layout.addWidget(self.forecast_label)
        lower_layout.addWidget(self.forecast, 1)
        lower_layout.addWidget(self.forecast_note)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="demand_splitter")
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        search_as_you_type(self.search, self.apply_filter)
        self.year_filter.currentIndexChanged.connect(lambda _i: self._year_changed())
        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected() if self._may_edit else None)
        self.add_button.clicked.connect(self.add_request)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus, context=local)
        add_key = QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_request, context=local)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.delete_selected, context=local)
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.edit_selected, context=local)
        self._may_edit: bool = allow(database, Permission.EDIT_RECORDS, self.add_button, self.edit_button, self.delete_button,
                               add_key, delete_key, edit_key)
        self._selection_changed()
        self._remembered = layout_memory.RememberedLayout(
            "demand", {"splitter": self.splitter, "header": self.table, "forecast_header": self.forecast}
        )
        # The forecast sets requests against the graduates that groups, enrolments and results promise.
        subscribe(self, SHOWN_KINDS, lambda _kinds: self.refresh())
        self.refresh()

    # -- list and forecast ---------------------------------------------------------
    def current_filter(self) -> DemandFilter:
        return DemandFilter(text=self.search.text(), year=self.year_filter.currentData(), language=current_language())

    def apply_filter(self) -> None:
        self.model.set_query(self.current_filter())

    def _year_changed(self) -> None:
        self.apply_filter()
        self.refresh_forecast()

    def refresh(self) -> None:
        self.model.refresh()
        self.refresh_forecast()

    def refresh_forecast(self) -> None:
        """Recount the forecast for the chosen year (or the coming years) and the years offered, off the GUI thread."""
        self._forecast_generation += 1
        generation = self._forecast_generation
        year, language = self.year_filter.currentData(), current_language()

        def read(session: Session) -> tuple[list[ForecastLine], list[int]]:
            return demand_forecast(session, language, year), demand_years(session)

        def done(result: tuple[list[ForecastLine], list[int]]) -> None:
            if generation == self._forecast_generation:
                self._show_forecast(result[0])
                self._offer_years(result[1])

        query(self, self._db, read, done)

    def _show_forecast(self, lines: list[ForecastLine]) -> None:
        self.forecast_model.set_rows(lines)

    def _offer_years(self, years: list[int]) -> None:
        """The year filter offers the years with requests, keeping the chosen one (even if its last request went)."""
        chosen = self.year_filter.currentData()
        wanted = sorted(set(years) | ({chosen} if chosen is not None else set()))
        refill_choices(self.year_filter, [(str(year), year) for year in wanted])

    def _after_load(self) -> None:
        self.count_label.setText(self.tr("%n request(s)", "", self.model.rowCount()))
        self._selection_changed()

    def selected_row(self) -> DemandListRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)

    # -- actions --------------------------------------------------------------
    def add_request(self) -> DemandDialog:
        dialog = DemandDialog(self._db, None, self)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def edit_selected(self) -> DemandDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = DemandDialog(self._db, row.id, self)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        question = self.tr("Delete the request of {employer} for {people} × {qualification} in {year}? This cannot be undone.").format(
            employer=row.employer(current_language()), people=row.people, qualification=row.qualification, year=row.year,
        )
        if not confirm(self, self.tr("Delete request"), question):
            return
        change(self, self._db, lambda session: demand.delete_demand(session, row.id), touches={Kind.DEMAND})

    # -- remembered layout ---------------------------------------------------
    def save_layout(self) -> None:
        self._remembered.save()
