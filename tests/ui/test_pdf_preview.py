"""The PDF preview: shows the pages, prints every page, saves a copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from tests.ui.conftest import wait_idle
from ui.pdf_preview import PdfPreview


def two_pages(path: Path) -> Path:
    canvas = Canvas(str(path))
    for text in ("first", "second"):
        canvas.drawString(100, 700, text)
        canvas.showPage()
    canvas.save()
    return path


def page_count(path: Path) -> int:
    document = QPdfDocument()
    document.load(str(path))
    try:
        return document.pageCount()
    finally:
        document.close()


def test_preview_prints_and_saves_every_page(qtbot: QtBot, tmp_path: Path) -> None:
    source = two_pages(tmp_path / "batch.pdf")
    preview = PdfPreview(source, "Certificates")
    qtbot.addWidget(preview)
    preview.open()
    assert preview.document.pageCount() == 2
    assert "2" in preview.pages_label.text()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    preview.print_on(printer)
    wait_idle(qtbot)
    assert page_count(printed) == 2

    saved = preview.save_to(tmp_path / "copy")
    assert saved == tmp_path / "copy.pdf"
    assert saved.read_bytes() == source.read_bytes()


def test_saving_into_a_missing_folder_says_so_and_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    preview = PdfPreview(two_pages(tmp_path / "one.pdf"), "Certificates")
    qtbot.addWidget(preview)
    assert preview.save_to(tmp_path / "missing" / "copy.pdf") is None
    assert not (tmp_path / "missing").exists()
