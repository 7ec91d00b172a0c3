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

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from cluster_desktop.errors import TRANSLATION_CONTEXT, Problem
from cluster_desktop.services.import_columns import FIELD_BY_KEY
from cluster_desktop.services.learner_import import ImportReport, RowProblem
from cluster_desktop.spreadsheets.cells import CellProblem, shown, to_id_number
from cluster_desktop.spreadsheets.reader import Table, Value

from .. import style
from ..list_table_model import ListTableModel
from ..messages import problem_text
from ..sql_table_model import Column

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


PreviewRow = tuple[int, list[Value]]  # (the row's number as Excel shows it, its values)


class PreviewModel(ListTableModel[PreviewRow]):
    """Rows of the file, one Column per column of the file; cells with problems coloured, their messages in the tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self._table: Table | None = None
        self._mapping: dict[int, str] = {}
        self._cells: dict[tuple[int, int | None], list[str]] = {}  # (Excel row, column index or None) → messages
        self._bad_rows: set[int] = set()
        self._only_problems = False

    def set_table(self, table: Table | None, mapping: dict[int, str]) -> None:
        self._table, self._mapping, self._cells = table, dict(mapping), {}
        self._show()

    def set_problems(self, problems: Sequence[RowProblem]) -> None:
        self._cells = {}
        for p in problems:
            self._cells.setdefault((p.row, p.column_index), []).append(
                problem_message(p) if p.column_index is not None else f"{problem_column(p)}: {problem_message(p)}"
            )
        self._show()

    def set_only_problems(self, only: bool) -> None:
        self._only_problems = only
        self._show()

    def _show(self) -> None:
        rows = self._table.rows if self._table else []
        self._bad_rows = {row for row, _c in self._cells}
        shown_rows = [r for r in rows if r[0] in self._bad_rows] if self._only_problems and self._cells else rows
        headers = self._table.headers if self._table else []
        columns = [self._number_column(), *(self._value_column(i, header) for i, header in enumerate(headers))] if self._table else []
        self.set_rows(shown_rows, columns)

    def _tooltip(self, number: int, column: int | None) -> str | None:
        messages = self._cells.get((number, column))
        return "\n".join(messages) if messages else None

    def _number_column(self) -> Column[PreviewRow]:
        """The row's number, tinted when the row has a problem and darker when the problem has no column of its own."""
        def background(row: PreviewRow) -> str | None:
            if self._cells.get((row[0], None)):
                return style.ERROR_BACKGROUND_STRONG
            return style.ERROR_BACKGROUND if row[0] in self._bad_rows else None

        return Column(lambda: translate("ImportWizard", "Row"), lambda row: row[0], tooltip=lambda row: self._tooltip(row[0], None), background=background)

    def _value_column(self, index: int, header: str) -> Column[PreviewRow]:
        """The file's column ``index``: «header → field» above it, greyed when it is not imported."""
        key = self._mapping.get(index)

        def title() -> str:
            label = QCoreApplication.translate(TRANSLATION_CONTEXT, FIELD_BY_KEY[key].label) if key else translate("ImportWizard", "not imported")
            return f"{header or f'#{index + 1}'}\n→ {label}"

        def display(row: PreviewRow) -> str:
            value = row[1][index] if index < len(row[1]) else None
            if key == "iin" and value is not None:
                try:
                    return to_id_number(value)  # the leading zero Excel dropped, as it will be imported
                except CellProblem:
                    pass
            return "" if value is None else shown(value)

        return Column(
            title, display, tooltip=lambda row: self._tooltip(row[0], index),
            background=lambda row: style.ERROR_BACKGROUND if self._cells.get((row[0], index)) else None,
            foreground=None if key else lambda _row: style.HINT,
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and orientation == Qt.Orientation.Horizontal and section > 0 and (section - 1) not in self._mapping:
            return QColor(style.HINT)
        return super().headerData(section, orientation, role)

    def messages_at(self, row: int, column: int) -> list[str]:
        """The messages shown on a cell (for tests and for the status line)."""
        shown_row = self.row(row)
        number = shown_row[0] if shown_row is not None else 0
        return list(self._cells.get((number, None if column == 0 else column - 1), []))


def report_text(report: ImportReport, file_name: str, cancelled: bool = False) -> str:
    """What happened, in the user's language: a summary, then one line per problem."""
    lines = [translate("ImportWizard", "Import of «{name}»").format(name=file_name)]
    if cancelled:
        lines.append(translate("ImportWizard", "The import was cancelled: nothing was changed."))
    elif report.written:
        lines.append(translate("ImportWizard", "Imported: new learners — {created}, updated — {updated}, enrolled in groups — {enrolled}.").format(
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
