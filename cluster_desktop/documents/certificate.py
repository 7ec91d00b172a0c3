"""Certificate blanks: one A4 landscape page per certificate, in one language, with a signed QR code.

Speed matters (a school prints hundreds at once), so everything reusable is
prepared once: fonts per process, texts per language, the frame as one Form
XObject per PDF, and everything a batch shares (college header, title,
labels, signature block) as one form per language, kind and college.  A page
then costs only its own text and its QR code.

The QR payloads are also written, in page order, into the PDF's XMP metadata
stream (the catalog's ``/Metadata``) under our own namespace
(:data:`XMP_NAMESPACE`) as an ``rdf:Seq``.  That stream is left uncompressed,
as the PDF specification recommends for XMP, so :func:`payloads_in_pdf` finds
it with a search of the bytes, without a PDF parser.  A tool that rewrites the
file may drop or compress it; the QR code on the page stays.  Anyone can append
such a block to any PDF, so it is never the proof: a check reads the page
(:mod:`.certificate_reading`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape, unescape

from ..dates import numeric_date
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..figures import format_percent
from ..files import atomic_write
from ..grades import five_point_grade, letter_grade
from ..models.enums import ProgrammeKind
from . import fonts
from .blank import BlankData
from .texts import date_in_words, document_texts

NOT_A_PDF = QT_TRANSLATE_NOOP("Errors", "The file is not a PDF document.")
NOT_OUR_CERTIFICATE = QT_TRANSLATE_NOOP("Errors", "The PDF is not a certificate printed by this program.")
XMP_NAMESPACE = "urn:cluster-desktop:certificates:1"
_XMP_BLOCK = re.compile(rb'xmlns:cd="' + re.escape(XMP_NAMESPACE.encode()) + rb'"\s*>\s*<cd:payloads>\s*<rdf:Seq>(.*?)</rdf:Seq>', re.S)
_XMP_ITEM = re.compile(rb"<rdf:li>(.*?)</rdf:li>", re.S)


def render_certificates(blanks: Iterable[BlankData], target: Path | BinaryIO, on_page: Callable[[], None] | None = None) -> int:
    """Write one page per blank into ``target``; returns the number of pages.

    ``on_page`` is called after each page and may raise to cancel: the
    exception propagates and nothing is written (a Path target is written to a
    temporary file beside it and renamed only when complete).  An empty
    ``blanks`` raises ValueError: a PDF without a certificate means nothing.
    """
    if isinstance(target, (str, os.PathLike)):
        return atomic_write(Path(target), lambda stream: _render(blanks, stream, on_page))
    return _render(blanks, target, on_page)


def payloads_in_pdf(data: bytes) -> list[str]:
    """The QR payloads that :func:`render_certificates` wrote into ``data``, in page order."""
    head = data[:1024]
    if b"%PDF-" not in head:
        raise UserError(NOT_A_PDF)
    blocks = metadata_payloads(data)
    if not blocks or not blocks[-1]:  # an incremental update appends a newer metadata stream: the last one counts
        raise UserError(NOT_OUR_CERTIFICATE)
    return blocks[-1]


def metadata_payloads(data: bytes) -> list[list[str]]:
    """The payloads of every metadata block of ours in ``data``, in the order found (a block not UTF-8 is empty).

    Anyone can append such a block to any PDF: it says what the file claims,
    not what its pages show (see :mod:`.certificate_reading`).
    """
    blocks: list[list[str]] = []
    for block in _XMP_BLOCK.findall(data):
        try:
            blocks.append([unescape(item.decode("utf-8")) for item in _XMP_ITEM.findall(block)])
        except UnicodeDecodeError:
            blocks.append([])
    return blocks


def _xmp(payloads: list[str]) -> bytes:
    """An XMP packet (UTF-8) carrying the payloads, XML-escaped, in our namespace."""
    items = "".join(f"<rdf:li>{escape(payload)}</rdf:li>\n" for payload in payloads)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        f'<rdf:Description rdf:about="" xmlns:cd="{XMP_NAMESPACE}">\n'
        f"<cd:payloads><rdf:Seq>\n{items}</rdf:Seq></cd:payloads>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="r"?>'
    ).encode()


def _render(blanks: Iterable[BlankData], stream: BinaryIO, on_page: Callable[[], None] | None) -> int:
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream
    from reportlab.pdfgen.canvas import Canvas

    from .decoration import PAGE_HEIGHT, PAGE_WIDTH

    fonts.register_fonts()
    # types-reportlab declares initialFontName a float; ReportLab takes a registered font's name.
    canvas = Canvas(stream, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1, initialFontName=fonts.regular())  # type: ignore[arg-type]
    canvas.setCreator("Cluster Desktop")
    forms: set[str] = set()
    payloads: list[str] = []
    for blank in blanks:
        if not payloads:
            texts = document_texts("certificate", blank.language)
            canvas.setTitle(texts["document_title"])
            canvas.setAuthor(blank.college.name(blank.language))
        _draw_blank(canvas, blank, forms)
        canvas.showPage()
        payloads.append(blank.payload)
        if on_page is not None:
            on_page()
    if not payloads:
        raise ValueError("no certificates to render")
    metadata = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}), _xmp(payloads), filters=[])
    canvas.setCatalogEntry("Metadata", metadata)
    canvas.save()
    return len(payloads)


def _draw_blank(canvas: Any, blank: BlankData, forms: set[str]) -> None:
    from . import layout
    from .decoration import place_frame

    fonts.require_printable(blank)  # a holder line left blank is worse than no certificate
    texts = document_texts("certificate", blank.language)
    kind = texts["kinds"][_kind_key(blank)]
    place_frame(canvas, forms)
    layout.place_static(canvas, blank, texts, kind, forms)
    layout.draw_number(canvas, texts["number"].format(number=blank.registration_number))
    if blank.duplicate_of:
        layout.draw_duplicate(canvas, texts["duplicate_mark"], texts["duplicate_of"].format(number=blank.duplicate_of))
    layout.draw_name(canvas, blank.full_name)
    layout.draw_body(canvas, texts["programme"].format(name=blank.programme_name), _details(blank, texts))
    layout.draw_facts(canvas, _facts(blank, texts))
    layout.draw_qr_block(canvas, blank.payload)
    if blank.draft:
        layout.draw_watermark(canvas, texts["draft_mark"])


def _kind_key(blank: BlankData) -> str:
    """The texts' key for the blank's title: a college course without a qualification is a short course."""
    if blank.programme_kind is ProgrammeKind.COLLEGE_SPECIALTY and not blank.qualification_name:
        return "college_short_course"
    return blank.programme_kind.value


def _facts(blank: BlankData, texts: dict[str, Any]) -> list[str]:
    return [
        texts["registration_number"].format(number=blank.registration_number),
        texts["issued_on"].format(date=date_in_words(texts, blank.issued_on)),
        texts["place"].format(place=blank.place),
    ]


def _details(blank: BlankData, texts: dict[str, Any]) -> list[str]:
    """The lines under the programme: qualification, hours and form, period, result."""
    lines: list[str] = []
    if blank.qualification_name:
        if blank.qualification_code:
            lines.append(texts["qualification"].format(code=blank.qualification_code, name=blank.qualification_name))
        else:
            lines.append(texts["qualification_no_code"].format(name=blank.qualification_name))
    if blank.school:
        if blank.school_grade is not None:
            lines.append(texts["school"].format(school=blank.school, grade=blank.school_grade))
        else:
            lines.append(texts["school_no_grade"].format(school=blank.school))
    form = texts["study_forms"][blank.study_form.value]
    lines.append(texts["hours"].format(hours=blank.hours) + "   ·   " + texts["study_form"].format(form=form))
    if blank.starts_on and blank.ends_on:
        lines.append(texts["period"].format(starts=numeric_date(blank.starts_on), ends=numeric_date(blank.ends_on)))
    if blank.result_percent is not None and blank.programme_kind is not ProgrammeKind.CAREER_GUIDANCE:
        mark = five_point_grade(blank.result_percent)
        lines.append(
            texts["result"].format(
                percent=format_percent(blank.result_percent, blank.language),
                letter=letter_grade(blank.result_percent),
                mark=mark,
                mark_name=texts["marks"][str(mark)],
            )
        )
    return lines
