"""Import learners from a spreadsheet, in four steps: the file, its columns, a checked preview, the result.

Reading, checking and importing run off the GUI thread through
:func:`~ui.tasks.run_in_background`; the import itself shows a progress dialog
with Cancel, and a cancel or a failure rolls the one transaction back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.services.import_columns import (
    FIELDS,
    looks_like_header,
    match_columns,
)
from cluster_desktop.services.learner_import import ImportOptions, RowPlan, check_rows, count_rows
from cluster_desktop.spreadsheets.cells import shown
from cluster_desktop.spreadsheets.reader import Table, read_table, sheet_names

from .. import style
from ..file_dialogs import FileKind, ask_for_path
from ..i18n import current_language
from ..messages import error_text
from ..operations import query
from ..sql_table_model import list_view
from ..tasks import Progress, run_in_background
from ..unsaved import ConfirmsDiscard
from ..widgets import DateEdit, ErrorLabel
from .import_preview import PreviewModel
from .import_result import ResultPage

CHECK_DELAY_MS = 300


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._loading = False
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) or a CSV file with one learner per row and a header row."))
        self.path = QLineEdit(objectName="path", readOnly=True)
        self.browse_button = QPushButton(self.tr("&Browse…"), objectName="browse_button")
        self.sheet = QComboBox(objectName="sheet")
        self.encoding = QComboBox(objectName="encoding")
        for text, value in (
            (self.tr("Detect"), None),
            ("UTF-8", "utf-8-sig"),
            (self.tr("UTF-16 (Excel «Unicode text»)"), "utf-16"),
            ("Windows-1251", "cp1251"),
        ):
            self.encoding.addItem(text, value)
        self.delimiter = QComboBox(objectName="delimiter")
        for text, value in ((self.tr("Detect"), None), (self.tr("Comma  ,"), ","), (self.tr("Semicolon  ;"), ";"), (self.tr("Tab"), "\t")):
            self.delimiter.addItem(text, value)
        self.status = QLabel(objectName="file_status", wordWrap=True)
        self.error = ErrorLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Sheet:"), self.sheet)
        form.addRow(self.tr("Encoding (CSV):"), self.encoding)
        form.addRow(self.tr("Delimiter (CSV):"), self.delimiter)
        form.addRow(self.status)
        form.addRow(self.error)
        self.browse_button.clicked.connect(self.browse)
        self.sheet.activated.connect(lambda _i: self.load())
        self.encoding.activated.connect(lambda _i: self.load())
        self.delimiter.activated.connect(lambda _i: self.load())

    def browse(self) -> QFileDialog:
        return ask_for_path(
            self,
            FileKind.IMPORT,
            self.tr("Import learners"),
            lambda path: self.load_file(str(path)),
            filters=[self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt *.tsv)"), self.tr("All files (*)")],
            object_name="import_file_dialog",
        )

    def load_file(self, name: str) -> None:
        self.path.setText(name)
        self.sheet.clear()
        self.load()

    def load(self) -> None:
        path = Path(self.path.text())
        if not self.path.text():
            return
        sheet, encoding, delimiter = self.sheet.currentData(), self.encoding.currentData(), self.delimiter.currentData()
        self._wizard.table = None
        self._loading = True
        self.error.show_messages([])
        self.status.setText(self.tr("Reading the file…"))
        self.completeChanged.emit()

        def work(_p: Progress) -> tuple[list[str], Table]:
            return sheet_names(path), read_table(path, sheet, encoding, delimiter, header_score=looks_like_header)

        run_in_background(work, self._loaded, self._failed, parent=self)

    def _loaded(self, result: tuple[list[str], Table]) -> None:
        sheets, table = result
        self._loading = False
        if self.sheet.count() != len(sheets) and sheets != [""]:
            self.sheet.clear()
            for name in sheets:
                self.sheet.addItem(name, name)
            self.sheet.setCurrentIndex(max(self.sheet.findData(table.sheet), 0))
        self.sheet.setEnabled(sheets != [""])
        self.encoding.setEnabled(table.encoding is not None)
        self.delimiter.setEnabled(table.delimiter is not None)
        self._wizard.table = table
        where = (
            self.tr("sheet «{sheet}»").format(sheet=table.sheet)
            if table.sheet
            else self.tr("encoding {encoding}").format(encoding=table.encoding)
        )
        self.status.setText(
            self.tr("%n row(s) of data", "", len(table.rows))
            + " "
            + self.tr("under a header of %n column(s) ({where}).", "", len(table.headers)).format(where=where)
        )
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.status.setText("")
        self.error.show_messages([error_text(exc)])
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.table is not None and not self._loading


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Each column of the file goes to a field of the program, or is not imported. The IIN is required."))
        self.combos: list[QComboBox] = []
        self._body = QWidget()
        self._grid = QGridLayout(self._body)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self._body)
        self.warning = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.warning)
        self._for_table: Table | None = None

    def initializePage(self) -> None:
        table = self._wizard.table
        if table is None or table is self._for_table:
            return
        self._for_table = table
        for combo in self.combos:
            combo.deleteLater()
        while self._grid.count():
            item = self._grid.takeAt(0)
            assert item is not None
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.combos = []
        matched = match_columns(table.headers)
        self._grid.addWidget(QLabel("<b>" + self.tr("Column in the file") + "</b>"), 0, 0)
        self._grid.addWidget(QLabel("<b>" + self.tr("Field") + "</b>"), 0, 1)
        self._grid.addWidget(QLabel("<b>" + self.tr("First value") + "</b>"), 0, 2)
        for index, header in enumerate(table.headers):
            combo = QComboBox(objectName=f"column_{index}")
            combo.addItem(self.tr("— not imported —"), None)
            for spec in FIELDS:
                combo.addItem(QGuiApplication.translate("Errors", spec.label), spec.key)
            combo.setCurrentIndex(max(combo.findData(matched.get(index)), 0))
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            self._grid.addWidget(QLabel(header or self.tr("(column {n}, no header)").format(n=index + 1)), index + 1, 0)
            self._grid.addWidget(combo, index + 1, 1)
            example = next((v for _n, values in table.rows[:20] if index < len(values) and (v := values[index]) is not None), None)
            sample = QLabel("" if example is None else shown(example))
            style.paint(sample, style.HINT)
            self._grid.addWidget(sample, index + 1, 2)
            self.combos.append(combo)
        self._grid.setColumnStretch(1, 2)
        self._grid.setColumnStretch(2, 1)
        self._grid.setRowStretch(len(table.headers) + 1, 1)
        self._changed()

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def _changed(self) -> None:
        keys = list(self.mapping().values())
        messages = []
        if "iin" not in keys:
            messages.append(self.tr("Choose the column that holds the IIN."))
        twice = sorted({k for k in keys if keys.count(k) > 1})
        if twice:
            labels = ", ".join(QGuiApplication.translate("Errors", s.label) for s in FIELDS if s.key in twice)
            messages.append(self.tr("More than one column goes to: {fields}.").format(fields=labels))
        self.warning.show_messages(messages)
        self._wizard.mapping = self.mapping()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        keys = list(self.mapping().values())
        return "iin" in keys and len(keys) == len(set(keys))


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._request = 0
        self._plans: list[RowPlan] | None = None
        self.setTitle(self.tr("Check and import"))
        self.setSubTitle(self.tr("Cells with problems are red; point at one to read what is wrong."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.all_or_nothing = QRadioButton(self.tr("Import all rows or none"), objectName="all_or_nothing", checked=True)
        self.valid_only = QRadioButton(self.tr("Import the valid rows only"), objectName="valid_only")
        self.skip_existing = QRadioButton(self.tr("Skip learners already registered"), objectName="skip_existing", checked=True)
        self.update_existing = QRadioButton(self.tr("Update learners already registered"), objectName="update_existing")
        for first, second in ((self.all_or_nothing, self.valid_only), (self.skip_existing, self.update_existing)):
            group = QButtonGroup(self)
            group.addButton(first)
            group.addButton(second)
        self.consent = QCheckBox(self.tr("Consents collected on paper on:"), objectName="consent")
        self.consent_date = DateEdit("consent_date")
        self.consent.setToolTip(self.tr(
            "Rows without a consent date: the consent was collected on paper on this day, "
            "for the purposes of the college's standard form unless the row lists them."
        ))
        self.create_groups = QCheckBox(self.tr("Create missing groups in:"), objectName="create_groups")
        self.programme = QComboBox(objectName="programme")
        # A programme's name may be long: the combo does not widen the wizard past a laptop's screen for it
        # (the list opens as wide as the names, and each reads whole in its tooltip).
        self.programme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.programme.setMinimumContentsLength(18)
        self.only_problems = QCheckBox(self.tr("Show only rows with problems"), objectName="only_problems")
        self.summary = QLabel(objectName="summary", wordWrap=True)
        self.model = PreviewModel(self)
        self.table = list_view(self.model, "preview_table", sortable=False)
        self.table.horizontalHeader().setDefaultSectionSize(130)
        grid = QGridLayout()
        grid.addWidget(self.all_or_nothing, 0, 0)
        grid.addWidget(self.valid_only, 1, 0)
        grid.addWidget(self.skip_existing, 0, 1)
        grid.addWidget(self.update_existing, 1, 1)
        consent_row, groups_row = QHBoxLayout(), QHBoxLayout()
        consent_row.addWidget(self.consent)
        consent_row.addWidget(self.consent_date)
        consent_row.addStretch(1)
        groups_row.addWidget(self.create_groups)
        groups_row.addWidget(self.programme, 1)
        grid.addLayout(consent_row, 0, 2)
        grid.addLayout(groups_row, 1, 2)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.only_problems)
        layout.addLayout(bottom)
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        for box in (self.all_or_nothing, self.skip_existing, self.consent, self.create_groups):
            box.toggled.connect(lambda _c: self._options_changed())
        self.consent_date.dateChanged.connect(lambda _d: self._options_changed())
        self.programme.currentIndexChanged.connect(lambda _i: self._options_changed())
        self.only_problems.toggled.connect(self.model.set_only_problems)

    def _options_changed(self) -> None:
        self._plans = None  # what was checked no longer holds: no import until checked again
        self._request += 1
        self.summary.setText(self.tr("Checking every row…"))
        self.completeChanged.emit()
        self._timer.start()

    def set_programmes(self, programmes: list[tuple[int, str]]) -> None:
        for programme_id, name in programmes:
            self.programme.addItem(name, programme_id)
            self.programme.setItemData(self.programme.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        self.create_groups.setEnabled(bool(programmes))

    def options(self) -> ImportOptions:
        return ImportOptions(
            dict(self._wizard.mapping),
            skip_invalid=self.valid_only.isChecked(),
            update_existing=self.update_existing.isChecked(),
            new_group_programme_id=self.programme.currentData() if self.create_groups.isChecked() else None,
            consent_date=self.consent_date.value() if self.consent.isChecked() else None,
        )

    def initializePage(self) -> None:
        self.model.set_table(self._wizard.table, self._wizard.mapping)
        self.table.resizeColumnsToContents()  # Qt looks at the first 1000 rows only
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 8, 320))
        self.check()

    def check(self) -> None:
        table, options = self._wizard.table, self.options()
        if table is None:
            return
        self._request += 1
        request = self._request
        self._plans = None
        self.summary.setText(self.tr("Checking every row…"))
        self.completeChanged.emit()

        def done(plans: list[RowPlan]) -> None:
            if request == self._request:
                self._show(plans)

        def failed(exc: BaseException) -> None:
            if request == self._request:
                self.summary.setText(error_text(exc))

        query(self, self._wizard.database, lambda session: check_rows(session, table, options), done, on_error=failed)

    def _show(self, plans: list[RowPlan]) -> None:
        self._plans = plans
        self.model.set_problems([p for plan in plans for p in plan.problems])
        counts = count_rows(plans, self.options())
        text = self.tr("%n row(s):", "", counts.rows) + " " + self.tr(
            "ready — {valid}, with problems — {invalid}, already registered and skipped — {skipped}."
        ).format(valid=counts.valid, invalid=counts.invalid, skipped=counts.skipped_existing)
        if counts.updating:
            text += " " + self.tr("Of the ready rows, %n update(s) a learner already registered.", "", counts.updating)
        new = [p for p in plans if not p.problems and p.existing_id is None and p.data is not None]
        if new:
            listed = sum(1 for p in new if p.data is not None and p.data.consent_purposes is not None)
            text += " " + self.tr("Consents recorded with the new learners: {listed} with the purposes the file lists, "
                                  "{standard} on the college's standard form.").format(listed=listed, standard=len(new) - listed)
        if counts.invalid and self.all_or_nothing.isChecked():
            text += " " + self.tr("Fix the file, or choose to import the valid rows only.")
        self.summary.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self._plans is None:
            return False
        invalid = any(p.problems for p in self._plans)
        return (not invalid or self.valid_only.isChecked()) and any(not p.problems for p in self._plans)


class ImportWizard(ConfirmsDiscard, QWizard):
    """Imports learners from a spreadsheet; the change bus tells the pages once they are written."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.table: Table | None = None
        self.mapping: dict[int, str] = {}
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import learners"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page, self.columns_page = FilePage(self), ColumnsPage(self)
        self.preview_page, self.result_page = PreviewPage(self), ResultPage(self)
        for page in (self.file_page, self.columns_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.resize(980, 640)
        query(self, self.database, self._programmes, self.preview_page.set_programmes, on_error=lambda _e: None)

    def has_unsaved_changes(self) -> bool:
        """A file was read and its columns matched, but nothing is imported until the last step."""
        return self.table is not None and self.currentPage() is not self.result_page

    def closing_refused(self) -> bool:
        return self.currentPage() is self.result_page and not self.result_page.isComplete()

    def discard_question(self) -> str:
        return self.tr("Nothing has been imported yet. Close the import and lose the choices made?")

    def _programmes(self, session: Session) -> list[tuple[int, str]]:
        from cluster_desktop.services.programmes import programme_choices

        return programme_choices(session, current_language())
