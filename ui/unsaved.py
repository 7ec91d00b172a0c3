"""The one way a dialog asks before what the user typed is thrown away.

A dialog lists :class:`ConfirmsDiscard` before ``QDialog`` (or ``QWizard``)
among its bases and says whether anything would be lost
(``has_unsaved_changes``).  Cancel, Esc and the window's close button all end
in ``reject()`` — Qt's ``closeEvent`` calls it too and keeps the window open
when it does not close — so the question is asked on every path, with «No»
(keep editing) as the default.  Saving uses ``accept()`` and is never asked.

Dialogs whose input is a set of widgets compare an :class:`InputSnapshot`
taken once the form shows what it starts from.  Dialogs that only ask for a
secret to go on (login, a backup's passphrase) and lookups (checking a
certificate) do not ask: closing them loses nothing that was meant to be kept.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from .messages import confirm


def ask_to_discard(parent: QWidget, question: str) -> bool:
    """True when the user agrees to lose the changes; the default answer is No."""
    return confirm(parent, QCoreApplication.translate("Unsaved", "Discard changes?"), question)


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        # Data and text, not the index: a list filled later moves from -1 to its empty first item unchanged.
        return widget.currentData(), widget.currentText()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime()
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    raise TypeError(f"no input value for {type(widget).__name__}")


def input_state(widgets: Iterable[QWidget]) -> tuple[object, ...]:
    """What the user can have changed in ``widgets``, comparable with ``==``."""
    return tuple(_value(widget) for widget in widgets)


class InputSnapshot:
    """The values of some input widgets at one moment, to tell later whether the user changed any."""

    def __init__(self, *widgets: QWidget) -> None:
        self._widgets = widgets
        self._clean = input_state(widgets)

    def mark_clean(self) -> None:
        """What the widgets show now counts as nothing typed (after filling or saving)."""
        self._clean = input_state(self._widgets)

    def changed(self) -> bool:
        return input_state(self._widgets) != self._clean


class ConfirmsDiscard:
    """For a ``QDialog`` subclass, listed before the Qt class: ``reject()`` asks before unsaved input is lost."""

    def has_unsaved_changes(self) -> bool:
        raise NotImplementedError

    def discard_question(self) -> str:
        return QCoreApplication.translate("Unsaved", "What you typed has not been saved. Close without saving?")

    def closing_refused(self) -> bool:
        """True while the dialog must stay open whatever the user says (a save is running)."""
        return False

    def reject(self) -> None:
        """Cancel, Esc or the close button: not while saving, and only after asking if input would be lost."""
        if self.closing_refused():
            return
        if self.has_unsaved_changes() and not ask_to_discard(self, self.discard_question()):  # type: ignore[arg-type]
            return
        super().reject()  # type: ignore[misc]
