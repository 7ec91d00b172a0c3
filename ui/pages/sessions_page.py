"""The Guidance sessions page: preschool and school career-guidance sessions, and who came to each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
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
from cluster_desktop.models import GuidanceStage
from cluster_desktop.models.outcomes import SessionKind
from cluster_desktop.permissions import Permission
from cluster_desktop.services import guidance_sessions
from cluster_desktop.services.session_list import (
    SessionAttendanceView,
    SessionFilter,
    SessionRow,
    SessionSort,
    count_sessions,
    session_attendance,
    session_page,
    session_years,
)

from .. import labels, layout_memory, style
from ..changes import Kind, subscribe
from ..dialogs.guidance_session_dialog import GuidanceSessionDialog
from ..i18n import current_language
from ..list_table_model import ListTableModel
from ..messages import confirm, show_error
from ..operations import change, query
from ..permissions_ui import allow
from ..sql_table_model import RIGHT, Column, SqlTableModel, list_view
from ..widgets import EnumCombo, refill_choices, search_as_you_type

translate = QCoreApplication.translate


def session_columns() -> list[Column[SessionRow]]:
    return [
        Column(lambda: translate("SessionsPage", "Date"), lambda r: numeric_date(r.held_on), SessionSort.DATE, RIGHT),
        Column(lambda: translate("SessionsPage", "Kind"), lambda r: labels.session_kind_name(r.kind), SessionSort.KIND),
        Column(lambda: translate("SessionsPage", "Topic"), lambda r: labels.shown(r, "topic"), SessionSort.TOPIC),
        Column(lambda: translate("SessionsPage", "Place"), lambda r: labels.shown(r, "place"), SessionSort.PLACE),
        Column(lambda: translate("SessionsPage", "Organiser"), lambda r: labels.shown(r, "organiser"), SessionSort.ORGANISER),
        Column(lambda: translate("SessionsPage", "Attended"), lambda r: r.total, SessionSort.ATTENDANCE, RIGHT),
    ]


Cells = tuple[str, str]


def attendance_columns(named: bool) -> list[Column[Cells]]:
    """Learners by name and IIN, or children counted by age group or grade."""
    if named:
        return [Column(lambda: translate("SessionsPage", "Learner"), lambda c: c[0]), Column(lambda: translate("SessionsPage", "IIN"), lambda c: c[1])]
    return [
        Column(lambda: translate("SessionsPage", "Age group or grade"), lambda c: c[0]),
        Column(lambda: translate("SessionsPage", "Children"), lambda c: c[1], align=RIGHT),
    ]


class SessionsPage(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._detail_generation = 0
        self.last_dialog: QWidget | None = None
        self.search = QLineEdit(objectName="search", placeholderText=self.tr("Search by topic, place, organiser or instructor…"), clearButtonEnabled=True)
        self.stage_filter = EnumCombo(GuidanceStage, labels.guidance_stage_name, empty=self.tr("All stages"))
        self.stage_filter.setObjectName("stage_filter")
        self.kind_filter = EnumCombo(SessionKind, labels.session_kind_name, empty=self.tr("All kinds"))
        self.kind_filter.setObjectName("kind_filter")
        self.year_filter = QComboBox(objectName="year_filter")
        self.year_filter.addItem(self.tr("All years"), None)
        self.count_label = QLabel(objectName="count_label")
        self.add_button = QPushButton(self.tr("&Add session…"), objectName="add_button", toolTip=self.tr("Ctrl+N"))
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="edit_button")
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="delete_button")
        self.model: SqlTableModel[SessionRow, SessionFilter] = SqlTableModel(
            database, session_columns(), count_sessions, session_page, self.current_filter(), SessionSort.DATE, self
        )
        self.table = list_view(self.model, "sessions_table", (92, 150, 210, 190, 190, 80), descending=True)

        self.detail_title = QLabel(objectName="detail_title", wordWrap=True)
        style.set_font_role(self.detail_title, style.FontRole.HEADING)
        self.detail_info = QLabel(objectName="detail_info", wordWrap=True)
        self.attendance_model = ListTableModel(attendance_columns(named=True), self)
        self.attendance = list_view(self.attendance_model, "attendance_table", sortable=False)
        self.attendance.horizontalHeader().setStretchLastSection(False)
        self.attendance.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attendance.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.attendance_total = QLabel(objectName="attendance_total")

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.stage_filter)
        top.addWidget(self.kind_filter)
        top.addWidget(self.year_filter)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_title)
        right_layout.addWidget(self.detail_info)
        right_layout.addWidget(self.attendance, 1)
        right_layout.addWidget(self.attendance_total)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="sessions_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)  # room for the attendance's «Age group or grade» header in Kazakh and Russian
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        search_as_you_type(self.search, self.apply_filter)
        self.stage_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.year_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected() if self._may_edit else None)
        self.add_button.clicked.connect(self.add_session)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus, context=local)
        add_key = QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_session, context=local)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.delete_selected, context=local)
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.edit_selected, context=local)
        self._may_edit: bool = allow(database, Permission.EDIT_RECORDS, self.add_button, self.edit_button, self.delete_button,
                               add_key, delete_key, edit_key)
        self._selection_changed()
        self._remembered = layout_memory.RememberedLayout("sessions", {"splitter": self.splitter, "header": self.table})
        subscribe(self, {Kind.SESSIONS, Kind.LEARNERS, Kind.ORGANISATIONS}, lambda _kinds: self.refresh())
        self.refresh()

    # -- list -----------------------------------------------------------------
    def current_filter(self) -> SessionFilter:
        return SessionFilter(
            text=self.search.text(), stage=self.stage_filter.value(), kind=self.kind_filter.value(), year=self.year_filter.currentData(),
            language=current_language(),
        )

    def apply_filter(self) -> None:
        self.model.set_query(self.current_filter())

    def refresh(self) -> None:
        """The list again, and the years the year filter offers."""
        self.model.refresh()
        query(self, self._db, session_years, self._offer_years)

    def _offer_years(self, years: list[int]) -> None:
        chosen = self.year_filter.currentData()
        wanted = sorted(set(years) | ({chosen} if chosen is not None else set()), reverse=True)
        refill_choices(self.year_filter, [(str(year), year) for year in wanted])

    def _after_load(self) -> None:
        self.count_label.setText(self.tr("%n session(s)", "", self.model.rowCount()))
        self._selection_changed()

    def selected_row(self) -> SessionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self._show_detail(row)

    # -- the selected session's attendance -------------------------------------
    def _show_detail(self, row: SessionRow | None) -> None:
        self._detail_generation += 1
        generation = self._detail_generation
        self.attendance_model.set_rows([])
        self.attendance_total.clear()
        if row is None:
            self.detail_title.setText(self.tr("Select a session to see who came."))
            self.detail_info.clear()
            return
        self.detail_title.setText(self.tr("{topic}, {date}").format(topic=labels.shown(row, "topic"), date=numeric_date(row.held_on)))
        organiser = row.organiser(current_language())
        lines = [self.tr("{stage} · {place}").format(stage=labels.guidance_stage_name(row.stage), place=labels.shown(row, "place"))]
        if row.hours is None:
            lines.append(labels.session_kind_name(row.kind))
        else:
            lines.append(self.tr("{kind}, %n hour(s)", "", row.hours).format(kind=labels.session_kind_name(row.kind)))
        if organiser:
            lines.append(self.tr("Organised by {organiser}").format(organiser=organiser))
        instructor = row.instructor(current_language())
        if instructor:
            lines.append(self.tr("Led by {instructor}").format(instructor=instructor))
        self.detail_info.setText("\n".join(lines))

        def read(session: Session) -> SessionAttendanceView:
            return session_attendance(session, row.id)

        def done(view: SessionAttendanceView) -> None:
            if generation == self._detail_generation:
                self._fill_attendance(view)

        query(self, self._db, read, done)

    def _fill_attendance(self, view: SessionAttendanceView) -> None:
        cells: list[Cells]
        if view.learners:
            cells = [(name, iin) for _id, name, iin in view.learners]
            total = self.tr("%n learner(s) by name", "", len(view.learners))
        elif view.head_counts:
            cells = [(group, str(count)) for group, count in view.head_counts]
            total = self.tr("%n child(ren) counted, without names", "", view.total)
        else:
            cells, total = [], self.tr("No attendance recorded.")
        self.attendance_model.set_rows(cells, attendance_columns(named=not view.head_counts))
        self.attendance_total.setText(total)

    # -- actions --------------------------------------------------------------
    def _open(self, session_id: int | None) -> GuidanceSessionDialog:
        dialog = GuidanceSessionDialog(self._db, session_id, self)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def add_session(self) -> GuidanceSessionDialog:
        return self._open(None)

    def edit_selected(self) -> GuidanceSessionDialog | None:
        row = self.selected_row()
        return self._open(row.id) if row is not None else None

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        question = self.tr("Delete the session «{topic}» of {date} with its attendance? This cannot be undone.").format(
            topic=labels.shown(row, "topic"), date=numeric_date(row.held_on)
        )
        if not confirm(self, self.tr("Delete session"), question):
            return
        change(self, self._db, lambda session: guidance_sessions.delete_session(session, row.id), touches={Kind.SESSIONS})

    # -- remembered layout ---------------------------------------------------
    def save_layout(self) -> None:
        self._remembered.save()
