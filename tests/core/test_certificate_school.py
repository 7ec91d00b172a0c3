"""A school course's certificate prints the pupil's school and grade as they were when the course ended, per language."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from cluster_desktop.db import Database
from cluster_desktop.models import Certificate
from cluster_desktop.services.certificate_blanks import blank_for
from tests.core.test_certificates import COLLEGE
from tests.core.test_cohorts import build_cohort


def test_the_blank_names_the_school_and_the_grade_of_the_course(database: Database, tmp_path: Path) -> None:
    from cluster_desktop.documents.certificate import render_certificates

    build_cohort(database)  # Әбенова: grade 9 in 2020/21, grade 10 when the course ended on 20.12.2021
    with database.session() as s:
        certificate = s.scalars(select(Certificate)).one()
        kk = blank_for(s, certificate, COLLEGE)
        certificate.language = "ru"  # the same record as a Russian blank (not saved)
        ru = blank_for(s, certificate, COLLEGE)
        certificate.language = "en"
        en = blank_for(s, certificate, COLLEGE)
        s.rollback()
    assert (kk.school, kk.school_grade) == ("№1 мектеп-гимназия", 10)
    assert (ru.school, ru.school_grade) == ("Школа-гимназия №1", 10)
    assert (en.school, en.school_grade) == (None, None)  # no English name kept: the line is left out, not another language's
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler) is not installed")
    for blank, words in ((kk, "Мектеп: №1 мектеп-гимназия, 10-сынып"), (ru, "Школа: Школа-гимназия №1, 10 класс")):
        target = tmp_path / f"{blank.language}.pdf"
        render_certificates([blank], target)
        text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout.split())
        assert words in text
