"""What every add/edit dialog does the same way: problems beside their fields, saving off the GUI thread,
asking before changes are thrown away.

A subclass builds its fields, puts each in a form row with :meth:`FormDialog._row`, hands its layout
to :meth:`FormDialog._lay_out`, and implements the hooks:

- ``current_input()``: what the form says now, comparable with ``==`` (it is saved, and tells
  whether anything changed);
- ``store(session, data)``: save ``data``; runs on a worker thread, so it touches no widget;
  returns the saved id or None; the class's ``touches`` names the kinds of records it changes
  (announced on the change bus once saved);
- ``discard_question()``: asked before closing with unsaved changes (:class:`ui.unsaved.ConfirmsDiscard`);
- and where needed ``validate(data)`` (rules re-checked as the user types, no database),
  ``field_messages(data, final)`` (checks worded in the window rather than the core),
  ``ready_to_save(data)`` (last checks before the database is asked), ``save_refused(exc)`` (after a
  refusal is shown) and ``_field_widget(field)`` (the widget that takes the focus for a problem of ``field``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.errors import Problem, ValidationError
from cluster_desktop.languages import LANGUAGES

from ..changes import Kind
from ..messages import error_text, problem_text, show_error
from ..operations import change, query
from ..unsaved import ConfirmsDiscard
from ..widgets import EditWidget, ErrorLabel, language_fields, with_error

VALIDATE_DELAY_MS = 300

Data = TypeVar("Data")
Loaded = TypeVar("Loaded")


class FormDialog(ConfirmsDiscard, QDialog, Generic[Data]):
    """Adds or edits one record; ``saved_id`` holds what ``store`` returned once saved."""

    touches: ClassVar[frozenset[Kind]]  # what ``store`` changes: the pages showing these refresh

    def __init_subclass__(cls, **kwargs: object) -> None:
        """A dialog that forgot ``touches`` would save without any page hearing of it: refuse it when it is defined."""
        super().__init_subclass__(**kwargs)
        if not isinstance(getattr(cls, "touches", None), frozenset):
            raise TypeError(f"{cls.__name__} must name the kinds of records it changes: touches = frozenset({{Kind.…}})")

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._errors: dict[str, ErrorLabel] = {}
        self._touched: set[str] = set()
        self._initial: Data | None = None  # None until the form shows what is stored
        self.saving = False  # a save runs: the dialog does not close
        self.saved_id: int | None = None
        self.summary = ErrorLabel(self)
        self.summary.setObjectName("summary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self._validate_inline)

    # -- hooks -----------------------------------------------------------------
    def current_input(self) -> Data:
        raise NotImplementedError

    def store(self, session: Session, data: Data) -> int | None:
        raise NotImplementedError

    def discard_question(self) -> str:
        raise NotImplementedError

    def validate(self, data: Data) -> list[Problem]:
        """The rules checked while the user types; no database."""
        return []

    def field_messages(self, data: Data, final: bool) -> dict[str, list[str]]:
        """Checks the window makes itself, as messages by field (``final``: on saving, also what is missing)."""
        return {}

    def ready_to_save(self, data: Data) -> bool:
        """False (having shown why) keeps the dialog open without asking the database."""
        return True

    def save_refused(self, exc: BaseException) -> None:
        """Called once a refusal of the save is shown (``exc``): what else the dialog does about it."""

    def _field_widget(self, field: str) -> QWidget | None:
        widget = getattr(self, field, None) if field in self._errors else None
        return widget if isinstance(widget, QWidget) else None

    # -- layout ----------------------------------------------------------------
    def _field_box(self, name: str, field: QWidget) -> QWidget:
        """``field`` with the label under it that shows the problems of ``name``."""
        box, error = with_error(field)
        error.setObjectName(f"{name}_error")
        self._errors[name] = error
        return box

    def _row(self, form: QFormLayout, label: str, name: str, field: QWidget) -> None:
        form.addRow(label, self._field_box(name, field))

    def _language_row(self, form: QFormLayout, label: str, name: str, languages: tuple[str, ...] = LANGUAGES) -> list[QLineEdit]:
        """One row of ``name`` kept per language (see cluster_desktop.languages): a field for each, side by side."""
        holder, edits = self._language_fields(label, name, languages, QLineEdit)
        form.addRow(label, holder)
        return edits

    def _language_fields(
        self, label: str, name: str, languages: tuple[str, ...], make: Callable[[], EditWidget]
    ) -> tuple[QWidget, list[EditWidget]]:
        """The fields of ``name`` in each of ``languages`` side by side (ui.widgets.language_fields), each an attribute ``name_<language>``."""
        holder, edits = language_fields(label, name, languages, self._field_box, make)
        for language, edit in zip(languages, edits, strict=True):
            setattr(self, f"{name}_{language}", edit)
        return holder, edits

    def _lay_out(self, content: QLayout, stretch: bool = True) -> None:
        """``content`` (scrolling when error lines make it taller than the dialog), the summary, the buttons.

        Wrapped error labels need more height than a dialog's minimum size
        accounts for; without the scroll area Qt squeezes them and cuts lines off.
        """
        inner = QWidget()
        inner.setLayout(content)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        if stretch:
            layout.addStretch(1)
        layout.addWidget(self.buttons)

    # -- loading ---------------------------------------------------------------
    def _load(self, work: Callable[[Session], Loaded], show: Callable[[Loaded], None], focus: QWidget | None = None) -> None:
        """Fill the form from the database off the GUI thread; the dialog closes, saying why, if that fails."""
        self.setEnabled(False)

        def done(loaded: Loaded) -> None:
            show(loaded)
            self._start_editing(focus)

        def fail(exc: BaseException) -> None:
            show_error(self.parentWidget(), exc)
            QDialog.reject(self)  # nothing to discard yet

        query(self, self._db, work, done, on_error=fail)

    def _start_editing(self, focus: QWidget | None = None) -> None:
        """The form shows what is stored: changes count from here on."""
        self._initial = self.current_input()
        self._touched.clear()
        self.setEnabled(True)
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # a text longer than its field shows its beginning, not its end
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- validation ------------------------------------------------------------
    def _changed(self, name: str, also: tuple[str, ...] = ()) -> None:
        """The user changed ``name`` (which may make ``also`` wrong too): re-check once typing pauses."""
        if self._initial is None:
            return  # still filling the form
        self._touched.add(name)
        self._touched.update(also)
        self._validate_timer.start()

    def _validate_inline(self) -> None:
        """Show the problems of the fields the user has touched; the others stay quiet."""
        data = self.current_input()
        by_field = self.field_messages(data, final=False)
        for problem in self.validate(data):
            by_field.setdefault(problem.field, []).append(problem_text(problem))
        self._show_messages(by_field, only=self._touched)

    def _show_problems(self, problems: list[Problem], only: set[str] | None = None) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem_text(problem))
        self._show_messages(by_field, only)

    def _show_messages(self, by_field: dict[str, list[str]], only: set[str] | None = None) -> None:
        """Each field's messages under it; unless ``only`` some fields, also the summary and the focus on the first."""
        for name, label in self._errors.items():
            label.show_messages(by_field.get(name, []) if only is None or name in only else [])
        if only is not None:
            return
        unplaced = [m for f, msgs in by_field.items() if f not in self._errors for m in msgs]
        self.summary.show_messages(
            [self.tr("Nothing was saved: correct the fields marked in red."), *unplaced] if by_field else []
        )
        first = next((w for f in by_field if (w := self._field_widget(f)) is not None), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving ----------------------------------------------------------------
    def save(self) -> None:
        if self.saving or self._initial is None:
            return
        self._validate_timer.stop()
        data = self.current_input()
        wrong = {field: messages for field, messages in self.field_messages(data, final=True).items() if messages}
        if wrong:
            self._show_messages(wrong)
            return
        if not self.ready_to_save(data):
            return
        self.saving = True
        self.buttons.setEnabled(False)

        def done(saved_id: int | None) -> None:
            self.saved_id = saved_id
            self._initial = self.current_input()
            self.accept()

        def fail(exc: BaseException) -> None:
            self.saving = False
            self.buttons.setEnabled(True)
            if isinstance(exc, ValidationError):
                self._show_problems(exc.problems)
            else:
                self.summary.show_messages([error_text(exc)])
            self.save_refused(exc)

        change(self, self._db, lambda session: self.store(session, data), done, touches=self.touches, on_error=fail)

    def has_unsaved_changes(self) -> bool:
        return self._initial is not None and self.current_input() != self._initial

    def closing_refused(self) -> bool:
        return self.saving
