"""The book of issued certificates as PDF: a table over as many A4 pages as it needs.

The header row repeats on every page, and each page carries the book's title,
the college and a page number.  IINs arrive already masked (all but the last 4
digits) from the caller.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from ..college import CollegeDetails
from ..dates import numeric_date
from . import fonts
from .texts import document_texts

# Column widths as shares of the frame's width: №, number, date, name, IIN, programme, status.
_SHARES = (0.045, 0.135, 0.085, 0.25, 0.10, 0.285, 0.10)


@dataclass(frozen=True)
class RegistryLine:
    number: str
    issued_on: date
    full_name: str
    iin_masked: str
    programme: str
    status: str  # "issued", "revoked", "duplicate" are printed in the book's language; other text as it is


def render_registry(rows: Sequence[RegistryLine], target: Path | BinaryIO, college: CollegeDetails, language: str) -> None:
    """Write the registry book to ``target`` (a Path is written whole or not at all: see ``files.atomic_write``)."""
    if isinstance(target, (str, os.PathLike)):
        from ..files import atomic_write

        atomic_write(Path(target), lambda stream: _render(rows, stream, college, language))
        return
    _render(rows, target, college, language)


def _render(rows: Sequence[RegistryLine], stream: BinaryIO, college: CollegeDetails, language: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    texts = document_texts("registry", language)
    regular, bold = fonts.regular(), fonts.bold()
    page_size = landscape(A4)
    doc = SimpleDocTemplate(
        stream,
        pagesize=page_size,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=24 * mm,
        bottomMargin=16 * mm,
        title=texts["title"],
        author=college.name(language),
        creator="Cluster Desktop",
        initialFontName=regular,  # else every page names Helvetica, which cannot print Kazakh
    )
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", parent=cell, fontName=bold, textColor=colors.white)
    title = ParagraphStyle("title", fontName=bold, fontSize=15, leading=19, alignment=1)
    subtitle = ParagraphStyle("subtitle", fontName=regular, fontSize=10, leading=13, alignment=1)

    statuses = texts["statuses"]
    data: list[list[Any]] = [[Paragraph(_escape(text), head) for text in texts["columns"]]]
    for index, row in enumerate(rows, start=1):
        data.append(
            [
                Paragraph(str(index), cell),
                Paragraph(_escape(row.number), cell),
                Paragraph(numeric_date(row.issued_on), cell),
                Paragraph(_escape(row.full_name), cell),
                Paragraph(_escape(row.iin_masked), cell),
                Paragraph(_escape(row.programme), cell),
                Paragraph(_escape(statuses.get(row.status, row.status)), cell),
            ]
        )
    width = page_size[0] - doc.leftMargin - doc.rightMargin
    table = LongTable(data, colWidths=[share * width for share in _SHARES], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), regular),  # the table's own default is Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.09, 0.22, 0.42)),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.Color(0.94, 0.96, 0.99)]),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.6, 0.65, 0.72)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    story = [
        Paragraph(_escape(texts["title"]), title),
        Paragraph(_escape(college.name(language)) + " · " + _escape(texts["college_bin"].format(bin=college.bin)), subtitle),
        Paragraph(_escape(texts["printed_on"].format(date=numeric_date(date.today()))), subtitle),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 3 * mm),
        Paragraph(_escape(texts["total"].format(count=len(rows))), ParagraphStyle("total", parent=subtitle, alignment=0)),
    ]

    def decorate(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColorRGB(0.33, 0.36, 0.40)
        top = page_size[1] - 12 * mm
        canvas.drawString(doc.leftMargin, top, texts["title"])
        canvas.drawRightString(page_size[0] - doc.rightMargin, top, college.name(language))
        canvas.drawCentredString(page_size[0] / 2, 8 * mm, texts["page"].format(page=document.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


def _escape(text: str) -> str:
    """Paragraph text is mini-HTML: escape what it would read as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
