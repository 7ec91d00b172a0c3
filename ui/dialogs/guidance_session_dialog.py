"""Add or edit a career-guidance session: when, where, what, who organised it, and who came.

Attendance is kept one of two ways, chosen with the radio buttons: learners by
name (where consent for identities exists), or only the number of children of
each age group (a kindergarten's visit, a school assembly).  Only the chosen
way is saved.  Counts are typed as text, so that a mistyped «-3» or «25000»
reaches the service and its message appears beside the table.

A learner whose consent does not allow the journey on the session's day cannot
be named (the service refuses, naming them): the dialog then offers to keep the
session as a head count instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.languages import OFFICIAL_LANGUAGES
from cluster_desktop.models import ConsentPurpose, GuidanceStage
from cluster_desktop.models.outcomes import InstructorKind, SessionKind
from cluster_desktop.services import guidance_sessions, organisations
from cluster_desktop.services.consent_rules import ConsentMissing
from cluster_desktop.services.guidance_sessions import HOURS_LIMIT, GuidanceSessionInput, HeadCount
from cluster_desktop.services.placements import ENTERPRISE_KINDS

from .. import labels
from ..changes import Kind
from ..i18n import current_language
from ..list_table_model import ListTableModel
from ..messages import confirm
from ..sql_table_model import RIGHT, Column, list_view
from ..widgets import DateEdit, EnumCombo
from .form_dialog import FormDialog
from .learner_picker import LearnerPicker

TEXT_FIELDS = ("topic_kk", "topic_ru", "place_kk", "place_ru", "instructor_name", "instructor_position")
UNREADABLE = -1  # a count that is not a whole number; refused before the database is asked
GROUP, COUNT = 0, 1
translate = QCoreApplication.translate
Typed = tuple[str, str]  # (age group, count) as typed


def head_count_columns() -> list[Column[Typed]]:
    """Children counted without names: an age group or grade, and how many came; both typed in."""
    return [
        Column(lambda: translate("GuidanceSessionDialog", "Age group or grade"), lambda r: r[0], edit=lambda r, text: (text, r[1])),
        Column(lambda: translate("GuidanceSessionDialog", "Children"), lambda r: r[1], align=RIGHT,
               edit=lambda r, text: (r[0], text)),
    ]


@dataclass(frozen=True)
class _Loaded:
    organisers: list[tuple[int, str]]
    enterprises: list[tuple[int, str]]
    data: GuidanceSessionInput | None
    names: dict[int, str]


class _CountDelegate(QStyledItemDelegate):
    """The count column takes digits (and a minus sign, so that a negative count can be refused with a reason)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(r"-?\d{0,9}"), editor))
        return editor


def read_count(text: str) -> int | None:
    """The whole number typed, or None (nothing, or only a minus sign)."""
    try:
        return int(text.strip())
    except ValueError:
        return None


def _or_unreadable(count: int | None) -> int:
    return UNREADABLE if count is None else count


class GuidanceSessionDialog(FormDialog[GuidanceSessionInput]):
    """``session_id=None`` adds a session; otherwise edits it.  ``saved_id`` holds the result."""

    touches = frozenset({Kind.SESSIONS})

    def __init__(self, database: Database, session_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._session_id = session_id
        self.setWindowTitle(self.tr("New guidance session") if session_id is None else self.tr("Edit guidance session"))
        self._build()
        self._load_everything()

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        self.held_on = DateEdit("held_on")
        self.held_on.setMaximumWidth(160)
        self.stage: EnumCombo[GuidanceStage] = EnumCombo(GuidanceStage, labels.guidance_stage_name)
        self.stage.setObjectName("stage")
        self.organiser_id = QComboBox(objectName="organiser")
        self.kind: EnumCombo[SessionKind] = EnumCombo(SessionKind, labels.session_kind_name)
        self.kind.setObjectName("kind")
        self.hours = QSpinBox(objectName="hours", minimum=0, maximum=HOURS_LIMIT, value=1)
        self.hours.setSpecialValueText(self.tr("not recorded"))
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setMaximumWidth(160)
        self.instructor_kind = QComboBox(objectName="instructor_kind")
        self.instructor_kind.addItem(self.tr("(not named)"), None)
        for instructor in InstructorKind:
            self.instructor_kind.addItem(labels.instructor_kind_name(instructor), instructor)
        self.instructor_name = QLineEdit(objectName="instructor_name", placeholderText=self.tr("Surname and initials"))
        self.instructor_position = QLineEdit(objectName="instructor_position", placeholderText=self.tr("e.g. teacher of special subjects"))
        self.instructor_organisation_id = QComboBox(objectName="instructor_organisation")
        self.instructor_organisation_id.addItem(self.tr("(choose the enterprise)"), None)
        self.by_name = QRadioButton(self.tr("Learners by name"), objectName="by_name")
        self.by_count = QRadioButton(self.tr("Head counts by age group (no names)"), objectName="by_count")
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.by_name)
        self.mode.addButton(self.by_count)
        self.by_count.setChecked(True)
        for button in (self.by_name, self.by_count):
            button.setToolTip(self.tr("Only the attendance of the way chosen here is saved."))
        modes = QWidget()
        modes_layout = QVBoxLayout(modes)
        modes_layout.setContentsMargins(0, 0, 0, 0)
        modes_layout.addWidget(self.by_name)
        modes_layout.addWidget(self.by_count)

        self.learners = LearnerPicker(self._db)
        self.learners.setObjectName("learners")
        self.head_count_model = ListTableModel(head_count_columns(), self)
        self.head_counts = list_view(self.head_count_model, "head_counts", sortable=False)
        self.head_counts.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.head_counts.setItemDelegateForColumn(COUNT, _CountDelegate(self.head_counts))
        self.head_counts.horizontalHeader().setStretchLastSection(False)
        self.head_counts.horizontalHeader().setSectionResizeMode(GROUP, QHeaderView.ResizeMode.Stretch)
        self.head_counts.horizontalHeader().setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
        self.add_group_button = QPushButton(self.tr("Add &age group"), objectName="add_group_button")
        self.remove_group_button = QPushButton(self.tr("Re&move"), objectName="remove_group_button")
        counts_page = QWidget()
        counts_layout = QVBoxLayout(counts_page)
        counts_layout.setContentsMargins(0, 0, 0, 0)
        counts_layout.addWidget(self._field_box("head_counts", self.head_counts), 1)
        counts_buttons = QHBoxLayout()
        counts_buttons.addStretch(1)
        counts_buttons.addWidget(self.add_group_button)
        counts_buttons.addWidget(self.remove_group_button)
        counts_layout.addLayout(counts_buttons)
        self.attendance_pages = QStackedWidget(objectName="attendance_pages")
        self.attendance_pages.addWidget(self._field_box("attendees", self.learners))
        self.attendance_pages.addWidget(counts_page)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Date"), "held_on", self.held_on)
        self._row(form, self.tr("Stage"), "stage", self.stage)
        self._row(form, self.tr("Kind"), "kind", self.kind)
        self._row(form, self.tr("Hours"), "hours", self.hours)
        self.topic_kk, self.topic_ru = self._language_row(form, self.tr("Topic"), "topic", OFFICIAL_LANGUAGES)
        self.place_kk, self.place_ru = self._language_row(form, self.tr("Place"), "place", OFFICIAL_LANGUAGES)
        self._row(form, self.tr("Organiser"), "organiser_id", self.organiser_id)
        self._row(form, self.tr("Instructor"), "instructor_kind", self.instructor_kind)
        self._row(form, self.tr("Instructor's name"), "instructor_name", self.instructor_name)
        self._row(form, self.tr("Position (college staff)"), "instructor_position", self.instructor_position)
        self._row(form, self.tr("Enterprise (specialist)"), "instructor_organisation_id", self.instructor_organisation_id)
        self._row(form, self.tr("Attendance"), "attendance", modes)
        fields_column = QVBoxLayout()
        fields_column.addLayout(form)
        fields_column.addStretch(1)
        attendance_box = QGroupBox(self.tr("Who came"), objectName="attendance_box")
        QVBoxLayout(attendance_box).addWidget(self.attendance_pages)
        content = QHBoxLayout()
        content.addLayout(fields_column, 3)
        content.addWidget(attendance_box, 2)
        self._lay_out(content, stretch=False)

        for name in TEXT_FIELDS:
            getattr(self, name).textEdited.connect(lambda _text, n=name: self._changed(n))
        self.held_on.dateChanged.connect(lambda _d: self._changed("held_on"))
        self.stage.currentIndexChanged.connect(lambda _i: self._changed("stage"))
        self.organiser_id.currentIndexChanged.connect(lambda _i: self._changed("organiser_id"))
        self.kind.currentIndexChanged.connect(lambda _i: self._changed("kind"))
        self.hours.valueChanged.connect(lambda _v: self._changed("hours"))
        self.instructor_kind.currentIndexChanged.connect(lambda _i: self._instructor_kind_changed())
        self.instructor_organisation_id.currentIndexChanged.connect(lambda _i: self._changed("instructor_organisation_id"))
        self.mode.buttonToggled.connect(lambda _button, _on: self._mode_changed())
        self.learners.changed.connect(lambda: self._changed("attendees"))
        self.head_count_model.dataChanged.connect(lambda *_: self._changed("head_counts"))
        self.head_count_model.rowsInserted.connect(lambda *_: self._changed("head_counts"))
        self.add_group_button.clicked.connect(self.add_age_group)
        self.remove_group_button.clicked.connect(self.remove_age_group)
        self._mode_changed()
        self._instructor_kind_changed()
        self.resize(1040, 640)

    def chosen_instructor_kind(self) -> InstructorKind | None:
        data = self.instructor_kind.currentData()  # Qt hands a str enum back as its plain value
        return None if data is None else InstructorKind(data)

    def _instructor_kind_changed(self) -> None:
        """Staff have a position, a specialist an enterprise: only the field of the kind chosen is open."""
        kind = self.chosen_instructor_kind()
        self.instructor_name.setEnabled(kind is not None)
        self.instructor_position.setEnabled(kind is InstructorKind.STAFF)
        self.instructor_organisation_id.setEnabled(kind is InstructorKind.SPECIALIST)
        self._changed("instructor_kind", also=("instructor_name", "instructor_position", "instructor_organisation_id"))

    def _mode_changed(self) -> None:
        self.attendance_pages.setCurrentIndex(0 if self.by_name.isChecked() else 1)
        self._changed("attendance", also=("attendees", "head_counts"))

    def add_age_group(self, age_group: str = "", count: str = "") -> None:
        row = self.head_count_model.append_row((age_group, count))
        if not age_group:
            index = self.head_count_model.index(row, GROUP)
            self.head_counts.setCurrentIndex(index)
            self.head_counts.edit(index)

    def remove_age_group(self) -> None:
        row = self.head_counts.currentIndex().row()
        if row >= 0:
            self.head_count_model.remove_row(row)
            self._changed("head_counts")

    # -- values --------------------------------------------------------------
    def _count_rows(self) -> list[tuple[str, str]]:
        """(age group, count) as typed, leaving out rows with nothing in them."""
        typed = ((group.strip(), count.strip()) for group, count in self.head_count_model.rows)
        return [(group, count) for group, count in typed if group or count]

    def current_input(self) -> GuidanceSessionInput:
        named = self.by_name.isChecked()
        return GuidanceSessionInput(
            held_on=self.held_on.value(), place_kk=self.place_kk.text(), place_ru=self.place_ru.text(),
            topic_kk=self.topic_kk.text(), topic_ru=self.topic_ru.text(),
            stage=self.stage.value() or GuidanceStage.PRESCHOOL, organiser_id=self.organiser_id.currentData(),
            attendees=tuple(self.learners.person_ids()) if named else (),
            head_counts=() if named else tuple(HeadCount(group, _or_unreadable(read_count(count))) for group, count in self._count_rows()),
            kind=self.kind.value() or SessionKind.TALK, hours=self.hours.value() or None,
            instructor_kind=self.chosen_instructor_kind(), instructor_name=self.instructor_name.text(),
            instructor_position=self.instructor_position.text(),
            instructor_organisation_id=self.instructor_organisation_id.currentData(),
        )

    def _load_everything(self) -> None:
        session_id = self._session_id
        language = current_language()

        def work(session: Session) -> _Loaded:
            organisers = organisations.organisation_choices(session, language)
            enterprises = organisations.organisation_choices(session, language, ENTERPRISE_KINDS)
            if session_id is None:
                return _Loaded(organisers, enterprises, None, {})
            return _Loaded(organisers, enterprises, *guidance_sessions.session_input(session, session_id))

        def show(loaded: _Loaded) -> None:
            self.organiser_id.addItem(self.tr("(none)"), None)
            for organiser_id, name in loaded.organisers:
                self.organiser_id.addItem(name, organiser_id)
            for enterprise_id, name in loaded.enterprises:
                self.instructor_organisation_id.addItem(name, enterprise_id)
            data = loaded.data
            if data is None:
                return
            self.held_on.set_value(data.held_on)
            self.stage.set_value(data.stage)
            for name in TEXT_FIELDS:
                getattr(self, name).setText(getattr(data, name) or "")
            self.organiser_id.setCurrentIndex(max(0, self.organiser_id.findData(data.organiser_id)))
            self.kind.set_value(data.kind)
            self.hours.setValue(data.hours or 0)
            self.instructor_kind.setCurrentIndex(max(0, self.instructor_kind.findData(data.instructor_kind)))
            self.instructor_organisation_id.setCurrentIndex(max(0, self.instructor_organisation_id.findData(data.instructor_organisation_id)))
            self.learners.set_attached([(p, loaded.names.get(p, "?")) for p in data.attendees])
            for item in data.head_counts:
                self.add_age_group(item.age_group, str(item.count))
            (self.by_name if data.attendees else self.by_count).setChecked(True)

        self._load(work, show, focus=self.topic_kk)

    # -- hooks ---------------------------------------------------------------
    def ready_to_save(self, data: GuidanceSessionInput) -> bool:
        """A count left empty (or only «-») has no number the service could judge: say so here."""
        if self.by_name.isChecked():
            return True
        unreadable = [group for group, count in self._count_rows() if read_count(count) is None]
        if unreadable:
            self._show_messages({"head_counts": [
                self.tr("Enter the number of children of «{age_group}».").format(age_group=group or "?") for group in unreadable
            ]})
        return not unreadable

    def store(self, session: Session, data: GuidanceSessionInput) -> int:
        """The service checks the rest (organiser and learners need the database); its problems come back beside the fields."""
        today = date.today()
        if self._session_id is None:
            return guidance_sessions.create_session(session, data, today).id
        return guidance_sessions.update_session(session, self._session_id, data, today).id

    def save_refused(self, exc: BaseException) -> None:
        """Learners who may not be named: offer to count everyone who came instead, in one age group typed next."""
        if not (isinstance(exc, ConsentMissing) and exc.purpose is ConsentPurpose.JOURNEY and self.by_name.isChecked()):
            return
        named = len(self.learners.person_ids())
        question = self.tr(
            "Keep this session as a head count instead? The %n learner(s) named are counted without names in one age group: "
            "type the age group, then save.", "", named,
        )
        if confirm(self, self.tr("Count instead of naming"), question):
            self.offer_head_count(named)

    def offer_head_count(self, named: int) -> None:
        """Switch to head counts with a row counting the ``named`` learners, its age group ready for typing."""
        self.by_count.setChecked(True)
        self.add_age_group("", str(named))

    def _field_widget(self, field: str) -> QWidget | None:
        widgets = {
            "attendees": self.learners.search, "attendance": self.by_name, "organiser_id": self.organiser_id,
            "instructor_organisation_id": self.instructor_organisation_id,
        }
        return widgets.get(field) or super()._field_widget(field)

    def discard_question(self) -> str:
        return self.tr("The session has unsaved changes. Close without saving?")
