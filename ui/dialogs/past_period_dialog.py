"""Settings → Records past their keeping period: who they are, until when they were kept, and anonymising them."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.permissions import Permission
from cluster_desktop.services.anonymisation import anonymise
from cluster_desktop.services.retention import (
    REASON_WORDS,
    PastRow,
    count_past_period,
    incidents_past_period,
    past_period_ids,
    past_period_page,
)

from ..changes import Kind, subscribe
from ..messages import confirm, show_error
from ..operations import change, query
from ..permissions_ui import allow
from ..sql_table_model import RIGHT, Column, SqlTableModel, list_view
from ..tasks import Cancelled, Progress

translate = QCoreApplication.translate
NAME = "name"


def _reasons(row: PastRow) -> str:
    return ", ".join(translate("Errors", REASON_WORDS[kind]) for kind in row.reasons)


def past_columns() -> list[Column[PastRow]]:
    return [
        Column(lambda: translate("PastPeriodDialog", "Full name"), lambda r: r.full_name, NAME),
        Column(lambda: translate("PastPeriodDialog", "Born"), lambda r: numeric_date(r.birth_date), None, RIGHT),
        Column(lambda: translate("PastPeriodDialog", "Why it was kept"), _reasons),
        Column(lambda: translate("PastPeriodDialog", "Kept until"), lambda r: numeric_date(r.kept_until), None, RIGHT),
    ]


def _count(session: Session, today: date) -> int:
    return count_past_period(session, today)


def _page(session: Session, today: date, _sort: Any, _descending: bool, offset: int, limit: int, _total: int) -> list[PastRow]:
    return past_period_page(session, today, offset, limit)


class PastPeriodDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Records past their keeping period"))
        hint = QLabel(
            self.tr(
                "People whose every record is past its keeping period on {day} (Settings → Keeping periods). "
                "Anonymising removes the name, IIN, contacts and representative and keeps the counts, results, "
                "certificate numbers and outcomes."
            ).format(day=numeric_date(self.today)),
            wordWrap=True,
        )
        self.count_label = QLabel(objectName="count_label")
        self.status = QLabel(objectName="status", wordWrap=True)
        self.incidents_label = QLabel(objectName="incidents_label", wordWrap=True)
        self.incidents_label.hide()
        self.model: SqlTableModel[PastRow, date] = SqlTableModel(database, past_columns(), _count, _page, self.today, NAME, self)
        self.table = list_view(self.model, "past_table", (320, 100, 260, 100), several=True)
        self.anonymise_button = QPushButton(self.tr("&Anonymise selected…"), objectName="anonymise_button")
        self.anonymise_all_button = QPushButton(self.tr("Anonymise &all listed…"), objectName="anonymise_all_button")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.anonymise_button)
        actions.addWidget(self.anonymise_all_button)
        actions.addStretch(1)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.incidents_label)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        self.resize(900, 560)

        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        self.anonymise_all_button.clicked.connect(self.anonymise_all_listed)
        allow(database, Permission.ANONYMISE, self.anonymise_button, self.anonymise_all_button)
        subscribe(self, {Kind.LEARNERS, Kind.SETTINGS}, lambda _kinds: self.model.refresh(), defer_while_hidden=False)
        self._selection_changed()
        self.model.refresh()
        today = self.today
        query(self, database, lambda session: incidents_past_period(session, today), self._show_incidents)

    def _show_incidents(self, incidents: list[tuple[int, date]] | None) -> None:
        if incidents:
            self.incidents_label.setText(
                self.tr(
                    "Personal-data incidents past their keeping period: %n (the oldest found on {day}; see the Incidents page).",
                    "",
                    len(incidents),
                ).format(day=numeric_date(incidents[0][1]))
            )
        self.incidents_label.setVisible(bool(incidents))

    def _after_load(self) -> None:
        self.count_label.setText(self.tr("%n record(s) past the keeping period", "", self.model.rowCount()))
        self._selection_changed()

    def selected_ids(self) -> list[int]:
        rows = (self.model.row(index.row()) for index in self.table.selectionModel().selectedRows())
        return [row.id for row in rows if row is not None]

    def _selection_changed(self) -> None:
        self.anonymise_button.setEnabled(bool(self.selected_ids()))
        self.anonymise_all_button.setEnabled(self.model.rowCount() > 0)

    def anonymise_selected(self) -> None:
        self.ask_and_anonymise(self.selected_ids())

    def anonymise_all_listed(self) -> None:
        today = self.today
        query(self, self._db, lambda session: past_period_ids(session, today), self.ask_and_anonymise)

    def ask_and_anonymise(self, ids: list[int]) -> None:
        if not ids:
            return
        question = self.tr(
            "Anonymise %n record(s)? Names, IINs, contacts and representatives are removed for good: "
            "this cannot be undone except by restoring a backup made before it.",
            "",
            len(ids),
        )
        if not confirm(self, self.tr("Anonymise records"), question):
            return
        today = self.today
        self.status.clear()

        def work(session: Session, progress: Progress) -> int:
            return anonymise(session, ids, today, on_step=lambda done, total: progress.update(done, total))

        change(
            self,
            self._db,
            work,
            self._done,
            touches={Kind.LEARNERS, Kind.CERTIFICATES, Kind.CONSENTS},
            on_error=self._failed,
            label=self.tr("Anonymising…"),
        )

    def _done(self, count: int) -> None:
        self.status.setText(self.tr("%n record(s) anonymised.", "", count))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):  # one transaction: stopping keeps every record as it was
            self.status.setText(self.tr("Stopped: nothing was anonymised."))
            return
        show_error(self, exc)
