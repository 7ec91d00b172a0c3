"""Agreement documents: editable texts with placeholders, filled from the record, rendered to PDF."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from itertools import count
from pathlib import Path
from typing import BinaryIO

import pytest
from sqlalchemy.orm import Session

from cluster_desktop.college import CollegeDetails, load_college_details
from cluster_desktop.db import Database
from cluster_desktop.errors import UserError, ValidationError
from cluster_desktop.ids import Sex, make_bin, make_iin
from cluster_desktop.languages import OFFICIAL_LANGUAGES
from cluster_desktop.models import (
    Agreement,
    AgreementKind,
    AgreementLearner,
    ConsentGiver,
    DocumentText,
    Organisation,
    OrganisationKind,
    ProgrammeKind,
    Stage,
)
from cluster_desktop.services import document_texts as texts
from cluster_desktop.services.agreement_documents import placeholder_values, write_agreement_pdf
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.programmes import ProgrammeInput, create_programme
from cluster_desktop.services.settings import save_college_details
from tests.narrowing import present

COLLEGE = CollegeDetails(
    name_kk="Хромтау тау-кен техникалық колледжі",
    name_ru="Хромтауский горно-технический колледж",
    bin=make_bin(1998, 8, 4, 1207),
    director_kk="Сейтқалиев Бауыржан Қайратұлы",
    director_ru="Сейтқалиев Бауыржан Қайратұлы",
    city_kk="Хромтау қ.",
    city_ru="г. Хромтау",
    director_sex="M",
    bank_kk="«Қазақстан Халық Банкі» АҚ",
    bank_ru="АО «Народный Банк Казахстана»",
    iban="KZ86601A871001725871",
    bic="HSBKKZKX",
)
SIGNATORY = "Петренко Ольга Викторовна"
MENTOR = "Ержанов Болат Серікұлы"
WORKPLACE = "Рудник «Молодёжный»"
WORKPLACE_KK = "«Молодежный» кеніші"
_serial = count(1)
_used: set[str] = set()
pdftotext = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(pdftotext is None, reason="pdftotext (poppler-utils) is not installed")


def _learner(session: Session, surname: str, given: str) -> int:
    birth = date(2006, 3, 14)
    for _attempt in range(20):  # a serial without a check digit yields the next one's IIN: skip repeats
        iin = make_iin(birth, Sex.MALE, next(_serial))
        if iin in _used:
            continue
        _used.add(iin)
        data = LearnerInput(
            iin=iin, surname=surname, given_name=given, patronymic="Серікұлы", birth_date=birth, sex=Sex.MALE,
            address="Хромтау қ., Абай к-сі, 5", phone="+7 701 555 12 34", consent_given_by=ConsentGiver.SELF,
            consent_date=date(2025, 9, 1), stage=Stage.COLLEGE,
        )
        return create_learner(session, data).id
    raise AssertionError("no fresh IIN")


def make_agreements(database: Database, college: bool = True) -> dict[AgreementKind, int]:
    """One agreement of every kind with a partner, a programme and learners where the kind has them."""
    with database.session() as session:
        if college:
            save_college_details(session, COLLEGE)
        partner = Organisation(
            kind=OrganisationKind.EMPLOYER, name_kk="«Дондық кен байыту комбинаты» АҚ филиалы",
            name_ru="Филиал АО «ТНК «Казхром» «Донской ГОК»", bin=make_bin(2001, 5, 4, 311),
            address_kk="Ақтөбе обл., Хромтау қ., Бейбітшілік к-сі, 1", address_ru="Актюбинская обл., г. Хромтау, ул. Мира, 1", contact_person="Жұмабаев Ерлан Серікұлы",
            phone="+7 71336 2 11 11", email="info@dgok.kz", signatory_position_kk="Филиал директоры",
            signatory_position_ru="Директор филиала", signatory_name=SIGNATORY, signatory_sex=Sex.FEMALE,
            bank_kk="«ForteBank» АҚ", bank_ru="АО «ForteBank»", iban="KZ5396503F0008543210", bic="IRTYKZKA",
        )
        session.add(partner)
        programme = create_programme(session, ProgrammeInput(
            kind=ProgrammeKind.COLLEGE_SPECIALTY, name_kk="Пайдалы қазбаларды ашық әдіспен өндіру",
            name_ru="Открытая разработка месторождений полезных ископаемых", qualification_code="07240500",
            qualification_name_kk="Тау-кен технигі", qualification_name_ru="Горный техник", hours=2880,
        ))
        session.flush()
        people = [_learner(session, s, g) for s, g in (("Қасымов", "Әлішер"), ("Нұрланов", "Ерасыл"), ("Ильин", "Сергей"))]
        ids = {}
        for number, kind in enumerate(AgreementKind, start=1):
            agreement = Agreement(
                kind=kind, number=f"{number}-ДО", year=2026, partner_id=partner.id, signed_on=date(2026, 5, 30),
                starts_on=date(2026, 9, 1), ends_on=date(2027, 6, 30), programme_id=programme.id,
                title_kk="Кластер моделін тану туралы № 01 сертификат" if kind is AgreementKind.RECEIVED_DOCUMENT else None,
                title_ru="Сертификат № 01 о признании модели кластера" if kind is AgreementKind.RECEIVED_DOCUMENT else None,
                workplace_kk=WORKPLACE_KK, workplace_ru=WORKPLACE, mentor=MENTOR, pay="120 000 ₸ в месяц", hours=720,
                obligations_kk="Кәсіпорын еңбекті қорғауға оқытады." if kind is AgreementKind.DUAL_EDUCATION else None,
                obligations_ru="Предприятие обучает охране труда." if kind is AgreementKind.DUAL_EDUCATION else None,
            )
            attached = {AgreementKind.DUAL_EDUCATION: people[:1], AgreementKind.PRACTICE: people,
                        AgreementKind.TARGET_TRAINING: people[1:2]}.get(kind, [])
            agreement.learners = [AgreementLearner(person_id=p) for p in attached]
            session.add(agreement)
            session.flush()
            ids[kind] = agreement.id
    return ids


def pdf_text(path: Path) -> str:
    assert pdftotext is not None
    """The PDF's text with every run of white space (line ends, page breaks) as one space."""
    out = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


# -- texts ----------------------------------------------------------------------
@pytest.mark.parametrize("kind", list(AgreementKind))
@pytest.mark.parametrize("language", OFFICIAL_LANGUAGES)
def test_every_default_text_is_valid(kind: AgreementKind, language: str) -> None:
    texts.validate_text(kind, texts.default_text(kind, language))


def test_texts_are_read_without_writing_edited_and_reset(database: Database) -> None:
    with database.session() as session:
        text = texts.load_text(session, AgreementKind.MEMORANDUM, "kk")
        assert text == texts.default_text(AgreementKind.MEMORANDUM, "kk")
        assert session.query(DocumentText).count() == 0  # reading (opening the editor, printing) writes nothing
        text["sections"][0]["clauses"].append("Серіктес {partner_name} кластерге қатысады.")
        texts.save_text(session, AgreementKind.MEMORANDUM, "kk", text)
    with database.session() as session:
        assert texts.load_text(session, "memorandum", "kk")["sections"][0]["clauses"][-1].startswith("Серіктес")
        assert not texts.is_default(session, AgreementKind.MEMORANDUM, "kk")
        texts.reset_text(session, AgreementKind.MEMORANDUM, "kk")
        assert texts.is_default(session, AgreementKind.MEMORANDUM, "kk")


@pytest.mark.parametrize(
    ("clause", "named"),
    [("Наставник: {mentor_name}.", "{mentor_name}"), ("Наставник: {mentor}.", "{mentor}"), ("Бағасы {0}", "{0}")],
)
def test_unknown_placeholder_is_refused_on_save(database: Database, clause: str, named: str) -> None:
    with database.session() as session:
        text = texts.load_text(session, AgreementKind.MEMORANDUM, "ru")  # a memorandum has no mentor
        text["sections"][1]["clauses"].append(clause)
        with pytest.raises(UserError) as caught:
            texts.save_text(session, AgreementKind.MEMORANDUM, "ru", text)
    assert named in caught.value.message
    with database.session() as session:
        assert texts.is_default(session, AgreementKind.MEMORANDUM, "ru")


def test_broken_structure_and_braces_are_refused() -> None:
    text = texts.default_text(AgreementKind.PRACTICE, "ru")
    with pytest.raises(UserError, match="brace"):
        texts.validate_text(AgreementKind.PRACTICE, {**text, "title": "ДОГОВОР {"})
    with pytest.raises(UserError):
        texts.validate_text(AgreementKind.PRACTICE, {**text, "sections": []})
    with pytest.raises(UserError, match="parties"):
        texts.validate_text(AgreementKind.PRACTICE, {**text, "parties": {"bank": "Банк"}})


@pytest.mark.parametrize("kind", list(AgreementKind))
def test_plain_text_forms_round_trip(kind: AgreementKind) -> None:
    text = texts.default_text(kind, "kk")
    if text["layout"] == texts.CARD:
        assert texts.fields_from_text(texts.fields_as_text(text["fields"])) == text["fields"]
    else:
        assert texts.sections_from_text(texts.sections_as_text(text["sections"])) == text["sections"]


# -- printing -------------------------------------------------------------------
def test_placeholder_values_follow_the_language(database: Database) -> None:
    ids = make_agreements(database)
    with database.session() as session:
        agreement = session.get(Agreement, ids[AgreementKind.DUAL_EDUCATION])
        college = load_college_details(session)
        assert agreement is not None
        kk = placeholder_values(session, agreement, "kk", college)
        ru = placeholder_values(session, agreement, "ru", college)
    assert kk["partner_name"].startswith("«Дондық") and ru["partner_name"].startswith("Филиал")
    assert kk["signed_on"] == "2026 жылғы 30 мамыр" and ru["signed_on"] == "«30» мая 2026 г."
    assert ru["term"] == "с «1» сентября 2026 г. по «30» июня 2027 г."
    assert kk["programme"] == "Пайдалы қазбаларды ашық әдіспен өндіру"
    assert kk["learner_name"] == "Қасымов Әлішер Серікұлы" and kk["hours"] == "720"


@needs_pdftotext
@pytest.mark.parametrize("kind", list(AgreementKind))
def test_every_kind_prints_in_kazakh_and_russian(database: Database, tmp_path: Path, kind: AgreementKind) -> None:
    ids = make_agreements(database)
    with database.session() as session:
        kk = pdf_text(write_agreement_pdf(session, ids[kind], "kk", tmp_path / "kk.pdf"))
        ru = pdf_text(write_agreement_pdf(session, ids[kind], "ru", tmp_path / "ru.pdf"))
    assert "Хромтау тау-кен техникалық колледжі" in kk and "Хромтауский горно-технический колледж" in ru
    assert "«Дондық кен байыту комбинаты» АҚ филиалы" in kk
    assert "1-бет, барлығы" in kk and "Страница 1 из" in ru
    assert "Страница" not in kk and "бет," not in ru  # one language per document
    if kind is AgreementKind.DUAL_EDUCATION:
        assert MENTOR in kk and "Қасымов Әлішер Серікұлы" in kk and "Қосымша шарттар" in kk
        assert "Предприятие обучает охране труда." in ru
    if kind is AgreementKind.PRACTICE:
        assert "Ильин Сергей Серікұлы" in ru and "01.09.2026 – 30.06.2027" in ru
    if kind is AgreementKind.RECEIVED_DOCUMENT:
        assert "ТІРКЕУ КАРТОЧКАСЫ" in kk and "Сертификат № 01" in ru


@needs_pdftotext
def test_long_practice_list_runs_over_pages_numbered(database: Database, tmp_path: Path) -> None:
    ids = make_agreements(database)
    with database.session() as session:
        surnames = [a + b for a in ("Ахметов", "Бекова", "Жанов", "Серікова", "Оспанов") for b in ("а", "ба", "ға", "да", "жа", "за", "ка", "ла", "ма")]
        more = [_learner(session, surname, "Ерлан") for surname in surnames]
        agreement = session.get(Agreement, ids[AgreementKind.PRACTICE])
        assert agreement is not None
        agreement.learners += [AgreementLearner(person_id=p) for p in more]
        session.flush()
        text = pdf_text(write_agreement_pdf(session, agreement.id, "ru", tmp_path / "long.pdf"))
    pages = text.count("Страница ")
    assert pages >= 2 and f"Страница {pages} из {pages}" in text and "Оспановма Ерлан" in text


def test_unknown_placeholder_in_the_database_stops_printing(database: Database, tmp_path: Path) -> None:
    ids = make_agreements(database)
    with database.session() as session:
        content = json.dumps(texts.default_text(AgreementKind.ACADEMIC, "ru"), ensure_ascii=False)
        session.add(DocumentText(kind="academic", language="ru", content=content.replace("{partner_name}", "{partner_full_name}", 1)))
    with database.session() as session, pytest.raises(UserError, match=r"\{partner_full_name\}"):
        write_agreement_pdf(session, ids[AgreementKind.ACADEMIC], "ru", tmp_path / "a.pdf")
    assert not (tmp_path / "a.pdf").exists()


def test_missing_value_names_the_placeholder(database: Database, tmp_path: Path) -> None:
    ids = make_agreements(database)
    with database.session() as session:
        present(session.get(Agreement, ids[AgreementKind.DUAL_EDUCATION])).mentor = None
    with database.session() as session, pytest.raises(UserError) as caught:
        write_agreement_pdf(session, ids[AgreementKind.DUAL_EDUCATION], "kk", tmp_path / "d.pdf")
    assert "{mentor}" in caught.value.message and "the mentor" in caught.value.message
    assert not (tmp_path / "d.pdf").exists()


def test_missing_college_details_stop_printing(database: Database, tmp_path: Path) -> None:
    ids = make_agreements(database, college=False)
    with database.session() as session, pytest.raises(ValidationError, match="Director"):
        write_agreement_pdf(session, ids[AgreementKind.MEMORANDUM], "kk", tmp_path / "m.pdf")


def test_open_ended_agreement_prints_its_term(database: Database, tmp_path: Path) -> None:
    ids = make_agreements(database)
    with database.session() as session:
        present(session.get(Agreement, ids[AgreementKind.MEMORANDUM])).ends_on = None
    with database.session() as session:
        values = placeholder_values(session, present(session.get(Agreement, ids[AgreementKind.MEMORANDUM])), "ru", load_college_details(session))
    assert "ends_on" not in values and values["term"] == "с «1» сентября 2026 г., бессрочно"


def test_unwritable_output_leaves_nothing(database: Database, tmp_path: Path) -> None:
    ids = make_agreements(database)
    with database.session() as session, pytest.raises(UserError, match="Cannot write"):
        write_agreement_pdf(session, ids[AgreementKind.PRACTICE], "ru", tmp_path / "missing" / "p.pdf")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "p.pdf"
    target.write_bytes(b"old")
    from cluster_desktop.services import agreement_documents as printing

    def broken(document: object, stream: BinaryIO) -> None:
        stream.write(b"%PDF-half")
        raise OSError(28, "No space left on device")

    with database.session() as session, pytest.MonkeyPatch.context() as patch:
        patch.setattr(printing, "render_agreement", broken)
        with pytest.raises(UserError, match="No space left"):
            write_agreement_pdf(session, ids[AgreementKind.PRACTICE], "ru", target)
    assert target.read_bytes() == b"old" and sorted(p.name for p in out.iterdir()) == ["p.pdf"]
