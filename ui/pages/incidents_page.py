"""The personal-data incident log (whoever keeps it: administrators, and the roles the college chose).

Incidents are few, so the list is read whole, newest first; one not yet
notified is marked until its notification is recorded (the window's banner
reminds of it too).  Adding, correcting and recording the notification happen
in :class:`~ui.dialogs.incident_dialog.IncidentDialog`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.permissions import Permission
from cluster_desktop.services.incidents import IncidentRow

from .. import style
from ..changes import Kind, subscribe
from ..dialogs.incident_dialog import IncidentDialog
from ..list_table_model import ListTableModel
from ..operations import query
from ..permissions_ui import allow
from ..sql_table_model import RIGHT, Column, list_view

translate = QCoreApplication.translate


def _notified(row: IncidentRow) -> str:
    if row.notified_on is None:
        return translate("IncidentsPage", "not yet notified")
    return f"{numeric_date(row.notified_on)} · {row.notified_to}"


def incident_columns() -> list[Column[IncidentRow]]:
    """The log; an incident not yet notified in the warning colour."""
    waiting = lambda r: None if r.notified else style.WARNING  # noqa: E731
    return [
        Column(lambda: translate("IncidentsPage", "No."), lambda r: r.id, align=RIGHT),
        Column(lambda: translate("IncidentsPage", "Found on"), lambda r: numeric_date(r.found_on), align=RIGHT),
        Column(lambda: translate("IncidentsPage", "Records"), lambda r: f"{r.records_affected:,}".replace(",", "\u00a0"), align=RIGHT),
        Column(
            lambda: translate("IncidentsPage", "What happened"),
            lambda r: r.description,
            tooltip=lambda r: "\n\n".join(t for t in (r.description, r.affected_description, r.measures) if t),
        ),
        Column(lambda: translate("IncidentsPage", "Notified"), _notified, foreground=waiting),
    ]


class IncidentsPage(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self.incidents: list[IncidentRow] = []
        self.dialog: IncidentDialog | None = None  # the dialog now open, for tests
        self.model = ListTableModel(incident_columns(), self)
        self.table = list_view(self.model, "incidents_table", (50, 100, 90, 420, 260), sortable=False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&New incident…"), objectName="add_button")
        self.edit_button = QPushButton(self.tr("&Open…"), objectName="edit_button")
        self.hint = QLabel(
            self.tr(
                "A leak, a lost stick, a list sent to the wrong address: record it the day it is found, with what was done, "
                "and record whom you notified (the authorised body, the people concerned) and when."
            ),
            objectName="hint",
            wordWrap=True,
        )
        style.paint(self.hint, style.HINT)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)

        allow(database, Permission.MANAGE_INCIDENTS, self.add_button, self.edit_button)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.open_incident())
        self.add_button.clicked.connect(self.add_incident)
        self.edit_button.clicked.connect(self.open_incident)
        self._selection_changed()
        subscribe(self, {Kind.INCIDENTS}, lambda _kinds: self.reload())
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """Read the log again; select ``select``, else what is selected when it arrives."""
        from cluster_desktop.services.incidents import list_incidents

        def fill(rows: list[IncidentRow]) -> None:
            selected = self.selected()
            self._fill(rows, select if select is not None else (selected.id if selected else None))

        query(self, self._db, list_incidents, fill)

    def _fill(self, rows: list[IncidentRow], select: int | None) -> None:
        self.incidents = rows
        self.model.set_rows(rows)
        for number, row in enumerate(rows):
            if row.id == select:
                self.table.selectRow(number)
        self._selection_changed()

    def selected(self) -> IncidentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.incidents[rows[0].row()] if rows and rows[0].row() < len(self.incidents) else None

    def show_unnotified(self) -> None:
        """Select the oldest incident not yet notified (the banner's button)."""
        waiting = [n for n, row in enumerate(self.incidents) if not row.notified]
        if waiting:
            self.table.selectRow(waiting[-1])

    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def add_incident(self) -> IncidentDialog:
        return self._open(IncidentDialog(self._db, None, self))

    def open_incident(self) -> IncidentDialog | None:
        row = self.selected()
        return None if row is None else self._open(IncidentDialog(self._db, row.id, self))

    def _open(self, dialog: IncidentDialog) -> IncidentDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.reload(select=dialog.saved_id))
        dialog.open()
        self.dialog = dialog
        return dialog
