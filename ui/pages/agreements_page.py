"""The Agreements page: the register of every agreement with its status today; new, edit, terminate, preview, print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QTemporaryDir,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.languages import OFFICIAL_LANGUAGES
from cluster_desktop.models import AgreementKind, AgreementStatus
from cluster_desktop.permissions import Permission
from cluster_desktop.services import agreements
from cluster_desktop.services.agreement_list import (
    AgreementFilter,
    AgreementRow,
    AgreementSort,
    agreement_page,
    agreements_list,
    count_agreements,
)

from .. import labels, layout_memory, style
from ..changes import Kind, subscribe
from ..dialogs.agreement_dialog import AgreementDialog
from ..export_action import ask_and_export
from ..i18n import current_language
from ..messages import confirm, show_error
from ..operations import change, query
from ..pdf_preview import PdfPreview
from ..permissions_ui import allow
from ..sql_table_model import RIGHT, Column, SqlTableModel, list_view
from ..tasks import Progress
from ..widgets import EnumCombo, search_as_you_type

IN_FORCE = (AgreementStatus.ACTIVE, AgreementStatus.EXPIRING)  # only these can be terminated
STATUS_COLOURS = {
    AgreementStatus.DRAFT: style.NEUTRAL,
    AgreementStatus.ACTIVE: style.SUCCESS,
    AgreementStatus.EXPIRING: style.WARNING,
    AgreementStatus.EXPIRED: style.ERROR,
    AgreementStatus.TERMINATED: style.MUTED,
}
translate = QCoreApplication.translate


def _number(row: AgreementRow) -> str:
    return f"{row.number} / {row.year}"


def _status(row: AgreementRow) -> str:
    if row.status is AgreementStatus.TERMINATED:
        return translate("AgreementsPage", "Terminated {date}: {reason}").format(date=numeric_date(row.terminated_on), reason=row.termination_reason or "")
    return labels.agreement_status_name(row.status)


def agreement_columns(with_partner: bool = True) -> list[Column[AgreementRow]]:
    columns = [
        Column(lambda: translate("AgreementsPage", "Type"), lambda r: labels.agreement_kind_name(r.kind), AgreementSort.KIND),
        Column(lambda: translate("AgreementsPage", "Number"), _number, AgreementSort.NUMBER),
        Column(lambda: translate("AgreementsPage", "Signed"), lambda r: numeric_date(r.signed_on), AgreementSort.SIGNED_ON, RIGHT),
        Column(lambda: translate("AgreementsPage", "Partner"), lambda r: labels.shown(r, "partner"), AgreementSort.PARTNER),
        Column(lambda: translate("AgreementsPage", "Subject"), lambda r: labels.shown(r, "title")),
        Column(lambda: translate("AgreementsPage", "From"), lambda r: numeric_date(r.starts_on), None, RIGHT),
        Column(lambda: translate("AgreementsPage", "Until"), lambda r: numeric_date(r.ends_on) or "—", AgreementSort.ENDS_ON, RIGHT),
        Column(lambda: translate("AgreementsPage", "Learners"), lambda r: r.learners or "", None, RIGHT),
        Column(lambda: translate("AgreementsPage", "Status"), _status, AgreementSort.STATUS, foreground=lambda r: STATUS_COLOURS[r.status]),
    ]
    return columns if with_partner else [c for c in columns if c.sort_key is not AgreementSort.PARTNER]


def make_agreement_table(model: SqlTableModel[AgreementRow, AgreementFilter], name: str, widths: tuple[int, ...]) -> QTableView:
    return list_view(model, name, widths, sort_column=1)


class AgreementsPage(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._documents = QTemporaryDir()
        self._printed = 0
        self.last_dialog: QWidget | None = None
        self.search = QLineEdit(objectName="search", placeholderText=self.tr("Search by number, subject or partner…"), clearButtonEnabled=True)
        self.kind_filter = EnumCombo(AgreementKind, labels.agreement_kind_name, empty=self.tr("All types"))
        self.kind_filter.setObjectName("kind_filter")
        self.status_filter = EnumCombo(AgreementStatus, labels.agreement_status_name, empty=self.tr("Any status"))
        self.status_filter.setObjectName("status_filter")
        self.count_label = QLabel(objectName="count_label")
        self.add_button = QPushButton(self.tr("&New agreement…"), objectName="add_button")
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="edit_button")
        self.terminate_button = QPushButton(self.tr("&Terminate…"), objectName="terminate_button")
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="delete_button")
        self.preview_button = QPushButton(self.tr("Pre&view…"), objectName="preview_button", toolTip=self.tr("The document in Kazakh or Russian"))
        self.print_button = QPushButton(self.tr("&Print…"), objectName="print_button")
        self.export_button = QPushButton(self.tr("E&xport…"), objectName="export_button", toolTip=self.tr("Export the list as shown to Excel or CSV (Ctrl+E)"))

        self.model = SqlTableModel(
            database, agreement_columns(), count_agreements, agreement_page, self.current_filter(), AgreementSort.NUMBER, self
        )
        self.table = make_agreement_table(self.model, "agreements_table", (170, 90, 82, 220, 180, 82, 82, 62))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind_filter)
        top.addWidget(self.status_filter)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.terminate_button, self.delete_button, self.preview_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        search_as_you_type(self.search, self.apply_filter)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected() if self._may_edit else self.preview_selected())
        self.add_button.clicked.connect(self.add_agreement)
        self.edit_button.clicked.connect(self.edit_selected)
        self.terminate_button.clicked.connect(self.terminate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.preview_button.clicked.connect(lambda: self.preview_selected())
        self.print_button.clicked.connect(lambda: self.preview_selected(print_now=True))
        self.export_button.clicked.connect(self.export_list)
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus, context=local)
        add_key = QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_agreement, context=local)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.delete_selected, context=local)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.export_list, context=local)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=lambda: self.preview_selected(print_now=True), context=local)
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.edit_selected, context=local)
        # Anyone may read, preview, print and export the register (it names no learner); changing it needs the permission.
        self._may_edit: bool = allow(database, Permission.MANAGE_AGREEMENTS, self.add_button, self.edit_button, self.terminate_button,
                               self.delete_button, add_key, delete_key, edit_key)
        self._selection_changed()
        self._remembered = layout_memory.RememberedLayout("agreements", {"header": self.table})
        subscribe(self, {Kind.AGREEMENTS, Kind.ORGANISATIONS, Kind.DAY}, lambda _kinds: self.model.refresh())  # statuses are today's
        self.model.refresh()

    # -- list -----------------------------------------------------------------
    def current_filter(self) -> AgreementFilter:
        return AgreementFilter(
            text=self.search.text(), kind=self.kind_filter.value(), status=self.status_filter.value(), language=current_language()
        )

    def apply_filter(self) -> None:
        self.model.set_query(self.current_filter())

    def show_expiring(self) -> None:
        """What the main window's expiry warning leads to: the agreements expiring soon, whatever the other filters."""
        self.search.clear()
        self.kind_filter.set_value(None)
        self.status_filter.set_value(AgreementStatus.EXPIRING)
        self.apply_filter()

    def _after_load(self) -> None:
        self.count_label.setText(self.tr("%n agreement(s)", "", self.model.rowCount()))
        self._selection_changed()

    def selected_row(self) -> AgreementRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        for button in (self.edit_button, self.delete_button, self.preview_button, self.print_button):
            button.setEnabled(row is not None)
        self.terminate_button.setEnabled(row is not None and row.status in IN_FORCE)

    # -- actions --------------------------------------------------------------
    def add_agreement(self) -> AgreementDialog:
        dialog = AgreementDialog(self._db, None, parent=self)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def edit_selected(self) -> AgreementDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = AgreementDialog(self._db, row.id, parent=self)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def terminate_selected(self) -> QInputDialog | None:
        row = self.selected_row()
        if row is None or row.status not in IN_FORCE:
            return None
        dialog = QInputDialog(self, objectName="terminate_dialog")
        dialog.setWindowTitle(self.tr("Terminate agreement No. {number}").format(number=_number(row)))
        dialog.setLabelText(self.tr("Why is the agreement with {partner} terminated (from today)?").format(partner=row.partner(current_language())))
        dialog.setOkButtonText(self.tr("Terminate"))
        dialog.textValueSelected.connect(lambda reason: self._terminate(row.id, reason))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _terminate(self, agreement_id: int, reason: str) -> None:
        change(self, self._db, lambda session: agreements.terminate_agreement(session, agreement_id, reason), touches={Kind.AGREEMENTS})

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if not confirm(
            self, self.tr("Delete agreement"),
            self.tr("Delete agreement No. {number} with {partner}? This cannot be undone.").format(number=_number(row), partner=row.partner(current_language())),
        ):
            return
        change(self, self._db, lambda session: agreements.delete_agreement(session, row.id), touches={Kind.AGREEMENTS})

    # -- documents ------------------------------------------------------------
    def preview_selected(self, print_now: bool = False) -> QInputDialog | None:
        """Ask the document's language (Kazakh or Russian), then write and show it."""
        row = self.selected_row()
        if row is None:
            return None
        names = [labels.language_name(code) for code in OFFICIAL_LANGUAGES]
        default = current_language() if current_language() in OFFICIAL_LANGUAGES else "ru"
        dialog = QInputDialog(self, objectName="language_dialog")
        dialog.setWindowTitle(self.tr("Agreement No. {number}").format(number=_number(row)))
        dialog.setLabelText(self.tr("Language of the document:"))
        dialog.setComboBoxItems(names)
        dialog.setTextValue(names[OFFICIAL_LANGUAGES.index(default)])
        dialog.setOkButtonText(self.tr("Print…") if print_now else self.tr("Preview"))
        dialog.textValueSelected.connect(lambda name: self.show_document(row, OFFICIAL_LANGUAGES[names.index(name)], print_now))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def show_document(self, row: AgreementRow, language: str, print_now: bool = False) -> None:
        """Write the agreement's PDF into the page's temporary folder off the GUI thread, then preview it."""
        self._printed += 1
        name = f"{row.number}-{row.year}-{language}.pdf".replace("/", "-").replace("\\", "-")
        target = Path(self._documents.path()) / f"{self._printed:04d}-{name}"

        def write(session: Session, _progress: Progress) -> Path:
            from cluster_desktop.services.agreement_documents import write_agreement_pdf

            return write_agreement_pdf(session, row.id, language, target)

        def done(path: Path) -> None:
            preview = PdfPreview(path, self.tr("Agreement No. {number}").format(number=_number(row)), name, self)
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.last_dialog = preview
            preview.open()
            if print_now:
                QTimer.singleShot(0, preview.print_document)

        query(self, self._db, write, done, label=self.tr("Writing the document…"))

    def export_list(self) -> QFileDialog:
        sort, descending = self.model.sort_order
        shown = self.model.query
        return ask_and_export(self, self._db, lambda: agreements_list(shown, sort, descending), self.tr("agreements"))

    # -- remembered layout ---------------------------------------------------
    def save_layout(self) -> None:
        self._remembered.save()
