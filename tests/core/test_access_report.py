"""The subject access report (issue 18): everything held about one person, in kk or ru, audited before the file."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cluster_desktop.college import CollegeDetails
from cluster_desktop.db import Database
from cluster_desktop.errors import UserError, ValidationError
from cluster_desktop.ids import make_bin
from cluster_desktop.models import (
    Agreement,
    AgreementKind,
    AgreementLearner,
    AuditEntry,
    Consent,
    ConsentGiver,
    ConsentPurpose,
    ConsentPurposeGrant,
    ConsentTerm,
    ContractKind,
    Destination,
    DestinationKind,
    Employment,
    EvidenceKind,
    FollowUp,
    GuidanceSession,
    GuidanceStage,
    OrganisationKind,
    Placement,
    PlacementKind,
    Role,
    SessionAttendance,
)
from cluster_desktop.permissions import Actor, PermissionDenied
from cluster_desktop.services import access_report, certificate_files, certificates
from cluster_desktop.services.access_report import build_access_report, write_access_report
from cluster_desktop.services.learners import get_learner, learner_input, update_learner
from cluster_desktop.services.organisations import OrganisationInput, create_organisation
from cluster_desktop.services.programmes import enrol, remove_enrolment
from cluster_desktop.services.settings import save_college_details
from tests import factories
from tests.page_ink import needs_pdftoppm, render_pages

TODAY = date(2026, 11, 20)
TOKENS = {"kk": "ҚҚТОКЕН", "ru": "ЖЖТОКЕН"}
pdftotext = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(pdftotext is None, reason="pdftotext (poppler-utils) is not installed")


def _both(kk: str, ru: str, field: str) -> dict[str, Any]:
    return {f"{field}_kk": f"{kk} {TOKENS['kk']}", f"{field}_ru": f"{ru} {TOKENS['ru']}"}


COLLEGE = CollegeDetails(
    bin=make_bin(1998, 8, 4, 1207),
    **_both("Хромтау тау-кен колледжі", "Хромтауский горный колледж", "name"),
    **_both("Сейтқалиев Бауыржан", "Сейткалиев Бауыржан", "director"),
    city_kk="Хромтау",
    city_ru="Хромтау",  # printed on the certificate, whose snapshot keeps one language
    **_both("Әйтеке би көшесі, 23", "улица Айтеке би, 23", "address"),
    iban="KZ386010002000098765",
    bic="HSBKKZKX",
    director_sex="M",
)


def text_of(path: Path) -> str:
    assert pdftotext is not None
    done = subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True, check=True, timeout=60)
    return done.stdout.decode("utf-8")


def fill_everything(database: Database) -> dict[str, Any]:
    """A graduate with something in every section, and an enrolment made and deleted (its entries stay in the log)."""
    with database.session() as session:
        save_college_details(session, COLLEGE)
        person = factories.learner(
            session,
            "Жұмабаева",
            "Әсел",
            serial=7,
            representative="Жұмабаев Ерлан",
            representative_relation="әкесі",
            phone="+7 701 555 12 34",
            address="Хромтау, Абай к-сі, 5",
            latin_name="ZHUMABAYEVA ASSEL",
        )
        programme, group = factories.programme_with_group(session)
        factories.graduate(session, person, group, percent=87)
        _other_programme, other_group = factories.programme_with_group(session, "ЭЛ-22-1")
        dropped = enrol(session, person.id, other_group.id, date(2022, 9, 1))
        remove_enrolment(session, dropped.id)
        employer = factories.employer(session, f"Дон ТКБК {TOKENS['kk']}", f"Донской ГОК {TOKENS['ru']}")
        university = create_organisation(
            session,
            OrganisationInput(
                OrganisationKind.UNIVERSITY,
                f"Носов атындағы МГТУ {TOKENS['kk']}",
                f"МГТУ им. Носова {TOKENS['ru']}",
            ),
        )
        university.country = "RU"
        agreement = Agreement(
            kind=AgreementKind.DUAL_EDUCATION,
            number="Д-17",
            year=2023,
            partner_id=employer.id,
            signed_on=date(2023, 8, 20),
            starts_on=date(2023, 9, 1),
            ends_on=date(2025, 6, 30),
            **_both("Дуалды оқыту", "Дуальное обучение", "title"),
        )
        session.add(agreement)
        session.flush()
        session.add(AgreementLearner(agreement_id=agreement.id, person_id=person.id))
        session.add(
            Placement(
                person_id=person.id,
                enterprise_id=employer.id,
                agreement_id=agreement.id,
                kind=PlacementKind.DUAL,
                starts_on=date(2024, 1, 15),
                ends_on=date(2024, 5, 30),
                mentor="Серікбаев Нұрлан",
            )
        )
        job = Employment(
            person_id=person.id,
            employer_id=employer.id,
            position="Кен шебері",
            starts_on=date(2025, 7, 15),
            contract_kind=ContractKind.PERMANENT,
            in_specialty=True,
            evidence_kind=EvidenceKind.EMPLOYMENT_ORDER,
            evidence_number="245-к",
            evidence_date=date(2025, 7, 14),
        )
        session.add(job)
        session.flush()
        session.add(
            FollowUp(employment_id=job.id, months=6, checked_on=date(2026, 1, 20), still_employed=True, organisation_id=employer.id)
        )
        session.add(
            Destination(
                person_id=person.id,
                kind=DestinationKind.FURTHER_STUDY,
                starts_on=date(2026, 9, 1),
                organisation_id=university.id,
                evidence_kind=EvidenceKind.ENROLMENT_LETTER,
                evidence_number="МГ-88",
                evidence_date=date(2026, 8, 25),
                recorded_by="tester",
            )
        )
        guidance = GuidanceSession(
            held_on=date(2020, 3, 12),
            stage=GuidanceStage.SCHOOL,
            **_both("Кен орнына саяхат", "Экскурсия на рудник", "topic"),
            **_both("Дон кеніші", "Донской рудник", "place"),
        )
        session.add(guidance)
        session.flush()
        session.add(SessionAttendance(session_id=guidance.id, person_id=person.id))
        consent = Consent(
            person_id=person.id,
            given_by=ConsentGiver.REPRESENTATIVE,
            giver_name="Жұмабаев Ерлан",
            giver_relation="әкесі",
            given_on=date(2023, 8, 25),
            term=ConsentTerm.UNTIL_DATE,
            valid_until=date(2030, 8, 31),
            form_number="К-0042",
        )
        consent.purposes = [
            ConsentPurposeGrant(purpose=ConsentPurpose.PARTNERS),
            ConsentPurposeGrant(purpose=ConsentPurpose.PUBLICITY, withdrawn_on=date(2024, 2, 1)),
        ]
        session.add(consent)
        session.flush()
        changed = replace(learner_input(get_learner(session, person.id)), email="assel@example.kz")
        update_learner(session, person.id, changed, TODAY)
        return {"person": person.id, "iin": person.iin, "programme": programme.id, "dropped": dropped.id}


@pytest.fixture
def everything(database: Database) -> dict[str, Any]:
    made = fill_everything(database)
    key = certificate_files.installation_key(database)
    with database.session() as session:
        enrolment = session.scalars(select(factories.Enrolment).where(factories.Enrolment.person_id == made["person"])).first()
        assert enrolment is not None
        certificate = certificates.issue_certificate(session, enrolment.id, "ru", date(2025, 7, 1), key, COLLEGE)
        made["certificate"] = certificate.registration_number
    return made


def outbox(tmp_path: Path) -> Path:
    """A folder of its own for what a test writes (the test's database lives beside it)."""
    out = tmp_path / "out"
    out.mkdir()
    return out


def sections(session: Session, person: int, language: str) -> dict[str, list[tuple[Any, ...]]]:
    report = build_access_report(session, person, language, TODAY)
    return {s.key: s.rows for s in report.sections}


def test_every_section_holds_what_the_college_keeps(database: Database, everything: dict[str, Any]) -> None:
    with database.session() as session:
        got = sections(session, everything["person"], "ru")
    personal = dict(got["personal"])
    assert personal["Фамилия, имя, отчество"] == "Жұмабаева Әсел"
    assert personal["ИИН"] == everything["iin"]
    assert personal["Имя латинскими буквами"] == "ZHUMABAYEVA ASSEL"
    assert personal["Законный представитель"] == "Жұмабаев Ерлан (әкесі)"
    assert personal["Электронная почта"] == "assel@example.kz"
    assert personal["Пол"] == "женский"
    assert [r[0] for r in got["stages"]] == ["Колледж"]
    (enrolment,) = got["enrolments"]  # the deleted one is gone from the records (its entries stay in the log)
    assert enrolment[0] == "Подземная разработка" and enrolment[1] == "07240100 Горный мастер"
    assert enrolment[5] == "окончил(а)" and enrolment[6] == "87,0"
    assert [(r[0], r[3]) for r in got["certificates"]] == [(everything["certificate"], "действует")]
    (agreement,) = got["agreements"]
    assert agreement[:4] == ("Д-17/2023", "Дуальное обучение", f"Донской ГОК {TOKENS['ru']}", f"Дуальное обучение {TOKENS['ru']}")
    assert got["placements"][0][:3] == ("дуальное обучение", f"Донской ГОК {TOKENS['ru']}", "Д-17/2023")
    (job,) = got["jobs"]
    assert job[1] == "Кен шебері" and job[5] == "да" and job[6] == "приказ о приёме на работу № 245-к от 14.07.2025"
    assert got["follow_ups"] == [(f"Донской ГОК {TOKENS['ru']}, Кен шебері", 6, date(2026, 1, 20), "да", f"Донской ГОК {TOKENS['ru']}")]
    assert got["destinations"][0][:2] == ("Продолжает обучение", f"МГТУ им. Носова {TOKENS['ru']}")
    assert got["sessions"] == [(date(2020, 3, 12), f"Экскурсия на рудник {TOKENS['ru']}", f"Донской рудник {TOKENS['ru']}", None)]
    consents = {r[0]: r for r in got["consents"]}
    signed = consents[date(2023, 8, 25)]
    assert signed[1] == "законный представитель: Жұмабаев Ерлан (әкесі)"
    assert signed[2] == "передача предприятиям-партнёрам;\nфото и публикации (отозвано 01.02.2024)"
    assert signed[3] == "до 31.08.2030" and signed[4] == "К-0042"


def test_the_audit_section_names_who_changed_what_including_records_since_deleted(database: Database, everything: dict[str, Any]) -> None:
    with database.session() as session:
        audit_rows = sections(session, everything["person"], "ru")["audit"]
    texts = access_report.document_texts("access", "ru")
    words = texts["audit_actions_and_kinds"]
    records = {(row[2], row[3]) for row in audit_rows}
    assert (words["create"], f"{words['person']} № {everything['person']}") in records
    dropped = f"{words['enrolment']} № {everything['dropped']}"
    assert {(words["create"], dropped), (words["delete"], dropped)} <= records  # a record deleted since still has its entries
    (change,) = [row for row in audit_rows if row[2] == words["update"] and "assel@example.kz" in row[4]]
    assert change[1] == "tester" and change[4] == texts["change"].format(
        field=texts["audit_fields"]["email"], old="—", new="assel@example.kz"
    )
    assert any("передача предприятиям-партнёрам" in row[4] for row in audit_rows)  # the consent's purpose, in words
    placed = [row[4] for row in audit_rows if row[2] == words["create"] and row[3].startswith(words["placement"])]
    assert placed and f"Донской ГОК {TOKENS['ru']} (№ " in placed[0]  # the enterprise by name, not by its number alone
    attended = [row[4] for row in audit_rows if row[3].startswith(words["session_attendance"])]
    assert attended and f"12.03.2020 Экскурсия на рудник {TOKENS['ru']} (№ " in attended[0]
    assert all(texts["audit_fields"]["person_id"] not in row[4] for row in audit_rows)  # the person's own number is not repeated


def test_a_report_writes_its_audit_entry_and_the_next_report_lists_it(
    database: Database, everything: dict[str, Any], tmp_path: Path
) -> None:
    target = tmp_path / "сведения.pdf"
    with database.session() as session:
        before = session.scalar(select(func.count()).select_from(AuditEntry))
        write_access_report(session, target, everything["iin"], "kk", TODAY)
    assert target.read_bytes().startswith(b"%PDF")
    with database.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and session.scalar(select(func.count()).select_from(AuditEntry)) == (before or 0) + 1
        assert (entry.action, entry.record_kind, entry.record_id, entry.username) == (
            "export",
            "person",
            str(everything["person"]),
            "tester",
        )
        assert "access_report" in entry.changes and "сведения.pdf" in entry.changes
        last = sections(session, everything["person"], "kk")["audit"][-1]
    assert last[2] == "субъектіге мәліметтер беру" and "Тілі: қазақ тілі" in last[4]


@pytest.mark.parametrize("iin", ["", "12345", "12345678901a", "990101300000", "000000000000"])
def test_a_malformed_iin_is_refused_and_nothing_is_written(database: Database, tmp_path: Path, iin: str) -> None:
    out = outbox(tmp_path)
    target = out / "report.pdf"
    with database.session() as session, pytest.raises(ValidationError):
        write_access_report(session, target, iin, "ru", TODAY)
    assert not target.exists() and not list(out.iterdir())


def test_an_unknown_iin_is_refused_by_name_and_nothing_is_audited(database: Database, everything: dict[str, Any], tmp_path: Path) -> None:
    other = factories.make_iin(date(2006, 5, 5), factories.Sex.MALE, 99)
    target = tmp_path / "report.pdf"
    with database.session() as session:
        before = session.scalar(select(func.count()).select_from(AuditEntry))
    with database.session() as session, pytest.raises(UserError) as caught:
        write_access_report(session, target, other, "ru", TODAY)
    assert caught.value.template == access_report.NOT_FOUND and other[-4:] in caught.value.message and other not in caught.value.message
    assert not target.exists()
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == before


def test_only_a_pdf_is_written(database: Database, everything: dict[str, Any], tmp_path: Path) -> None:
    out = outbox(tmp_path)
    with database.session() as session, pytest.raises(UserError) as caught:
        write_access_report(session, out / "report.xlsx", everything["iin"], "ru", TODAY)
    assert caught.value.template == access_report.NOT_PDF and not list(out.iterdir())


@pytest.mark.parametrize("role", [Role.REGISTRAR, Role.VIEWER])
def test_without_the_permission_nothing_is_written_and_the_refusal_is_audited(
    database: Database, everything: dict[str, Any], tmp_path: Path, role: Role
) -> None:
    out = outbox(tmp_path)
    database.actor = Actor(f"a-{role.value}", role, "", "test-pc")
    with database.session() as session, pytest.raises(PermissionDenied):
        write_access_report(session, out / "report.pdf", everything["iin"], "ru", TODAY)
    assert not list(out.iterdir())
    with database.session() as session:
        denied = session.scalars(select(AuditEntry).where(AuditEntry.action == "denied").order_by(AuditEntry.id.desc())).first()
    assert denied is not None and "print_access_reports" in denied.changes


@needs_pdftotext
@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_pdf_speaks_one_language_with_every_section(
    database: Database, everything: dict[str, Any], tmp_path: Path, language: str
) -> None:
    target = tmp_path / f"{language}.pdf"
    with database.session() as session:
        write_access_report(session, target, everything["iin"], language, TODAY)
    text = text_of(target)
    other = "ru" if language == "kk" else "kk"
    assert TOKENS[language] in text and TOKENS[other] not in text
    texts = access_report.document_texts("access", language)
    flat = " ".join(text.split())
    for key, spec in texts["sections"].items():
        assert spec["title"] in flat, key
    assert texts["none"] in flat  # applications: none
    assert everything["iin"] in flat and everything["certificate"] in flat
    assert texts["page"].format(page=1, pages=len(render_pages(target, dpi=20))) in flat
    if language == "kk":
        assert "Дербес деректер" in flat and "Кластердегі жол кезеңдері" in flat  # Kazakh letters survive
    else:
        assert "ә" not in texts["title"] and "Персональные данные" in flat


@needs_pdftoppm
def test_the_pdf_keeps_its_margins(database: Database, everything: dict[str, Any], tmp_path: Path) -> None:
    target = tmp_path / "kk.pdf"
    with database.session() as session:
        write_access_report(session, target, everything["iin"], "kk", TODAY)
    pages = render_pages(target, dpi=50)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert page.ink_in_band(6) == [], f"page {number}: ink {page.ink_distance_mm():.1f} mm from the edge"


@needs_pdftotext
def test_markup_and_unprintable_characters_in_the_records_print_as_text(
    database: Database, everything: dict[str, Any], tmp_path: Path
) -> None:
    with database.session() as session:
        person = get_learner(session, everything["person"])
        person.notes = "<b>bold</b> & <font size=40>big</font> 😀 ⟨ok⟩\nsecond line"
    target = tmp_path / "hostile.pdf"
    with database.session() as session:
        write_access_report(session, target, everything["iin"], "ru", TODAY)
    flat = " ".join(text_of(target).split())
    assert "<b>bold</b> & <font size=40>big</font>" in flat and "second line" in flat


def test_an_anonymised_record_is_refused_by_its_placeholder_and_nothing_is_written(
    database: Database, everything: dict[str, Any], tmp_path: Path
) -> None:
    from cluster_desktop.services.anonymisation import placeholder_iin

    placeholder = placeholder_iin(everything["person"])
    with database.session() as session:  # as anonymisation leaves the record (its rules are tested in test_retention)
        person = get_learner(session, everything["person"])
        person.iin, person.anonymised_on = placeholder, date(2032, 1, 10)
    out = outbox(tmp_path)
    with database.session() as session, pytest.raises(UserError) as caught:
        write_access_report(session, out / "report.pdf", placeholder, "ru", date(2032, 1, 10))
    assert caught.value.template == access_report.ANONYMISED and "10.01.2032" in caught.value.message
    assert not list(out.iterdir())


@pytest.mark.parametrize(("language", "own", "other"), [("kk", "әкесі", "отец"), ("ru", "отец", "әкесі")])
def test_a_relation_written_in_both_languages_prints_the_reports_own(database: Database, language: str, own: str, other: str) -> None:
    with database.session() as session:
        save_college_details(session, COLLEGE)
        person = factories.learner(session, "Жұмабаева", "Әсел", serial=8, representative="Жұмабаев Ерлан", representative_relation="әкесі / отец")
        report = build_access_report(session, person.id, language, TODAY)
    personal = " ".join(str(cell) for row in report.sections[0].rows for cell in row)
    assert f"({own})" in personal and other not in personal
