"""Add or edit a programme: what the cluster teaches, in which languages, with which partner."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cluster_desktop.db import Database
from cluster_desktop.errors import Problem, ValidationError
from cluster_desktop.models import ProgrammeKind
from cluster_desktop.services import organisations, programmes
from cluster_desktop.services.programmes import ProgrammeInput

from .. import labels
from ..i18n import current_language
from ..messages import confirm, error_text, problem_text, show_error
from ..tasks import run_in_background
from ..widgets import EnumCombo, ErrorLabel, with_error

VALIDATE_DELAY_MS = 300
MAX_HOURS = 10000
TEXT_FIELDS = ("name_kk", "name_ru", "name_en", "qualification_code", "qualification_name")


@dataclass(frozen=True)
class _Loaded:
    partners: list[tuple[int, str]]
    programme: ProgrammeInput | None


class ProgrammeDialog(QDialog):
    """``programme_id=None`` adds a programme (of ``kind``, if given); otherwise edits it.  ``saved_id`` holds the result."""

    def __init__(
        self,
        database: Database,
        programme_id: int | None = None,
        kind: ProgrammeKind | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = database
        self._programme_id = programme_id
        self._touched: set[str] = set()
        self._initial: ProgrammeInput | None = None
        self._saving = False
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New programme") if programme_id is None else self.tr("Edit programme"))
        self._errors: dict[str, ErrorLabel] = {}
        self._build()
        if kind is not None:
            self.kind.set_value(kind)
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self._validate_inline)
        self._load()

    # -- layout --------------------------------------------------------------
    def _row(self, form: QFormLayout, label: str, name: str, field: QWidget) -> None:
        box, error = with_error(field)
        error.setObjectName(f"{name}_error")
        self._errors[name] = error
        form.addRow(label, box)

    def _build(self) -> None:
        self.kind: EnumCombo[ProgrammeKind] = EnumCombo(ProgrammeKind, labels.programme_kind_name)
        self.kind.setObjectName("kind")
        self.name_kk = QLineEdit(objectName="name_kk")
        self.name_ru = QLineEdit(objectName="name_ru")
        self.name_en = QLineEdit(objectName="name_en")
        self.qualification_code = QLineEdit(objectName="qualification_code", placeholderText=self.tr("e.g. 07210100"))
        self.qualification_name = QLineEdit(objectName="qualification_name")
        self.hours = QSpinBox(objectName="hours", minimum=0, maximum=MAX_HOURS)
        self.hours.setSuffix(self.tr(" h"))
        self.lang_kk = QCheckBox(labels.language_name("kk"), objectName="lang_kk")
        self.lang_ru = QCheckBox(labels.language_name("ru"), objectName="lang_ru")
        self.lang_en = QCheckBox(labels.language_name("en"), objectName="lang_en")
        self.languages = QWidget(objectName="languages")
        languages_layout = QHBoxLayout(self.languages)
        languages_layout.setContentsMargins(0, 0, 0, 0)
        for box in self._language_boxes().values():
            languages_layout.addWidget(box)
        languages_layout.addStretch(1)
        self.partner_id = QComboBox(objectName="partner")
        self.partner_id.addItem(self.tr("(none)"), None)
        self.description = QPlainTextEdit(objectName="description")
        self.description.setFixedHeight(80)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Kind"), "kind", self.kind)
        self._row(form, self.tr("Name in Kazakh"), "name_kk", self.name_kk)
        self._row(form, self.tr("Name in Russian"), "name_ru", self.name_ru)
        self._row(form, self.tr("Name in English"), "name_en", self.name_en)
        self._row(form, self.tr("Qualification code"), "qualification_code", self.qualification_code)
        self._row(form, self.tr("Qualification name"), "qualification_name", self.qualification_name)
        self._row(form, self.tr("Hours"), "hours", self.hours)
        self._row(form, self.tr("Languages of instruction"), "languages", self.languages)
        self._row(form, self.tr("Partner"), "partner_id", self.partner_id)
        self._row(form, self.tr("Description"), "description", self.description)

        self.summary = ErrorLabel(self)
        self.summary.setObjectName("summary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for name in TEXT_FIELDS:
            getattr(self, name).textEdited.connect(lambda _text, n=name: self._changed(n))
        self.description.textChanged.connect(lambda: self._changed("description"))
        self.hours.valueChanged.connect(lambda _v: self._changed("hours"))
        self.kind.currentIndexChanged.connect(lambda _i: self._changed("kind", also=("qualification_code",)))
        for box in self._language_boxes().values():
            box.toggled.connect(lambda _on: self._changed("languages"))
        self.resize(720, self.sizeHint().height())

    def _language_boxes(self) -> dict[str, QCheckBox]:
        return {"kk": self.lang_kk, "ru": self.lang_ru, "en": self.lang_en}

    # -- values --------------------------------------------------------------
    def current_input(self) -> ProgrammeInput:
        return ProgrammeInput(
            kind=self.kind.value(),  # type: ignore[arg-type]
            name_kk=self.name_kk.text(),
            name_ru=self.name_ru.text(),
            name_en=self.name_en.text() or None,
            qualification_code=self.qualification_code.text() or None,
            qualification_name=self.qualification_name.text() or None,
            hours=self.hours.value(),
            languages=tuple(code for code, box in self._language_boxes().items() if box.isChecked()),
            partner_id=self.partner_id.currentData(),
            description=self.description.toPlainText() or None,
        )

    def _show(self, data: ProgrammeInput) -> None:
        self.kind.set_value(data.kind)
        for name in TEXT_FIELDS:
            getattr(self, name).setText(getattr(data, name) or "")
        self.hours.setValue(data.hours)
        for code, box in self._language_boxes().items():
            box.setChecked(code in data.languages)
        self.partner_id.setCurrentIndex(max(0, self.partner_id.findData(data.partner_id)))
        self.description.setPlainText(data.description or "")

    def _load(self) -> None:
        """Partners for the combo and, when editing, the programme itself: one trip to the database."""
        self.setEnabled(False)
        programme_id = self._programme_id
        language = current_language()

        def work(_p: object) -> _Loaded:
            with self._db.session() as session:
                partners = [(o.id, o.name(language)) for o in organisations.list_organisations(session)]
                data = None
                if programme_id is not None:
                    data = programmes.programme_input(programmes.get_programme(session, programme_id))
                return _Loaded(partners, data)

        def done(loaded: _Loaded) -> None:
            if not isValid(self):
                return
            for partner_id, name in loaded.partners:
                self.partner_id.addItem(name, partner_id)
            if loaded.programme is not None:
                self._show(loaded.programme)
            self._initial = self.current_input()
            self._touched.clear()
            self.setEnabled(True)
            self.name_kk.setFocus(Qt.FocusReason.OtherFocusReason)

        def fail(exc: BaseException) -> None:
            if not isValid(self):
                return
            show_error(self.parentWidget(), exc)
            super(ProgrammeDialog, self).reject()

        run_in_background(work, done, fail, parent=self)

    # -- validation ------------------------------------------------------------
    def _changed(self, name: str, also: tuple[str, ...] = ()) -> None:
        if self._initial is None:
            return  # still filling the form
        self._touched.add(name)
        self._touched.update(also)
        self._validate_timer.start()

    def _validate_inline(self) -> None:
        """Re-check as the user types (rules only, no database); show problems of touched fields."""
        _clean, problems = programmes.validate_programme(self.current_input())
        self._show_problems(problems, only=self._touched)

    def _field_widget(self, field: str) -> QWidget | None:
        widget = {"languages": self.lang_kk}.get(field, getattr(self, field, None))
        return widget if isinstance(widget, QWidget) else None

    def _show_problems(self, problems: list[Problem], only: set[str] | None = None) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem_text(problem))
        for name, label in self._errors.items():
            label.show_messages(by_field.get(name, []) if only is None or name in only else [])
        if only is None:
            unplaced = [m for f, msgs in by_field.items() if f not in self._errors for m in msgs]
            self.summary.show_messages(
                [self.tr("Nothing was saved: correct the fields marked in red.")] + unplaced if problems else []
            )
            first = next((w for p in problems if (w := self._field_widget(p.field)) is not None), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving ------------------------------------------------------------------
    def save(self) -> None:
        if self._saving or self._initial is None:
            return
        self._validate_timer.stop()
        _clean, problems = programmes.validate_programme(self.current_input())
        if problems:
            self._show_problems(problems)
            return
        self._saving = True
        self.buttons.setEnabled(False)
        data = self.current_input()
        programme_id = self._programme_id

        def work(_p: object) -> int:
            with self._db.session() as session:
                if programme_id is None:
                    return programmes.create_programme(session, data).id
                return programmes.update_programme(session, programme_id, data).id

        def done(saved_id: int) -> None:
            if not isValid(self):
                return
            self.saved_id = saved_id
            self._initial = self.current_input()
            self.accept()

        def fail(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._saving = False
            self.buttons.setEnabled(True)
            if isinstance(exc, ValidationError):
                self._show_problems(exc.problems)
            else:
                self.summary.show_messages([error_text(exc)])

        run_in_background(work, done, fail, parent=self)

    def has_unsaved_changes(self) -> bool:
        return self._initial is not None and self.current_input() != self._initial

    def reject(self) -> None:
        if self._saving:
            return
        if self.has_unsaved_changes() and not confirm(
            self, self.tr("Discard changes?"), self.tr("The programme has unsaved changes. Close without saving?")
        ):
            return
        super().reject()
