"""The main window's warning about agreements that end within 60 days."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cluster_desktop.dates import numeric_date

from .banner import Banner
from .changes import Kind
from .i18n import current_language

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cluster_desktop.services.agreements import Expiring

NAMED = 3  # the soonest few are named; the rest are counted


class ExpiryBanner(Banner):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "expiry_banner", QCoreApplication.translate("ExpiryBanner", "Show agreements"), {Kind.AGREEMENTS, Kind.ORGANISATIONS}, parent
        )

    def read(self, session: Session, today: date) -> list[Expiring]:
        from cluster_desktop.services.agreements import expiring_soon

        return expiring_soon(session, today, current_language())

    def message(self, found: list[Expiring]) -> str | None:
        if not found:
            return None
        named = "; ".join(
            self.tr("No. {number} with {partner} on {date}").format(number=e.number, partner=e.partner, date=numeric_date(e.ends_on))
            for e in found[:NAMED]
        )
        text = self.tr("%n agreement(s) expire within 60 days: ", "", len(found)) + named
        if len(found) > NAMED:
            text += self.tr(" and %n more.", "", len(found) - NAMED)
        return text
