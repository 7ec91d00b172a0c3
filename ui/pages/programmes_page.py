"""The Programmes page: what the cluster teaches, its groups, and who is in each group.

Above, a tree: programme kinds → programmes → groups; below it, what is
selected: a programme's description, or a group's members with their results.
(One above the other, not side by side: the tree's columns and the members'
eight columns need ~1,230 px side by side, and the page gets ~1,000 px in the
default 1280-px window.)  Every change announced on the change bus reloads the
tree (counts change too) and keeps the selection, or selects what was just saved.

This module is the page: the tree, its actions, and the wiring.  What is
shown below it is ``programme_description.ProgrammeDescription`` and
``group_members.GroupMembersPanel``; what the background work reads is in
``cluster_desktop.services.programme_snapshots`` (plain values, no ORM objects).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.models import ProgrammeKind
from cluster_desktop.permissions import Permission
from cluster_desktop.services import programmes
from cluster_desktop.services.list_export import groups_list
from cluster_desktop.services.programme_snapshots import (
    GroupSummary,
    ProgrammeSummary,
    load_programmes,
    period_text,
)

from .. import labels, layout_memory, messages, style
from ..changes import Kind, subscribe
from ..dialogs.group_dialog import GroupDialog
from ..dialogs.programme_dialog import ProgrammeDialog
from ..export_action import ask_and_export
from ..i18n import current_language
from ..messages import confirm
from ..operations import change, query
from ..permissions_ui import allow
from ..sql_table_model import RIGHT
from .group_members import GroupMembersPanel
from .programme_description import ProgrammeDescription

Key = tuple[str, Any]  # ("kind", ProgrammeKind) | ("programme", id) | ("group", id)
KEY_ROLE = Qt.ItemDataRole.UserRole


class ProgrammesPage(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._programmes: dict[int, ProgrammeSummary] = {}
        self._groups: dict[int, GroupSummary] = {}
        self._tree_request = 0
        self._filled = False
        self._filling = False
        self._select_next: tuple[Key | None, Key | None] = (None, None)  # what the next reload selects (else falls back to)
        self.dialog: QDialog | None = None  # the dialog now open, if any
        self._build()
        self._remembered = layout_memory.RememberedLayout(
            "programmes", {"splitter": self.splitter, "tree_header": self.tree, "members_header": self.members_table}
        )
        self._selection_changed()
        shown = {Kind.PROGRAMMES, Kind.GROUPS, Kind.ENROLMENTS, Kind.LEARNERS, Kind.ORGANISATIONS, Kind.CERTIFICATES}
        subscribe(self, shown, lambda _kinds: self.reload())
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
        self.export_button = QPushButton(self.tr("E&xport groups…"), objectName="export_groups_button")
        tree_buttons = QHBoxLayout()
        for button in (self.new_programme_button, self.new_group_button, self.edit_button, self.delete_button):
            tree_buttons.addWidget(button)
        tree_buttons.addStretch(1)
        tree_buttons.addWidget(self.export_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tree, 1)
        top_layout.addLayout(tree_buttons)

        self.hint = QLabel(objectName="hint", wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        style.paint(self.hint, style.HINT)
        self.details = ProgrammeDescription()
        self.detail_stack = QStackedWidget(objectName="programme_detail_stack")
        self.detail_stack.addWidget(self.hint)
        self.detail_stack.addWidget(self.details)
        self.group_panel = GroupMembersPanel(self._db, self._open_dialog)
        self.detail_stack.addWidget(self.group_panel)

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
        self.export_button.clicked.connect(self.export_groups)
        self.group_panel.changed.connect(self.reload)
        keys = [QShortcut(QKeySequence(key), self.tree, activated=action, context=Qt.ShortcutContext.WidgetShortcut)
                for key, action in ((Qt.Key.Key_Delete, self.delete_selected), (Qt.Key.Key_Return, self.edit_selected))]
        allow(self._db, Permission.EDIT_RECORDS, self.new_programme_button, self.new_group_button, self.edit_button,
              self.delete_button, *keys)
        allow(self._db, Permission.EXPORT_PERSONAL_DATA, self.export_button)  # the core asks it of every exported list

    # the group panel's widgets, where the page's callers (and tests) find them
    @property
    def group_title(self) -> QLabel:
        return self.group_panel.group_title

    @property
    def members_table(self) -> QTableView:
        return self.group_panel.members_table

    @property
    def enrol_button(self) -> QPushButton:
        return self.group_panel.enrol_button

    @property
    def result_button(self) -> QPushButton:
        return self.group_panel.result_button

    @property
    def remove_button(self) -> QPushButton:
        return self.group_panel.remove_button

    def selected_enrolment_ids(self) -> set[int]:
        return self.group_panel.selected_enrolment_ids()

    # -- tree ------------------------------------------------------------------
    def reload(self, select: Key | None = None, fallback: Key | None = None) -> None:
        """Read the programmes again; select ``select`` (default: what is selected then), else ``fallback``.

        Without either, what :meth:`_select_after_change` asked for.
        """
        if select is None and fallback is None:
            (select, fallback), self._select_next = self._select_next, (None, None)
        self._tree_request += 1
        request = self._tree_request

        def done(rows: list[ProgrammeSummary]) -> None:
            if request == self._tree_request and isValid(self):
                wanted = (select or self.selected_key(), fallback)
                self._fill_tree(rows, [key for key in wanted if key is not None])

        query(self, self._db, load_programmes, done)

    def _select_after_change(self, select: Key | None = None, fallback: Key | None = None) -> None:
        """The reload that the change bus is about to cause selects ``select`` (else ``fallback``)."""
        self._select_next = (select, fallback)

    def _fill_tree(self, rows: list[ProgrammeSummary], wanted: list[Key]) -> None:
        expanded = self._expanded_keys() if self._filled else None
        language = current_language()
        self._programmes = {p.id: p for p in rows}
        self._groups = {g.id: g for p in rows for g in p.groups}
        self._filling = True
        self.tree.clear()
        bold = style.role_font(self.tree.font(), style.FontRole.HEADING)
        for kind in ProgrammeKind:
            of_kind = [p for p in rows if p.kind is kind]
            kind_item = self._item(self.tree, ("kind", kind), [f"{labels.programme_kind_name(kind)} ({len(of_kind)})"])
            kind_item.setFont(0, bold)
            kind_item.setFirstColumnSpanned(True)
            for p in of_kind:
                details = [p.qualification_code or "", self.tr("{hours} h").format(hours=p.hours)]
                details.append(", ".join(self.short_language_name(code) for code in p.languages))
                programme_item = self._item(
                    kind_item, ("programme", p.id), [labels.marked(*p.shown_name(language)), " · ".join(d for d in details if d), str(p.learners)]
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
        target = next((found for key in wanted if (found := self.find_item(key)) is not None), None)
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
            self.group_panel.show_group(group, self._programmes.get(group.programme_id), force_members)
            return
        self.group_panel.clear()
        programme = self.selected_programme()
        if programme is not None:
            self.details.show_programme(programme)
            self.detail_stack.setCurrentIndex(1)
        else:
            if not self._filled:
                self.hint.setText(self.tr("Loading…"))
            elif not self._programmes:
                self.hint.setText(self.tr("No programmes yet. Add the first one with «New programme…»."))
            else:
                self.hint.setText(self.tr("Select a programme to see its description, or a group to see its learners."))
            self.detail_stack.setCurrentIndex(0)

    # -- actions: programmes and groups ------------------------------------------
    def export_groups(self) -> QFileDialog:
        language = current_language()
        return ask_and_export(self, self._db, lambda: groups_list(language), self.tr("groups"))

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
            ProgrammeDialog(self._db, None, kind, self), lambda d: self._select_after_change(("programme", d.saved_id))
        )

    def new_group(self) -> None:
        programme = self.selected_programme()
        self._open_dialog(
            GroupDialog(self._db, None, programme.id if programme else None, self),
            lambda d: self._select_after_change(("group", d.saved_id)),
        )

    def edit_selected(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        if key[0] == "programme":
            self._open_dialog(ProgrammeDialog(self._db, key[1], None, self), lambda _d: self._select_after_change(key))
        elif key[0] == "group":
            self._open_dialog(GroupDialog(self._db, key[1], None, self), lambda _d: self._select_after_change(key))

    def delete_selected(self) -> None:
        key = self.selected_key()
        if key is None or key[0] not in ("programme", "group"):
            return
        delete: Callable[[Session, int], None]
        fallback: Key
        if key[0] == "programme":
            programme = self._programmes[key[1]]
            question = self.tr("Delete the programme «{name}» with its %n group(s)? This cannot be undone.", "", len(programme.groups))
            if not confirm(self, self.tr("Delete programme"), question.format(name=programme.name(current_language()))):
                return
            delete, fallback, touched = programmes.delete_programme, ("kind", programme.kind), {Kind.PROGRAMMES, Kind.GROUPS}
        else:
            group = self._groups[key[1]]
            question = self.tr("Delete the group «{name}»? This cannot be undone.").format(name=group.name)
            if not confirm(self, self.tr("Delete group"), question):
                return
            delete, fallback, touched = programmes.delete_group, ("programme", group.programme_id), {Kind.GROUPS}

        def failed(exc: BaseException) -> None:
            if isValid(self):
                messages.show_error(self, exc)
                self.reload()

        change(
            self, self._db, lambda session: delete(session, key[1]), lambda _r: self._select_after_change(fallback=fallback),
            touches=touched | {Kind.ENROLMENTS}, on_error=failed,
        )

    # -- remembered layout ---------------------------------------------------
    def save_layout(self) -> None:
        self._remembered.save()
