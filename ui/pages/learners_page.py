"""The Learners page: find anyone among 100k by part of a name or IIN, add, edit, delete, follow the journey."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.models import Stage
from cluster_desktop.permissions import Permission
from cluster_desktop.school_grades import FIRST_GRADE, LAST_GRADE
from cluster_desktop.services import learners
from cluster_desktop.services.learner_list import (
    LearnerFilter,
    LearnerRow,
    LearnerSort,
    count_learners,
    learner_page,
)
from cluster_desktop.services.list_export import learners_list

from .. import labels, layout_memory
from ..changes import Kind, subscribe
from ..dialogs.access_report_dialog import AccessReportDialog
from ..dialogs.grade_dialog import GradeDialog
from ..dialogs.import_wizard import ImportWizard
from ..dialogs.learner_dialog import LearnerDialog
from ..dialogs.stage_dialog import StageDialog
from ..export_action import ask_and_export
from ..i18n import current_language
from ..messages import confirm, show_error
from ..operations import change, query
from ..permissions_ui import allow
from ..sql_table_model import RIGHT, Column, SqlTableModel, list_view
from ..widgets import EnumCombo, search_as_you_type
from .consents_panel import ConsentsPanel
from .journey_view import JourneyView

translate = QCoreApplication.translate


def learner_columns() -> list[Column[LearnerRow]]:
    return [
        Column(lambda: translate("LearnersPage", "Full name"), lambda r: r.full_name, LearnerSort.NAME),
        Column(lambda: translate("LearnersPage", "IIN"), lambda r: r.iin, LearnerSort.IIN),
        Column(lambda: translate("LearnersPage", "Birth date"), lambda r: numeric_date(r.birth_date), LearnerSort.BIRTH_DATE, RIGHT),
        Column(lambda: translate("LearnersPage", "Sex"), lambda r: labels.sex_name(r.sex)),
        Column(lambda: translate("LearnersPage", "Stage"), lambda r: labels.stage_name(r.stage)),
        Column(lambda: translate("LearnersPage", "Phone"), lambda r: r.phone or ""),
    ]


class LearnersPage(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._select_after_load: int | None = None
        self.search = QLineEdit(objectName="search", placeholderText=self.tr("Search by name or IIN…"), clearButtonEnabled=True)
        self.stage_filter = EnumCombo(Stage, labels.stage_name, empty=self.tr("All stages"))
        self.stage_filter.setObjectName("stage_filter")
        self.school_filter = QComboBox(objectName="school_filter", toolTip=self.tr("Pupils of this school today"))
        self.school_filter.addItem(self.tr("All schools"), None)
        self.school_filter.setMinimumContentsLength(16)
        self.school_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.grade_filter = QComboBox(objectName="grade_filter", toolTip=self.tr("Pupils in this grade today (the grade moves up each 1 September)"))
        self.grade_filter.addItem(self.tr("All grades"), None)
        for grade in range(FIRST_GRADE, LAST_GRADE + 1):
            self.grade_filter.addItem(self.tr("Grade {grade}").format(grade=grade), grade)
        self.count_label = QLabel(objectName="count_label")
        self.add_button = QPushButton(self.tr("&Add learner…"), objectName="add_button")
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="edit_button")
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="delete_button")
        self.stage_button = QPushButton(self.tr("Next &stage…"), objectName="stage_button")
        self.grade_button = QPushButton(self.tr("School &grade…"), objectName="grade_button",
                                        toolTip=self.tr("Record that the pupil repeats a year or has left school"))
        self.import_button = QPushButton(self.tr("&Import…"), objectName="import_button", toolTip=self.tr("Import learners from Excel or CSV (Ctrl+I)"))
        self.export_button = QPushButton(self.tr("E&xport…"), objectName="export_button", toolTip=self.tr("Export the list as shown to Excel or CSV (Ctrl+E)"))
        self.report_button = QPushButton(self.tr("&Personal data…"), objectName="access_report_button",
                                         toolTip=self.tr("Print everything the college holds about the learner, for them (personal-data law)"))

        self.model: SqlTableModel[LearnerRow, LearnerFilter] = SqlTableModel(
            database, learner_columns(), count_learners, learner_page, LearnerFilter(), LearnerSort.NAME, self
        )
        self.table = list_view(self.model, "learners_table", (280, 120, 100, 80, 150))
        self.journey = JourneyView(database, self)
        self.consents = ConsentsPanel(database, self)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.stage_filter)
        top.addWidget(self.count_label)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        school_row = QHBoxLayout()
        school_row.addWidget(QLabel(self.tr("School:")))
        school_row.addWidget(self.school_filter, 1)
        school_row.addWidget(self.grade_filter)
        school_row.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.stage_button, self.grade_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addLayout(school_row)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="learners_splitter")
        self.splitter.addWidget(left)
        self.card = QSplitter(Qt.Orientation.Vertical, objectName="card_splitter")  # the learner's card: journey over consents
        self.card.addWidget(self.journey)
        self.card.addWidget(self.consents)
        self.card.setStretchFactor(0, 3)
        self.card.setStretchFactor(1, 2)
        self.consents.add_button(self.report_button)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._search_timer = search_as_you_type(self.search, self._apply_filter)
        self.stage_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.school_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.grade_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected() if self._may_edit else None)
        self.add_button.clicked.connect(self.add_learner)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.stage_button.clicked.connect(self.move_selected)
        self.grade_button.clicked.connect(self.grade_selected)
        self.import_button.clicked.connect(self.import_learners)
        self.export_button.clicked.connect(self.export_list)
        self.report_button.clicked.connect(self.report_selected)
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut  # pages share one window: keep keys to their own page
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus, context=local)
        add_key = QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_learner, context=local)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.delete_selected, context=local)
        import_key = QShortcut(QKeySequence("Ctrl+I"), self, activated=self.import_learners, context=local)
        export_key = QShortcut(QKeySequence("Ctrl+E"), self, activated=self.export_list, context=local)
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.edit_selected, context=local)
        self._may_edit: bool = allow(database, Permission.EDIT_RECORDS, self.add_button, self.edit_button, self.delete_button,
                               self.stage_button, self.grade_button, add_key, delete_key, edit_key)
        allow(database, Permission.IMPORT, self.import_button, import_key)
        allow(database, Permission.EXPORT_PERSONAL_DATA, self.export_button, export_key)
        allow(database, Permission.PRINT_ACCESS_REPORTS, self.report_button)
        self._selection_changed()
        self._remembered = layout_memory.RememberedLayout("learners", {"splitter": self.splitter, "card": self.card, "header": self.table})
        subscribe(self, {Kind.LEARNERS}, lambda _kinds: self.model.refresh())
        subscribe(self, {Kind.ORGANISATIONS}, lambda _kinds: self._load_schools())
        self._load_schools()
        self.model.refresh()

    # -- list -----------------------------------------------------------------
    def _apply_filter(self) -> None:
        self.model.set_query(self.current_filter())

    def current_filter(self) -> LearnerFilter:
        school, grade = self.school_filter.currentData(), self.grade_filter.currentData()
        return LearnerFilter(
            text=self.search.text(), stage=self.stage_filter.value(), school_id=school, grade=grade,
            on=date.today() if school is not None or grade is not None else None,
        )

    def _load_schools(self) -> None:
        language = current_language()

        def read(session: Session) -> list[tuple[int, str]]:
            from cluster_desktop.models import OrganisationKind
            from cluster_desktop.services.organisations import organisation_choices

            return organisation_choices(session, language, (OrganisationKind.SCHOOL,))

        def done(schools: list[tuple[int, str]]) -> None:
            kept = self.school_filter.currentData()
            self.school_filter.blockSignals(True)
            while self.school_filter.count() > 1:
                self.school_filter.removeItem(1)
            for school_id, name in schools:
                self.school_filter.addItem(name, school_id)
            index = self.school_filter.findData(kept)
            self.school_filter.setCurrentIndex(max(0, index))
            self.school_filter.blockSignals(False)
            if index < 0 and kept is not None:
                self._apply_filter()

        query(self, self._db, read, done, on_error=lambda exc: show_error(self, exc))

    def _after_load(self) -> None:
        self.count_label.setText(self.tr("%n learner(s)", "", self.model.rowCount()))
        if self._select_after_load is not None:
            self.select_learner(self._select_after_load)
        self._selection_changed()

    def select_learner(self, person_id: int) -> None:
        for number in range(min(self.model.rowCount(), 200)):
            row = self.model.row(number)
            if row is not None and row.id == person_id:
                self.table.selectRow(number)
                self.table.scrollTo(self.model.index(number, 0))
                break
        self._select_after_load = None

    def selected_row(self) -> LearnerRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        for button in (self.edit_button, self.delete_button, self.stage_button, self.grade_button, self.report_button):
            button.setEnabled(row is not None)
        self.journey.show_learner(row.id if row else None)
        self.consents.show_learner(row.id if row else None, row.full_name if row else "")

    # -- actions --------------------------------------------------------------
    def add_learner(self) -> LearnerDialog:
        dialog = LearnerDialog(self._db, None, self)
        dialog.accepted.connect(lambda: self._after_add(dialog))
        dialog.open()
        return dialog

    def _after_add(self, dialog: LearnerDialog) -> None:
        if dialog.saved_id is not None:
            self.find_learner(dialog.saved_id, dialog.current_input().iin)

    def find_learner(self, person_id: int, iin: str) -> None:
        """List the learner by IIN and select them, so that their card shows (after adding; from the Consents page)."""
        self._select_after_load = person_id
        self.search.setText(iin)
        self._search_timer.stop()  # no second, later reading that would drop the selection
        self._apply_filter()

    def edit_selected(self) -> LearnerDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = LearnerDialog(self._db, row.id, self)
        dialog.accepted.connect(lambda: self._after_change(row.id))
        dialog.open()
        return dialog

    def _after_change(self, person_id: int) -> None:
        """Keep this learner selected when the change bus has the list read again."""
        self._select_after_load = person_id

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if not confirm(
            self,
            self.tr("Delete learner"),
            self.tr("Delete {name} (IIN {iin}) with all stages and enrolments? This cannot be undone.").format(
                name=row.full_name, iin=row.iin
            ),
        ):
            return
        # A learner's stages, enrolments, placements and jobs go with them.
        deleted = {Kind.LEARNERS, Kind.ENROLMENTS, Kind.PLACEMENTS, Kind.EMPLOYMENT, Kind.AGREEMENTS, Kind.SESSIONS}
        change(self, self._db, lambda session: learners.delete_learner(session, row.id), touches=deleted)

    def move_selected(self) -> StageDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = StageDialog(self._db, row.id, row.full_name, row.stage, self)
        dialog.accepted.connect(lambda: self._after_change(row.id))
        dialog.open()
        return dialog

    def grade_selected(self) -> GradeDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = GradeDialog(self._db, row.id, row.full_name, self)
        dialog.accepted.connect(lambda: self._after_change(row.id))
        dialog.open()
        return dialog

    def report_selected(self) -> AccessReportDialog | None:
        """The report on everything held about the selected learner (language, then file)."""
        row = self.selected_row()
        if row is None:
            return None
        dialog = AccessReportDialog(self._db, row.iin, row.full_name, self)
        dialog.open()
        return dialog

    def import_learners(self) -> ImportWizard:
        wizard = ImportWizard(self._db, self)
        wizard.open()
        return wizard

    def export_list(self) -> QFileDialog:
        """Export the learners as the list shows them now: the same filter, the same sort."""
        sort, descending = self.model.sort_order
        query = self.model.query
        return ask_and_export(self, self._db, lambda: learners_list(query, sort, descending), self.tr("learners"))

    # -- remembered layout ---------------------------------------------------
    def save_layout(self) -> None:
        self._remembered.save()
