"""1000 certificates with a QR code into one PDF: ours against a naive ReportLab baseline (and LibreOffice where installed).

    python benchmarks/certificates.py [--pages 1000] [--baseline-pages 1000] [--runs 3] [--out DIR]

- *ours*: :func:`cluster_desktop.documents.certificate.render_certificates`
  (frame and college header as Form XObjects, QR encoded by zxing-cpp and
  drawn as one path of literal operators).
- *naive baseline*: the same page content drawn the obvious way: the frame and
  the header drawn again on every page, and the QR code as ReportLab's
  ``QrCodeWidget`` in a Drawing per page.  Fonts are registered once, as in ours.
- *LibreOffice*: a mail-merge equivalent (one flat ODT with a page per
  certificate, the QR as a PNG image in each) converted to PDF by
  ``soffice --headless``; only where ``soffice`` is installed.

Each side writes a real PDF file; the time includes writing it.  Ours runs
``--runs`` times (median shown), the baseline and LibreOffice once.  The exit
code is 0 whatever the figures: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cluster_desktop.college import CollegeDetails  # noqa: E402
from cluster_desktop.documents.blank import BlankData  # noqa: E402
from cluster_desktop.documents.certificate import render_certificates  # noqa: E402
from cluster_desktop.models.enums import ProgrammeKind, StudyForm  # noqa: E402

TARGET_PAGES_PER_S = 200.0
TARGET_SPEEDUP = 6.0
SURNAMES = ("Әбдіғалиев", "Қасымова", "Нұрланов", "Иванова", "Сейітжанов", "Өтепбергенова", "Ғалымжанұлы", "Петров")
GIVEN = ("Ұлжан", "Айбек", "Мария", "Ерлан", "Гүлнұр", "Сергей", "Әсел", "Дәурен")
PROGRAMMES = (
    "Пайдалы қазбалар кен орындарын жерасты тәсілімен қазу",
    "Байыту фабрикасының жабдықтарына техникалық қызмет көрсету",
    "Электр жабдықтарын жөндеу және қызмет көрсету",
)


def college() -> CollegeDetails:
    return CollegeDetails(
        name_kk="Хромтау тау-кен техникалық колледжі",
        name_ru="Хромтауский горно-технический колледж",
        name_en="Khromtau Mining Technical College",
        bin="990140000013",
        director="Жұмабаев Ерлан Серікұлы",
        city="Хромтау",
        logo=None,
    )


def payload(index: int, name: str, programme: str) -> str:
    """A payload of the signed kind's shape and length: ``CD1.<body>.<signature>``, base64url, ~270 characters.

    The body is the JSON the signing module signs (number, name, programme,
    date, key id) in the Kazakh single-byte code page; the "signature" is 64
    bytes of a hash, as long as an Ed25519 one.
    """
    fields = [f"KP-2026-{index:06d}", name, programme, "2026-05-30", "3f9a2c4b5d6e7f80"]
    body = b"K" + json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("kz1048")
    signature = hashlib.sha512(body).digest()
    return f"CD1.{_b64(body)}.{_b64(signature)}"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def blanks(count: int) -> list[BlankData]:
    details = college()
    result = []
    for index in range(count):
        name = f"{SURNAMES[index % len(SURNAMES)]} {GIVEN[(index // 8) % len(GIVEN)]} {SURNAMES[(index // 3) % len(SURNAMES)]}"
        result.append(
            BlankData(
                language="kk",
                programme_kind=ProgrammeKind.PROFESSIONAL_COURSE,
                registration_number=f"KP-2026-{index + 1:06d}",
                full_name=name,
                programme_name=PROGRAMMES[index % len(PROGRAMMES)],
                qualification_code=None,
                qualification_name=None,
                hours=72,
                study_form=StudyForm.FULL_TIME,
                starts_on=date(2026, 2, 1),
                ends_on=date(2026, 5, 30),
                result_percent=Decimal(50 + index % 51),
                issued_on=date(2026, 5, 30),
                place="Хромтау қ.",
                college=details,
                payload=payload(index + 1, name, PROGRAMMES[index % len(PROGRAMMES)]),
            )
        )
    return result


# -- the naive baseline -----------------------------------------------------------------------------
def render_naive(items: list[BlankData], path: Path) -> int:
    """Same page content without our shortcuts: everything drawn per page, QR as QrCodeWidget."""
    from reportlab import rl_config
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.canvas import Canvas

    from cluster_desktop.documents import certificate, fonts, layout
    from cluster_desktop.documents.decoration import PAGE_HEIGHT, PAGE_WIDTH, draw_frame
    from cluster_desktop.documents.texts import document_texts

    fonts.register_fonts()
    rl_config.useA85 = 1  # ReportLab's default, which ours turns off
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), initialFontName=fonts.regular())
    for blank in items:
        texts = document_texts("certificate", blank.language)
        kind = texts["kinds"][certificate._kind_key(blank)]
        draw_frame(canvas)
        layout.draw_static(canvas, blank.college, blank.language, texts, kind)
        layout.draw_number(canvas, texts["number"].format(number=blank.registration_number))
        layout.draw_name(canvas, blank.full_name)
        layout.draw_body(canvas, texts["programme"].format(name=blank.programme_name), certificate._details(blank, texts))
        layout.draw_facts(canvas, certificate._facts(blank, texts))
        drawing = Drawing(layout.QR_BOX, layout.QR_BOX)
        drawing.add(QrCodeWidget(blank.payload, barLevel="M", barWidth=layout.QR_BOX, barHeight=layout.QR_BOX))
        renderPDF.draw(drawing, canvas, layout.QR_X, layout.QR_Y)
        canvas.showPage()
    try:
        canvas.save()
    finally:
        rl_config.useA85 = 0
    return len(items)


# -- LibreOffice ------------------------------------------------------------------------------------
def render_libreoffice(items: list[BlankData], folder: Path, soffice: str) -> int:
    """A mail merge's result: one flat ODT, one page per certificate with its QR as PNG, converted by soffice."""
    import zxingcpp
    from PIL import Image

    pages = []
    for blank in items:
        image = zxingcpp.create_barcode(blank.payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M").to_image(scale=4)
        png = io.BytesIO()
        Image.frombytes("L", (image.shape[1], image.shape[0]), memoryview(image).tobytes()).save(png, "PNG")
        lines = [blank.college.name_kk, "КУӘЛІК", "кәсіптік даярлық туралы", f"№ {blank.registration_number}",
                 blank.full_name, f"Бағдарлама: «{blank.programme_name}»", f"Көлемі: {blank.hours} академиялық сағат"]
        paragraphs = "".join(f'<text:p text:style-name="C">{escape(line)}</text:p>' for line in lines)
        pages.append(
            f'<text:p text:style-name="Break"/>{paragraphs}<text:p><draw:frame draw:name="qr" svg:width="3.5cm" '
            f'svg:height="3.5cm" text:anchor-type="as-char"><draw:image><office:binary-data>'
            f"{base64.b64encode(png.getvalue()).decode()}</office:binary-data></draw:image></draw:frame></text:p>"
        )
    document = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">'
        '<office:automatic-styles><style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>'
        '<style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
        '<style:text-properties style:font-name="Noto Sans" fo:font-size="16pt"/></style:style></office:automatic-styles>'
        f'<office:body><office:text>{"".join(pages)}</office:text></office:body></office:document>'
    )
    source = folder / "merge.fodt"
    source.write_text(document, encoding="utf-8")
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=1800)
    return len(items)


# -- measuring --------------------------------------------------------------------------------------
def timed(action: Callable[[], int]) -> tuple[int, float, float]:
    """Pages, wall seconds, and CPU seconds of this process (the latter hardly depends on other jobs)."""
    started, cpu = time.perf_counter(), time.process_time()
    pages = action()
    return pages, time.perf_counter() - started, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--baseline-pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, help="keep the PDFs in this folder")
    args = parser.parse_args(argv)
    folder = args.out.resolve() if args.out else Path(tempfile.mkdtemp(prefix="cluster-cert-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"Certificates benchmark: {args.pages} pages (baseline {args.baseline_pages}); "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs", flush=True)
    items = blanks(max(args.pages, args.baseline_pages))
    render_certificates(items[:3], io.BytesIO())  # imports, fonts and texts: once per process, as in the program
    rows: list[dict[str, Any]] = []
    timings = [timed(lambda: render_certificates(items[: args.pages], folder / "ours.pdf")) for _ in range(args.runs)]
    runs = [seconds for _, seconds, _ in timings]
    cpu = statistics.median(cpu_seconds for _, _, cpu_seconds in timings)
    rows.append({"label": "ours (Form XObjects, zxing-cpp QR as one path)", "pages": args.pages, "s": statistics.median(runs), "cpu": cpu})
    print("ours done; naive baseline …", flush=True)
    pages, seconds, cpu = timed(lambda: render_naive(items[: args.baseline_pages], folder / "naive.pdf"))
    rows.append({"label": "naive baseline (QrCodeWidget per page)", "pages": pages, "s": seconds, "cpu": cpu})
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        print("LibreOffice …", flush=True)
        pages, seconds, _ = timed(lambda: render_libreoffice(items[: args.pages], folder, soffice))
        rows.append({"label": "LibreOffice mail merge (soffice --convert-to pdf)", "pages": pages, "s": seconds, "cpu": None})
    ours_rate = rows[0]["pages"] / rows[0]["s"]
    print()
    print(f"{'':52} {'pages':>6} {'seconds':>8} {'pages/s':>8} {'ours is':>8} {'pages/CPU-s':>12}")
    for row in rows:
        rate = row["pages"] / row["s"]
        cpu_rate = f"{row['pages'] / row['cpu']:>12.1f}" if row["cpu"] else f"{'–':>12}"
        print(f"{row['label']:52} {row['pages']:>6} {row['s']:>8.2f} {rate:>8.1f} {ours_rate / rate:>7.1f}x {cpu_rate}")
    if not soffice:
        print(f"{'LibreOffice mail merge':52} skipped: soffice not installed")
    print(f"ours, each run (s): {', '.join(f'{s:.2f}' for s in runs)}; PDF {(folder / 'ours.pdf').stat().st_size / 1e6:.1f} MB")
    speedup = ours_rate / (rows[1]["pages"] / rows[1]["s"])
    print()
    print(f"target ≥ {TARGET_PAGES_PER_S:.0f} pages/s: {ours_rate:.0f} → {'PASS' if ours_rate >= TARGET_PAGES_PER_S else 'FAIL'}")
    print(f"target ≥ {TARGET_SPEEDUP:.0f}x the naive baseline: {speedup:.1f}x → {'PASS' if speedup >= TARGET_SPEEDUP else 'FAIL'}")
    if not args.out:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
