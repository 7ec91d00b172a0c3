"""``export learners --school ID --grade N``: the pupils of a school in a grade today, the grade moved on 1 September."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import time_machine

from cluster_desktop.db import Database
from cluster_desktop.models import OrganisationKind, Stage
from cluster_desktop.services.learners import move_to_stage
from cluster_desktop.services.organisations import OrganisationInput, create_organisation
from tests import factories
from tests.cli import run_cli


def test_export_the_pupils_of_a_school_in_a_grade(database: Database, database_url: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    with database.session() as s:
        school = create_organisation(s, OrganisationInput(OrganisationKind.SCHOOL, "№1 мектеп-гимназия", "Школа-гимназия №1")).id
        company = factories.employer(s).id
        for serial, (surname, grade) in enumerate((("Әбенова", 9), ("Қасымов", 10)), start=1):
            person = factories.learner(
                s,
                surname,
                "Айгүл",
                serial=serial,
                born=date(2010, 3, 1),
                stage=Stage.PRESCHOOL,
                consent_date=date(2020, 1, 10),
                representative="Әбенов Серік",
            )
            move_to_stage(s, person.id, Stage.SCHOOL, date(2025, 9, 5), organisation_id=school, school_grade=grade, today=date(2026, 12, 4))
    target = tmp_path / "grade10.xlsx"
    with time_machine.travel(datetime(2026, 12, 4, 10, tzinfo=UTC), tick=False):
        result = run_cli("--db-url", database_url, "export", "learners", str(target), "--school", str(school), "--grade", "10")
        assert result.returncode == 0, result.stderr
        rows = list(load_workbook(target).active.iter_rows(min_row=2, values_only=True))  # type: ignore[union-attr]
        assert [row[0] for row in rows] == ["Әбенова Айгүл"]  # grade 9 last year, grade 10 since 1 September; Қасымов is in 11
        wrong = run_cli("--db-url", database_url, "--lang", "ru", "export", "groups", str(tmp_path / "g.xlsx"), "--grade", "10")
        assert wrong.returncode != 0 and "--grade" in wrong.stderr and "unexpected" not in wrong.stderr.lower()
        unknown = run_cli("--db-url", database_url, "export", "learners", str(tmp_path / "x.xlsx"), "--school", str(company))
        assert unknown.returncode != 0 and str(company) in unknown.stderr and not (tmp_path / "x.xlsx").exists()
        bad = run_cli("--db-url", database_url, "export", "learners", str(tmp_path / "y.xlsx"), "--grade", "12")
        assert bad.returncode == 2
