"""Export a list from any page: ask where (.xlsx or .csv), then write it off the GUI thread.

A page calls :func:`ask_and_export` with a function that builds the core's
:class:`~cluster_desktop.services.list_export.ExportList` as the page shows it
now (its filter and sort); the file dialog opens with ``open()``, so nothing
blocks, and the writing runs in :func:`~ui.tasks.run_in_background` with a
progress dialog that can cancel (a cancelled export leaves no file).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.errors import TRANSLATION_CONTEXT

from .file_dialogs import FileKind, ask_for_path
from .operations import query
from .tasks import Progress

translate = QCoreApplication.translate  # lupdate collects translate("Export", "…") calls


def _translate_core(text: str) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


def export_to(parent: QWidget, database: Database, spec: Any, path: Path, on_done: Callable[[int], None] | None = None) -> None:
    """Write ``spec`` to ``path`` in the background; tell the user how many rows went where."""
    from cluster_desktop.services.list_export import export_list

    def work(session: Session, progress: Progress) -> int:
        return export_list(
            session, spec, path, _translate_core,
            lambda done, total: progress.update(done, total, translate("Export", "Writing row {done} of {total}…").format(done=done, total=total)),
        )

    def done(count: int) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, translate("Export", "Export"),
                          translate("Export", "Rows written to «{name}»: {count}.").format(name=path.name, count=count),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("export_done")
        box.open()
        if on_done is not None:
            on_done(count)

    query(parent, database, work, done, label=translate("Export", "Exporting the list…"))


def ask_and_export(parent: QWidget, database: Database, make_spec: Callable[[], Any], suggested_name: str,
                   on_done: Callable[[int], None] | None = None) -> QFileDialog:
    """Open a save dialog for .xlsx/.csv; once a file is chosen, export ``make_spec()`` to it."""

    def chosen(path: Path) -> None:
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in dialog.selectedNameFilter().lower() else ".xlsx")
        export_to(parent, database, make_spec(), path, on_done)

    dialog = ask_for_path(
        parent, FileKind.EXPORT, translate("Export", "Export the list"), chosen,
        filters=[translate("Export", "Excel workbook (*.xlsx)"), translate("Export", "CSV, comma-separated (*.csv)")], save=True,
        name=f"{suggested_name}.xlsx", default_suffix="xlsx", object_name="export_file_dialog",
    )
    return dialog
