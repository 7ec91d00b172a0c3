"""Certificates → Registry: every certificate ever issued; print again, duplicate, revoke, export the book."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.models import CertificateStatus, ProgrammeKind
from cluster_desktop.permissions import Permission
from cluster_desktop.services import certificates
from cluster_desktop.services.certificate_files import (
    IssuedFile,
    duplicate_to_folder,
    write_registry_report,
)
from cluster_desktop.services.certificate_registry import (
    RegistryFilter,
    RegistryRow,
    RegistrySort,
    count_registry,
    registry_page,
    registry_years,
)

from .. import labels
from ..certificate_output import BlankPreviewer, default_folder
from ..changes import Kind, change_bus, subscribe
from ..dialogs.issue_dialog import IssueDialog
from ..file_dialogs import FileKind, ask_for_path, remember_folder
from ..i18n import current_language
from ..messages import confirm, show_error
from ..operations import change, query
from ..pdf_preview import PdfPreview
from ..permissions_ui import allow
from ..sql_table_model import Column, SqlTableModel, list_view
from ..tasks import Progress, run_in_background
from ..widgets import EnumCombo, refill_choices, search_as_you_type

translate = QCoreApplication.translate


def _status(row: RegistryRow) -> str:
    if row.status is CertificateStatus.REVOKED:
        return translate("RegistryPanel", "Revoked {date}: {reason}").format(date=numeric_date(row.revoked_on), reason=row.revoke_reason or "")
    return labels.certificate_status_name(row.status)


def registry_columns() -> list[Column[RegistryRow]]:
    return [
        Column(lambda: translate("RegistryPanel", "Number"), lambda r: r.registration_number, RegistrySort.NUMBER),
        Column(lambda: translate("RegistryPanel", "Issued on"), lambda r: numeric_date(r.issued_on), RegistrySort.ISSUED_ON),
        Column(lambda: translate("RegistryPanel", "Full name"), lambda r: r.full_name, RegistrySort.NAME),
        Column(lambda: translate("RegistryPanel", "IIN"), lambda r: r.iin),
        Column(lambda: translate("RegistryPanel", "Programme"), lambda r: r.programme_name, RegistrySort.PROGRAMME),
        Column(lambda: translate("RegistryPanel", "Language"), lambda r: labels.language_name(r.language)),
        Column(lambda: translate("RegistryPanel", "Duplicate of"), lambda r: r.duplicate_of_number or ""),
        Column(lambda: translate("RegistryPanel", "Status"), _status, RegistrySort.STATUS),
    ]


class RegistryPanel(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self.previewer = BlankPreviewer(database, self)
        self.last_dialog: QWidget | None = None
        self.search = QLineEdit(
            objectName="search", placeholderText=self.tr("Search by number, name or IIN…"), clearButtonEnabled=True
        )
        self.status_filter = EnumCombo(CertificateStatus, labels.certificate_status_name, empty=self.tr("Any status"))
        self.status_filter.setObjectName("status_filter")
        self.kind_filter = EnumCombo(ProgrammeKind, labels.programme_kind_name, empty=self.tr("All programme kinds"))
        self.kind_filter.setObjectName("kind_filter")
        self.year_filter = QComboBox(objectName="year_filter")
        self.year_filter.addItem(self.tr("Any year"), None)
        self.count_label = QLabel(objectName="count_label")
        self.print_button = QPushButton(self.tr("&Print again…"), objectName="print_button")
        self.print_button.setToolTip(self.tr("The same blank with the same number, e.g. after a paper jam"))
        self.duplicate_button = QPushButton(self.tr("&Duplicate…"), objectName="duplicate_button")
        self.duplicate_button.setToolTip(self.tr("A new blank with its own number, marked as a duplicate, for a lost certificate"))
        self.revoke_button = QPushButton(self.tr("&Revoke…"), objectName="revoke_button")
        self.export_button = QPushButton(self.tr("&Export the book…"), objectName="export_button")

        self.model: SqlTableModel[RegistryRow, RegistryFilter] = SqlTableModel(
            database, registry_columns(), count_registry, registry_page, RegistryFilter(), RegistrySort.NUMBER, self
        )
        self.table = list_view(self.model, "registry_table", (140, 90, 230, 110, 230, 80, 140))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.kind_filter)
        top.addWidget(self.year_filter)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        for button in (self.print_button, self.duplicate_button, self.revoke_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        search_as_you_type(self.search, self.apply_filter)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.year_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.print_again())
        self.print_button.clicked.connect(self.print_again)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.export_button.clicked.connect(self.export_book)
        allow(database, Permission.ISSUE_CERTIFICATES, self.duplicate_button, self.revoke_button)
        allow(database, Permission.EXPORT_PERSONAL_DATA, self.export_button)
        # At once, even behind the other tab: the tab switch should show the registry as it is.
        subscribe(self, {Kind.CERTIFICATES, Kind.LEARNERS, Kind.PROGRAMMES}, lambda _kinds: self.refresh(), defer_while_hidden=False)
        self._selection_changed()

    # -- list -----------------------------------------------------------------
    def current_filter(self) -> RegistryFilter:
        return RegistryFilter(
            text=self.search.text(), status=self.status_filter.value(), kind=self.kind_filter.value(), year=self.year_filter.currentData()
        )

    def apply_filter(self) -> None:
        self.model.set_query(self.current_filter())

    def refresh(self) -> None:
        self.model.refresh()

    def _after_load(self) -> None:
        self.count_label.setText(self.tr("%n certificate(s)", "", self.model.rowCount()))
        self._selection_changed()
        self._load_years()

    def _load_years(self) -> None:
        """The year list holds the years that have certificates; the chosen year stays chosen."""

        def show(years: list[int]) -> None:
            if refill_choices(self.year_filter, [(str(year), year) for year in years]):
                self.apply_filter()  # the chosen year has no certificates any more

        query(self, self._db, registry_years, show)

    def selected_row(self) -> RegistryRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        usable = row is not None and row.status is CertificateStatus.ISSUED
        for button in (self.print_button, self.duplicate_button, self.revoke_button):
            button.setEnabled(usable)

    # -- actions --------------------------------------------------------------
    def print_again(self) -> None:
        row = self.selected_row()
        if row is None or row.status is not CertificateStatus.ISSUED:
            return
        number = row.registration_number
        self.previewer.show_issued([number], self.tr("Certificate {number}").format(number=number), f"{number}.pdf")

    def duplicate_selected(self) -> IssueDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = IssueDialog(1, row.language, default_folder(), self, duplicate=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._duplicate(row.id, dialog.chosen_language(), dialog.chosen_folder(), dialog.chosen_date())
        )
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _duplicate(self, certificate_id: int, language: str, folder: Path, issued_on: date | None) -> None:
        remember_folder(FileKind.CERTIFICATES, folder)

        def work(_p: Progress) -> IssuedFile:
            return duplicate_to_folder(self._db, certificate_id, folder, language, issued_on)

        def done(issued: IssuedFile) -> None:
            change_bus().announce({Kind.CERTIFICATES})  # written in transactions of its own, one per number
            self.previewer.show_issued([issued.number], self.tr("Duplicate {number}").format(number=issued.number), issued.path.name)

        run_in_background(work, done, lambda exc: show_error(self, exc), parent=self)

    def revoke_selected(self) -> QInputDialog | None:
        row = self.selected_row()
        if row is None or row.status is not CertificateStatus.ISSUED:
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Revoke certificate {number}").format(number=row.registration_number))
        dialog.setLabelText(
            self.tr("Why is the certificate of {name} revoked? The number stays in the registry.").format(name=row.full_name)
        )
        dialog.setOkButtonText(self.tr("Revoke"))
        dialog.textValueSelected.connect(lambda reason: self._revoke(row, reason))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _revoke(self, row: RegistryRow, reason: str) -> None:
        if not confirm(
            self,
            self.tr("Revoke certificate"),
            self.tr("Revoke certificate {number} of {name}? It will be reported as revoked when checked.").format(
                number=row.registration_number, name=row.full_name
            ),
        ):
            return
        change(self, self._db, lambda session: certificates.revoke(session, row.id, reason), touches={Kind.CERTIFICATES})

    def export_book(self) -> None:
        ask_for_path(
            self, FileKind.EXPORT, self.tr("Export the book of certificates"), self.export_to,
            filters=self.tr("Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)").split(";;"), save=True, name="certificates.xlsx",
            object_name="registry_file_dialog",
        )

    def export_to(self, path: Path) -> None:
        flt, language = self.current_filter(), current_language()

        def write(session: Session, _progress: Progress) -> Path:
            return write_registry_report(session, path, language, flt)

        def done(written: Path) -> None:
            if written.suffix.lower() == ".pdf":
                preview = PdfPreview(written, self.tr("Book of certificates"), written.name, self)
                self.last_dialog = preview
                preview.open()

        query(self, self._db, write, done, label=self.tr("Writing the book…"))
