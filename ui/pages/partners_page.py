"""The Partners page: the organisations of the cluster with their kind, BIN and contacts, and each one's agreements."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cluster_desktop.db import Database
from cluster_desktop.models import OrganisationKind
from cluster_desktop.permissions import Permission
from cluster_desktop.services import organisations
from cluster_desktop.services.agreement_list import (
    AgreementFilter,
    AgreementRow,
    AgreementSort,
    agreement_page,
    count_agreements,
    partners_list,
)
from cluster_desktop.services.organisations import (
    OrganisationFilter,
    OrganisationRow,
    OrganisationSort,
    count_organisations,
    organisation_page,
)

from .. import labels, layout_memory
from ..changes import Kind, subscribe
from ..dialogs.agreement_dialog import AgreementDialog
from ..dialogs.organisation_dialog import OrganisationDialog
from ..export_action import ask_and_export
from ..i18n import current_language
from ..messages import confirm, show_error
from ..operations import change
from ..permissions_ui import allow
from ..sql_table_model import RIGHT, Column, SqlTableModel, list_view
from ..widgets import EnumCombo, search_as_you_type
from .agreements_page import (
    agreement_columns,
    make_agreement_table,
)

NO_PARTNER = -1  # the lower list's filter while no partner is selected: matches nothing
translate = QCoreApplication.translate


def partner_columns() -> list[Column[OrganisationRow]]:
    return [
        Column(lambda: translate("PartnersPage", "Name"), lambda r: labels.shown(r, "name"), OrganisationSort.NAME),
        Column(lambda: translate("PartnersPage", "Kind"), lambda r: labels.organisation_kind_name(r.kind), OrganisationSort.KIND),
        Column(lambda: translate("PartnersPage", "Agreements"), lambda r: r.agreements or "", None, RIGHT),
        Column(lambda: translate("PartnersPage", "BIN"), lambda r: r.bin or "", OrganisationSort.BIN),
        Column(lambda: translate("PartnersPage", "Contact person"), lambda r: r.contact_person or ""),
        Column(lambda: translate("PartnersPage", "Phone"), lambda r: r.phone or ""),
        Column(lambda: translate("PartnersPage", "E-mail"), lambda r: r.email or ""),
    ]


class PartnersPage(QWidget):

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._select_after_load: int | None = None
        self.last_dialog: QWidget | None = None
        self.search = QLineEdit(objectName="search", placeholderText=self.tr("Search by name, BIN or contact…"), clearButtonEnabled=True)
        self.kind_filter = EnumCombo(OrganisationKind, labels.organisation_kind_name, empty=self.tr("All kinds"))
        self.kind_filter.setObjectName("kind_filter")
        self.count_label = QLabel(objectName="count_label")
        self.add_button = QPushButton(self.tr("&Add partner…"), objectName="add_button")
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="edit_button")
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="delete_button")
        self.export_button = QPushButton(self.tr("E&xport…"), objectName="export_button", toolTip=self.tr("Export the list as shown to Excel or CSV (Ctrl+E)"))
        self.model: SqlTableModel[OrganisationRow, OrganisationFilter] = SqlTableModel(
            database, partner_columns(), count_organisations, organisation_page, self.current_filter(), OrganisationSort.NAME, self
        )
        self.table = list_view(self.model, "partners_table", (320, 130, 80, 105, 190, 130))

        self.agreements_label = QLabel(objectName="agreements_label", wordWrap=True)
        self.new_agreement_button = QPushButton(self.tr("&New agreement with this partner…"), objectName="new_agreement_button")
        self.agreements = SqlTableModel(
            database, agreement_columns(with_partner=False), count_agreements, agreement_page,
            AgreementFilter(partner_id=NO_PARTNER, language=current_language()), AgreementSort.NUMBER, self,
        )
        self.agreements_table = make_agreement_table(self.agreements, "partner_agreements_table", (170, 90, 82, 300, 82, 82, 62))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind_filter)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
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
        heading.addWidget(self.agreements_label, 1)
        heading.addWidget(self.new_agreement_button)
        lower_layout.addLayout(heading)
        lower_layout.addWidget(self.agreements_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="partners_splitter")
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        search_as_you_type(self.search, self.apply_filter)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.agreements.failed.connect(lambda exc: show_error(self, exc))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected() if self._may_edit else None)
        self.agreements_table.doubleClicked.connect(lambda _i: self.edit_agreement() if self._may_change_agreements else None)
        self.add_button.clicked.connect(self.add_partner)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export_list)
        self.new_agreement_button.clicked.connect(self.new_agreement)
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus, context=local)
        add_key = QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_partner, context=local)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.delete_selected, context=local)
        export_key = QShortcut(QKeySequence("Ctrl+E"), self, activated=self.export_list, context=local)
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.edit_selected, context=local)
        self._may_edit: bool = allow(database, Permission.EDIT_RECORDS, self.add_button, self.edit_button, self.delete_button,
                               add_key, delete_key, edit_key)
        self._may_change_agreements: bool = allow(database, Permission.MANAGE_AGREEMENTS, self.new_agreement_button)
        allow(database, Permission.EXPORT_PERSONAL_DATA, self.export_button, export_key)  # contact persons are people
        self._selection_changed()
        self._remembered = layout_memory.RememberedLayout(
            "partners", {"splitter": self.splitter, "header": self.table, "agreements_header": self.agreements_table}
        )
        subscribe(self, {Kind.ORGANISATIONS, Kind.AGREEMENTS}, lambda _kinds: self.refresh())
        self.model.refresh()

    # -- list -----------------------------------------------------------------
    def current_filter(self) -> OrganisationFilter:
        return OrganisationFilter(text=self.search.text(), kind=self.kind_filter.value(), language=current_language())

    def apply_filter(self) -> None:
        self.model.set_query(self.current_filter())

    def refresh(self) -> None:
        self.model.refresh()
        self.agreements.refresh()

    def _after_load(self) -> None:
        self.count_label.setText(self.tr("%n partner(s)", "", self.model.rowCount()))
        if self._select_after_load is not None:
            for number in range(min(self.model.rowCount(), 200)):
                row = self.model.row(number)
                if row is not None and row.id == self._select_after_load:
                    self.table.selectRow(number)
                    break
            self._select_after_load = None
        self._selection_changed()

    def selected_row(self) -> OrganisationRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        for button in (self.edit_button, self.delete_button, self.new_agreement_button):
            button.setEnabled(row is not None)
        if row is None:
            self.agreements_label.setText(self.tr("Select a partner to see its agreements."))
        else:
            self.agreements_label.setText(self.tr("Agreements with {name}").format(name=row.name(current_language())))
        partner_id = row.id if row is not None else NO_PARTNER
        if partner_id != self.agreements.query.partner_id:
            self.agreements.set_query(replace(self.agreements.query, partner_id=partner_id))

    def _select_after_change(self, organisation_id: int | None) -> None:
        """Select this partner once the change bus has the list read again."""
        self._select_after_load = organisation_id

    # -- actions --------------------------------------------------------------
    def add_partner(self) -> OrganisationDialog:
        dialog = OrganisationDialog(self._db, None, self)
        dialog.accepted.connect(lambda: self._select_after_change(dialog.saved_id))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def edit_selected(self) -> OrganisationDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = OrganisationDialog(self._db, row.id, self)
        dialog.accepted.connect(lambda: self._select_after_change(row.id))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        name = row.name(current_language())
        if not confirm(self, self.tr("Delete partner"), self.tr("Delete {name} from the partners? This cannot be undone.").format(name=name)):
            return
        change(self, self._db, lambda session: organisations.delete_organisation(session, row.id), touches={Kind.ORGANISATIONS, Kind.AGREEMENTS})

    def new_agreement(self) -> AgreementDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = AgreementDialog(self._db, None, partner_id=row.id, parent=self)
        dialog.accepted.connect(lambda: self._select_after_change(row.id))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def selected_agreement(self) -> AgreementRow | None:
        rows = self.agreements_table.selectionModel().selectedRows()
        return self.agreements.row(rows[0].row()) if rows else None

    def edit_agreement(self) -> AgreementDialog | None:
        agreement = self.selected_agreement()
        if agreement is None:
            return None
        dialog = AgreementDialog(self._db, agreement.id, parent=self)
        dialog.accepted.connect(lambda: self._select_after_change(agreement.partner_id))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def export_list(self) -> QFileDialog:
        sort, descending = self.model.sort_order
        query = self.model.query
        return ask_and_export(self, self._db, lambda: partners_list(query, sort, descending), self.tr("partners"))

    # -- remembered layout ---------------------------------------------------
    def save_layout(self) -> None:
        self._remembered.save()
