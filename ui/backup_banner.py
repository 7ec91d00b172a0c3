"""The main window's reminder: this quarter has no verified backup yet.

A QTimer cannot wait a quarter (it overflows at ~24.8 days), so the banner
asks the backup log at start and then once an hour; a backup or verification
made in the window re-checks at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from .tasks import Progress, run_in_background

if TYPE_CHECKING:
    from cluster_desktop.db import Database

CHECK_INTERVAL_MS = 60 * 60 * 1000


class BackupBanner(QFrame):
    back_up_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_banner")
        self.setStyleSheet("#backup_banner { background: #fff4ce; border-bottom: 1px solid #e0c060; }")
        self._database: Database | None = None
        self.label = QLabel(objectName="backup_banner_text", wordWrap=True)
        self.button = QPushButton(self.tr("Back up now"), objectName="backup_banner_button")
        self.button.clicked.connect(self.back_up_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.setVisible(False)

    def watch(self, database: Database) -> None:
        self._database = database
        self.check()
        self.timer.start()

    def check(self) -> None:
        from datetime import date

        database = self._database
        if database is None:
            return

        def work(_p: Progress) -> tuple[bool, str]:
            from cluster_desktop.services.backup_reminder import quarter_is_covered, quarter_label

            today = date.today()
            with database.session() as session:
                return quarter_is_covered(session, today), quarter_label(today)

        run_in_background(work, self._show, lambda _exc: None, parent=self)

    def _show(self, state: tuple[bool, str]) -> None:
        covered, quarter = state
        self.label.setText(
            self.tr("There is no verified backup for this quarter ({quarter}) yet. Copy the records to a USB stick.").format(
                quarter=quarter
            )
        )
        self.setVisible(not covered)
