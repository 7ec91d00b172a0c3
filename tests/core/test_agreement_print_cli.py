"""``agreements print`` run as a user would run it: ``python main.py agreements print …``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete

from cluster_desktop.db import Database
from cluster_desktop.models import Agreement, AgreementKind, AgreementLearner
from tests.cli import ROOT, run_cli
from tests.core.test_agreement_documents import make_agreements, needs_pdftotext, pdf_text
from tests.narrowing import present

pytestmark = pytest.mark.skipif(
    not (ROOT / "cluster_desktop" / "commands" / "agreements.py").exists(), reason="the agreements command is not there yet"
)


def where(database_url: str, data_dir: Path) -> list[str]:
    return ["--db-url", database_url]


@needs_pdftotext
def test_print_writes_the_agreement_in_kazakh(database: Database, database_url: str, data_dir: Path, tmp_path: Path) -> None:
    ids = make_agreements(database)
    with database.session() as session:
        number = present(session.get(Agreement, ids[AgreementKind.DUAL_EDUCATION])).number
    out = tmp_path / "ДО.pdf"
    result = run_cli(*where(database_url, data_dir), "agreements", "print", number, "--lang", "kk", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    text = pdf_text(out)
    assert "ДУАЛЬДЫ ОҚЫТУ ТУРАЛЫ" in text and "Ержанов Болат Серікұлы" in text


@needs_pdftotext
def test_year_chooses_between_equal_numbers(database: Database, database_url: str, data_dir: Path, tmp_path: Path) -> None:
    ids = make_agreements(database)
    with database.session() as session:
        newer = session.get(Agreement, ids[AgreementKind.MEMORANDUM])
        assert newer is not None
        session.add(Agreement(kind=AgreementKind.MEMORANDUM, number=newer.number, year=2025, partner_id=newer.partner_id,
                              signed_on=date(2025, 2, 3), starts_on=date(2025, 2, 3), ends_on=date(2026, 2, 3)))
        number = newer.number
    out = tmp_path / "m.pdf"
    newest = run_cli(*where(database_url, data_dir), "agreements", "print", number, "--lang", "ru", "--out", str(out))
    assert newest.returncode == 0, newest.stderr
    assert "«30» мая 2026 г." in pdf_text(out)
    older = run_cli(*where(database_url, data_dir), "agreements", "print", number, "--year", "2025", "--lang", "ru", "--out", str(out))
    assert older.returncode == 0, older.stderr
    assert "«3» февраля 2025 г." in pdf_text(out)
    missing = run_cli(*where(database_url, data_dir), "agreements", "print", number, "--year", "2024", "--lang", "ru", "--out", str(out))
    assert missing.returncode == 1 and f"No. {number}/2024; did you mean {number}/2026, {number}/2025?" in missing.stderr


def test_bad_requests_fail_with_a_message_and_write_nothing(database: Database, database_url: str, data_dir: Path, tmp_path: Path) -> None:
    ids = make_agreements(database)
    with database.session() as session:
        number = present(session.get(Agreement, ids[AgreementKind.PRACTICE])).number
    args = where(database_url, data_dir)
    unknown = run_cli(*args, "agreements", "print", "НЕТ-99", "--lang", "ru", "--out", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 1 and "НЕТ-99" in unknown.stderr and "Traceback" not in unknown.stderr
    language = run_cli(*args, "agreements", "print", number, "--lang", "en", "--out", str(tmp_path / "x.pdf"))
    assert language.returncode == 2
    unwritable = run_cli(*args, "agreements", "print", number, "--lang", "ru", "--out", str(tmp_path / "no" / "x.pdf"))
    assert unwritable.returncode == 1 and "Cannot write" in unwritable.stderr
    with database.session() as session:
        session.execute(delete(AgreementLearner).where(AgreementLearner.agreement_id == ids[AgreementKind.PRACTICE]))
    empty = run_cli(*args, "agreements", "print", number, "--lang", "kk", "--out", str(tmp_path / "x.pdf"))
    assert empty.returncode == 1 and "{learners_list}" in empty.stderr
    assert not list(tmp_path.rglob("*.pdf")) and not (tmp_path / "no").exists()


@needs_pdftotext
def test_demo_agreements_print_in_both_languages(data_dir: Path, tmp_path: Path) -> None:
    if not (ROOT / "resources" / "demo" / "agreements.json").exists():
        pytest.skip("the demo has no agreements yet")
    assert run_cli("--data-dir", str(data_dir), "demo").returncode == 0
    listing = run_cli("--data-dir", str(data_dir), "agreements", "list", "--json")
    assert listing.returncode == 0, listing.stderr
    agreements = json.loads(listing.stdout)
    for kind in {a["kind"] for a in agreements}:
        first = next(a for a in agreements if a["kind"] == kind)
        for language in ("kk", "ru"):
            out = tmp_path / f"{kind}-{language}.pdf"
            printed = run_cli("--data-dir", str(data_dir), "agreements", "print", first["number"], "--year", str(first["year"]),
                          "--lang", language, "--out", str(out))
            assert printed.returncode == 0, (kind, language, printed.stderr)
            name = first["partner_kk"] if language == "kk" else first["partner"]
            assert " ".join(name.split()) in pdf_text(out)
