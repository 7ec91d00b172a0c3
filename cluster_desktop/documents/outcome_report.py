"""The outcome report as PDF: the KPIs first, then each table behind them, on landscape A4 pages.

The figures and words arrive ready in an :class:`~.outcome_tables.OutcomeReport`
(filled by ``services.outcome_report``); this module only lays them out.
"""

from __future__ import annotations

from datetime import date
from typing import Any, BinaryIO

from ..dates import numeric_date
from . import fonts
from .outcome_tables import OutcomeReport, Percent, ReportTable

NAVY = (0.09, 0.22, 0.42)
STRIPE = (0.94, 0.96, 0.99)
GRID = (0.6, 0.65, 0.72)


def _escape(text: str) -> str:
    """Paragraph text is mini-HTML: escape what it would read as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cell_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, date):
        return numeric_date(value)
    return str(value)


def render_outcome_report(report: OutcomeReport, stream: BinaryIO) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        LongTable,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        TableStyle,
    )

    regular, bold = fonts.regular(), fonts.bold()
    page_size = landscape(A4)
    doc = SimpleDocTemplate(
        stream, pagesize=page_size, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=20 * mm, bottomMargin=16 * mm,
        title=f"{report.title} {report.subtitle}", author=report.college, creator="Cluster Desktop",
        initialFontName=regular,  # else every page names Helvetica, which cannot print Kazakh
    )
    width = page_size[0] - doc.leftMargin - doc.rightMargin
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8.5, leading=10.5)
    number = ParagraphStyle("number", parent=cell, alignment=2)
    head = ParagraphStyle("head", parent=cell, fontName=bold, fontSize=8, leading=10, textColor=colors.white)
    title = ParagraphStyle("title", fontName=bold, fontSize=15, leading=19, alignment=1)
    subtitle = ParagraphStyle("subtitle", fontName=regular, fontSize=10.5, leading=14, alignment=1)
    heading = ParagraphStyle("heading", fontName=bold, fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4, textColor=colors.Color(*NAVY))
    note = ParagraphStyle("note", fontName=regular, fontSize=8.5, leading=11, textColor=colors.Color(0.3, 0.32, 0.36))
    style = TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), regular),  # the table's own default is Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(*NAVY)),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.Color(*STRIPE)]),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(*GRID)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ])

    def table_of(columns: tuple[str, ...] | list[str], rows: list[tuple[Any, ...]], shares: list[float]) -> Any:
        data: list[list[Any]] = [[Paragraph(_escape(c), head) for c in columns]]
        for row in rows:
            data.append([
                Paragraph(_escape(_cell_text(v)), number if index and isinstance(v, int | float | Percent) else cell)
                for index, v in enumerate(row)
            ])
        table = LongTable(data, colWidths=[s * width for s in shares], repeatRows=1)
        table.setStyle(style)
        return table

    story: list[Any] = [
        Paragraph(_escape(report.title), title),
        Paragraph(_escape(report.subtitle), subtitle),
        Paragraph(_escape(report.college), subtitle) if report.college else Spacer(1, 1),
        Spacer(1, 5 * mm),
        Paragraph(_escape(report.texts["kpi_title"]), heading),
        table_of(report.texts["kpi_columns"], report.kpis, [0.72, 0.28]),
    ]
    for table in report.tables:
        story.append(CondPageBreak(40 * mm))
        story.append(Paragraph(_escape(table.title), heading))
        if table.rows:
            story.append(table_of(table.columns, table.rows, _shares(table)))
        else:
            story.append(Paragraph(_escape(table.empty_text), note))
    story.append(KeepTogether([
        Paragraph(_escape(report.definitions_title), heading),
        *(Paragraph("• " + _escape(text), note) for text in report.definitions),
    ]))
    printed = report.texts["printed_on"].format(date=numeric_date(report.printed_on))

    def decorate(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColorRGB(0.33, 0.36, 0.40)
        top = page_size[1] - 11 * mm
        canvas.drawString(doc.leftMargin, top, f"{report.title} · {report.subtitle}")
        canvas.drawRightString(page_size[0] - doc.rightMargin, top, report.college)
        canvas.drawString(doc.leftMargin, 8 * mm, printed)
        canvas.drawRightString(page_size[0] - doc.rightMargin, 8 * mm, report.texts["page"].format(page=document.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


def _shares(table: ReportTable) -> list[float]:
    """Column widths as shares of the frame: wide text columns first, narrow number columns after."""
    n = len(table.columns)
    wide = {"unplaced": {1: 0.4, 2: 0.4}, "forecast": {0: 0.2, 1: 0.05, 9: 0.17}, "employers": {0: 0.44}, "agreements": {2: 0.38}}.get(table.key)
    if wide is None:
        wide = {0: 0.55}
    rest = (1.0 - sum(wide.values())) / max(1, n - len(wide))
    return [wide.get(i, rest) for i in range(n)]
