"""The main window's reminder: this quarter has no verified backup yet.

A QTimer cannot wait a quarter (it overflows at ~24.8 days), so the banner
asks the backup log at start and then once an hour (see :class:`~ui.banner.Banner`);
a backup or verification made in the window re-checks at once.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from .banner import Banner
from .changes import Kind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class BackupBanner(Banner):
    back_up_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("backup_banner", QCoreApplication.translate("BackupBanner", "Back up now"), {Kind.BACKUPS}, parent)
        self.acted.connect(self.back_up_requested)

    def read(self, session: Session, today: date) -> tuple[bool, str]:
        from cluster_desktop.backup.log import quarter_is_covered
        from cluster_desktop.periods import Quarter

        return quarter_is_covered(session, today), str(Quarter.of(today))

    def message(self, state: tuple[bool, str]) -> str | None:
        covered, quarter = state
        if covered:
            return None
        return self.tr("There is no verified backup for this quarter ({quarter}) yet. Copy the records to a USB stick.").format(
            quarter=quarter
        )
