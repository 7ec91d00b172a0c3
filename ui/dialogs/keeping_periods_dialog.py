"""Settings → Keeping periods: how many years each kind of personal record is kept (services.retention)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.services.retention import (
    DEFAULT_PERIODS,
    KIND_LABELS,
    MAX_YEARS,
    MIN_YEARS,
    KeepingPeriods,
    RecordKind,
    keeping_periods,
    save_keeping_periods,
)

from ..changes import Kind
from .form_dialog import FormDialog


class KeepingPeriodsDialog(FormDialog[KeepingPeriods]):
    touches = frozenset({Kind.SETTINGS, Kind.LEARNERS})

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.setWindowTitle(self.tr("Keeping periods"))
        hint = QLabel(
            self.tr(
                "How many years each kind of personal record is kept after the event that ends its purpose. "
                "Records past their period are listed under Settings → Records past their keeping period, "
                "where they can be anonymised."
            ),
            wordWrap=True,
        )
        form = QFormLayout()
        self.years: dict[RecordKind, QSpinBox] = {}
        for kind in RecordKind:
            spin = QSpinBox(objectName=kind.value, minimum=MIN_YEARS, maximum=MAX_YEARS)
            spin.setSuffix(" " + self.tr("yr."))
            spin.valueChanged.connect(lambda _v, name=kind.value: self._changed(name))
            self.years[kind] = spin
            self._row(form, QCoreApplication.translate("Errors", KIND_LABELS[kind]), kind.value, spin)
        content = QVBoxLayout()
        content.addWidget(hint)
        content.addLayout(form)
        content.addStretch(1)
        self._lay_out(content, stretch=False)
        self.resize(640, 320)
        self._load(keeping_periods, self.show_periods)

    def show_periods(self, periods: KeepingPeriods) -> None:
        for kind, spin in self.years.items():
            spin.setValue(periods.years(kind))
            spin.setToolTip(self.tr("The college's default: {years}").format(years=DEFAULT_PERIODS.years(kind)))

    # -- hooks ---------------------------------------------------------------
    def current_input(self) -> KeepingPeriods:
        return KeepingPeriods(**{kind.value: spin.value() for kind, spin in self.years.items()})

    def store(self, session: Session, data: KeepingPeriods) -> None:
        save_keeping_periods(session, data)

    def discard_question(self) -> str:
        return self.tr("The keeping periods have not been saved. Close without saving?")
