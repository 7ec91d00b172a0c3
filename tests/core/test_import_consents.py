"""Importing learners with their consent: who, when, the form's number, its purposes and its term.

Purposes are read in Kazakh, Russian or English words (or the codes); a word
that names no purpose is a problem of its row, named.  Runs on PostgreSQL too
when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import AuditEntry, Consent, ConsentGiver, ConsentPurpose, ConsentTerm, Person
from cluster_desktop.services.import_columns import match_columns
from cluster_desktop.services.learner_import import NOT_A_PURPOSE, NOT_A_TERM, ImportOptions, ImportReport, import_learners
from cluster_desktop.services.standard_consent import StandardForm, save_standard_form
from cluster_desktop.spreadsheets.reader import Table, Value
from tests.cli import run_cli, where

TODAY = date(2026, 12, 4)
HEADERS = ["ЖСН", "Тегі", "Аты", "Заңды өкілі", "Келісім күні", "Келісім нөмірі", "Келісім мақсаттары", "Келісім мерзімі"]
PUPIL = make_iin(date(2010, 4, 17), Sex.FEMALE, 321)
ADULT = make_iin(date(2004, 1, 5), Sex.MALE, 7)
STUDENT = make_iin(date(2006, 2, 3), Sex.MALE, 8)
E, J, P, A, PUB = (
    ConsentPurpose.EDUCATION,
    ConsentPurpose.JOURNEY,
    ConsentPurpose.PARTNERS,
    ConsentPurpose.ABROAD,
    ConsentPurpose.PUBLICITY,
)


def run(database: Database, *rows: list[Value], headers: list[str] = HEADERS, **kwargs: Any) -> ImportReport:
    t = Table(headers=list(headers), rows=[(n + 2, list(r)) for n, r in enumerate(rows)])
    with database.session() as session:
        return import_learners(session, t, ImportOptions(match_columns(t.headers), today=TODAY, **kwargs))


def consents(database: Database) -> dict[str, list[Consent]]:
    with database.session() as session:
        found: dict[str, list[Consent]] = {}
        query = select(Person.iin, Consent).join(Consent, Consent.person_id == Person.id).options(selectinload(Consent.purposes))
        for iin, consent in session.execute(query):
            found.setdefault(iin, []).append(consent)
        session.expunge_all()
        return found


def purposes(consent: Consent) -> list[ConsentPurpose]:
    return [g.purpose for g in consent.purposes]


def test_consent_columns_in_kazakh_russian_and_english(database: Database) -> None:
    report = run(
        database,
        [PUPIL, "Сейітова", "Әсем", "Сейітова Гүлнар", "02.09.2024", "К-17", "білім беру; серіктестерге беру", "01.09.2030"],
        [ADULT, "Омаров", "Нұрлан", None, date(2023, 9, 1), None, "Обучение, передача партнёрам, фото", "3 года после обучения"],
        [STUDENT, "Қасымов", "Ерлан", None, "2025-09-01", "18", "EDUCATION; journey;abroad", "10 жыл"],
    )
    assert (report.created, report.consents, report.problems) == (3, 3, [])
    found = consents(database)
    (pupil,) = found[PUPIL]
    assert (pupil.given_by, pupil.giver_name, pupil.given_on, pupil.form_number) == (
        ConsentGiver.REPRESENTATIVE,
        "Сейітова Гүлнар",
        date(2024, 9, 2),
        "К-17",
    )
    assert purposes(pupil) == [E, P] and (pupil.term, pupil.valid_until) == (ConsentTerm.UNTIL_DATE, date(2030, 9, 1))
    (adult,) = found[ADULT]
    assert adult.given_by is ConsentGiver.SELF and purposes(adult) == [E, P, PUB]
    assert (adult.term, adult.years_after_studies) == (ConsentTerm.AFTER_STUDIES, 3)
    (student,) = found[STUDENT]
    assert purposes(student) == [E, J, A] and student.years_after_studies == 10 and student.form_number == "18"
    with database.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
        assert "consents" in str(entry.changes)


def test_rows_without_purposes_get_the_standard_form_collected_on_the_consent_date(database: Database) -> None:
    with database.session() as session:
        save_standard_form(session, StandardForm((E, J), 4))
    report = run(
        database,
        [PUPIL, "Сейітова", "Әсем", "Сейітова Гүлнар"],
        [ADULT, "Омаров", "Нұрлан", None, "01.02.2024", None, "", None],
        consent_date=date(2025, 9, 1),
    )
    assert report.problems == [] and report.consents == 2
    found = consents(database)
    assert [(c.given_on, purposes(c), c.years_after_studies) for c in found[PUPIL]] == [(date(2025, 9, 1), [E, J], 4)]
    assert [(c.given_on, purposes(c)) for c in found[ADULT]] == [(date(2024, 2, 1), [E, J])]  # its own date wins


def test_a_word_that_names_no_purpose_is_a_problem_of_its_row(database: Database) -> None:
    report = run(
        database,
        [PUPIL, "Сейітова", "Әсем", "Сейітова Гүлнар", "02.09.2024", None, "білім беру; маркетинг; спам", None],
        [ADULT, "Омаров", "Нұрлан", None, "01.09.2023", None, "обучение", "когда-нибудь"],
    )
    assert not report.written and report.invalid_rows == [2, 3]
    purpose_hint = "is not a purpose of consent: write education, journey, partners, abroad or publicity, separated by commas."
    assert [p.line() for p in report.problems] == [
        f'row 2, column "Келісім мақсаттары": «маркетинг» {purpose_hint}',
        f'row 2, column "Келісім мақсаттары": «спам» {purpose_hint}',
        'row 3, column "Келісім мерзімі": «когда-нибудь» is not a term of consent: write the last day (dd.mm.yyyy) or «5 years after studies».',
    ]
    assert [p.template for p in report.problems] == [NOT_A_PURPOSE, NOT_A_PURPOSE, NOT_A_TERM]
    assert consents(database) == {}


def test_consent_dated_before_birth_or_in_the_future_or_ending_before_it_began(database: Database) -> None:
    report = run(
        database,
        [PUPIL, "Сейітова", "Әсем", "Сейітова Гүлнар", "16.04.2010", None, None, None],
        [ADULT, "Омаров", "Нұрлан", None, "05.12.2026", None, None, None],
        [STUDENT, "Қасымов", "Ерлан", None, "01.09.2025", None, None, "31.08.2025"],
    )
    assert report.invalid_rows == [2, 3, 4]
    by_row = {p.row: (p.column, p.message) for p in report.problems}
    assert by_row[2] == ("Келісім күні", "The consent date (16.04.2010) is before the learner was born (17.04.2010).")
    assert by_row[3] == ("Келісім күні", "Consent date (05.12.2026) is in the future.")
    assert by_row[4] == ("Келісім мерзімі", "The consent cannot end (31.08.2025) before it was given (01.09.2025).")
    assert consents(database) == {}


def test_an_update_records_the_consent_its_row_dates_once(database: Database) -> None:
    run(database, [ADULT, "Омаров", "Нұрлан", None, "01.09.2023", None, "обучение", None])
    undated = run(database, [ADULT, "Омаров", "Нурлан", None, None, None, "фото", None], update_existing=True)
    assert (undated.updated, undated.consents, undated.problems) == (1, 0, [])  # no date: no consent to record
    row: list[Value] = [ADULT, "Омаров", "Нурлан", None, "01.09.2024", "К-9", "фото", None]
    report = run(database, row, update_existing=True)
    assert (report.updated, report.consents, report.problems) == (1, 1, [])
    again = run(database, row, update_existing=True)  # the same file imported again
    assert again.consents == 0
    assert [(c.given_on, purposes(c), c.form_number) for c in consents(database)[ADULT]] == [
        (date(2023, 9, 1), [E], None),
        (date(2024, 9, 1), [PUB], "К-9"),
    ]
    skipped = run(database, [ADULT, "Омаров", "Нурлан", None, "01.09.2025", None, "обучение", None])
    assert (skipped.skipped_existing, skipped.consents) == (1, 0)  # not updating: the row is left alone
    bad = run(database, [ADULT, "Омаров", "Нурлан", None, "01.01.2003", None, "обучение", None], update_existing=True)
    assert bad.invalid_rows == [2] and "before the learner was born" in bad.problems[0].message
    assert len(consents(database)[ADULT]) == 2


def test_the_command_line_imports_consent_columns_and_names_a_bad_word(database_url: str, data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "consents.csv"
    rows = [
        f"{ADULT};Омаров;Нұрлан;;01.09.2023;К-1;обучение, передача партнёрам;5 лет после обучения",
        f'{STUDENT};Қасымов;Ерлан;;01.09.2025;К-2;"білім беру; шетелге беру";',
    ]
    path.write_text(";".join(HEADERS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    args = [*where(database_url, data_dir), "import", "learners", str(path)]
    done = run_cli(*args)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "«Келісім мақсаттары» → Purposes of the consent" in done.stdout
    assert "Imported: 2 new, 0 updated, 0 enrolled, 2 consent forms." in done.stdout
    path.write_text(
        ";".join(HEADERS) + "\n" + f'{PUPIL};Сейітова;Әсем;Сейітова Гүлнар;02.09.2024;;"обучение; реклама";\n', encoding="utf-8"
    )
    refused = run_cli(*args)
    assert refused.returncode == 1
    assert 'row 2, column "Келісім мақсаттары": «реклама» is not a purpose of consent' in refused.stdout


def test_the_standard_form_is_checked_audited_and_falls_back_when_unreadable(database: Database) -> None:
    from cluster_desktop.errors import ValidationError
    from cluster_desktop.services import standard_consent as sc
    from cluster_desktop.settings_store import set_setting

    with database.session() as session:
        assert sc.standard_form(session) == sc.StandardForm(sc.DEFAULT_PURPOSES, 5)  # the college's default
        for bad, fields_named in (
            (sc.StandardForm((), 5), {"purposes"}),
            (sc.StandardForm((E,), 76), {"years_after_studies"}),
            (sc.StandardForm((), -1), {"purposes", "years_after_studies"}),
        ):
            try:
                sc.save_standard_form(session, bad)
            except ValidationError as exc:
                assert {p.field for p in exc.problems} == fields_named
            else:
                raise AssertionError(f"{bad} was saved")
        assert sc.standard_form(session) == sc.StandardForm(sc.DEFAULT_PURPOSES, 5)  # nothing changed
        saved = sc.save_standard_form(session, sc.StandardForm((PUB, E, PUB), 0))
        assert saved == sc.StandardForm((E, PUB), 0) == sc.standard_form(session)
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "settings")).one()
        assert entry.record_id == sc.PURPOSES_KEY and "publicity" in entry.changes
        set_setting(session, sc.PURPOSES_KEY, ["education", "spam", 3])  # hand-edited: the known purposes count
        set_setting(session, sc.YEARS_KEY, "five")
        assert sc.standard_form(session) == sc.StandardForm((E,), 5)
        set_setting(session, sc.PURPOSES_KEY, "all")
        assert sc.standard_form(session).purposes == sc.DEFAULT_PURPOSES


def test_a_cell_of_junk_is_three_named_words_cut_short(database: Database) -> None:
    junk = "; ".join(f"слово{n}" for n in range(5000)) + "; " + "ж" * 500
    report = run(database, [ADULT, "Омаров", "Нұрлан", None, "01.09.2023", None, junk, None])
    assert [p.params["value"] for p in report.problems] == ["слово0", "слово1", "слово2"]
    report = run(database, [ADULT, "Омаров", "Нұрлан", None, "01.09.2023", None, "ж" * 500, None])
    (value,) = [p.params["value"] for p in report.problems]
    assert value.endswith("…") and len(value) <= 60
    assert consents(database) == {}
