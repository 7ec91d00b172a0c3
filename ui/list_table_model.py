"""The table model for short lists already in memory (a group's members, the backups on a stick, an entry's changes).

It shows rows through the same :class:`ui.sql_table_model.Column` as the long
lists, colours and tooltips included, so that every table is described one way;
only where the rows come from differs (and a short list may be typed into).  Shown with
``list_view(model, name, sortable=False)``: the rows keep the order they are given in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from .sql_table_model import Column, ColumnTableModel, Index, Row


class ListTableModel(ColumnTableModel[Row]):
    """Rows given whole by :meth:`set_rows`; the cells of a Column with ``edit`` are typed into."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row], columns: Sequence[Column[Row]] | None = None) -> None:
        """Show ``rows`` (under other ``columns`` too, where one table shows one kind of list or another)."""
        self.beginResetModel()
        self._rows = list(rows)
        if columns is not None:
            self._columns = list(columns)
        self.endResetModel()

    def append_row(self, row: Row) -> int:
        """Add ``row`` at the end; returns its number."""
        number = len(self._rows)
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(row)
        self.endInsertRows()
        return number

    def remove_row(self, number: int) -> None:
        if 0 <= number < len(self._rows):
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self.endRemoveRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._columns[index.column()].edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row(index.row()) if index.isValid() else None
        edit = self._columns[index.column()].edit if row is not None else None
        if row is None or edit is None or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()] = edit(row, "" if value is None else str(value))
        self.dataChanged.emit(index, index)
        return True

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def row(self, number: int) -> Row | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)
