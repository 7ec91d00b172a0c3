"""An agreement as PDF (ReportLab Platypus): a contract, or a registration card for a received document.

The renderer only lays out words it is given: the service fills the editable
text's placeholders from the record and hands over an :class:`AgreementDocument`.
A contract has its heading (title, number, city and date), the parties
paragraph, numbered sections and clauses, a requisites table and signature
blocks of every party; every page says "page X of Y", which needs the total,
so pages are kept until the end and numbered on saving.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO

from ..grammar import initials
from . import fonts
from .page_numbers import numbered_canvas

if TYPE_CHECKING:  # ReportLab is imported when a document is drawn
    from reportlab.pdfgen.canvas import Canvas

PARTIES_PER_ROW = 3  # more parties (several learners) continue in a second table


@dataclass(frozen=True)
class Party:
    """One party's requisites (label–value rows) and who signs for it."""

    label: str
    rows: list[tuple[str, str]]
    signatures: list[tuple[str, str]]  # (capacity, full name: printed as initials and surname); an empty name: a line to write it by hand
    seal: bool = True


@dataclass(frozen=True)
class AgreementDocument:
    layout: str  # "contract" or "card"
    title: str
    labels: dict[str, str]
    parties: list[Party]
    author: str = ""
    subtitle: str = ""
    number: str = ""
    place: str = ""
    date: str = ""
    preamble: str = ""
    sections: list[tuple[str, list[str]]] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)  # a card's rows
    notes: str = ""


def render_agreement(document: AgreementDocument, stream: BinaryIO) -> int:
    """Write ``document`` to ``stream``; the number of pages.  A text the fonts cannot draw is refused first."""
    fonts.require_printable(document)
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    regular = fonts.regular()
    doc = SimpleDocTemplate(
        stream,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=15 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=" ".join(p for p in (document.title, document.subtitle, document.number) if p),
        author=document.author,
        creator="Cluster Desktop",
        initialFontName=regular,  # else every page names Helvetica, which cannot print Kazakh
    )
    styles = _styles()
    story = _card(document, styles, doc.width) if document.layout == "card" else _contract(document, styles, doc.width)
    footer = document.number if document.layout != "card" else ""
    doc.build(story, canvasmaker=_numbered_canvas(document.labels["page"], footer, regular))
    return doc.page


def _styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = fonts.regular(), fonts.bold()
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14, alignment=TA_JUSTIFY)
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=13.5, leading=17, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", fontName=bold, fontSize=11.5, leading=15, alignment=TA_CENTER),
        "number": ParagraphStyle("number", fontName=regular, fontSize=11, leading=15, alignment=TA_CENTER, spaceBefore=2),
        "left": ParagraphStyle("left", parent=body, alignment=TA_LEFT),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        "preamble": ParagraphStyle("preamble", parent=body, firstLineIndent=10 * 2.835, spaceAfter=4),
        "section": ParagraphStyle("section", fontName=bold, fontSize=10.5, leading=14, alignment=TA_CENTER,
                                  spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "clause": ParagraphStyle("clause", parent=body, firstLineIndent=10 * 2.835, spaceAfter=2),
        "list": ParagraphStyle("list", parent=body, alignment=TA_LEFT, leftIndent=15 * 2.835, firstLineIndent=-5 * 2.835,
                               spaceAfter=1),
        "heading": ParagraphStyle("heading", fontName=bold, fontSize=11, leading=15, alignment=TA_CENTER,
                                  spaceBefore=10, spaceAfter=5, keepWithNext=1),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=9, leading=11.5),
        "cell_bold": ParagraphStyle("cell_bold", fontName=bold, fontSize=9.5, leading=12),
        "small": ParagraphStyle("small", fontName=regular, fontSize=7, leading=8.5, alignment=TA_CENTER),
        "card_label": ParagraphStyle("card_label", fontName=bold, fontSize=10, leading=13),
        "card_value": ParagraphStyle("card_value", fontName=regular, fontSize=10.5, leading=13.5),
    }


def _contract(document: AgreementDocument, styles: dict[str, Any], width: float) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    story: list[Any] = [Paragraph(escape(document.title), styles["title"])]
    if document.subtitle:
        story.append(Paragraph(escape(document.subtitle), styles["subtitle"]))
    if document.number:
        story.append(Paragraph(escape(document.number), styles["number"]))
    story.append(Spacer(1, 4 * mm))
    place_and_date = Table(
        [[Paragraph(escape(document.place), styles["left"]), Paragraph(escape(document.date), styles["right"])]],
        colWidths=[width / 2, width / 2],
    )
    place_and_date.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [place_and_date, Spacer(1, 5 * mm), Paragraph(escape(document.preamble), styles["preamble"])]
    for number, (title, clauses) in enumerate(document.sections, start=1):
        story.append(Paragraph(f"{number}. {escape(title)}", styles["section"]))
        for index, clause in enumerate(clauses, start=1):
            first, *more = clause.split("\n")  # further lines (a list of learners) print as an indented list
            story.append(Paragraph(f"{number}.{index}. {escape(first)}", styles["clause"]))
            story += [Paragraph(escape(line), styles["list"]) for line in more if line.strip()]
    story.append(Paragraph(escape(document.labels["requisites"]), styles["heading"]))
    story += _requisites(document, styles, width)
    return story


def _requisites(document: AgreementDocument, styles: dict[str, Any], width: float) -> list[Any]:
    """The parties side by side, three to a table: requisites on top, signatures below."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    tables: list[Any] = []
    for start in range(0, len(document.parties), PARTIES_PER_ROW):
        group = document.parties[start:start + PARTIES_PER_ROW]
        column = width / len(group) if len(document.parties) <= PARTIES_PER_ROW else width / PARTIES_PER_ROW
        details = [_party_details(party, styles) for party in group]
        signs = [_party_signatures(party, document.labels, styles, column) for party in group]
        table = Table([details, signs], colWidths=[column] * len(group), hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.regular()),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOX", (0, 0), (-1, -1), 0.5, colors.Color(0.55, 0.58, 0.62)),
                    ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.Color(0.55, 0.58, 0.62)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        tables += [table, Spacer(1, 3 * mm)]
    return tables


def _party_details(party: Party, styles: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph

    cell: list[Any] = [Paragraph(f"«{escape(party.label)}»", styles["cell_bold"])]
    for label, value in party.rows:
        cell.append(Paragraph(f"{escape(label)}: {escape(value)}" if label else escape(value), styles["cell"]))
    return cell


def _party_signatures(party: Party, labels: dict[str, str], styles: dict[str, Any], column: float) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    line = "_" * max(10, int((column - 12) / fonts.text_width("_", fonts.regular(), 9)))
    cell: list[Any] = []
    for capacity, name in party.signatures:
        cell.append(Paragraph(escape(capacity), styles["cell_bold"]))
        cell.append(Spacer(1, 7 * mm))
        cell.append(Paragraph(line, styles["cell"]))
        cell.append(Paragraph(escape(labels["signature"]), styles["small"]))
        cell.append(Paragraph(f"/ {escape(initials(name))} /" if name else line, styles["cell"]))  # «/ Б. Қ. Сейтқалиев /»
        cell.append(Spacer(1, 3 * mm))
    if party.seal:
        cell.append(Paragraph(escape(labels["seal"]), styles["cell"]))
    return cell


def _card(document: AgreementDocument, styles: dict[str, Any], width: float) -> list[Any]:
    """A one-page registration card: what was received, from whom, and who registered it."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    grid = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.regular()),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.55, 0.58, 0.62)),
            ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.94, 0.95, 0.97)),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
    )
    widths = [0.34 * width, 0.66 * width]

    def table(rows: list[tuple[str, str]]) -> Any:
        data = [[Paragraph(escape(k), styles["card_label"]), Paragraph(escape(v), styles["card_value"])] for k, v in rows]
        made = Table(data, colWidths=widths)
        made.setStyle(grid)
        return made

    rows = list(document.fields)
    if document.notes:
        rows.append((document.labels["notes"], document.notes))
    story: list[Any] = [Spacer(1, 8 * mm), Paragraph(escape(document.title), styles["title"])]
    if document.subtitle:
        story.append(Paragraph(escape(document.subtitle), styles["subtitle"]))
    story += [Spacer(1, 8 * mm), table(rows)]
    for party in document.parties:
        story += [Paragraph(escape(document.labels["requisites"]), styles["heading"]), table(party.rows)]
    line = "_" * 28
    story += [
        Spacer(1, 14 * mm),
        Paragraph(f"{escape(document.labels['registered_by'])}: {line} / {'_' * 20} /", styles["left"]),
        Spacer(1, 8 * mm),
        Paragraph(f"{escape(document.labels['registered_on'])}: {'_' * 20}", styles["left"]),
    ]
    return story


def _numbered_canvas(label: str, footer: str, font: str) -> type[Canvas]:
    """A canvas class writing "page X of Y" (and the agreement's number) at the foot of each page."""
    from reportlab.lib.units import mm

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        width = canvas._pagesize[0]  # type: ignore[attr-defined]  # the canvas's page size; not in ReportLab's stubs
        canvas.setFont(font, 8)
        canvas.setFillColorRGB(0.35, 0.37, 0.40)
        canvas.drawRightString(width - 15 * mm, 9 * mm, label.format(page=page, pages=pages))
        if footer:
            canvas.drawString(22 * mm, 9 * mm, footer)

    return numbered_canvas(decorate)


def escape(text: str) -> str:
    """Paragraph text is mini-HTML: escape what it would read as markup; line breaks stay line breaks."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
