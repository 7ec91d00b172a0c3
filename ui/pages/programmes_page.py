"""The Programmes page: what the cluster teaches, its groups, and who is in each group.

Above, a tree: programme kinds → programmes → groups; below it, what is
selected: a programme's description, or a group's members with their results.
(One above the other, not side by side: the tree's columns and the members'
eight columns need ~1,230 px side by side, and the page gets ~1,000 px in the
default 1280-px window.)  Every change reloads the tree (counts change too) and
keeps the selection.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.models import EnrolmentStatus, ProgrammeKind
from cluster_desktop.services import programmes
from cluster_desktop.text import kazakh_sort_key

from .. import labels, messages
from ..dialogs.enrol_dialog import EnrolDialog
from ..dialogs.group_dialog import GroupDialog
from ..dialogs.programme_dialog import ProgrammeDialog
from ..dialogs.result_dialog import ResultDialog, format_percent
from ..i18n import current_language
from ..messages import confirm
from ..tasks import run_in_background
from ..widgets import format_date

Key = tuple[str, Any]  # ("kind", ProgrammeKind) | ("programme", id) | ("group", id)
KEY_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class GroupSummary:
    id: int
    programme_id: int
    name: str
    language: str
    starts_on: date
    ends_on: date | None
    learners: int


@dataclass(frozen=True)
class ProgrammeSummary:
    id: int
    kind: ProgrammeKind
    names: dict[str, str]  # kk, ru, en (en may be empty)
    qualification_code: str | None
    qualification_name: str | None
    hours: int
    languages: tuple[str, ...]
    partner: dict[str, str] | None  # kk, ru
    description: str | None
    groups: tuple[GroupSummary, ...]

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["ru"]

    @property
    def learners(self) -> int:
        return sum(g.learners for g in self.groups)


@dataclass(frozen=True)
class MemberRow:
    enrolment_id: int
    full_name: str
    iin: str
    status: EnrolmentStatus
    result_percent: Decimal | None
    letter_grade: str | None
    five_point_grade: int | None
    enrolled_on: date
    finished_on: date | None


def load_programmes(session: Session) -> list[ProgrammeSummary]:
    """Plain snapshots of every programme with its groups, safe to hand to the GUI thread."""
    result = []
    sizes = programmes.group_sizes(session)
    for p in programmes.list_programmes(session):
        groups = tuple(
            GroupSummary(g.id, p.id, g.name, g.language, g.starts_on, g.ends_on, sizes.get(g.id, 0))
            for g in sorted(p.groups, key=lambda g: (g.starts_on, kazakh_sort_key(g.name)))
        )
        result.append(
            ProgrammeSummary(
                id=p.id,
                kind=p.kind,
                names={"kk": p.name_kk, "ru": p.name_ru, "en": p.name_en or ""},
                qualification_code=p.qualification_code,
                qualification_name=p.qualification_name,
                hours=p.hours,
                languages=tuple(code for code in p.languages.split(",") if code),
                partner={"kk": p.partner.name_kk, "ru": p.partner.name_ru} if p.partner else None,
                description=p.description,
                groups=groups,
            )
        )
    return result


def load_members(session: Session, group_id: int) -> list[MemberRow]:
    return [
        MemberRow(
            e.id, e.person.full_name, e.person.iin, e.status, e.result_percent,
            e.letter_grade, e.five_point_grade, e.enrolled_on, e.finished_on,
        )
        for e in programmes.group_members(session, group_id)
    ]


def period_text(start: date | None, end: date | None) -> str:
    return f"{format_date(start)} – {format_date(end) or '…'}"


class ProgrammesPage(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._programmes: dict[int, ProgrammeSummary] = {}
        self._groups: dict[int, GroupSummary] = {}
        self._members: list[MemberRow] = []
        self._members_group: int | None = None
        self._tree_request = 0
        self._members_request = 0
        self._filled = False
        self._filling = False
        self.dialog: QDialog | None = None  # the dialog now open, if any
        self._build()
        self._restore_layout()
        self._selection_changed()
        self.reload()

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        self.tree = QTreeWidget(objectName="programme_tree")
        self.tree.setHeaderLabels(
            [self.tr("Programme / group"), self.tr("Code, hours / language, dates"), self.tr("Learners")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setExpandsOnDoubleClick(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(1, 240)
        self.tree.setColumnWidth(2, 70)
        self.new_programme_button = QPushButton(self.tr("&New programme…"), objectName="new_programme_button")
        self.new_group_button = QPushButton(self.tr("New &group…"), objectName="new_group_button")
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="edit_button")
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="delete_button")
        tree_buttons = QHBoxLayout()
        for button in (self.new_programme_button, self.new_group_button, self.edit_button, self.delete_button):
            tree_buttons.addWidget(button)
        tree_buttons.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tree, 1)
        top_layout.addLayout(tree_buttons)

        self.hint = QLabel(objectName="hint", wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: #666;")
        self.details = QTextBrowser(objectName="programme_details")
        self.details.setOpenLinks(False)
        self.detail_stack = QStackedWidget(objectName="programme_detail_stack")
        self.detail_stack.addWidget(self.hint)
        self.detail_stack.addWidget(self.details)
        self.detail_stack.addWidget(self._build_group_panel())

        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="programmes_splitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([380, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.new_programme_button.clicked.connect(self.new_programme)
        self.new_group_button.clicked.connect(self.new_group)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for key, action in ((Qt.Key.Key_Delete, self.delete_selected), (Qt.Key.Key_Return, self.edit_selected)):
            QShortcut(QKeySequence(key), self.tree, activated=action, context=Qt.ShortcutContext.WidgetShortcut)

    def _build_group_panel(self) -> QWidget:
        self.group_title = QLabel(objectName="group_title", wordWrap=True)
        self.group_title.setTextFormat(Qt.TextFormat.RichText)
        self.members_table = QTableWidget(0, 8, objectName="members_table")
        self.members_table.setHorizontalHeaderLabels(
            [
                self.tr("Full name"), self.tr("IIN"), self.tr("Status"), self.tr("Result, %"),
                self.tr("Letter"), self.tr("5-point"), self.tr("Enrolled on"), self.tr("Finished on"),
            ]
        )
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_table.verticalHeader().setVisible(False)
        self.members_table.verticalHeader().setDefaultSectionSize(24)
        self.members_table.setWordWrap(False)
        members_header = self.members_table.horizontalHeader()
        members_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        members_header.setStretchLastSection(True)
        for column, width in enumerate((280, 110, 100, 75, 60, 65, 95)):
            self.members_table.setColumnWidth(column, width)
        self.members_count = QLabel(objectName="members_count")
        self.enrol_button = QPushButton(self.tr("Enrol learners…"), objectName="enrol_button")
        self.result_button = QPushButton(self.tr("Record result…"), objectName="result_button")
        self.remove_button = QPushButton(self.tr("Remove from group"), objectName="remove_button")
        buttons = QHBoxLayout()
        for button in (self.enrol_button, self.result_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.members_count)
        panel = QWidget(objectName="group_panel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.group_title)
        layout.addWidget(self.members_table, 1)
        layout.addLayout(buttons)

        self.members_table.itemSelectionChanged.connect(self._update_member_buttons)
        self.members_table.itemDoubleClicked.connect(lambda _item: self.record_result())
        self.enrol_button.clicked.connect(self.enrol)
        self.result_button.clicked.connect(self.record_result)
        self.remove_button.clicked.connect(self.remove_members)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete), self.members_table, activated=self.remove_members,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        return panel

    # -- tree ------------------------------------------------------------------
    def reload(self, select: Key | None = None, fallback: Key | None = None) -> None:
        """Read the programmes again; select ``select`` (default: what is selected then), else ``fallback``."""
        self._tree_request += 1
        request = self._tree_request

        def work(_p: object) -> list[ProgrammeSummary]:
            with self._db.session() as session:
                return load_programmes(session)

        def done(rows: list[ProgrammeSummary]) -> None:
            if request == self._tree_request and isValid(self):
                wanted = (select or self.selected_key(), fallback)
                self._fill_tree(rows, [key for key in wanted if key is not None])

        run_in_background(work, done, lambda exc: messages.show_error(self, exc), parent=self)

    def _fill_tree(self, rows: list[ProgrammeSummary], wanted: list[Key]) -> None:
        expanded = self._expanded_keys() if self._filled else None
        language = current_language()
        self._programmes = {p.id: p for p in rows}
        self._groups = {g.id: g for p in rows for g in p.groups}
        self._filling = True
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind in ProgrammeKind:
            of_kind = [p for p in rows if p.kind is kind]
            kind_item = self._item(self.tree, ("kind", kind), [f"{labels.programme_kind_name(kind)} ({len(of_kind)})"])
            kind_item.setFont(0, bold)
            kind_item.setFirstColumnSpanned(True)
            for p in of_kind:
                details = [p.qualification_code or "", self.tr("{hours} h").format(hours=p.hours)]
                details.append(", ".join(self.short_language_name(code) for code in p.languages))
                programme_item = self._item(
                    kind_item, ("programme", p.id), [p.name(language), " · ".join(d for d in details if d), str(p.learners)]
                )
                programme_item.setToolTip(0, p.name(language))
                programme_item.setToolTip(1, ", ".join(labels.language_name(code) for code in p.languages))
                for g in p.groups:
                    group_item = self._item(
                        programme_item,
                        ("group", g.id),
                        [g.name, f"{self.short_language_name(g.language)} · {period_text(g.starts_on, g.ends_on)}", str(g.learners)],
                    )
                    group_item.setToolTip(1, labels.language_name(g.language))
        for item in self._items():
            key = item.data(0, KEY_ROLE)
            item.setExpanded(key[0] != "group" if expanded is None else key in expanded)
        target = next((item for key in wanted if (item := self.find_item(key)) is not None), None)
        if target is not None:
            parent = target.parent()
            while parent is not None:
                parent.setExpanded(True)
                parent = parent.parent()
            self.tree.setCurrentItem(target)
            self.tree.scrollToItem(target)
        self._filled = True
        self._filling = False
        self._selection_changed(force_members=True)

    def short_language_name(self, code: str) -> str:
        """Fits a narrow column; the full name is in the tooltip and the description."""
        return {"kk": self.tr("kaz"), "ru": self.tr("rus"), "en": self.tr("eng")}.get(code, code)

    def _item(self, parent: QTreeWidget | QTreeWidgetItem, key: Key, texts: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, texts)
        item.setData(0, KEY_ROLE, key)
        item.setTextAlignment(2, RIGHT)
        return item

    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value() is not None:
            found.append(iterator.value())
            iterator += 1
        return found

    def _expanded_keys(self) -> set[Key]:
        return {item.data(0, KEY_ROLE) for item in self._items() if item.isExpanded()}

    def find_item(self, key: Key) -> QTreeWidgetItem | None:
        return next((item for item in self._items() if item.data(0, KEY_ROLE) == key), None)

    def selected_key(self) -> Key | None:
        items = self.tree.selectedItems()
        return items[0].data(0, KEY_ROLE) if items else None

    def selected_programme(self) -> ProgrammeSummary | None:
        """The selected programme, or the programme of the selected group."""
        key = self.selected_key()
        if key is None:
            return None
        if key[0] == "programme":
            return self._programmes.get(key[1])
        if key[0] == "group" and key[1] in self._groups:
            return self._programmes.get(self._groups[key[1]].programme_id)
        return None

    def selected_group(self) -> GroupSummary | None:
        key = self.selected_key()
        return self._groups.get(key[1]) if key and key[0] == "group" else None

    # -- what is selected, below the tree ----------------------------------------
    def _selection_changed(self, force_members: bool = False) -> None:
        if self._filling:
            return
        key = self.selected_key()
        self.edit_button.setEnabled(key is not None and key[0] in ("programme", "group"))
        self.delete_button.setEnabled(key is not None and key[0] in ("programme", "group"))
        self.new_group_button.setEnabled(bool(self._programmes))
        group = self.selected_group()
        if group is not None:
            self.detail_stack.setCurrentIndex(2)
            self._show_group(group, force_members)
            return
        self._members_group = None
        self._members_request += 1
        programme = self.selected_programme()
        if programme is not None:
            self.details.setHtml(self.render_programme(programme))
            self.detail_stack.setCurrentIndex(1)
        else:
            if not self._filled:
                self.hint.setText(self.tr("Loading…"))
            elif not self._programmes:
                self.hint.setText(self.tr("No programmes yet. Add the first one with «New programme…»."))
            else:
                self.hint.setText(self.tr("Select a programme to see its description, or a group to see its learners."))
            self.detail_stack.setCurrentIndex(0)

    def render_programme(self, p: ProgrammeSummary) -> str:
        language = current_language()

        def row(label: str, value: str) -> str:
            return f"<tr><td style='color:#555; padding-right:12px'>{escape(label)}</td><td>{escape(value)}</td></tr>"

        qualification = " — ".join(part for part in (p.qualification_code, p.qualification_name) if part)
        partner = (p.partner.get(language) or p.partner["ru"]) if p.partner else self.tr("none")
        groups = self.tr("%n group(s)", "", len(p.groups)) + ", " + self.tr("%n learner(s)", "", p.learners)
        parts = [
            f"<h3>{escape(p.name(language))}</h3><table cellspacing='0' cellpadding='3'>",
            row(self.tr("Kind"), labels.programme_kind_name(p.kind)),
            row(self.tr("Name in Kazakh"), p.names["kk"]),
            row(self.tr("Name in Russian"), p.names["ru"]),
            row(self.tr("Name in English"), p.names["en"] or "—"),
            row(self.tr("Qualification"), qualification or "—"),
            row(self.tr("Hours"), str(p.hours)),
            row(self.tr("Languages"), ", ".join(labels.language_name(code) for code in p.languages)),
            row(self.tr("Partner"), partner),
            row(self.tr("Groups"), groups),
            "</table>",
        ]
        if p.description:
            parts.append("<p>" + escape(p.description).replace("\n", "<br>") + "</p>")
        return "".join(parts)

    def _show_group(self, group: GroupSummary, force_members: bool) -> None:
        programme = self._programmes.get(group.programme_id)
        details = " · ".join(
            part
            for part in (
                programme.name(current_language()) if programme else "",
                labels.language_name(group.language),
                period_text(group.starts_on, group.ends_on),
            )
            if part
        )
        self.group_title.setText(f"<b>{escape(group.name)}</b><br>{escape(details)}")
        if force_members or self._members_group != group.id:
            keep = self.selected_enrolment_ids() if self._members_group == group.id else set()
            if self._members_group != group.id:
                self._members = []
                self._fill_members(set())
            self._members_group = group.id
            self._load_members(group.id, keep)
        self._update_member_buttons()

    def _load_members(self, group_id: int, keep: set[int]) -> None:
        self._members_request += 1
        request = self._members_request

        def work(_p: object) -> list[MemberRow]:
            with self._db.session() as session:
                return load_members(session, group_id)

        def done(rows: list[MemberRow]) -> None:
            if request == self._members_request and isValid(self):
                self._members = rows
                self._fill_members(keep)

        run_in_background(work, done, lambda exc: messages.show_error(self, exc), parent=self)

    def _fill_members(self, keep: set[int]) -> None:
        table = self.members_table
        table.clearSelection()
        table.setRowCount(len(self._members))
        for number, m in enumerate(self._members):
            values = [
                m.full_name, m.iin, labels.enrolment_status_name(m.status), format_percent(m.result_percent),
                m.letter_grade or "", str(m.five_point_grade or ""), format_date(m.enrolled_on), format_date(m.finished_on),
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column in (3, 4, 5):
                    cell.setTextAlignment(RIGHT)
                table.setItem(number, column, cell)
            table.item(number, 0).setData(KEY_ROLE, m.enrolment_id)
        for number, m in enumerate(self._members):
            if m.enrolment_id in keep:
                table.selectRow(number)
        self.members_count.setText(self.tr("%n learner(s)", "", len(self._members)))
        self._update_member_buttons()

    def selected_members(self) -> list[MemberRow]:
        rows = sorted({index.row() for index in self.members_table.selectionModel().selectedRows()})
        return [self._members[r] for r in rows if r < len(self._members)]

    def selected_enrolment_ids(self) -> set[int]:
        return {m.enrolment_id for m in self.selected_members()}

    def _update_member_buttons(self) -> None:
        selected = len(self.selected_members())
        self.enrol_button.setEnabled(self.selected_group() is not None)
        self.result_button.setEnabled(selected == 1)
        self.remove_button.setEnabled(selected > 0)

    # -- actions: programmes and groups ------------------------------------------
    def _open_dialog(self, dialog: QDialog, on_accepted: Callable[[Any], None]) -> None:
        """Window-modal, so the page stays responsive to its background work (and tests can drive it)."""
        self.dialog = dialog

        def finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                on_accepted(dialog)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def new_programme(self) -> None:
        key = self.selected_key()
        programme = self.selected_programme()
        kind = key[1] if key and key[0] == "kind" else programme.kind if programme else None
        self._open_dialog(
            ProgrammeDialog(self._db, None, kind, self), lambda d: self.reload(select=("programme", d.saved_id))
        )

    def new_group(self) -> None:
        programme = self.selected_programme()
        self._open_dialog(
            GroupDialog(self._db, None, programme.id if programme else None, self),
            lambda d: self.reload(select=("group", d.saved_id)),
        )

    def edit_selected(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        if key[0] == "programme":
            self._open_dialog(ProgrammeDialog(self._db, key[1], None, self), lambda _d: self.reload(select=key))
        elif key[0] == "group":
            self._open_dialog(GroupDialog(self._db, key[1], None, self), lambda _d: self.reload(select=key))

    def delete_selected(self) -> None:
        key = self.selected_key()
        if key is None or key[0] not in ("programme", "group"):
            return
        delete: Callable[[Session, int], None]
        if key[0] == "programme":
            programme = self._programmes[key[1]]
            question = self.tr("Delete the programme «{name}» with its %n group(s)? This cannot be undone.", "", len(programme.groups))
            if not confirm(self, self.tr("Delete programme"), question.format(name=programme.name(current_language()))):
                return
            delete, fallback = programmes.delete_programme, ("kind", programme.kind)
        else:
            group = self._groups[key[1]]
            question = self.tr("Delete the group «{name}»? This cannot be undone.").format(name=group.name)
            if not confirm(self, self.tr("Delete group"), question):
                return
            delete, fallback = programmes.delete_group, ("programme", group.programme_id)

        def work(_p: object) -> None:
            with self._db.session() as session:
                delete(session, key[1])

        def failed(exc: BaseException) -> None:
            if isValid(self):
                messages.show_error(self, exc)
                self.reload()

        run_in_background(work, lambda _r: self.reload(fallback=fallback), failed, parent=self)

    # -- actions: members ------------------------------------------------------
    def enrol(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        programme = self._programmes.get(group.programme_id)
        title = f"{group.name} — {programme.name(current_language())}" if programme else group.name
        self._open_dialog(EnrolDialog(self._db, group.id, title, self), lambda _d: self.reload())

    def record_result(self) -> None:
        members = self.selected_members()
        if len(members) != 1:
            return
        m = members[0]
        dialog = ResultDialog(
            self._db, m.enrolment_id, m.full_name, m.status, m.enrolled_on, m.finished_on, m.result_percent, self
        )
        self._open_dialog(dialog, lambda _d: self.reload())

    def remove_members(self) -> None:
        group = self.selected_group()
        members = self.selected_members()
        if group is None or not members:
            return
        if len(members) == 1:
            question = self.tr("Remove {name} from the group {group}? Their status and result in this group are deleted too.").format(
                name=members[0].full_name, group=group.name
            )
        else:
            question = self.tr(
                "Remove %n learner(s) from the group {group}? Their statuses and results in this group are deleted too.",
                "",
                len(members),
            ).format(group=group.name)
        if not confirm(self, self.tr("Remove from group"), question):
            return
        enrolment_ids = [m.enrolment_id for m in members]

        def work(_p: object) -> None:
            with self._db.session() as session:
                for enrolment_id in enrolment_ids:
                    programmes.remove_enrolment(session, enrolment_id)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                messages.show_error(self, exc)
                self.reload()

        run_in_background(work, lambda _r: self.reload(), failed, parent=self)

    # -- remembered layout ---------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        for key, restore in (
            ("programmes/splitter", self.splitter.restoreState),
            ("programmes/tree_header", self.tree.header().restoreState),
            ("programmes/members_header", self.members_table.horizontalHeader().restoreState),
        ):
            state = settings.value(key)
            if isinstance(state, QByteArray):
                restore(state)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("programmes/splitter", self.splitter.saveState())
        settings.setValue("programmes/tree_header", self.tree.header().saveState())
        settings.setValue("programmes/members_header", self.members_table.horizontalHeader().saveState())
