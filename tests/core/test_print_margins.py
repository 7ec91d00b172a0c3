"""Nothing is printed within 5 mm of a page's edge, where office printers cannot print (issue 16).

Pages are rendered at 150 dpi and the outer band is checked for any pixel that is not white:
frame, rosettes, watermark and texts alike.
"""

from __future__ import annotations

import io
from decimal import Decimal

import pytest

from cluster_desktop.documents.certificate import render_certificates
from cluster_desktop.models.enums import ProgrammeKind
from tests.core.test_documents import blank
from tests.page_ink import needs_pdftoppm, render_pages

PRINTABLE_MM = 5.0


@needs_pdftoppm
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_certificate_ink_keeps_5_mm_from_the_edge(language: str) -> None:
    long_name = "Шаһмарданова-Құрманғалиева Әйгерім-Гүлнәр Ғалымжанқызы"
    blanks = [
        blank(
            language=language,
            programme_kind=kind,
            qualification_code="07240100" if kind is ProgrammeKind.COLLEGE_SPECIALTY else None,
            qualification_name="Кен шебері" if kind is ProgrammeKind.COLLEGE_SPECIALTY else None,
        )
        for kind in ProgrammeKind
    ]
    blanks.append(blank(language=language, full_name=long_name, duplicate_of="KP-2026-000001", draft=True, result_percent=Decimal("75.5")))
    stream = io.BytesIO()
    render_certificates(blanks, stream)
    pages = render_pages(stream.getvalue())
    assert len(pages) == len(blanks)
    for number, page in enumerate(pages, start=1):
        assert page.ink_in_band(PRINTABLE_MM) == [], f"page {number}: ink {page.ink_distance_mm():.1f} mm from the edge"
        assert page.ink_distance_mm() < 8, "the frame is where it should be, not gone"  # the check itself sees ink


@needs_pdftoppm
def test_the_band_check_sees_ink_at_the_edge() -> None:
    from reportlab.pdfgen.canvas import Canvas

    stream = io.BytesIO()
    canvas = Canvas(stream)
    canvas.rect(10, 10, 20, 20, fill=1)  # 3.5 mm from the corner
    canvas.showPage()
    canvas.save()
    (page,) = render_pages(stream.getvalue())
    assert page.ink_in_band(PRINTABLE_MM)
    assert 3.0 < page.ink_distance_mm() < 4.0
