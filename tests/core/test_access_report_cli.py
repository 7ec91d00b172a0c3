"""``report person IIN --lang kk|ru --out FILE.pdf``, run as a user would: the person's report in their language, bad input refused."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from cluster_desktop.ids import Sex, make_iin
from tests.cli import Result, run_cli
from tests.conftest import open_as_administrator
from tests.core.test_access_report import TOKENS, fill_everything

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")


@pytest.fixture
def person_dir(data_dir: Path) -> tuple[Path, str]:
    db = open_as_administrator(None, data_dir=data_dir)  # no staff accounts: the command line is open to whoever holds it
    try:
        made = fill_everything(db)
    finally:
        db.dispose()
    return data_dir, made["iin"]


def report(data_dir: Path, *args: str) -> Result:
    return run_cli("--data-dir", str(data_dir), "report", "person", *args)


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "kk",
            (
                "Субъектінің дербес деректері туралы мәліметтер",
                "Дербес деректер",
                "өңдеуге келісімдер",
                "Өзгерістер журналы",
                "Жұмабаева Әсел",
            ),
        ),
        ("ru", ("Сведения о персональных данных субъекта", "Персональные данные", "Согласия", "Журнал изменений", "Жұмабаева Әсел")),
    ],
)
def test_the_report_prints_in_the_language_asked(
    person_dir: tuple[Path, str], tmp_path: Path, language: str, words: tuple[str, ...]
) -> None:
    data_dir, iin = person_dir
    target = tmp_path / f"мәліметтер-{language}.pdf"
    result = report(data_dir, f" {iin[:6]} {iin[6:]} ", "--lang", language, "--out", str(target))  # spaces as typed are forgiven
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout
    text = pdf_text(target)
    for word in (*words, iin, TOKENS[language]):
        assert word in text, word
    other = "ru" if language == "kk" else "kk"
    assert TOKENS[other] not in text


@pytest.mark.parametrize(
    ("iin", "said"),
    [
        (make_iin(date(2006, 5, 5), Sex.MALE, 99), "No one with IIN"),
        ("12345", "12 digits"),
        ("05040160007X", "digits"),
    ],
)
def test_an_unknown_or_malformed_iin_exits_1_and_writes_nothing(person_dir: tuple[Path, str], tmp_path: Path, iin: str, said: str) -> None:
    data_dir, _iin = person_dir
    out = tmp_path / "out"
    out.mkdir()
    result = report(data_dir, iin, "--lang", "ru", "--out", str(out / "report.pdf"))
    assert result.returncode == 1
    assert said in result.stderr and "Traceback" not in result.stderr
    assert not list(out.iterdir())


def test_only_a_pdf_is_written(person_dir: tuple[Path, str], tmp_path: Path) -> None:
    data_dir, iin = person_dir
    out = tmp_path / "out"
    out.mkdir()
    result = report(data_dir, iin, "--lang", "kk", "--out", str(out / "report.xlsx"))
    assert result.returncode == 1 and ".pdf" in result.stderr
    assert not list(out.iterdir())
