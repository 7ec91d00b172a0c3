"""The Dashboard page: the cluster at a glance for a year or a quarter — KPI tiles, four charts, the unplaced.

The figures are the outcome report's own (:mod:`cluster_desktop.services.dashboard`),
read off the GUI thread each time the page is shown or the period changes, since
other pages change what they count.  **Report…** (Ctrl+P) prints or exports the
quarterly report, for those who may export personal data.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.permissions import Permission
from cluster_desktop.school_grades import academic_year_label
from cluster_desktop.services.dashboard import DashboardFigures
from cluster_desktop.services.outcome_report import YEARS
from cluster_desktop.services.outcomes import GraduateRow, Rate

from .. import layout_memory, style
from ..changes import Kind, subscribe
from ..charts import Bar, BarChart, chart_font
from ..i18n import current_language
from ..list_table_model import ListTableModel
from ..messages import show_error
from ..numbers import ratio
from ..operations import query
from ..permissions_ui import allow
from ..sql_table_model import Column, list_view
from .cohorts_page import step_names

SETTINGS_PREFIX = "dashboard"
DASHBOARD_STEPS = ("start", "courses", "entered_college", "graduated", "specialty_12")  # room for five bars
FALLBACK_SIZES = {"upper": [330, 500, 230], "lower": [400, 660], "splitter": [300, 300]}  # until a layout is saved
translate = QCoreApplication.translate


def unplaced_columns() -> list[Column[GraduateRow]]:
    """The graduates without a recorded job; the tooltip adds the specialty the narrow table has no room for."""
    def tooltip(graduate: GraduateRow) -> str:
        return f"{graduate.full_name}\n{graduate.specialty}"

    return [
        Column(lambda: translate("DashboardPage", "Graduate"), lambda g: g.full_name, tooltip=tooltip),
        Column(lambda: translate("DashboardPage", "Graduated"), lambda g: numeric_date(g.graduated_on), tooltip=tooltip),
    ]


def without_code(label: str) -> str:
    """«Тау-кен электромеханикасы» of «07150600 Тау-кен электромеханикасы»: the name, for a chart too narrow for both."""
    code, _space, name = label.partition(" ")
    return name if code.isdigit() and name else ""


class KpiTile(QFrame):
    """A headline figure: what it is, the percentage, and the count behind it."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#{object_name} {{ background: {style.PANEL_BACKGROUND}; border: 1px solid {style.PANEL_BORDER}; border-radius: 4px; }}")
        self.title_label = QLabel(objectName="title", wordWrap=True)
        self.value_label = QLabel("—", objectName="value")
        self.detail_label = QLabel(objectName="detail", wordWrap=True)
        style.paint(self.title_label, style.SOFT_TEXT)
        style.paint(self.detail_label, style.SOFT_TEXT)
        self.value_label.setFont(chart_font(17, bold=True))
        style.paint(self.value_label, style.FIGURE)
        figure = QHBoxLayout()
        figure.setSpacing(8)
        figure.addWidget(self.value_label, 0, Qt.AlignmentFlag.AlignBottom)
        figure.addWidget(self.detail_label, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addStretch(1)
        layout.addLayout(figure)
        # Word-wrapped labels under-report their height: make room for two lines of title and of detail, never less.
        line = self.title_label.fontMetrics().lineSpacing()
        self.title_label.setMinimumHeight(2 * line)
        self.detail_label.setMinimumHeight(2 * line)
        self.setMinimumHeight(12 + 2 * line + 2 + max(2 * line, self.value_label.sizeHint().height()) + 4)
        self.setMinimumWidth(150)

    def show_figure(self, title: str, value: str, detail: str, tooltip: str = "") -> None:
        self.title_label.setText(title)
        self.value_label.setText(value)
        self.detail_label.setText(detail)
        self.setToolTip(tooltip)

    def value_text(self) -> str:
        return self.value_label.text()


class DashboardPage(QWidget):
    loaded = Signal()  # new figures are on screen

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._generation = 0
        self.figures: DashboardFigures | None = None
        self.last_dialog: QWidget | None = None

        self.year = QSpinBox(objectName="year", minimum=YEARS[0], maximum=YEARS[1], value=date.today().year)
        self.year.setKeyboardTracking(False)
        self.quarter = QComboBox(objectName="quarter")
        self.quarter.addItem(self.tr("Whole year"), 0)
        for number in range(1, 5):
            self.quarter.addItem(self.tr("Quarter {number}").format(number=number), number)
        self.status_label = QLabel(objectName="status_label")
        style.paint(self.status_label, style.HINT)
        self.report_button = QPushButton(self.tr("&Report…"), objectName="report_button",
                                         toolTip=self.tr("Print or export the outcome report (Ctrl+P)"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.quarter)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.report_button)

        self.tiles = {key: KpiTile(f"kpi_{key}") for key in ("employment", "practice", "retention_6", "retention_12", "demand")}
        tiles = QHBoxLayout()
        tiles.setSpacing(8)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)

        self.year_chart = BarChart(self.tr("Employed 6 months after graduation, by year of graduation"), [self.tr("Employed")], percent=True,
                                   empty_text=self.tr("No graduates yet."), object_name="year_chart")
        self.specialty_chart = BarChart(self.tr("Employed 6 months after graduation by specialty"), [self.tr("Employed")], horizontal=True, percent=True,
                                        empty_text=self.tr("No graduates yet."), object_name="specialty_chart")
        self.stage_chart = BarChart(self.tr("A school's grade 10 followed through"), [self.tr("Pupils")], horizontal=True,
                                    empty_text=self.tr("No partner school has grade-10 pupils on record yet."), object_name="stage_chart")
        self.demand_chart = BarChart(self.tr("Employers' demand and the forecast"), [self.tr("Requested"), self.tr("Forecast")],
                                     horizontal=True, empty_text=self.tr("No requests from employers for these years."),
                                     object_name="demand_chart")
        self.unplaced_label = QLabel(objectName="unplaced_label", wordWrap=True)
        self.unplaced_model = ListTableModel(unplaced_columns(), self)
        self.unplaced_table = list_view(self.unplaced_model, "unplaced_table", sortable=False)
        self.unplaced_table.setWordWrap(False)
        self.unplaced_table.horizontalHeader().setStretchLastSection(False)
        self.unplaced_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.unplaced_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        unplaced = QWidget()
        unplaced_layout = QVBoxLayout(unplaced)
        unplaced_layout.setContentsMargins(0, 0, 0, 0)
        unplaced_layout.addWidget(self.unplaced_label)
        unplaced_layout.addWidget(self.unplaced_table, 1)

        self.upper = QSplitter(Qt.Orientation.Horizontal, objectName="dashboard_upper")
        for widget in (self.year_chart, self.specialty_chart, unplaced):
            self.upper.addWidget(widget)
        self.lower_splitter = QSplitter(Qt.Orientation.Horizontal, objectName="dashboard_lower")  # `lower` is QWidget's
        for widget in (self.stage_chart, self.demand_chart):
            self.lower_splitter.addWidget(widget)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="dashboard_splitter")
        self.splitter.addWidget(self.upper)
        self.splitter.addWidget(self.lower_splitter)
        for splitter in (self.upper, self.lower_splitter, self.splitter):
            splitter.setChildrenCollapsible(False)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(tiles)
        body_layout.addWidget(self.splitter, 1)
        body.setMinimumSize(760, 520)  # smaller than that, the page scrolls rather than squeeze the charts
        scroll = QScrollArea(objectName="dashboard_scroll", widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.quarter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.report_button.clicked.connect(self.open_report)
        report_key = QShortcut(QKeySequence.StandardKey.Print, self, activated=self.open_report,
                               context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._may_report = allow(database, Permission.EXPORT_PERSONAL_DATA, self.report_button, report_key)
        self._remembered = layout_memory.RememberedLayout(
            SETTINGS_PREFIX,
            {"upper": self.upper, "lower": self.lower_splitter, "splitter": self.splitter, "unplaced_header": self.unplaced_table},
            FALLBACK_SIZES,
        )
        subscribe(self, set(Kind) - {Kind.ACCOUNTS, Kind.SETTINGS, Kind.BACKUPS}, lambda _kinds: self.refresh())  # it counts every record
        self.refresh()

    # -- figures --------------------------------------------------------------
    def chosen_quarter(self) -> int | None:
        return int(self.quarter.currentData()) or None

    def refresh(self) -> None:
        """Read the figures of the chosen period off the GUI thread; a later refresh wins over an earlier one."""
        self._generation += 1
        generation = self._generation
        year, quarter, language = self.year.value(), self.chosen_quarter(), current_language()
        self.status_label.setText(self.tr("Counting…"))

        def read(session: Session) -> DashboardFigures:
            from cluster_desktop.services.dashboard import dashboard_figures

            return dashboard_figures(session, year, quarter, language, date.today())

        def done(figures: DashboardFigures) -> None:
            if generation == self._generation:
                self.show_figures(figures)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.status_label.setText("")
                show_error(self, exc)

        query(self, self._db, read, done, on_error=failed)

    def show_figures(self, f: DashboardFigures) -> None:
        self.figures = f
        period = f.period
        self.status_label.setText(self.tr("{start} – {end}").format(start=numeric_date(period.start), end=numeric_date(period.end)))
        self._show_tiles(f)
        self._show_charts(f)
        self._show_unplaced(f)
        self.loaded.emit()

    def _of(self, rate: Rate) -> str:
        return self.tr("{count} of {total}").format(count=rate.count, total=rate.total)

    def _show_tiles(self, f: DashboardFigures) -> None:
        year = f.period.year
        definition = self.tr("state method") if f.state_method else self.tr("the college's definition")
        self.tiles["employment"].show_figure(
            self.tr("Graduates of {year} employed 6 months after graduation").format(year=year), ratio(f.employed_6.value),
            "\n".join((self._of(f.employed_6) if f.employed_6.total else self.tr("nobody to count yet"), definition)),
            self.tr("12 months after graduation: {count} of {total} employed ({rate}). «Employed» as the definition in the "
                    "settings says ({definition}): graduates in further study, the army or on childcare leave are left out "
                    "by the state method.").format(
                count=f.employed_12.count, total=f.employed_12.total, rate=ratio(f.employed_12.value), definition=definition),
        )
        self.tiles["practice"].show_figure(
            self.tr("Students with practice or dual education"), ratio(f.practice.value),
            self._of(f.practice) if f.practice.total else self.tr("no students"),
        )
        for months in (6, 12):
            rate = f.retention_6 if months == 6 else f.retention_12
            self.tiles[f"retention_{months}"].show_figure(
                self.tr("Still employed after {months} months").format(months=months), ratio(rate.value),
                self.tr("{count} of {total} followed up").format(count=rate.count, total=rate.total) if rate.total else self.tr("no follow-ups"),
            )
        self.tiles["demand"].show_figure(
            self.tr("Demand covered, {first}–{last}").format(first=year, last=f.last_year), ratio(f.demand_coverage.value),
            self.tr("{count} of {total} people").format(count=f.demand_coverage.count, total=f.demand_coverage.total)
            if f.demand_coverage.total else self.tr("no requests"),
            self.tr("People requested by employers that the forecast of graduates covers, qualification by qualification and "
                    "year by year. Short of {shortfall} people.").format(shortfall=f.shortfall),
        )

    def _show_charts(self, f: DashboardFigures) -> None:
        def rate_bar(label: str, rate: Rate) -> Bar:
            tooltip = self.tr("{label}: {count} of {total} employed").format(label=label, count=rate.count, total=rate.total)
            return Bar(label, (100 * (rate.value or 0),), tooltip, without_code(label))

        self.year_chart.set_bars([rate_bar(str(y), r) for y, r in f.by_year])
        first = f.by_year[0][0] if f.by_year else f.period.year
        self.specialty_chart.set_title(self.tr("Employed 6 months after graduation by specialty, graduates of {first}–{last}").format(
            first=first, last=f.period.year))
        self.specialty_chart.set_bars([rate_bar(name, r) for name, r in f.by_specialty])
        self._show_cohort(f)
        self.demand_chart.set_title(self.tr("Employers' demand and the forecast, {first}–{last}").format(first=f.period.year, last=f.last_year))
        self.demand_chart.set_bars([
            Bar(q.label, (q.requested, q.expected or 0), self.tr("{name}: {requested} requested, {expected} expected").format(
                name=q.label, requested=q.requested, expected="—" if q.expected is None else q.expected), without_code(q.label))
            for q in f.demand if q.requested
        ])

    def _show_cohort(self, f: DashboardFigures) -> None:
        """The same pupils step by step: the latest grade 10 of the first partner school, as the Cohorts page shows it."""
        funnel = f.cohort
        if funnel is None:
            self.stage_chart.set_title(self.tr("A school's grade 10 followed through"))
            self.stage_chart.set_bars([])
            return
        names = step_names()
        bars = []
        for step in (s for s in funnel.steps if s.key in DASHBOARD_STEPS):  # the Cohorts page shows every step
            share = funnel.share(step)
            label = names[step.key]
            tooltip = self.tr("{step}: %n pupil(s), {share} of the cohort", "", step.count).format(step=names[step.key], share=ratio(share))
            bars.append(Bar(label, (step.count,), tooltip))
        self.stage_chart.set_title(self.tr("{school}, grade 10 in {year}: the same pupils step by step").format(
            school=f.cohort_school, year=academic_year_label(funnel.definition.year)))
        self.stage_chart.set_bars(bars)

    def _show_unplaced(self, f: DashboardFigures) -> None:
        if f.unplaced:
            self.unplaced_label.setText(self.tr("Graduates without a recorded job: %n", "", len(f.unplaced)))
        elif f.graduates:
            self.unplaced_label.setText(self.tr("Every graduate has a recorded job."))
        else:
            self.unplaced_label.setText(self.tr("No graduates yet."))
        self.unplaced_model.set_rows(f.unplaced)

    def unplaced_names(self) -> list[str]:
        return [graduate.full_name for graduate in self.unplaced_model.rows]

    # -- report ---------------------------------------------------------------
    def open_report(self) -> QWidget | None:
        if not self._may_report:
            return None
        from ..dialogs.report_dialog import ReportDialog

        dialog = ReportDialog(self._db, self.year.value(), self.chosen_quarter(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    # -- remembered layout ---------------------------------------------------
    def save_layout(self) -> None:
        self._remembered.save()
