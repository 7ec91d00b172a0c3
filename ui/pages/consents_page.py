"""The Consents page: what expires soon, who turns 18 and must consent in their own name, what was withdrawn.

One table over :mod:`cluster_desktop.services.consent_list` (the SQL list
pattern); the view chooses what a row is and what the «day» column means.  The
grace period after the 18th birthday (a setting) is changed here by whoever may
change settings.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.permissions import Permission
from cluster_desktop.services import consent_adults
from cluster_desktop.services.consent_list import (
    MAX_DAYS,
    ConsentFilter,
    ConsentListView,
    ConsentRow,
    ConsentSort,
    consent_page,
    count_consents,
)

from .. import labels, layout_memory, style
from ..changes import Kind, subscribe
from ..dialogs.consent_dialog import purpose_name
from ..messages import show_error
from ..operations import change, query
from ..permissions_ui import allow
from ..sql_table_model import RIGHT, Column, SqlTableModel, list_view
from ..widgets import search_as_you_type

translate = QCoreApplication.translate
DEFAULT_DAYS = 30


def view_names() -> dict[ConsentListView, str]:
    return {
        ConsentListView.EXPIRING: translate("ConsentsPage", "Expiring"),
        ConsentListView.ADULTS: translate("ConsentsPage", "Turning 18: own consent needed"),
        ConsentListView.WITHDRAWN: translate("ConsentsPage", "Withdrawn"),
    }


def _detail(row: ConsentRow) -> str:
    if row.purpose is not None:
        return purpose_name(row.purpose)
    if row.due is not None:
        if row.flagged:
            return translate("ConsentsPage", "Own consent needed since {day}").format(day=numeric_date(row.due))
        return translate("ConsentsPage", "Own consent due by {day}").format(day=numeric_date(row.due))
    return "; ".join(purpose_name(p) for p in row.purposes)


class ConsentsPage(QWidget):
    learner_chosen = Signal(int, str)  # person id, IIN: the main window opens their card on the Learners page

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self.view = QComboBox(objectName="view")
        for view, name in view_names().items():
            self.view.addItem(name, view.value)
        self.days_label = QLabel(self.tr("within"))
        self.days = QSpinBox(objectName="days", minimum=0, maximum=MAX_DAYS, value=DEFAULT_DAYS)
        self.days.setSuffix(" " + self.tr("days"))
        self.search = QLineEdit(objectName="search", placeholderText=self.tr("Search by name or IIN…"), clearButtonEnabled=True)
        self.count_label = QLabel(objectName="count_label")
        self.grace_label = QLabel(self.tr("Grace period after the 18th birthday:"))
        self.grace = QSpinBox(objectName="grace", minimum=0, maximum=consent_adults.MAX_GRACE_DAYS)
        self.grace.setSuffix(" " + self.tr("days"))
        self.grace_button = QPushButton(self.tr("Save"), objectName="grace_button")
        self.card_button = QPushButton(
            self.tr("Learner's &card"),
            objectName="card_button",
            toolTip=self.tr("Open the learner on the Learners page, to record or withdraw a consent"),
        )

        self.model: SqlTableModel[ConsentRow, ConsentFilter] = SqlTableModel(
            database, self._columns(), count_consents, consent_page, self.current_filter(), ConsentSort.DAY, self
        )
        self.table = list_view(self.model, "consents_table", (260, 110, 95, 150, 95, 95), sort_column=5)

        top = QHBoxLayout()
        top.addWidget(self.view)
        top.addWidget(self.days_label)
        top.addWidget(self.days)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.card_button)
        self.search.setMaximumWidth(420)
        grace_row = QHBoxLayout()
        grace_row.addWidget(self.grace_label)
        grace_row.addWidget(self.grace)
        grace_row.addWidget(self.grace_button)
        grace_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(grace_row)

        self._search_timer = search_as_you_type(self.search, self._apply_filter)
        self.view.currentIndexChanged.connect(lambda _i: self._view_changed())
        self.days.valueChanged.connect(lambda _v: self._apply_filter())
        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.grace_button.clicked.connect(self.save_grace)
        self.card_button.clicked.connect(self.open_card)
        self.table.doubleClicked.connect(lambda _index: self.open_card())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.card_button.setEnabled(self.selected_row() is not None))
        self.card_button.setEnabled(False)
        self._may_set_grace = allow(database, Permission.EDIT_SETTINGS, self.grace_label, self.grace, self.grace_button)
        self._remembered = layout_memory.RememberedLayout("consents", {"header": self.table})
        subscribe(self, {Kind.CONSENTS, Kind.LEARNERS, Kind.SETTINGS, Kind.DAY}, lambda _kinds: self._refresh())
        self._view_changed()
        self._load_grace()

    def _columns(self) -> list[Column[ConsentRow]]:
        day_headers = {
            ConsentListView.EXPIRING: lambda: self.tr("Ends on"),
            ConsentListView.ADULTS: lambda: self.tr("18 on"),
            ConsentListView.WITHDRAWN: lambda: self.tr("Withdrawn on"),
        }
        detail_headers = {
            ConsentListView.EXPIRING: lambda: self.tr("Still allows"),
            ConsentListView.ADULTS: lambda: self.tr("Own consent"),
            ConsentListView.WITHDRAWN: lambda: self.tr("Purpose withdrawn"),
        }
        return [
            Column(lambda: self.tr("Learner"), lambda r: r.full_name, ConsentSort.NAME),
            Column(lambda: self.tr("IIN"), lambda r: r.iin),
            Column(lambda: self.tr("Birth date"), lambda r: numeric_date(r.birth_date), align=RIGHT),
            Column(lambda: self.tr("Given by"), lambda r: labels.consent_giver_name(r.given_by) if r.given_by else ""),
            Column(lambda: self.tr("Signed on"), lambda r: numeric_date(r.given_on), align=RIGHT),
            Column(lambda: day_headers[self.current_view()](), lambda r: numeric_date(r.day), ConsentSort.DAY, RIGHT),
            Column(
                lambda: detail_headers[self.current_view()](),
                _detail,
                foreground=lambda r: style.ERROR if r.flagged else None,
            ),
        ]

    def current_view(self) -> ConsentListView:
        data = self.view.currentData()
        return ConsentListView(data) if data else ConsentListView.EXPIRING

    def current_filter(self) -> ConsentFilter:
        view = self.current_view()
        days = self.days.value() if view is not ConsentListView.WITHDRAWN else 0
        return ConsentFilter(date.today(), view, days, self.search.text())

    def _view_changed(self) -> None:
        view = self.current_view()
        dated = view is not ConsentListView.WITHDRAWN
        self.days_label.setVisible(dated)
        self.days.setVisible(dated)
        adults = view is ConsentListView.ADULTS
        for widget in (self.grace_label, self.grace, self.grace_button):
            widget.setVisible(adults and self._may_set_grace)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.model.set_query(self.current_filter())

    def _refresh(self) -> None:
        self._apply_filter()  # the day may have moved on: the filter carries today
        self._load_grace()

    def _after_load(self) -> None:
        self.count_label.setText(self.tr("%n row(s)", "", self.model.rowCount()))
        self.card_button.setEnabled(self.selected_row() is not None)

    def selected_row(self) -> ConsentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def open_card(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.learner_chosen.emit(row.person_id, row.iin)

    def show_view(self, view: ConsentListView) -> None:
        self.view.setCurrentIndex(self.view.findData(view.value))

    def edit_grace(self) -> None:
        """The adults who must consent themselves, with the grace period after 18 ready to change (Settings → Own consent at 18)."""
        self.show_view(ConsentListView.ADULTS)
        self.grace.setFocus()

    # -- the grace period ----------------------------------------------------
    def _load_grace(self) -> None:
        query(self, self._db, consent_adults.grace_days, self.grace.setValue, on_error=lambda exc: show_error(self, exc))

    def save_grace(self) -> None:
        days = self.grace.value()

        def write(session: Session) -> int:
            return consent_adults.set_grace_days(session, days)

        change(self, self._db, write, touches={Kind.SETTINGS}, on_error=lambda exc: show_error(self, exc))

    def save_layout(self) -> None:
        self._remembered.save()
