"""Remembered layout: splitter sizes, table columns and the open tab of a page, kept in QSettings.

Each part is stored under ``"<prefix>/<name>"`` (e.g. ``"partners/agreements_header"``); the keys are what the
pages have always used, so a layout saved by an earlier version still applies.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QTabWidget, QTreeView

LayoutPart = QSplitter | QHeaderView | QTableView | QTreeView | QTabWidget


def _with_state(part: LayoutPart) -> QSplitter | QHeaderView:
    """The object whose ``saveState``/``restoreState`` hold ``part``'s layout (a view's column header)."""
    if isinstance(part, QTableView):
        return part.horizontalHeader()
    if isinstance(part, QTreeView):
        return part.header()
    assert isinstance(part, QSplitter | QHeaderView)
    return part


def restore_layout(prefix: str, parts: Mapping[str, LayoutPart],
                   fallback_sizes: Mapping[str, Sequence[int]] | None = None) -> None:
    """Put back what :func:`save_layout` stored, in ``parts``' order (a tab index, too; 0 when none was saved).

    A splitter named in ``fallback_sizes`` gets those sizes when nothing usable was saved for it.
    """
    settings = QSettings()
    for name, part in parts.items():
        value = settings.value(f"{prefix}/{name}")
        if isinstance(part, QTabWidget):
            part.setCurrentIndex(_index(value))
            continue
        restored = isinstance(value, QByteArray) and _with_state(part).restoreState(value)
        if not restored and fallback_sizes and name in fallback_sizes and isinstance(part, QSplitter):
            part.setSizes(list(fallback_sizes[name]))


def save_layout(prefix: str, parts: Mapping[str, LayoutPart]) -> None:
    """Store each part's layout under ``"<prefix>/<name>"``."""
    settings = QSettings()
    for name, part in parts.items():
        key = f"{prefix}/{name}"
        if isinstance(part, QTabWidget):
            settings.setValue(key, part.currentIndex())
        else:
            settings.setValue(key, _with_state(part).saveState())


class RememberedLayout:
    """The named layout parts of one page: restored when this is made, stored again by :meth:`save`."""

    def __init__(self, prefix: str, parts: Mapping[str, LayoutPart],
                 fallback_sizes: Mapping[str, Sequence[int]] | None = None) -> None:
        self.prefix = prefix
        self.parts = dict(parts)
        restore_layout(prefix, self.parts, fallback_sizes)

    def save(self) -> None:
        save_layout(self.prefix, self.parts)


def _index(value: object) -> int:
    """A saved tab index (INI files give it back as text); 0 for nothing or something unreadable."""
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0
