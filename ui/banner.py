"""A thin warning strip above the pages: it asks the database now and then, and shows itself only when there is news.

A subclass says what to ask (``read``, off the GUI thread) and what to say
about the answer (``message``: the text, or None to hide).  The banner asks
when it starts watching a database, once an hour (a QTimer cannot wait for
weeks), and whenever a change to the kinds of records it ``watches`` is announced.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from . import style
from .changes import Kind, subscribe
from .operations import query

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cluster_desktop.db import Database

CHECK_INTERVAL_MS = 60 * 60 * 1000


class Banner(QFrame):
    acted = Signal()  # the user pressed the banner's button

    def __init__(self, name: str, button_text: str, watches: Iterable[Kind], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        subscribe(self, watches, lambda _kinds: self.check(), defer_while_hidden=False)  # hidden is its resting state
        self.setObjectName(name)
        self.setStyleSheet(f"#{name} {{ background: {style.NOTICE_BACKGROUND}; border-bottom: 1px solid {style.NOTICE_BORDER}; }}")
        self._database: Database | None = None
        self.label = QLabel(objectName=f"{name}_text", wordWrap=True)
        self.button = QPushButton(button_text, objectName=f"{name}_button")
        self.button.clicked.connect(self.acted)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.setVisible(False)

    def read(self, session: Session, today: date) -> Any:
        raise NotImplementedError

    def message(self, found: Any) -> str | None:
        raise NotImplementedError

    def watch(self, database: Database) -> None:
        self._database = database
        self.check()
        self.timer.start()

    def check(self) -> None:
        database = self._database
        if database is None:
            return
        query(None, database, lambda session: self.read(session, date.today()), self._show, on_error=lambda _exc: None, owner=self)

    def _show(self, found: Any) -> None:
        text = self.message(found)
        self.label.setText(text or "")
        self.setVisible(text is not None)
