"""Certificate blanks and the registry book: fonts, Kazakh text, fitting, QR codes, embedded payloads."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import shutil
import subprocess
import threading
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cluster_desktop.college import CollegeDetails
from cluster_desktop.documents import fonts
from cluster_desktop.documents.certificate import (
    NOT_A_PDF,
    NOT_OUR_CERTIFICATE,
    BlankData,
    payloads_in_pdf,
    render_certificates,
)
from cluster_desktop.documents.layout import fit_lines
from cluster_desktop.documents.qr import qr_runs
from cluster_desktop.documents.registry import RegistryLine, render_registry
from cluster_desktop.errors import UserError
from cluster_desktop.models.enums import ProgrammeKind, StudyForm
from cluster_desktop.paths import DOCUMENTS_DIR

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
PAGE_WIDTH_PT = 841.89
PAYLOAD = "CD1|KP-2026-000042|Shahmardan|20260530|" + "Zm9vYmFy-_" * 20
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")


def college(logo: bytes | None = None) -> CollegeDetails:
    return CollegeDetails(
        name_kk="Хромтау тау-кен техникалық колледжі",
        name_ru="Хромтауский горно-технический колледж",
        name_en="Khromtau Mining Technical College",
        bin="990140000013",
        director_kk="Жұмабаев Ерлан Серікұлы",
        director_ru="Жұмабаев Ерлан Серікұлы",
        director_en="Zhumabaev Erlan Serikuly",
        city_kk="Хромтау",
        city_ru="Хромтау",
        city_en="Khromtau",
        logo=logo,
    )


def blank(**changes: object) -> BlankData:
    values: dict[str, object] = {
        "language": "kk",
        "programme_kind": ProgrammeKind.PROFESSIONAL_COURSE,
        "registration_number": "KP-2026-000042",
        "full_name": "Шаһмарданова Әйгерім Ғалымқызы",
        "programme_name": "Өңдеу фабрикасының жабдықтарына қызмет көрсету, Үштөбе кеніші",
        "qualification_code": None,
        "qualification_name": None,
        "hours": 72,
        "study_form": StudyForm.FULL_TIME,
        "starts_on": date(2026, 2, 1),
        "ends_on": date(2026, 5, 30),
        "result_percent": Decimal("87.5"),
        "issued_on": date(2026, 5, 30),
        "place": "Хромтау қ.",
        "college": college(),
        "payload": PAYLOAD,
    }
    values.update(changes)
    return BlankData(**values)  # type: ignore[arg-type]


def pdf_bytes(*blanks: BlankData) -> bytes:
    stream = io.BytesIO()
    assert render_certificates(blanks, stream) == len(blanks)
    return stream.getvalue()


def pdf_text(data: bytes, tmp_path: Path, *options: str) -> str:
    source = tmp_path / "text-source.pdf"
    source.write_bytes(data)
    return subprocess.run(["pdftotext", *options, str(source), "-"], check=True, capture_output=True, text=True).stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# -- fonts and text ---------------------------------------------------------------------------------
def test_fonts_register_once_from_many_threads() -> None:
    threads = [threading.Thread(target=fonts.register_fonts) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    fonts.register_fonts()
    assert fonts.text_width(KAZAKH_LETTERS, fonts.regular(), 10) > 0


def test_fonts_are_embedded_and_no_base14_font_is_used() -> None:
    data = pdf_bytes(blank())
    assert data.count(b"/FontFile2") >= 2  # regular and bold, TrueType programs inside the file
    assert b"NotoSans-Bold" in data and b"NotoSans-Regular" in data
    for base14 in (b"Helvetica", b"Times-Roman", b"Courier"):
        assert base14 not in data


@needs_pdftotext
def test_kazakh_text_is_extractable(tmp_path: Path) -> None:
    text = squeeze(pdf_text(pdf_bytes(blank()), tmp_path))
    assert "КУӘЛІК" in text
    assert "кәсіптік даярлық туралы" in text
    assert "Шаһмарданова Әйгерім Ғалымқызы" in text
    assert "Өңдеу фабрикасының жабдықтарына қызмет көрсету, Үштөбе кеніші" in text
    assert "Тіркеу нөмірі: KP-2026-000042" in text
    assert "Берілген күні: 2026 жылғы 30 мамыр" in text
    assert "БСН: 990140000013" in text
    assert "87,5 % · B+ · 4 (жақсы)" in text
    assert set(KAZAKH_LETTERS.upper()) <= set(text.upper())


@needs_pdftotext
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("kind", list(ProgrammeKind))
def test_every_kind_and_language_renders_its_title(tmp_path: Path, language: str, kind: ProgrammeKind) -> None:
    texts = json.loads((DOCUMENTS_DIR / "certificate" / f"{language}.json").read_text(encoding="utf-8"))
    data = pdf_bytes(blank(language=language, programme_kind=kind, qualification_code="0710000 1", qualification_name="X"))
    text = squeeze(pdf_text(data, tmp_path))
    assert texts["kinds"][kind.value]["title"] in text
    assert texts["kinds"][kind.value]["subtitle"] in text
    grade_label = texts["result"].split(":")[0]
    assert (grade_label in text) is (kind is not ProgrammeKind.CAREER_GUIDANCE)


def test_texts_of_every_language_have_the_same_keys() -> None:
    for document in ("certificate", "registry"):
        loaded = {
            language: json.loads((DOCUMENTS_DIR / document / f"{language}.json").read_text(encoding="utf-8"))
            for language in ("kk", "ru", "en")
        }
        keys = {language: set(texts) for language, texts in loaded.items()}
        assert keys["kk"] == keys["ru"] == keys["en"]
    assert all(len(texts["months"]) == 12 for texts in loaded.values() if "months" in texts)


@needs_pdftotext
def test_duplicate_and_draft_are_marked(tmp_path: Path) -> None:
    text = squeeze(pdf_text(pdf_bytes(blank(language="ru", duplicate_of="KP-2025-000007", draft=True)), tmp_path))
    assert "ДУБЛИКАТ" in text
    assert "Дубликат документа № KP-2025-000007" in text
    assert "ОБРАЗЕЦ" in squeeze(pdf_text(pdf_bytes(blank(language="ru", draft=True)), tmp_path, "-raw"))
    kazakh = squeeze(pdf_text(pdf_bytes(blank(duplicate_of="KP-2025-000007")), tmp_path))
    assert "ТЕЛНҰСҚА" in kazakh and "ҮЛГІ" not in kazakh


# -- fitting ----------------------------------------------------------------------------------------
def test_fit_lines_never_exceeds_the_width() -> None:
    bold = fonts.bold()
    for text in ("Қасым", "Мұхаммедқалиқызы Гүлнұр " * 12, "Ө" * 400):
        size, lines = fit_lines(text, bold, 28, 500, 2, 8)
        assert all(fonts.text_width(line, bold, size) <= 500 for line in lines)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")


@needs_pdftotext
def test_a_very_long_name_shrinks_and_stays_inside_the_page(tmp_path: Path) -> None:
    name = "Мұхаммедқалиқызы-Шаймерденова Гүлнұр-Әйгерім Сағындыққызы Тұрсынбекқызы Нұрсұлтанқызы Қуанышбайқызы"
    html = pdf_text(pdf_bytes(blank(full_name=name, programme_name="Жерасты кен қазу " * 20)), tmp_path, "-bbox")
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html)
    assert words
    inner_left, inner_right = 30, PAGE_WIDTH_PT - 30  # the inner frame
    for x_min, x_max, _ in words:
        assert inner_left < float(x_min) and float(x_max) < inner_right
    printed = {word for _, _, word in words}
    assert set(name.split()) <= printed


# -- QR codes and payloads --------------------------------------------------------------------------
def test_qr_runs_cover_the_finder_pattern() -> None:
    modules, runs = qr_runs(PAYLOAD)
    assert modules >= 21 and (modules - 17) % 4 == 0
    assert (0, 0, 7) in runs  # top-left finder pattern: seven dark modules in the first row


@needs_pdftoppm
def test_the_qr_on_the_page_decodes_to_the_payload(tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    image_module = pytest.importorskip("PIL.Image")
    source = tmp_path / "qr.pdf"
    render_certificates([blank(language="ru", draft=True)], source)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(source), str(tmp_path / "page")], check=True)
    found = zxingcpp.read_barcodes(image_module.open(tmp_path / "page.png"), formats=zxingcpp.BarcodeFormat.QRCode)
    assert [barcode.text for barcode in found] == [PAYLOAD]


def test_payloads_round_trip_a_batch_in_page_order(tmp_path: Path) -> None:
    payloads = ["CD1|A|<&>\"'|sig", PAYLOAD, "CD1|C|" + "x" * 300]
    target = tmp_path / "batch.pdf"
    pages = render_certificates([blank(payload=p, registration_number=f"KP-2026-00000{i}") for i, p in enumerate(payloads)], target)
    assert pages == 3
    assert payloads_in_pdf(target.read_bytes()) == payloads
    assert [p.name for p in tmp_path.iterdir()] == ["batch.pdf"]


def test_payloads_in_pdf_refuses_what_is_not_a_pdf() -> None:
    with pytest.raises(UserError) as caught:
        payloads_in_pdf(b"PK\x03\x04 a zip, not a certificate")
    assert caught.value.template == NOT_A_PDF


def test_payloads_in_pdf_refuses_a_pdf_that_is_not_ours() -> None:
    from reportlab.pdfgen.canvas import Canvas

    stream = io.BytesIO()
    other = Canvas(stream)
    other.drawString(100, 100, "An ordinary PDF")
    other.save()
    registry = io.BytesIO()
    render_registry([], registry, college(), "ru")
    for data in (stream.getvalue(), registry.getvalue()):
        with pytest.raises(UserError) as caught:
            payloads_in_pdf(data)
        assert caught.value.template == NOT_OUR_CERTIFICATE


def test_cancelling_from_on_page_leaves_no_file(tmp_path: Path) -> None:
    calls: list[int] = []

    def on_page() -> None:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt("cancelled")

    target = tmp_path / "cancelled.pdf"
    with pytest.raises(KeyboardInterrupt):
        render_certificates([blank(), blank(), blank()], target, on_page=on_page)
    assert len(calls) == 2
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_batch_keeps_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "kept.pdf"
    render_certificates([blank(payload="first")], target)

    def cancel() -> None:
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        render_certificates([blank(payload="second")], target, on_page=cancel)
    assert payloads_in_pdf(target.read_bytes()) == ["first"]


def test_nothing_to_render_is_an_error() -> None:
    with pytest.raises(ValueError):
        render_certificates([], io.BytesIO())


def test_a_logo_is_drawn_once_per_batch() -> None:
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (64, 64), (20, 60, 120)).save(png, "PNG")
    details = college(logo=png.getvalue())
    data = pdf_bytes(*(blank(college=details, registration_number=f"KP-2026-{i:06d}") for i in range(5)))
    assert data.count(b"/Subtype /Image") == 1
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 5


def test_a_damaged_logo_is_a_clear_error(tmp_path: Path) -> None:
    from cluster_desktop.documents.layout import LOGO_UNREADABLE

    with pytest.raises(UserError) as caught:
        render_certificates([blank(college=college(logo=b"\x89PNG not really"))], tmp_path / "x.pdf")
    assert caught.value.template == LOGO_UNREADABLE
    assert list(tmp_path.iterdir()) == []


# -- the registry book ------------------------------------------------------------------------------
def registry_rows(count: int) -> list[RegistryLine]:
    statuses = ("issued", "revoked", "duplicate")
    return [
        RegistryLine(
            number=f"KP-2026-{index:06d}",
            issued_on=date(2026, 5, 30),
            full_name="Әбдіғалиқызы Ұлжан Қуанышқызы" if index % 2 else "Иванов <Иван> & Сергеевич",
            iin_masked=f"********{index % 10000:04d}",
            programme="Пайдалы қазбалар кен орындарын жерасты тәсілімен қазу",
            status=statuses[index % 3],
        )
        for index in range(1, count + 1)
    ]


def test_registry_renders_many_rows_over_pages(tmp_path: Path) -> None:
    target = tmp_path / "registry.pdf"
    render_registry(registry_rows(120), target, college(), "kk")
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"Helvetica" not in data
    assert [p.name for p in tmp_path.iterdir()] == ["registry.pdf"]
    if shutil.which("pdftotext") is None:
        return
    pages = pdf_text(data, tmp_path).split("\f")
    pages = [page for page in pages if page.strip()]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        text = squeeze(page)
        assert "Тіркеу нөмірі" in text  # the header row is repeated
        assert f"{number}-бет" in text
    whole = squeeze(" ".join(pages))
    assert "Берілген куәліктер мен сертификаттардың тіркеу кітабы" in whole
    assert "Иванов <Иван> & Сергеевич" in whole
    assert "күші жойылды" in whole and "KP-2026-000120" in whole


@needs_pdftotext
@pytest.mark.parametrize("language, heading", [("ru", "Рег. номер"), ("en", "Registration No.")])
def test_registry_headings_follow_the_language(tmp_path: Path, language: str, heading: str) -> None:
    stream = io.BytesIO()
    render_registry(registry_rows(3), stream, college(), language)
    assert heading in squeeze(pdf_text(stream.getvalue(), tmp_path))


def test_blank_data_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        blank().full_name = "x"  # type: ignore[misc]


def test_the_frame_reused_from_the_process_cache_is_the_frame_drawn() -> None:
    """The cached operators (issuing one PDF per certificate reuses them) give the very PDF that drawing gives."""
    from reportlab.pdfgen.canvas import Canvas

    from cluster_desktop.documents.decoration import PAGE_HEIGHT, PAGE_WIDTH, draw_frame, frame_operators

    def one_page(draw: Callable[[Canvas], None]) -> bytes:
        stream = io.BytesIO()
        canvas = Canvas(stream, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, pageCompression=0)
        canvas.beginForm("Frame")
        draw(canvas)
        canvas.endForm()
        canvas.doForm("Frame")
        canvas.showPage()
        canvas.save()
        return stream.getvalue()

    drawn = one_page(draw_frame)
    assert b" re" in drawn and b" c\n" in drawn  # rectangles and the rosettes' curves are in it
    assert one_page(lambda canvas: canvas.addLiteral(frame_operators())) == drawn
