"""The import wizard's preview: the file's rows with every problem marked on its cell, and the report.

A model over the table the reader returned (never one item widget per cell: a
class list is 30 rows, a college's register 10,000).  The first column is the
row number as Excel shows it; a problem of a field the file has no column for
is marked there.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from cluster_desktop.errors import TRANSLATION_CONTEXT, Problem
from cluster_desktop.services.import_columns import FIELD_BY_KEY
from cluster_desktop.services.learner_import import ImportReport, RowProblem
from cluster_desktop.spreadsheets.cells import CellProblem, shown, to_id_number
from cluster_desktop.spreadsheets.reader import Table

from .. import style
from ..messages import problem_text

PROBLEM_COLOUR = QColor(style.ERROR_BACKGROUND)
ROW_PROBLEM_COLOUR = QColor(style.ERROR_BACKGROUND_STRONG)
Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate  # lupdate collects translate("ImportWizard", "…") calls


def problem_message(problem: RowProblem) -> str:
    return problem_text(Problem("", problem.template, problem.params))


def problem_column(problem: RowProblem) -> str:
    """The file's header as is; a field's label (the file has no such column) in the user's language."""
    return problem.column if problem.column_index is not None else QCoreApplication.translate(TRANSLATION_CONTEXT, problem.column)


def problem_line(problem: RowProblem) -> str:
    return translate("ImportWizard", 'Row {row}, column «{column}»: {message}').format(
        row=problem.row, column=problem_column(problem), message=problem_message(problem)
    )


class PreviewModel(QAbstractTableModel):
    """Rows of the file; cells with problems coloured, their messages in the tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: Table | None = None
        self._mapping: dict[int, str] = {}
        self._cells: dict[tuple[int, int | None], list[str]] = {}  # (Excel row, column index or None) → messages
        self._shown: list[int] = []  # indexes into table.rows
        self._bad_rows: set[int] = set()
        self._only_problems = False

    def set_table(self, table: Table | None, mapping: dict[int, str]) -> None:
        self.beginResetModel()
        self._table, self._mapping, self._cells = table, dict(mapping), {}
        self._refilter()
        self.endResetModel()

    def set_problems(self, problems: Sequence[RowProblem]) -> None:
        self.beginResetModel()
        self._cells = {}
        for p in problems:
            self._cells.setdefault((p.row, p.column_index), []).append(
                problem_message(p) if p.column_index is not None else f"{problem_column(p)}: {problem_message(p)}"
            )
        self._refilter()
        self.endResetModel()

    def set_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self._only_problems = only
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        rows = self._table.rows if self._table else []
        self._bad_rows = {row for row, _c in self._cells}
        if self._only_problems and self._cells:
            self._shown = [i for i, (number, _v) in enumerate(rows) if number in self._bad_rows]
        else:
            self._shown = list(range(len(rows)))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else len(self._table.headers) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or self._table is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return translate("ImportWizard", "Row")
            header = self._table.headers[section - 1] or f"#{section}"
            key = self._mapping.get(section - 1)
            label = QCoreApplication.translate(TRANSLATION_CONTEXT, FIELD_BY_KEY[key].label) if key else translate("ImportWizard", "not imported")
            return f"{header}\n→ {label}"
        if role == Qt.ItemDataRole.ForegroundRole and section > 0 and (section - 1) not in self._mapping:
            return QColor(style.HINT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        number, values = self._table.rows[self._shown[index.row()]]
        column = None if index.column() == 0 else index.column() - 1
        if role == Qt.ItemDataRole.DisplayRole:
            if column is None:
                return number
            value = values[column] if column < len(values) else None
            if self._mapping.get(column) == "iin" and value is not None:
                try:
                    return to_id_number(value)  # the leading zero Excel dropped, as it will be imported
                except CellProblem:
                    pass
            return "" if value is None else shown(value)
        messages = self._cells.get((number, column))
        if role == Qt.ItemDataRole.ToolTipRole and messages:
            return "\n".join(messages)
        if role == Qt.ItemDataRole.BackgroundRole:
            if messages:
                return ROW_PROBLEM_COLOUR if column is None else PROBLEM_COLOUR
            if column is None and number in self._bad_rows:
                return PROBLEM_COLOUR
        if role == Qt.ItemDataRole.ForegroundRole and column is not None and column not in self._mapping:
            return QColor(style.HINT)
        return None

    def messages_at(self, row: int, column: int) -> list[str]:
        """The messages shown on a cell (for tests and for the status line)."""
        number = self._table.rows[self._shown[row]][0] if self._table else 0
        return list(self._cells.get((number, None if column == 0 else column - 1), []))


def report_text(report: ImportReport, file_name: str, cancelled: bool = False) -> str:
    """What happened, in the user's language: a summary, then one line per problem."""
    lines = [translate("ImportWizard", "Import of «{name}»").format(name=file_name)]
    if cancelled:
        lines.append(translate("ImportWizard", "The import was cancelled: nothing was changed."))
    elif report.written:
        lines.append(translate("ImportWizard", "Imported: {created} new learners, {updated} updated, {enrolled} enrolled in groups.").format(
            created=report.created, updated=report.updated, enrolled=report.enrolled))
        if report.groups_created:
            lines.append(translate("ImportWizard", "Groups created: {names}.").format(names=", ".join(report.groups_created)))
    else:
        lines.append(translate("ImportWizard", "Nothing was imported: some rows have problems, and only a complete file is imported."))
    lines.append(translate("ImportWizard", "Rows in the file: {rows}; valid: {valid}; with problems: {invalid}; already registered and skipped: {skipped}.").format(
        rows=report.rows, valid=report.valid, invalid=len(report.invalid_rows), skipped=report.skipped_existing))
    if report.problems:
        lines.append("")
        lines.extend(problem_line(p) for p in report.problems)
    return "\n".join(lines)


def save_report(report: ImportReport, file_name: str, path: Path, cancelled: bool = False) -> None:
    """Save the report as text, or as a table when ``path`` ends in .csv/.xlsx."""
    if path.suffix.lower() in (".csv", ".xlsx"):
        from cluster_desktop.spreadsheets.writer import Cell, write_table

        rows: list[list[Cell]] = [[p.row, problem_column(p), problem_message(p)] for p in report.problems]
        write_table(path, [translate("ImportWizard", "Row"), translate("ImportWizard", "Column"), translate("ImportWizard", "Problem")], rows, title=translate("ImportWizard", "Import report"))
        return
    path.write_text(report_text(report, file_name, cancelled) + "\n", encoding="utf-8")
