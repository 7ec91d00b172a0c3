"""1000 certificates with a QR code into one PDF: ours against a naive ReportLab baseline (and LibreOffice where installed);
and the path a user takes, ``certificates issue --pending`` for 1000 completed enrolments.

    python benchmarks/certificates.py [--pages 1000] [--baseline-pages 1000] [--runs 3] [--issue 1000] [--out DIR] [--quick]

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
``--runs`` times (median shown), the baseline and LibreOffice once.

*Issue, one PDF each*: what ``certificates issue --pending`` does (the pending
enrolments listed, then ``issue_to_folder``): for each of ``--issue``
completed enrolments a number from the gap-free counter, a signed payload, the
record and its audit entry, and one PDF file, synced to the disk before its
batch commits.  The database is made as ``learner_list.py`` makes it, with one
programme, one group and every learner's enrolment completed; it is issued as
a logged-in administrator (``population.ADMINISTRATOR``).

``--quick`` (CI): 50 pages, a 10-page baseline, one run, 50 certificates issued.
The exit code is 0 whatever the figures: this is a measurement, not a test.
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
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

from cluster_desktop.college import CollegeDetails  # noqa: E402
from cluster_desktop.documents.blank import BlankData  # noqa: E402
from cluster_desktop.documents.certificate import render_certificates  # noqa: E402
from cluster_desktop.models.enums import ProgrammeKind, StudyForm  # noqa: E402

TARGET_PAGES_PER_S = 200.0
TARGET_ISSUED_PER_S = 150.0
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
        bin="990140000017",
        director_kk="Жұмабаев Ерлан Серікұлы",
        director_ru="Жұмабаев Ерлан Серікұлы",
        director_en="Zhumabaev Erlan Serikuly",
        city_kk="Хромтау",
        city_ru="Хромтау",
        city_en="Khromtau",
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
    # types-reportlab declares initialFontName a float; ReportLab takes a registered font's name.
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), initialFontName=fonts.regular())  # type: ignore[arg-type]
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
        # zxing-cpp's Image exports the buffer protocol; its type stubs do not say so.
        Image.frombytes("L", (image.shape[1], image.shape[0]), memoryview(image).tobytes()).save(png, "PNG")  # type: ignore[arg-type]
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


# -- the user's path: certificates issue --pending -------------------------------------------------
def completed_enrolments(data_dir: Path, count: int) -> Any:
    """A database of ``count`` learners, each with a completed enrolment in one professional course; the open Database."""
    from learner_list import build_database
    from population import ADMINISTRATOR
    from sqlalchemy import insert

    from cluster_desktop.db import open_database
    from cluster_desktop.models import Consent, ConsentGiver, ConsentPurpose, ConsentPurposeGrant, ConsentTerm, Enrolment, EnrolmentStatus
    from cluster_desktop.services.programmes import GroupInput, ProgrammeInput, create_group, create_programme
    from cluster_desktop.services.settings import save_college_details

    build_database(data_dir, count, 2025)
    db = open_database(data_dir=data_dir)
    db.actor = ADMINISTRATOR
    with db.session() as session:
        save_college_details(session, college())
        programme = create_programme(session, ProgrammeInput(
            kind=ProgrammeKind.PROFESSIONAL_COURSE, name_kk=PROGRAMMES[0], name_ru="Подземная разработка месторождений", hours=72))
        group = create_group(session, GroupInput(programme.id, "ПР-26-А", "kk", date(2026, 2, 1), date(2026, 5, 30)))
        session.execute(insert(Enrolment.__table__), [
            {"person_id": person_id, "group_id": group.id, "status": EnrolmentStatus.COMPLETED, "enrolled_on": date(2026, 2, 1),
             "finished_on": date(2026, 5, 30), "result_percent": Decimal(50 + person_id % 51)}
            for person_id in range(1, count + 1)
        ])
        # Each signed the college's standard form on registration: issuing needs consent to education records.
        now = datetime.now(UTC)
        session.execute(insert(Consent.__table__), [
            {"id": person_id, "person_id": person_id, "given_by": ConsentGiver.SELF, "given_on": date(2025, 9, 1),
             "term": ConsentTerm.AFTER_STUDIES, "years_after_studies": 5, "created_at": now, "updated_at": now}
            for person_id in range(1, count + 1)
        ])
        session.execute(insert(ConsentPurposeGrant.__table__), [
            {"consent_id": person_id, "purpose": ConsentPurpose.EDUCATION} for person_id in range(1, count + 1)
        ])
    return db


def issue_pending(folder: Path, count: int) -> dict[str, Any]:
    """Time ``certificates issue --pending --lang kk``'s work on ``count`` completed enrolments."""
    from cluster_desktop.services.certificate_files import installation_key, issue_to_folder
    from cluster_desktop.services.certificate_registry import pending_ids

    db = completed_enrolments(folder / "data", count)
    try:
        installation_key(db)  # made once per installation, before any real issue
        started, cpu = time.perf_counter(), time.process_time()
        with db.session() as session:
            ids = pending_ids(session)
        issued = issue_to_folder(db, ids, "kk", folder / "issued", date(2026, 6, 1))
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    finally:
        db.dispose()
    files = sorted((folder / "issued").glob("*.pdf"))
    if len(issued) != count or len(files) != count:
        raise RuntimeError(f"{len(issued)} certificates issued and {len(files)} files written for {count} enrolments")
    return {"label": "issue --pending (numbered, signed, 1 PDF each, synced)", "pages": count, "s": seconds, "cpu": cpu_seconds,
            "mb": sum(f.stat().st_size for f in files) / 1e6}


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
    parser.add_argument("--issue", type=int, default=1000, help="completed enrolments to issue certificates for, one PDF each (0: skip)")
    parser.add_argument("--out", type=Path, help="keep the PDFs in this folder")
    parser.add_argument("--quick", action="store_true", help="50 pages, a 10-page baseline, one run, 50 issued: does it still work? (CI)")
    args = parser.parse_args(argv)
    if args.quick:
        args.pages, args.baseline_pages, args.runs, args.issue = 50, 10, 1, 50
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
    if args.issue:
        print(f"baseline done; issuing {args.issue} certificates as the user does …", flush=True)
        issued = issue_pending(folder, args.issue)
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
    if args.issue:
        print(f"{issued['label']:52} {issued['pages']:>6} {issued['s']:>8.2f} {issued['pages'] / issued['s']:>8.1f} "
              f"{ours_rate / (issued['pages'] / issued['s']):>7.1f}x {issued['pages'] / issued['cpu']:>12.1f}   ({issued['mb']:.1f} MB in all)")
    print(f"ours, each run (s): {', '.join(f'{s:.2f}' for s in runs)}; PDF {(folder / 'ours.pdf').stat().st_size / 1e6:.1f} MB")
    speedup = ours_rate / (rows[1]["pages"] / rows[1]["s"])
    print()
    print(f"target ≥ {TARGET_PAGES_PER_S:.0f} pages/s: {ours_rate:.0f} → {'PASS' if ours_rate >= TARGET_PAGES_PER_S else 'FAIL'}")
    print(f"target ≥ {TARGET_SPEEDUP:.0f}x the naive baseline: {speedup:.1f}x → {'PASS' if speedup >= TARGET_SPEEDUP else 'FAIL'}")
    if args.issue:
        rate = issued["pages"] / issued["s"]
        print(f"target ≥ {TARGET_ISSUED_PER_S:.0f} certificates/s issued, one PDF each: {rate:.0f} → "
              f"{'PASS' if rate >= TARGET_ISSUED_PER_S else 'FAIL'}")
    if not args.out:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
