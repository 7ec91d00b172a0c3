"""Attach learners to something: search among all learners (the lazy list's query), and the list of those attached.

Searching asks :func:`~cluster_desktop.services.learner_list.learner_page` for
the first matches off the GUI thread, so it stays instant at 100k learners.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.services.learner_list import (
    LearnerFilter,
    LearnerRow,
    learner_page,
)

from ..operations import query
from ..widgets import search_as_you_type

MATCHES_SHOWN = 30


class LearnerPicker(QWidget):
    """Found learners on the left, attached ones on the right; ``changed`` when the attached list changes."""

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._generation = 0
        self.search = QLineEdit(objectName="learner_search", placeholderText=self.tr("Find a learner by name or IIN…"), clearButtonEnabled=True)
        self.found = QListWidget(objectName="found_learners")
        self.attached = QListWidget(objectName="attached_learners")
        self.attach_button = QPushButton(self.tr("&Attach ↓"), objectName="attach_button")
        self.remove_button = QPushButton(self.tr("&Remove"), objectName="remove_button")
        self.attached_label = QLabel(objectName="attached_label")
        for view in (self.found, self.attached):
            view.setMinimumHeight(90)
            view.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustIgnored)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.found, 1)
        attach_row = QHBoxLayout()
        attach_row.addStretch(1)
        attach_row.addWidget(self.attach_button)
        layout.addLayout(attach_row)
        layout.addWidget(self.attached_label)
        layout.addWidget(self.attached, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout.addLayout(remove_row)
        search_as_you_type(self.search, self.look_up)
        self.found.itemDoubleClicked.connect(lambda _i: self.attach_selected())
        self.attached.itemDoubleClicked.connect(lambda _i: self.remove_selected())
        self.attach_button.clicked.connect(self.attach_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self._update_label()

    # -- searching -------------------------------------------------------------
    def look_up(self) -> None:
        text = self.search.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self.found.clear()
            return

        def read(session: Session) -> list[LearnerRow]:
            return learner_page(session, LearnerFilter(text=text), limit=MATCHES_SHOWN)

        def done(rows: list[LearnerRow]) -> None:
            if generation != self._generation:
                return
            self.found.clear()
            for row in rows:
                item = self._item(row.id, f"{row.full_name} — {row.iin}")
                item.setToolTip(item.text())
                self.found.addItem(item)
            if rows:
                self.found.setCurrentRow(0)

        query(self, self._db, read, done)

    @staticmethod
    def _item(person_id: int, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        return item

    # -- the attached list -----------------------------------------------------
    def person_ids(self) -> list[int]:
        return [self.attached.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.attached.count())]

    def set_attached(self, learners: list[tuple[int, str]]) -> None:
        self.attached.clear()
        for person_id, text in learners:
            self.attached.addItem(self._item(person_id, text))
        self._update_label()

    def attach_selected(self) -> None:
        """Attach the chosen match; one already attached is attached again, and the service says so."""
        item = self.found.currentItem()
        if item is None:
            return
        self.attached.addItem(self._item(item.data(Qt.ItemDataRole.UserRole), item.text()))
        self._update_label()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.attached.currentRow()
        if row < 0:
            return
        self.attached.takeItem(row)
        self._update_label()
        self.changed.emit()

    def _update_label(self) -> None:
        self.attached_label.setText(self.tr("Attached: %n learner(s)", "", self.attached.count()))
