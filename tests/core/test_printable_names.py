"""Only text the documents' fonts can draw: refused where it is typed or imported, and before a certificate is numbered."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from sqlalchemy import update

from cluster_desktop.db import Database
from cluster_desktop.documents import fonts
from cluster_desktop.documents.agreement import AgreementDocument, Party, render_agreement
from cluster_desktop.errors import Problem, UserError, ValidationError
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import ConsentGiver, Enrolment, OrganisationKind, Person, ProgrammeKind, Stage
from cluster_desktop.services import fields
from cluster_desktop.services.certificate_files import issue_to_folder
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.organisations import OrganisationInput, create_organisation
from cluster_desktop.services.programmes import GroupInput, ProgrammeInput, create_group, create_programme
from tests.core.test_certificate_files import _counter, _files
from tests.core.test_certificates import ISSUED, make_cluster
from tests.core.test_import import options, table
from tests.core.test_import import run as run_import
from tests.narrowing import present

FOREIGN = {
    "Georgian": ("ქ", "U+10E5"),
    "Armenian": ("Ա", "U+0531"),
    "Arabic": ("ع", "U+0639"),
    "CJK": ("中", "U+4E2D"),
    "math bold": ("𝐀", "U+1D400"),
    "emoji": ("😀", "U+1F600"),
}
KAZAKH = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
PRINTABLE = [
    KAZAKH,
    KAZAKH.lower(),
    "Сергеев-Ильин Пётр",
    "O'Brien Zoë Ñúñez",
    "0123456789",
    "«Дон ТКБК» АҚ — № 5, 120 000 ₸; (1/2) «a» & b: 50 %!?",
    "Абай к-сі, 5\nХромтау қ.",
]


@pytest.mark.parametrize("script", FOREIGN)
def test_letters_the_fonts_lack_are_found_and_named(script: str) -> None:
    char, code = FOREIGN[script]
    assert fonts.unprintable(f"Сейітова{char}Әсем") == char
    assert fonts.code_point(char) == code
    with pytest.raises(UserError) as caught:
        fonts.require_printable("Қасымов", None, [("label", f"Әсем {char}")])
    assert f"«{char}» ({code})" in str(caught.value)


@pytest.mark.parametrize("text", PRINTABLE)
def test_kazakh_russian_latin_digits_and_punctuation_print(text: str) -> None:
    assert fonts.unprintable(text) is None
    fonts.require_printable(text)


@pytest.mark.parametrize("script", FOREIGN)
def test_form_check_names_the_character(script: str) -> None:
    char, code = FOREIGN[script]
    problems: list[Problem] = []
    fields.check_name(problems, "surname", "Surname", f"Сейітова{char}", 100, required=True)
    assert [(p.field, p.template, p.params) for p in problems] == [
        ("surname", fields.UNPRINTABLE, {"label": "Surname", "char": char, "code": code})
    ]


def test_notes_are_not_printed_so_anything_goes() -> None:
    problems: list[Problem] = []
    fields.check_text(problems, "notes", "Notes", "Ата-анасы 😀 ქ", 4000, printed=False)
    assert problems == []


def learner_input(surname: str, serial: int = 1) -> LearnerInput:
    return LearnerInput(
        iin=make_iin(date(2005, 4, 1), Sex.MALE, serial),
        surname=surname,
        given_name="Нұрлан",
        stage=Stage.COLLEGE,
        consent_given_by=ConsentGiver.SELF,
        consent_date=date(2025, 9, 1),
    )


def problem_of(error: ValidationError, field: str) -> dict[str, object]:
    return next(p.params for p in error.problems if p.field == field)


def test_learner_organisation_programme_and_group_forms_refuse_foreign_letters(database: Database) -> None:
    with database.session() as session:
        with pytest.raises(ValidationError) as caught:
            create_learner(session, learner_input("Сейітоваქ"))
        assert problem_of(caught.value, "surname") == {"label": "Surname", "char": "ქ", "code": "U+10E5"}
        with pytest.raises(ValidationError) as caught:
            create_organisation(session, OrganisationInput(OrganisationKind.EMPLOYER, "Дон ТКБК عربي", "Донской ГОК"))
        assert problem_of(caught.value, "name_kk")["char"] == "ع"
        with pytest.raises(ValidationError) as caught:
            create_programme(session, ProgrammeInput(ProgrammeKind.PROFILE_COURSE, "Тау-кен ісі", "Горное дело 中"))
        assert problem_of(caught.value, "name_ru")["code"] == "U+4E2D"
        programme = create_programme(session, ProgrammeInput(ProgrammeKind.PROFILE_COURSE, "Тау-кен ісі", "Горное дело"))
        with pytest.raises(ValidationError) as caught:
            create_group(session, GroupInput(programme.id, "ГД-25 😀", "kk", date(2025, 9, 1)))
        assert problem_of(caught.value, "name")["char"] == "😀"
        created = create_learner(session, learner_input("Сейітова-Ильина", serial=2))
        assert created.surname == "Сейітова-Ильина"


def test_import_marks_the_cell_with_a_foreign_letter(database: Database) -> None:
    iin = make_iin(date(2004, 1, 5), Sex.MALE, 7)
    t = table([iin, "Омаров", "Նուրլան", None, None, None, None])
    report = run_import(database, t)
    assert not report.written and report.invalid_rows == [2]
    [problem] = report.problems
    assert problem.line().startswith('row 2, column "Аты": ') and "«Ն» (U+0546)" in problem.line()
    assert options(t).mapping  # the column was matched, so the cell is the one marked


def test_issuing_for_a_name_forced_into_the_database_takes_no_number(database: Database, tmp_path: Path) -> None:
    cluster = make_cluster(database, learners=2)
    with database.session() as session:
        person_id = present(session.get(Enrolment, cluster.completed[0])).person_id
        session.execute(update(Person).where(Person.id == person_id).values(surname="Қасымоваქ"))
    out = tmp_path / "out"
    with pytest.raises(UserError, match="«ქ» \\(U\\+10E5\\)"):
        issue_to_folder(database, cluster.completed[:1], "kk", out, ISSUED)
    assert _counter(database) is None
    assert not out.exists() or _files(out) == []
    issued = issue_to_folder(database, cluster.completed[1:], "kk", out, ISSUED)
    assert [i.number for i in issued] == ["KP-2026-000001"]  # no gap: the refused one used nothing


def agreement(name: str) -> AgreementDocument:
    learner = Party("Білім алушы", [("Аты-жөні", name)], [("Қолы", name)], seal=False)
    return AgreementDocument(layout="contract", title="ШАРТ", labels={"page": "{page}-бет, барлығы {total}"}, parties=[learner])


def test_agreement_renderer_refuses_a_name_it_cannot_draw() -> None:
    stream = BytesIO()
    with pytest.raises(UserError, match="«Ա» \\(U\\+0531\\)"):
        render_agreement(agreement("Ասլան Қасымов"), stream)
    assert stream.getvalue() == b""


def test_printing_an_agreement_with_a_forced_foreign_letter_writes_nothing(database: Database, tmp_path: Path) -> None:
    from cluster_desktop.models import AgreementKind, AgreementLearner
    from cluster_desktop.services.agreement_documents import write_agreement_pdf
    from tests.core.test_agreement_documents import make_agreements

    ids = make_agreements(database)
    with database.session() as session:
        link = session.query(AgreementLearner).filter_by(agreement_id=ids[AgreementKind.DUAL_EDUCATION]).one()
        session.execute(update(Person).where(Person.id == link.person_id).values(given_name="Әліشер"))
    out = tmp_path / "out"
    out.mkdir()
    with database.session() as session, pytest.raises(UserError, match="«ش» \\(U\\+0634\\)"):
        write_agreement_pdf(session, ids[AgreementKind.DUAL_EDUCATION], "kk", out / "agreement.pdf")
    assert list(out.iterdir()) == []  # no file, not even a temporary one


def test_certificate_renderer_refuses_a_blank_it_cannot_fill(tmp_path: Path) -> None:
    """A certificate recorded before the forms checked (a reprint, a draft preview) is refused, not printed nameless."""
    from cluster_desktop.documents.certificate import render_certificates
    from tests.core.test_documents import blank

    target = tmp_path / "certificate.pdf"
    with pytest.raises(UserError, match="«中» \\(U\\+4E2D\\)"):
        render_certificates([blank(full_name="Қасымова 中")], target)
    assert list(tmp_path.iterdir()) == []
    assert render_certificates([blank()], target) == 1
