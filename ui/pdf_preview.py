"""Preview a PDF the program made (certificates, registry, agreements), then print or save it.

The preview uses QtPdf.  Printing renders each page to an image at the
printer's resolution off the GUI thread (QPainter may paint on a QPrinter in
another thread; the worker loads its own QPdfDocument), with the usual
progress dialog that can cancel.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QToolBar, QVBoxLayout, QWidget

from .file_dialogs import FileKind, ask_for_path
from .messages import show_error
from .tasks import Progress, run_in_background

# Sharp for text and QR codes on paper; 1200 dpi would take seconds a page.
PRINT_DPI = 300


def print_pdf(path: Path, printer: QPrinter, progress: Progress | None = None) -> int:
    """Print every page of ``path`` on ``printer``; returns the pages printed.  Runs on any thread."""
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise OSError(f"cannot read {path}")
    pages = document.pageCount()
    printer.setResolution(min(printer.resolution(), PRINT_DPI))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer cannot be started")
    try:
        for page in range(pages):
            if progress is not None:
                progress.update(page, pages)
            target = painter.viewport()
            size = document.pagePointSize(page).toSize().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(page, size)
            painter.drawImage(target.topLeft(), image)
            if page + 1 < pages:
                printer.newPage()
    finally:
        painter.end()
        document.close()
    return pages


class PdfPreview(QDialog):
    """Shows ``path``; Print… and Save as… act on the same file."""

    def __init__(self, path: Path, title: str, suggested_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._suggested = suggested_name or self.path.name
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self, objectName="pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setDocument(self.document)
        self.pages_label = QLabel(objectName="pages_label")
        toolbar = QToolBar(self)
        self.print_action = QAction(self.tr("&Print…"), self, shortcut=QKeySequence.StandardKey.Print, triggered=self.print_document)
        self.save_action = QAction(self.tr("&Save as…"), self, shortcut=QKeySequence.StandardKey.Save, triggered=self.save_as)
        fit_width = QAction(self.tr("Fit width"), self, triggered=lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        fit_page = QAction(self.tr("Whole page"), self, triggered=lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        for action in (self.print_action, self.save_action, fit_width, fit_page):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addWidget(self.pages_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 1)
        self.resize(QSize(820, 900).boundedTo(self.screen().availableGeometry().size() * 0.9))
        self.document.load(str(self.path))
        self.pages_label.setText(self.tr("%n page(s)", "", self.document.pageCount()))

    def save_as(self) -> QFileDialog:
        return ask_for_path(self, FileKind.PDF, self.tr("Save as PDF"), self.save_to, filters=[self.tr("PDF (*.pdf)")], save=True, name=self._suggested)

    def save_to(self, target: Path) -> Path | None:
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            if target.resolve() != self.path.resolve():
                temporary = target.with_name(f".~{target.name}")
                shutil.copyfile(self.path, temporary)
                temporary.replace(target)
        except OSError as exc:
            show_error(self, exc)
            return None
        return target

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_on(printer)

    def print_on(self, printer: QPrinter) -> None:
        """Print on a printer already set up (the print dialog's, or a PDF printer in tests)."""
        path = self.path

        def work(progress: Progress) -> int:
            return print_pdf(path, printer, progress)

        run_in_background(
            work, None, lambda exc: show_error(self, exc), parent=self, label=self.tr("Printing…")
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.document.close()
        super().closeEvent(event)
