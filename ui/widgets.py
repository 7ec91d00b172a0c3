"""Small widgets shared by the pages and dialogs: inline error labels, optional dates, filter combos."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from . import style
from .column_fit import header_width

EMPTY_DATE = QDate(1899, 12, 31)
DATE_FORMAT = "dd.MM.yyyy"


class ErrorLabel(QLabel):
    """Red text under a field that says what is wrong with it; hidden while nothing is.

    Its line is kept free while hidden, so that the fields below do not move when a problem
    appears as the user types (a click aimed at the next field would land elsewhere).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        style.paint(self, style.ERROR)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setMinimumHeight(self.fontMetrics().lineSpacing())
        self.setVisible(False)

    def show_messages(self, messages: list[str]) -> None:
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))


EditWidget = TypeVar("EditWidget", QLineEdit, QPlainTextEdit)
# What an empty per-language field says it is for.
LANGUAGE_HINTS: dict[str, Callable[[], str]] = {
    "kk": lambda: QCoreApplication.translate("LanguageFields", "in Kazakh"),
    "ru": lambda: QCoreApplication.translate("LanguageFields", "in Russian"),
    "en": lambda: QCoreApplication.translate("LanguageFields", "in English"),
}


def language_fields(
    label: str, name: str, languages: Sequence[str], boxed: Callable[[str, QWidget], QWidget], make: Callable[[], EditWidget]
) -> tuple[QWidget, list[EditWidget]]:
    """The fields of a text kept per language (see cluster_desktop.languages) side by side, for one form row.

    Each is named ``name_<language>`` and, while empty, says its language; ``boxed(field_name, edit)``
    puts the label for its problems under it.
    """
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    edits: list[EditWidget] = []
    for language in languages:
        edit = make()
        edit.setObjectName(f"{name}_{language}")
        edit.setPlaceholderText(LANGUAGE_HINTS[language]())
        edit.setToolTip(label + " — " + LANGUAGE_HINTS[language]())
        row.addWidget(boxed(f"{name}_{language}", edit), 1)
        edits.append(edit)
    return holder, edits


def with_error(field: QWidget) -> tuple[QWidget, ErrorLabel]:
    """``field`` with an :class:`ErrorLabel` under it, as one widget for a form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    error = ErrorLabel(box)
    layout.addWidget(error)
    return box, error


class DateEdit(QDateEdit):
    """A required date in dd.mm.yyyy with a calendar, starting at ``value`` or today.

    Today comes from Python's clock (``date.today()``), not Qt's ``QDate.currentDate()``, so that
    the window and the services agree on the day and tests can set it (time-machine).
    """

    def __init__(self, name: str, value: date | None = None) -> None:
        super().__init__(QDate(value or date.today()), calendarPopup=True, displayFormat=DATE_FORMAT, objectName=name)

    def value(self) -> date:
        current = self.date()
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))


class OptionalDateEdit(QDateEdit):
    """A date field that may be left empty (shown blank)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setMinimumDate(EMPTY_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText(" ")
        self.setDate(EMPTY_DATE)

    def value(self) -> date | None:
        current = self.date()
        return None if current == EMPTY_DATE else date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(EMPTY_DATE if value is None else QDate(value.year, value.month, value.day))


_CURRENT = object()  # refill_choices: keep whatever the combo has chosen now


def refill_choices(
    combo: QComboBox, choices: Sequence[tuple[str, object]], keep: int = 1, *, select: object = _CURRENT, tooltips: bool = False
) -> bool:
    """Offer ``choices`` (text, data) after the first ``keep`` items (such as «All years»), without emitting signals.

    The chosen data stays chosen if still offered (or ``select``'s data is chosen), else the first item is; items
    already equal to ``choices`` are left alone. ``tooltips`` repeats each text as its tooltip (for long names).
    Returns whether the chosen data changed, so that the caller can apply its filter again.
    """
    chosen = combo.currentData()
    wanted = [(text, value) for text, value in choices]
    was_blocked = combo.blockSignals(True)
    try:
        if [(combo.itemText(i), combo.itemData(i)) for i in range(keep, combo.count())] != wanted:
            while combo.count() > keep:
                combo.removeItem(keep)
            for text, value in wanted:
                combo.addItem(text, value)
                if tooltips:
                    combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(chosen if select is _CURRENT else select)))
    finally:
        combo.blockSignals(was_blocked)
    return combo.currentData() != chosen


E = TypeVar("E", bound=enum.Enum)


class EnumCombo(QComboBox, Generic[E]):
    """A combo box of enum members (Qt stores str-based members as plain strings; this gives members back)."""

    def __init__(
        self,
        enum_class: type[E],
        names: Callable[[E], str],
        members: Iterable[E] | None = None,
        empty: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._enum_class = enum_class
        if empty is not None:
            self.addItem(empty, None)
        for member in members if members is not None else enum_class:
            self.addItem(names(member), member.value)

    def value(self) -> E | None:
        data = self.currentData()
        return None if data is None else self._enum_class(data)

    def set_value(self, member: E | None) -> None:
        index = self.findData(None if member is None else member.value)
        self.setCurrentIndex(max(index, 0))


def widen_to_headers(table: QTableView) -> None:
    """Make every column at least as wide as its header text, so that no translation is cut off."""
    header = table.horizontalHeader()
    model = table.model()
    for column in range(model.columnCount()):
        needed = header_width(header, str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)


SEARCH_DELAY_MS = 150  # long enough to let a word be typed, short enough to feel instant


def search_as_you_type(field: QLineEdit, apply: Callable[[], None]) -> QTimer:
    """Call ``apply`` once typing in ``field`` pauses, so each keystroke does not query the database."""
    timer = QTimer(field, singleShot=True, interval=SEARCH_DELAY_MS)
    timer.timeout.connect(apply)
    field.textChanged.connect(lambda _text: timer.start())
    return timer
