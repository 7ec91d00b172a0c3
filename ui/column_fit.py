"""Columns that fit their table: every header whole, dates and numbers whole, names shortened at the end.

A page gives each column a preferred width (:func:`ui.sql_table_model.list_view`). When the
columns together are wider than the table (a 1366-pixel screen, a long Kazakh or Russian header),
the text columns give up width in proportion to what they have above their header's width (and
above their texts' width, up to :data:`KEEP_WHOLE`), so that the last column (often the status)
stays on screen; dates and numbers keep their whole width.  A text shortened this way ends in «…» and shows whole in its tooltip (see ``Column.value``).
Once the user drags a column (or a remembered layout is restored), the widths are theirs: they
are only widened where a header, a date or a number would be cut (a layout remembered in the
other language, say).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

MIN_TEXT_WIDTH = 60  # a text column is never made narrower than this (nor than its header)
KEEP_WHOLE = 120  # nor narrower than its texts up to this width: an IIN, a number, a short status stay whole


def header_width(header: QHeaderView, text: str) -> int:
    """The width a section needs to show ``text`` whole, with room for the sort arrow."""
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    text_width = max((header.fontMetrics().horizontalAdvance(line) for line in text.split("\n")), default=0)
    return text_width + 3 * margin + arrow


def _is_firm(table: QTableView, column: int) -> bool:
    """Whether ``column`` holds dates or numbers (right-aligned): those are never shortened."""
    model = table.model()
    if model.rowCount() == 0:
        return False
    align = model.data(model.index(0, column), Qt.ItemDataRole.TextAlignmentRole)
    return align is not None and bool(Qt.AlignmentFlag(int(align)) & Qt.AlignmentFlag.AlignRight)


def fitted_widths(
    preferred: list[int], floors: list[int], firm: list[bool], available: int, contents: list[int] | None = None
) -> list[int]:
    """``preferred`` widths, the text (not ``firm``) columns shrunk towards their ``floors`` until all fit in ``available``.

    Room left over goes to the text columns whose ``contents`` (the width of their texts) are wider than
    they are, in proportion to what they lack, so that names are shortened only when they must be.
    """
    widths = [max(p, f) for p, f in zip(preferred, floors, strict=True)]
    excess = sum(widths) - available
    if excess < 0 and contents is not None:
        lacking = [0 if hard else max(0, c - w) for w, c, hard in zip(widths, contents, firm, strict=True)]
        if sum(lacking):
            share = min(1.0, -excess / sum(lacking))
            return [w + int(lack * share) for w, lack in zip(widths, lacking, strict=True)]
    room = [0 if hard else w - f for w, f, hard in zip(widths, floors, firm, strict=True)]
    total_room = sum(room)
    if excess <= 0 or total_room <= 0:
        return widths
    share = min(1.0, excess / total_room)
    shrunk = [w - int(r * share + 0.999) for w, r in zip(widths, room, strict=True)]
    return [max(s, f) for s, f in zip(shrunk, floors, strict=True)]


class ColumnFit(QObject):
    """Keeps ``table``'s columns fitted (see the module): on resizing the table and on new rows."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        header = table.horizontalHeader()
        self._preferred = [header.sectionSize(c) for c in range(header.count())]
        self._last: list[int] | None = list(self._preferred)  # the widths set last; others are the user's
        self.user_sized = False
        model = table.model()
        model.modelReset.connect(self.fit)
        model.rowsInserted.connect(self.fit)
        model.headerDataChanged.connect(self.fit)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _sized_by_user(self) -> bool:
        """Whether a column is no longer as wide as it was set here (dragged, or restored from a remembered layout)."""
        header = self._table.horizontalHeader()
        if self._last is None or len(self._last) != header.count():
            self._last = None  # other columns now: fitted afresh
            return False
        last = header.logicalIndex(header.count() - 1)  # stretched to the table's edge by the header itself
        return any(header.sectionSize(c) != width for c, width in enumerate(self._last) if c != last)

    def fit(self) -> None:
        table, header, model = self._table, self._table.horizontalHeader(), self._table.model()
        available = table.viewport().width()
        if available <= 0 or model.columnCount() == 0:
            return
        self.user_sized = self.user_sized or self._sized_by_user()
        columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        preferred, floors, firm, whole, contents = [], [], [], [], []
        for column in columns:
            needed = header_width(header, str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            hard = _is_firm(table, column)
            content = table.sizeHintForColumn(column) if model.rowCount() else 0
            wanted = self._preferred[column] if column < len(self._preferred) else header.defaultSectionSize()
            floors.append(max(needed, content if hard else min(content, KEEP_WHOLE), MIN_TEXT_WIDTH))
            # A date or a number needs no more than itself and its header; a text column on rows no more than its texts.
            preferred.append(floors[-1] if hard else min(wanted, max(content, floors[-1])) if model.rowCount() else wanted)
            firm.append(hard)
            whole.append(max(needed, content if hard else 0))
            contents.append(content)
        if self.user_sized:
            # The user's widths (perhaps remembered from the other language), widened only where a header, date or number would be cut.
            widths = [max(header.sectionSize(c), least) for c, least in zip(columns, whole, strict=True)]
        else:
            widths = fitted_widths(preferred, floors, firm, available, contents)
        for column, width in zip(columns, widths, strict=True):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        self._last = [header.sectionSize(c) for c in range(header.count())]
