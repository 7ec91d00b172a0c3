"""A certificate PDF is judged by what its page shows: the drawn QR code and the page's text, never its metadata.

Forgeries as a hostile tester made them: another certificate's metadata appended
after ``%%EOF``, a home-made page with a genuine QR image copied onto it,
hidden or covered text, a second page or a second code, and damaged files.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from cluster_desktop.college import load_college_details
from cluster_desktop.db import Database
from cluster_desktop.documents import certificate as certificate_pdf
from cluster_desktop.documents import fonts
from cluster_desktop.documents.blank import BlankData
from cluster_desktop.documents.certificate_reading import (
    CANNOT_READ,
    MAX_BYTES,
    MAX_PAGES,
    TOO_LARGE,
    TOO_MANY_PAGES,
    UNREADABLE,
    load_pdf,
    read_certificate_pdf,
)
from cluster_desktop.documents.decoration import PAGE_HEIGHT, PAGE_WIDTH
from cluster_desktop.documents.layout import QR_BOX, QR_X, QR_Y
from cluster_desktop.errors import UserError
from cluster_desktop.services.certificate_blanks import blank_for
from cluster_desktop.services.certificate_checks import (
    APPENDED,
    COVERED_TEXT,
    HIDDEN_TEXT,
    HINT_DIFFERS,
    NO_CODE,
    SEVERAL_CODES,
    TEXT_DIFFERS,
    Verdict,
    VerificationResult,
    overall,
    verify_pdf,
)
from cluster_desktop.services.certificate_files import issue_to_folder
from cluster_desktop.services.certificates import find_by_number, revoke
from tests.core.test_certificates import ISSUED, make_cluster


@dataclass(frozen=True)
class Issued:
    number: str
    path: Path
    blank: BlankData  # what was drawn on its page

    @property
    def data(self) -> bytes:
        return self.path.read_bytes()


@pytest.fixture
def issued(database: Database, tmp_path: Path) -> list[Issued]:
    """Two genuine certificates, in Kazakh and in Russian."""
    cluster = make_cluster(database, learners=2)
    files = [
        *issue_to_folder(database, cluster.completed[:1], "kk", tmp_path / "kk", ISSUED),
        *issue_to_folder(database, cluster.completed[1:], "ru", tmp_path / "ru", ISSUED),
    ]
    with database.session() as session:
        college = load_college_details(session)
        return [Issued(f.number, f.path, blank_for(session, find_by_number(session, f.number), college)) for f in files]


def check(database: Database, data: bytes) -> list[VerificationResult]:
    with database.session() as session:
        return verify_pdf(session, data)


def page_pdf(draw: Callable[[Canvas], None], pages: int = 1, size: tuple[float, float] = (PAGE_WIDTH, PAGE_HEIGHT)) -> bytes:
    """A home-made PDF: ``draw`` paints each page on a ReportLab canvas of the blank's size."""
    fonts.register_fonts()
    stream = io.BytesIO()
    canvas = Canvas(stream, pagesize=size)
    for _ in range(pages):
        draw(canvas)
        canvas.showPage()
    canvas.save()
    return stream.getvalue()


def genuine_page(blank: BlankData) -> Callable[[Canvas], None]:
    """Draw ``blank`` exactly as the program does (frame, shared form, texts, QR code)."""

    def draw(canvas: Canvas) -> None:
        certificate_pdf._draw_blank(canvas, blank, set())

    return draw


def qr_image(data: bytes) -> bytes:
    """The QR code of a genuine PDF as a forger copies it: a PNG cut from the rendered page."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    scale = 4
    image = document[0].render(scale=scale).to_pil()
    top = (PAGE_HEIGHT - QR_Y - QR_BOX) * scale
    crop = image.crop((int(QR_X * scale), int(top), int((QR_X + QR_BOX) * scale), int(top + QR_BOX * scale)))
    out = io.BytesIO()
    crop.save(out, format="PNG")
    document.close()
    return out.getvalue()


def verdicts(results: list[VerificationResult]) -> list[tuple[Verdict, str]]:
    return [(r.verdict, r.reason) for r in results]


def test_a_genuine_pdf_is_valid_in_either_language(database: Database, issued: list[Issued]) -> None:
    for item in issued:
        [result] = check(database, item.data)
        assert result.verdict is Verdict.VALID, result.reason
        assert result.fields is not None and result.fields.registration_number == item.number


def test_another_certificates_metadata_appended_after_eof_is_altered(database: Database, issued: list[Issued]) -> None:
    genuine, other = issued
    other_metadata = other.data[other.data.index(b"<?xpacket begin") : other.data.index(b'<?xpacket end="r"?>') + 19]
    forged = genuine.data + b"\n" + other_metadata + b"\n%%EOF\n"
    assert verdicts(check(database, forged)) == [(Verdict.ALTERED, APPENDED)]
    # Whatever comes after the end counts, even without our metadata; trailing whitespace does not.
    assert verdicts(check(database, genuine.data + b"% a comment\n")) == [(Verdict.ALTERED, APPENDED)]
    assert verdicts(check(database, genuine.data + b"\r\n\n")) == [(Verdict.VALID, "")]


def test_a_revoked_certificate_with_appended_metadata_is_not_valid(database: Database, issued: list[Issued]) -> None:
    revoked, other = issued
    with database.session() as session:
        revoke(session, find_by_number(session, revoked.number).id, "Тегі қате жазылған", ISSUED)
    assert verdicts(check(database, revoked.data)) == [(Verdict.REVOKED, "")]
    other_metadata = other.data[other.data.index(b"<?xpacket begin") :]
    results = check(database, revoked.data + other_metadata)
    assert overall(results) is Verdict.ALTERED


def test_metadata_naming_another_certificate_than_the_page_is_altered(
    database: Database, issued: list[Issued], monkeypatch: pytest.MonkeyPatch
) -> None:
    genuine, other = issued
    real_xmp = certificate_pdf._xmp
    monkeypatch.setattr(certificate_pdf, "_xmp", lambda payloads: real_xmp([other.blank.payload]))
    stream = io.BytesIO()
    certificate_pdf.render_certificates([genuine.blank], stream)
    assert verdicts(check(database, stream.getvalue())) == [(Verdict.ALTERED, HINT_DIFFERS)]


def test_a_page_drawn_like_ours_without_metadata_is_judged_by_the_page(database: Database, issued: list[Issued]) -> None:
    genuine = issued[0]
    assert verdicts(check(database, page_pdf(genuine_page(genuine.blank)))) == [(Verdict.VALID, "")]


def test_a_home_made_page_with_a_copied_qr_image_naming_someone_else_is_forged(database: Database, issued: list[Issued]) -> None:
    genuine = issued[0]
    picture = ImageReader(io.BytesIO(qr_image(genuine.data)))

    def forge(canvas: Canvas) -> None:
        canvas.setFont(fonts.bold(), 12)
        canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 203, f"№ {genuine.number}")
        canvas.setFont(fonts.bold(), 28)
        canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 277, "Бекболатов Ержан Серікұлы")
        canvas.drawImage(picture, QR_X, QR_Y, QR_BOX, QR_BOX)

    results = check(database, page_pdf(forge))
    assert verdicts(results) == [(Verdict.ALTERED, TEXT_DIFFERS)]
    assert results[0].fields is not None and results[0].fields.full_name == genuine.blank.full_name  # what the code says


def test_a_copy_with_one_changed_detail_of_the_payload_is_forged(database: Database, issued: list[Issued]) -> None:
    genuine = issued[0].blank
    for change in (
        {"full_name": genuine.full_name + "а"},
        {"programme_name": "Кен байыту фабрикасының операторы"},
        {"issued_on": ISSUED.replace(day=16)},
        {"registration_number": "KP-2026-000009"},
    ):
        forged = page_pdf(genuine_page(replace(genuine, **change)))
        assert verdicts(check(database, forged)) == [(Verdict.ALTERED, TEXT_DIFFERS)], change


def test_hidden_or_covered_text_is_forged(database: Database, issued: list[Issued]) -> None:
    genuine = issued[0].blank

    def white_words(canvas: Canvas) -> None:
        genuine_page(genuine)(canvas)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont(fonts.regular(), 10)
        canvas.drawString(500, 60, "Бекболатов Ержан")

    def covered(canvas: Canvas) -> None:
        genuine_page(genuine)(canvas)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(100, PAGE_HEIGHT - 290, PAGE_WIDTH - 200, 40, stroke=0, fill=1)

    assert verdicts(check(database, page_pdf(white_words))) == [(Verdict.ALTERED, HIDDEN_TEXT)]
    assert verdicts(check(database, page_pdf(covered))) == [(Verdict.ALTERED, COVERED_TEXT)]


def test_a_stated_text_too_small_or_squeezed_to_read_is_forged(database: Database, issued: list[Issued]) -> None:
    """The genuine name where a person cannot read it, and something else to look at."""
    genuine = issued[0].blank

    def name_drawn(size: float, squeeze: float) -> Callable[[Canvas], None]:
        def draw(canvas: Canvas) -> None:
            genuine_page(replace(genuine, full_name=""))(canvas)
            text = canvas.beginText(PAGE_WIDTH / 2 - 100, PAGE_HEIGHT - 277)
            text.setFont(fonts.bold(), size)
            text.setHorizScale(squeeze)
            text.textOut(genuine.full_name)
            canvas.drawText(text)

        return draw

    assert verdicts(check(database, page_pdf(name_drawn(28, 100)))) == [(Verdict.VALID, "")]  # the control
    assert verdicts(check(database, page_pdf(name_drawn(1, 100)))) == [(Verdict.ALTERED, HIDDEN_TEXT)]
    assert verdicts(check(database, page_pdf(name_drawn(28, 4)))) == [(Verdict.ALTERED, HIDDEN_TEXT)]


def test_a_picture_over_a_stated_text_is_forged_whenever_it_is_drawn(database: Database, issued: list[Issued]) -> None:
    genuine = issued[0]
    picture = ImageReader(io.BytesIO(qr_image(genuine.data)))  # any picture will do: a scanned name, say

    def picture_first(canvas: Canvas) -> None:
        canvas.drawImage(picture, 200, PAGE_HEIGHT - 290, 400, 40)
        genuine_page(genuine.blank)(canvas)

    def picture_in_a_form(canvas: Canvas) -> None:
        canvas.beginForm("Scan")
        canvas.drawImage(picture, 200, PAGE_HEIGHT - 290, 400, 40)
        canvas.endForm()
        canvas.doForm("Scan")
        genuine_page(genuine.blank)(canvas)

    for draw in (picture_first, picture_in_a_form):
        assert verdicts(check(database, page_pdf(draw))) == [(Verdict.ALTERED, COVERED_TEXT)], draw.__name__


def test_a_second_page_or_a_second_code_is_altered(database: Database, issued: list[Issued]) -> None:
    genuine, other = issued

    pages: list[Callable[[Canvas], None]] = [genuine_page(genuine.blank), lambda canvas: canvas.drawString(100, 300, "Note")]
    two_pages = page_pdf(lambda canvas: pages.pop(0)(canvas), pages=2)
    results = check(database, two_pages)
    assert verdicts(results) == [(Verdict.VALID, ""), (Verdict.ALTERED, NO_CODE)]
    assert overall(results) is Verdict.ALTERED

    def second_code(canvas: Canvas) -> None:
        genuine_page(genuine.blank)(canvas)
        from cluster_desktop.documents.qr import draw_qr

        draw_qr(canvas, other.blank.payload, 60, 440, 100)

    assert verdicts(check(database, page_pdf(second_code))) == [(Verdict.ALTERED, SEVERAL_CODES)]


def test_a_batch_of_genuine_pages_is_valid_page_by_page(database: Database, issued: list[Issued]) -> None:
    stream = io.BytesIO()
    certificate_pdf.render_certificates([item.blank for item in issued], stream)
    assert [r.verdict for r in check(database, stream.getvalue())] == [Verdict.VALID, Verdict.VALID]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 a spreadsheet", certificate_pdf.NOT_A_PDF),
        (b"%PDF-1.4\n garbage that is no PDF at all \n%%EOF\n", UNREADABLE),
        (b"%PDF-1.4\n" + b"0" * (21 * 1024 * 1024), TOO_LARGE),
    ],
)
def test_what_cannot_be_read_gets_a_clear_message(database: Database, data: bytes, message: str) -> None:
    with pytest.raises(UserError) as caught:
        check(database, data)
    assert caught.value.template == message


def test_a_truncated_certificate_is_unreadable(database: Database, issued: list[Issued]) -> None:
    data = issued[0].data
    for end in (len(data) // 3, len(data) - 10):
        with pytest.raises(UserError) as caught:
            check(database, data[:end])
        assert caught.value.template == UNREADABLE


def test_limits_bound_the_work(database: Database) -> None:
    with pytest.raises(UserError) as caught:
        read_certificate_pdf(page_pdf(lambda canvas: canvas.drawString(10, 10, "."), pages=MAX_PAGES + 1))
    assert caught.value.template == TOO_MANY_PAGES
    # A giant page is not rendered (its bitmap would be gigabytes): it is no blank of ours.
    giant = page_pdf(lambda canvas: canvas.drawString(10, 10, "."), size=(14_000.0, 14_000.0))
    [page] = read_certificate_pdf(giant).pages
    assert not page.blank_size and page.codes == ()
    with pytest.raises(UserError, match="not a certificate printed by this program"):
        check(database, giant)


def test_a_pdf_without_our_code_is_not_ours(database: Database) -> None:
    plain: Any = page_pdf(lambda canvas: canvas.drawString(100, 300, "Сертификат"))
    with pytest.raises(UserError, match="not a certificate printed by this program"):
        check(database, plain)


def test_a_file_is_sized_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as stream:
        stream.truncate(MAX_BYTES * 50)  # sparse: a 1 GB file that takes no disk and must not be read
    with pytest.raises(UserError) as caught:
        load_pdf(huge)
    assert caught.value.template == TOO_LARGE
    with pytest.raises(UserError) as caught:
        load_pdf(tmp_path / "gone.pdf")
    assert caught.value.template == CANNOT_READ
    with pytest.raises(UserError) as caught:
        load_pdf(tmp_path)
    assert caught.value.template == CANNOT_READ
