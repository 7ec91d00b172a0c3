"""The outcome report as PDF: the director's approval, the KPIs, each table behind them and who prepared it, on landscape A4.

The figures and words arrive ready in an :class:`~.outcome_tables.OutcomeReport`
(filled by ``services.outcome_report``); this module only lays them out.
Headers wrap between words, never inside one: a column is at least as wide
as its header's longest word.  Every page says «page X of Y».
"""

from __future__ import annotations

from typing import Any, BinaryIO

from ..dates import numeric_date
from ..grammar import initials
from . import fonts
from .outcome_tables import OutcomeReport, Percent, ReportTable, Share, cell_text
from .page_numbers import numbered_canvas

HEAD_SIZE = 8.0  # points, the table headers' bold
CELL_PADDING = 13.0  # ReportLab's cell padding, 6 pt a side, and a point to spare
NAVY = (0.09, 0.22, 0.42)
STRIPE = (0.94, 0.96, 0.99)
GRID = (0.6, 0.65, 0.72)


def _escape(text: str) -> str:
    """Paragraph text is mini-HTML: escape what it would read as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
    head = ParagraphStyle("head", parent=cell, fontName=bold, fontSize=HEAD_SIZE, leading=10, textColor=colors.white, splitLongWords=0)
    plain = ParagraphStyle("plain", fontName=regular, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", fontName=regular, fontSize=6.5, leading=8, alignment=1, textColor=colors.Color(0.35, 0.37, 0.40))
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
                Paragraph(_escape(cell_text(v, report.language)), number if index and isinstance(v, int | float | Percent | Share) else cell)
                for index, v in enumerate(row)
            ])
        table = LongTable(data, colWidths=column_widths(columns, shares, width, bold), repeatRows=1)
        table.setStyle(style)
        return table

    story: list[Any] = [
        _approval(report, width, plain, small),
        Spacer(1, 3 * mm),
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
    story += [Spacer(1, 8 * mm), _prepared(report, width, plain, small)]
    printed = report.texts["printed_on"].format(date=numeric_date(report.printed_on))

    def decorate(canvas: Any, page: int, pages: int) -> None:
        canvas.setFont(regular, 8)
        canvas.setFillColorRGB(0.33, 0.36, 0.40)
        top = page_size[1] - 11 * mm
        canvas.drawString(doc.leftMargin, top, f"{report.title} · {report.subtitle}")
        canvas.drawRightString(page_size[0] - doc.rightMargin, top, report.college)
        canvas.drawString(doc.leftMargin, 8 * mm, printed)
        canvas.drawRightString(page_size[0] - doc.rightMargin, 8 * mm, report.texts["page"].format(page=page, pages=pages))

    doc.build(story, canvasmaker=numbered_canvas(decorate))


def _approval(report: OutcomeReport, width: float, plain: Any, small: Any) -> Any:
    """«УТВЕРЖДАЮ / БЕКІТЕМІН», the director of the college, a line to sign on with the name, and a date to fill in."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    texts = report.texts["approval"]
    box = 95 * mm
    lines = [
        [Paragraph(f"<b>{_escape(texts['title'])}</b>", plain)],
        [Paragraph(_escape(texts["position"]), plain)],
        [Paragraph(_escape(report.college), plain)],
        [_signature_line(box, initials(report.director), plain)],
        [Paragraph(_escape(texts["signature"]), ParagraphStyle("under_line", parent=small, alignment=0, leftIndent=box * 0.18))],
        [Paragraph(_escape(texts["date"].format(year=report.printed_on.year)), plain)],
    ]
    block = Table(lines, colWidths=[box], hAlign="RIGHT")
    block.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return block


def _signature_line(width: float, name: str, style: Any) -> Any:
    """«________________ Name»: room to sign, then the name (a second line to write it when there is none)."""
    from reportlab.platypus import Paragraph

    blank = "_" * max(8, int(width * 0.45 / fonts.text_width("_", style.fontName, style.fontSize)))
    return Paragraph(f"{blank}&nbsp;&nbsp;{_escape(name) if name else blank}", style)


def _prepared(report: OutcomeReport, width: float, plain: Any, small: Any) -> Any:
    """Who prepared the report: position, signature, name and date, each a line with its caption under it."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

    texts = report.texts["prepared"]
    shares = (0.34, 0.2, 0.3, 0.16)
    usable = width - 40 * mm
    widths = [usable * s for s in shares]
    lines = [Paragraph("_" * max(8, int((w - 8) / fonts.text_width("_", plain.fontName, plain.fontSize))), plain) for w in widths]
    captions = [Paragraph(_escape(texts[key]), small) for key in ("position", "signature", "name", "date")]
    table = Table([[Paragraph(f"<b>{_escape(texts['title'])}:</b>", plain), *lines], ["", *captions]],
                  colWidths=[40 * mm, *widths], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return KeepTogether([table])


def column_widths(columns: tuple[str, ...] | list[str], shares: list[float], width: float, font: str) -> list[float]:
    """Widths from ``shares`` of ``width``, each column at least as wide as its header's longest word (and padding).

    What a narrow column needs is taken from the columns with room to spare, in proportion to that room.
    """
    least = [max(fonts.text_width(word, font, HEAD_SIZE) for word in (c.split() or [""])) + CELL_PADDING for c in columns]
    widths = [s * width for s in shares]
    needed = sum(max(0.0, low - w) for low, w in zip(least, widths, strict=True))
    spare = sum(max(0.0, w - low) for low, w in zip(least, widths, strict=True))
    if needed <= 0 or spare <= 0:
        return widths
    scale = min(1.0, needed / spare)
    return [low if w < low else w - (w - low) * scale for low, w in zip(least, widths, strict=True)]


def _shares(table: ReportTable) -> list[float]:
    """Column widths as shares of the frame: wide text columns first, narrow number columns after."""
    n = len(table.columns)
    wide = {"unplaced": {1: 0.4, 2: 0.4}, "forecast": {0: 0.2, 1: 0.05, 9: 0.17}, "employers": {0: 0.44}, "agreements": {2: 0.38},
            "destination_annex": {0: 0.03, 1: 0.115, 2: 0.085, 3: 0.105, 4: 0.08, 5: 0.12, 6: 0.13, 7: 0.12, 8: 0.13},
            "destinations": {0: 0.5}, "cohort_people": {0: 0.03, 1: 0.2, 2: 0.09},
            "destination_on_day": {0: 0.04, 1: 0.26, 2: 0.35}}.get(table.key)
    if wide is None:
        wide = {0: 0.55}
    rest = (1.0 - sum(wide.values())) / max(1, n - len(wide))
    return [wide.get(i, rest) for i in range(n)]
