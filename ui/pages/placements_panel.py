"""Practice placements and dual-education periods at enterprises: the list with its filters; add, edit, delete.

A panel, not a page: the Employment page shows it as a tab.  It therefore
claims no shortcut the page may use for its own list (Ctrl+N, Ctrl+F): adding
is Ctrl+Shift+N, and Delete and Enter act on this panel's table only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.models import PlacementKind
from cluster_desktop.permissions import Permission
from cluster_desktop.services import placements
from cluster_desktop.services.placement_list import (
    PlacementFilter,
    PlacementRow,
    PlacementSort,
    PlacementStatus,
    count_placements,
    placement_enterprises,
    placement_years,
    placements_page,
)

from .. import labels, layout_memory, style
from ..changes import Kind, subscribe
from ..dialogs.placement_dialog import PlacementDialog
from ..i18n import current_language
from ..messages import confirm, show_error
from ..operations import change, query
from ..permissions_ui import allow
from ..sql_table_model import RIGHT, Column, SqlTableModel, list_view
from ..widgets import EnumCombo, refill_choices, search_as_you_type

STATUS_COLOURS = {
    PlacementStatus.PLANNED: style.NEUTRAL,
    PlacementStatus.CURRENT: style.SUCCESS,
    PlacementStatus.FINISHED: style.MUTED,
}
ADD_SHORTCUT = "Ctrl+Shift+N"  # Ctrl+N belongs to the page that holds the panel
translate = QCoreApplication.translate


def placement_columns() -> list[Column[PlacementRow]]:
    return [
        Column(lambda: translate("PlacementsPanel", "Learner"), lambda r: r.full_name, PlacementSort.LEARNER),
        Column(lambda: translate("PlacementsPanel", "IIN"), lambda r: r.iin, PlacementSort.IIN),
        Column(lambda: translate("PlacementsPanel", "Kind"), lambda r: labels.placement_kind_name(r.kind), PlacementSort.KIND),
        Column(lambda: translate("PlacementsPanel", "Enterprise"), lambda r: labels.shown(r, "enterprise"), PlacementSort.ENTERPRISE),
        Column(lambda: translate("PlacementsPanel", "Agreement"), lambda r: r.agreement),
        Column(lambda: translate("PlacementsPanel", "From"), lambda r: numeric_date(r.starts_on), PlacementSort.STARTS_ON, RIGHT),
        Column(lambda: translate("PlacementsPanel", "Until"), lambda r: numeric_date(r.ends_on) or "—", PlacementSort.ENDS_ON, RIGHT),
        Column(lambda: translate("PlacementsPanel", "Mentor"), lambda r: r.mentor or ""),
        Column(lambda: translate("PlacementsPanel", "Status"), lambda r: labels.placement_status_name(r.status), PlacementSort.STATUS,
               foreground=lambda r: STATUS_COLOURS[r.status]),
    ]


FROM_COLUMN = 5  # the list opens with the latest placements first


class PlacementsPanel(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self.last_dialog: QWidget | None = None
        self.search = QLineEdit(objectName="placement_search", clearButtonEnabled=True,
                                placeholderText=self.tr("Search by learner, IIN, enterprise, mentor or agreement…"))
        self.kind_filter = EnumCombo(PlacementKind, labels.placement_kind_name, empty=self.tr("All kinds"))
        self.kind_filter.setObjectName("kind_filter")
        self.year_filter = QComboBox(objectName="year_filter")
        self.year_filter.addItem(self.tr("Any year"), None)
        self.enterprise_filter = QComboBox(objectName="enterprise_filter")
        self.enterprise_filter.addItem(self.tr("All enterprises"), None)
        self.enterprise_filter.setMaximumWidth(320)
        self.enterprise_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.enterprise_filter.setMinimumContentsLength(18)
        self.status_filter = EnumCombo(PlacementStatus, labels.placement_status_name, empty=self.tr("Any status"))
        self.status_filter.setObjectName("status_filter")
        self.count_label = QLabel(objectName="count_label")
        self.add_button = QPushButton(self.tr("&Add placement…"), objectName="add_button",
                                      toolTip=self.tr("New practice placement or dual-education period (Ctrl+Shift+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="edit_button")
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="delete_button")
        self.model = SqlTableModel(
            database, placement_columns(), count_placements, placements_page, self.current_filter(), PlacementSort.STARTS_ON, self
        )
        self.table = list_view(self.model, "placements_table", (240, 105, 120, 320, 95, 82, 82, 170),
                               sort_column=FROM_COLUMN, descending=True)
        self.table.setWordWrap(False)  # one line a placement; a long name ends in «…», whole in its tooltip

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for widget in (self.kind_filter, self.year_filter, self.enterprise_filter, self.status_filter, self.count_label):
            top.addWidget(widget)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        search_as_you_type(self.search, self.apply_filter)
        for combo in (self.kind_filter, self.year_filter, self.enterprise_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected() if self._may_edit else None)
        self.add_button.clicked.connect(self.add_placement)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        add_key = QShortcut(QKeySequence(ADD_SHORTCUT), self, activated=self.add_placement, context=local)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.delete_selected, context=local)
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.edit_selected, context=local)
        self._may_edit: bool = allow(database, Permission.EDIT_RECORDS, self.add_button, self.edit_button, self.delete_button,
                               add_key, delete_key, edit_key)
        self._selection_changed()
        self._remembered = layout_memory.RememberedLayout("placements", {"header": self.table})
        shown = {Kind.PLACEMENTS, Kind.LEARNERS, Kind.ORGANISATIONS, Kind.AGREEMENTS, Kind.DAY}  # statuses move on with the day
        subscribe(self, shown, lambda _kinds: self.refresh())
        self.refresh()

    # -- list -----------------------------------------------------------------
    def current_filter(self) -> PlacementFilter:
        return PlacementFilter(
            text=self.search.text(), kind=self.kind_filter.value(), year=self.year_filter.currentData(),
            enterprise_id=self.enterprise_filter.currentData(), status=self.status_filter.value(), language=current_language(),
        )

    def apply_filter(self) -> None:
        self.model.set_query(self.current_filter())

    def refresh(self) -> None:
        """Read the list again (with today's statuses) and the years and enterprises the filters offer."""
        self.apply_filter()
        language = current_language()

        def read(session: Session) -> tuple[list[int], list[tuple[int, str]]]:
            return placement_years(session), placement_enterprises(session, language)

        query(self, self._db, read, self._fill_choices)

    def _fill_choices(self, choices: tuple[list[int], list[tuple[int, str]]]) -> None:
        """Offer what the data holds; a choice that has gone falls back to «any» (and the list follows)."""
        years, enterprises = choices
        for combo, items in ((self.year_filter, [(str(y), y) for y in years]), (self.enterprise_filter, [(n, i) for i, n in enterprises])):
            if refill_choices(combo, items, tooltips=True):
                self.apply_filter()

    def _after_load(self) -> None:
        self.count_label.setText(self.tr("%n placement(s)", "", self.model.rowCount()))
        self._selection_changed()

    def selected_row(self) -> PlacementRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(row is not None)

    # -- actions --------------------------------------------------------------
    def add_placement(self) -> PlacementDialog | None:
        if not self._may_edit:
            return None
        return self._open(PlacementDialog(self._db, None, parent=self))

    def edit_selected(self) -> PlacementDialog | None:
        row = self.selected_row()
        if row is None or not self._may_edit:
            return None
        return self._open(PlacementDialog(self._db, row.id, parent=self))

    def _open(self, dialog: PlacementDialog) -> PlacementDialog:
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self._may_edit:
            return
        text = self.tr("Delete the placement of {name} at {enterprise} from {start}? This cannot be undone.").format(
            name=row.full_name, enterprise=row.enterprise(current_language()), start=numeric_date(row.starts_on))
        if not confirm(self, self.tr("Delete placement"), text):
            return
        change(self, self._db, lambda session: placements.delete_placement(session, row.id), touches={Kind.PLACEMENTS})

    # -- remembered layout ---------------------------------------------------
    def save_layout(self) -> None:
        self._remembered.save()
