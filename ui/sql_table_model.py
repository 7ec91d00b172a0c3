"""The one table-model pattern for long lists: count and pages come from SQL, lazily.

The model keeps only the row count and the pages the view has asked for.  A
change of filter or sort runs one count and the first page in the background
and then resets the model; scrolling asks for further pages the same way and
shows «…» until they arrive.  Filtering and sorting therefore cost what the
database's indexes cost, whatever the number of rows (never a
QSortFilterProxyModel over Python lists).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from sqlalchemy.orm import Session

from cluster_desktop.db import Database

from .column_fit import ColumnFit
from .operations import query
from .widgets import widen_to_headers

Row = TypeVar("Row")
Query = TypeVar("Query")
PAGE_SIZE = 200
MAX_CACHED_PAGES = 50
PENDING_TEXT = "…"
Index = QModelIndex | QPersistentModelIndex


LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # numbers and dates


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header, how to show a row's value, and the sort key it maps to (if any).

    ``foreground`` and ``background`` give a row's colour (a :mod:`ui.style` name, or None for
    the palette's), ``tooltip`` its tooltip (else the text shown) and ``icon`` an icon beside it;
    ``edit`` makes the cell typed into (in a list model): it returns the row with the typed text in it.
    """

    header: Callable[[], str]
    display: Callable[[Row], Any]
    sort_key: Any = None
    align: Qt.AlignmentFlag = LEFT
    foreground: Callable[[Row], str | None] | None = None
    background: Callable[[Row], str | None] | None = None
    tooltip: Callable[[Row], str | None] | None = None
    icon: Callable[[Row], QIcon | None] | None = None
    edit: Callable[[Row, str], Row] | None = None

    def value(self, row: Row, role: int) -> Any:
        """What the view asks of ``row`` in this column for ``role``."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row) if self.tooltip is not None else self.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.align
        colour = (
            self.foreground
            if role == Qt.ItemDataRole.ForegroundRole
            else self.background
            if role == Qt.ItemDataRole.BackgroundRole
            else None
        )
        if colour is not None:
            name = colour(row)
            return QColor(name) if name else None
        if role == Qt.ItemDataRole.DecorationRole and self.icon is not None:
            return self.icon(row)
        return None


class ColumnTableModel(QAbstractTableModel, Generic[Row]):
    """What every table model here shares: rows shown through their Columns; a subclass says where rows come from."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)

    def row(self, number: int) -> Row | None:
        raise NotImplementedError

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[section].header()  # the tooltip shows a header shortened by a narrow column whole
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        return None if row is None else self._columns[index.column()].value(row, role)

    def text(self, number: int, column: int) -> str:
        """What cell (``number``, ``column``) shows, as text."""
        value = self.data(self.index(number, column))
        return "" if value is None else str(value)


class SqlTableModel(ColumnTableModel[Row], Generic[Row, Query]):
    """A read-only table over ``count(session, query)`` and ``page(session, query, sort, descending, offset, limit, total)``."""

    loaded = Signal()  # a new query's count and first page are on screen
    failed = Signal(object)

    def __init__(
        self,
        database: Database,
        columns: Sequence[Column[Row]],
        count: Callable[[Session, Query], int],
        page: Callable[[Session, Query, Any, bool, int, int, int], list[Row]],
        query: Query,
        sort_key: Any,
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._db = database
        self._count_fn = count
        self._page_fn = page
        self._query = query
        self._sort_key = sort_key
        self._descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self._started = False
        self.loading = False

    # -- what the view asks ------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        row = self.row(index.row())
        if row is None:
            return PENDING_TEXT if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) else None
        return column.value(row, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self._sort_key, self._descending):
            return  # the view re-announces its sort order when set up; do not query again
        self._sort_key, self._descending = key, descending
        if self._started:
            self.refresh()

    def sortable_column(self, key: Any) -> int:
        return next(i for i, c in enumerate(self._columns) if c.sort_key == key)

    # -- what the page asks --------------------------------------------------
    def row(self, number: int) -> Row | None:
        """The row at ``number`` if its page is here; otherwise asks for the page and returns None."""
        if not 0 <= number < self._count:
            return None
        page_number = number // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            self._fetch_page(page_number)
            return None
        self._pages.move_to_end(page_number)
        offset = number - page_number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def set_query(self, query: Query) -> None:
        self._query = query
        self.refresh()

    @property
    def query(self) -> Query:
        return self._query

    @property
    def sort_order(self) -> tuple[Any, bool]:
        """The sort key and direction the rows are in now: what exporting «the list as shown» uses."""
        return self._sort_key, self._descending

    def refresh(self) -> None:
        """Count and fetch the first page again (after a change of filter, sort or data)."""
        self._started = True
        self._generation += 1
        generation = self._generation
        shown, sort_key, descending = self._query, self._sort_key, self._descending
        self.loading = True

        def read(session: Session) -> tuple[int, list[Row]]:
            count = self._count_fn(session, shown)
            first = self._page_fn(session, shown, sort_key, descending, 0, PAGE_SIZE, count) if count else []
            return count, first

        def done(result: tuple[int, list[Row]]) -> None:
            if generation != self._generation:
                return  # a newer keystroke has already asked again
            self.beginResetModel()
            self._count, first = result
            self._pages = OrderedDict({0: first}) if first else OrderedDict()
            self._pending.clear()
            self.endResetModel()
            self.loading = False
            self.loaded.emit()

        def fail(exc: BaseException) -> None:
            if generation == self._generation:
                self.loading = False
                self.failed.emit(exc)

        query(None, self._db, read, done, on_error=fail, owner=self)

    def _fetch_page(self, page_number: int) -> None:
        if page_number in self._pending:
            return
        self._pending.add(page_number)
        generation = self._generation
        shown, sort_key, descending, total = self._query, self._sort_key, self._descending, self._count

        def read(session: Session) -> list[Row]:
            return self._page_fn(session, shown, sort_key, descending, page_number * PAGE_SIZE, PAGE_SIZE, total)

        def done(rows: list[Row]) -> None:
            if generation != self._generation:
                return
            self._pending.discard(page_number)
            self._pages[page_number] = rows
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
            first = page_number * PAGE_SIZE
            last = min(first + len(rows), self._count) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))

        def fail(exc: BaseException) -> None:
            self._pending.discard(page_number)
            if generation == self._generation:
                self.failed.emit(exc)

        query(None, self._db, read, done, on_error=fail, owner=self)


def list_view(
    model: QAbstractTableModel,
    name: str,
    widths: Sequence[int] = (),
    *,
    sort_column: int = 0,
    descending: bool = False,
    several: bool = False,
    sortable: bool = True,
) -> QTableView:
    """The table every list shows over a :class:`SqlTableModel` or a :class:`ui.list_table_model.ListTableModel`: whole rows, read-only, sortable by header."""
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection if several else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if sortable:
        table.setSortingEnabled(True)
        table.sortByColumn(sort_column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    widen_to_headers(table)
    ColumnFit(table)  # the widths above are preferred: all columns shrink to fit the table, dates and numbers excepted
    return table
