"""The main window's reminder: personal-data incidents whose notification is not recorded yet.

Shown only to whoever keeps the incident log; it stays until each incident's
notification (to the authorised body, the people concerned) is recorded.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .banner import Banner
from .changes import Kind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cluster_desktop.services.incidents import Unnotified


class IncidentBanner(Banner):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("incident_banner", QCoreApplication.translate("IncidentBanner", "Show incidents"), {Kind.INCIDENTS}, parent)

    def read(self, session: Session, today: date) -> Unnotified:
        from cluster_desktop.services.incidents import unnotified_incidents

        return unnotified_incidents(session, today)

    def message(self, found: Unnotified) -> str | None:
        if not found.count:
            return None
        return (
            self.tr("%n personal-data incident(s) not yet notified; ", "", found.count)
            + self.tr("the oldest was found %n day(s) ago.", "", found.oldest_days)
            + " "
            + self.tr("Record whom you notified and when.")
        )
