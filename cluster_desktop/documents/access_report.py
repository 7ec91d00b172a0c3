"""The subject access report as PDF: everything the college holds about one person, in one language, on portrait A4.

The words and rows arrive ready in an :class:`AccessReport` (filled by
``services.access_report``); this module only lays them out: the college's
header, the title and the person, then one numbered heading per section with
its table (header repeated on every page, cells wrapping) or «none».  Every
page says «page X of Y» and the day it was made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, BinaryIO

from ..dates import numeric_date
from . import fonts
from .outcome_report import HEAD_SIZE, column_widths
from .outcome_tables import ReportTable, cell_text
from .page_numbers import numbered_canvas

NAVY = (0.09, 0.22, 0.42)
STRIPE = (0.94, 0.96, 0.99)
GRID = (0.6, 0.65, 0.72)
GREY = (0.33, 0.36, 0.40)
# Column widths as shares of the frame, per section (the rest share alike).
SHARES: dict[str, tuple[float, ...]] = {
    "personal": (0.32, 0.68),
    "stages": (0.15, 0.28, 0.12, 0.13, 0.1, 0.22),
    "applications": (0.08, 0.3, 0.16, 0.14, 0.12, 0.2),
    "enrolments": (0.24, 0.2, 0.12, 0.11, 0.11, 0.12, 0.1),
    "certificates": (0.22, 0.14, 0.4, 0.24),
    "agreements": (0.12, 0.16, 0.22, 0.2, 0.18, 0.12),
    "placements": (0.14, 0.28, 0.12, 0.12, 0.12, 0.22),
    "jobs": (0.17, 0.14, 0.12, 0.11, 0.11, 0.13, 0.22),
    "follow_ups": (0.34, 0.12, 0.14, 0.12, 0.28),
    "destinations": (0.19, 0.19, 0.11, 0.11, 0.24, 0.16),
    "sessions": (0.12, 0.38, 0.25, 0.25),
    "consents": (0.11, 0.19, 0.3, 0.18, 0.1, 0.12),
    "audit": (0.12, 0.14, 0.12, 0.15, 0.47),
}


@dataclass
class AccessReport:
    """What the report prints, every word already in ``language``."""

    language: str
    title: str
    subject: str  # «Name, IIN 000000000000»
    intro: str
    college: str
    college_lines: list[str]  # address, BIN: what identifies the controller of the data
    printed_on: date
    sections: list[ReportTable] = field(default_factory=list)
    texts: dict[str, Any] = field(default_factory=dict)


def _escape(text: str) -> str:
    """Paragraph text is mini-HTML: escape what it would read as markup; keep the line breaks."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def render_access_report(report: AccessReport, stream: BinaryIO) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    regular, bold = fonts.regular(), fonts.bold()
    page_size = A4
    doc = SimpleDocTemplate(
        stream,
        pagesize=page_size,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=20 * mm,
        bottomMargin=17 * mm,
        title=f"{report.title}: {report.subject}",
        author=report.college,
        creator="Cluster Desktop",
        initialFontName=regular,  # else every page names Helvetica, which cannot print Kazakh
    )
    width = page_size[0] - doc.leftMargin - doc.rightMargin
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8, leading=10)
    head = ParagraphStyle("head", parent=cell, fontName=bold, fontSize=HEAD_SIZE, textColor=colors.white, splitLongWords=0)
    college = ParagraphStyle("college", fontName=bold, fontSize=12, leading=15, alignment=1, textColor=colors.Color(*NAVY))
    centred = ParagraphStyle("centred", fontName=regular, fontSize=9, leading=12, alignment=1, textColor=colors.Color(*GREY))
    title = ParagraphStyle("title", fontName=bold, fontSize=15, leading=19, alignment=1, spaceBefore=8)
    subject = ParagraphStyle("subject", fontName=regular, fontSize=11.5, leading=15, alignment=1, spaceAfter=6)
    intro = ParagraphStyle("intro", fontName=regular, fontSize=9.5, leading=12.5)
    heading = ParagraphStyle(
        "heading", fontName=bold, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4, textColor=colors.Color(*NAVY)
    )
    note = ParagraphStyle("note", fontName=regular, fontSize=9, leading=11.5, textColor=colors.Color(*GREY))
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), regular),  # the table's own default is Helvetica
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(*NAVY)),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.Color(*STRIPE)]),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(*GRID)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
    )

    story: list[Any] = [Paragraph(_escape(report.college), college)]
    story += [Paragraph(_escape(line), centred) for line in report.college_lines if line]
    story += [
        Paragraph(_escape(report.title), title),
        Paragraph(_escape(report.subject), subject),
        Paragraph(_escape(report.intro), intro),
    ]
    for number, section in enumerate(report.sections, start=1):
        story.append(CondPageBreak(30 * mm))
        story.append(Paragraph(_escape(f"{number}. {section.title}"), heading))
        if not section.rows:
            story.append(Paragraph(_escape(section.empty_text), note))
            continue
        data: list[list[Any]] = [[Paragraph(_escape(c), head) for c in section.columns]]
        data += [[Paragraph(_escape(cell_text(v, report.language)), cell) for v in row] for row in section.rows]
        shares = SHARES.get(section.key) or tuple(1 / len(section.columns) for _ in section.columns)
        widths = column_widths(section.columns, list(shares), width, bold)  # a header wraps between words, never inside one
        table = LongTable(data, colWidths=widths, repeatRows=1, splitInRow=1)
        table.setStyle(style)
        story.append(table)
    story.append(Spacer(1, 4 * mm))
    printed = report.texts["printed_on"].format(date=numeric_date(report.printed_on))

    def decorate(canvas: Any, page: int, pages: int) -> None:
        canvas.setFont(regular, 7.5)
        canvas.setFillColorRGB(*GREY)
        top = page_size[1] - 11 * mm
        right = page_size[0] - doc.rightMargin
        canvas.drawString(doc.leftMargin, top, _fitted(report.subject, regular, 7.5, width * 0.48))
        canvas.drawRightString(right, top, _fitted(report.college, regular, 7.5, width * 0.48))
        canvas.drawString(doc.leftMargin, 8 * mm, printed)
        canvas.drawRightString(right, 8 * mm, report.texts["page"].format(page=page, pages=pages))

    doc.build(story, canvasmaker=numbered_canvas(decorate))


def _fitted(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with «…» to fit ``width`` (a running header never runs into its neighbour)."""
    if fonts.text_width(text, font, size) <= width:
        return text
    while text and fonts.text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
