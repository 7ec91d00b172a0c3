"""Contracts a director signs as printed (issue 16): names in the genitive, words agreeing with each person's sex,
the partner's signatory with position and name, the pay in figures and words, bank requisites of every party,
and no ink within 5 mm of the page edge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cluster_desktop.college import load_college_details
from cluster_desktop.db import Database
from cluster_desktop.errors import UserError
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import Agreement, AgreementKind, AgreementLearner, ConsentGiver, Organisation, Stage
from cluster_desktop.services.agreement_documents import placeholder_values, write_agreement_pdf
from cluster_desktop.services.learners import LearnerInput, create_learner
from tests.core.test_agreement_documents import SIGNATORY, make_agreements, needs_pdftotext, pdf_text
from tests.narrowing import present
from tests.page_ink import needs_pdftoppm, render_pages


def _with_learner(database: Database, kind: AgreementKind, sex: Sex, surname: str, given: str, patronymic: str) -> int:
    """The agreement of ``kind`` with one learner of ``sex`` attached in place of the others."""
    ids = make_agreements(database)
    with database.session() as session:
        person = create_learner(
            session,
            LearnerInput(
                iin=make_iin(date(2007, 4, 2), sex, 4242),
                surname=surname,
                given_name=given,
                patronymic=patronymic,
                birth_date=date(2007, 4, 2),
                sex=sex,
                address="Хромтау қ., Абай к-сі, 7",
                phone="+7 702 555 00 11",
                consent_given_by=ConsentGiver.SELF,
                consent_date=date(2025, 9, 1),
                stage=Stage.COLLEGE,
            ),
        )
        agreement = present(session.get(Agreement, ids[kind]))
        agreement.learners = [AgreementLearner(person_id=person.id)]
    return ids[kind]


@needs_pdftotext
def test_the_russian_contract_reads_as_a_lawyer_writes_it(database: Database, tmp_path: Path) -> None:
    agreement_id = _with_learner(database, AgreementKind.DUAL_EDUCATION, Sex.FEMALE, "Иванова", "Мария", "Петровна")
    with database.session() as session:
        ru = pdf_text(write_agreement_pdf(session, agreement_id, "ru", tmp_path / "ru.pdf"))
    assert "в лице директора Сейтқалиева Бауыржана Қайратұлы, действующего на основании Устава" in ru
    assert "в лице директора филиала Петренко Ольги Викторовны, действующей на основании Устава или доверенности" in ru
    assert "Иванова Мария Петровна (ИИН" in ru and "именуемая в дальнейшем «Обучающийся»" in ru
    assert "именуемый(-ая)" not in ru and "уполномоченного представителя" not in ru
    assert "г. Хромтау" in ru and "г. г." not in ru  # the city kept as «г. Хромтау» is not called a city twice
    assert "120 000 (сто двадцать тысяч) тенге в месяц" in ru
    for requisite in (
        "Банк: АО «Народный Банк Казахстана»",
        "ИИК (IBAN): KZ86601A871001725871",
        "БИК: HSBKKZKX",
        "Банк: АО «ForteBank»",
        "ИИК (IBAN): KZ5396503F0008543210",
        "БИК: IRTYKZKA",
        "Адрес: Актюбинская обл., г. Хромтау, ул. Мира, 1",
    ):
        assert requisite in ru, requisite
    assert "Директор филиала" in ru and "/ О. В. Петренко /" in ru  # who signs for the partner, by name
    assert "/ Б. Қ. Сейтқалиев /" in ru and "/ М. П. Иванова /" in ru


@needs_pdftotext
def test_a_male_learner_is_named_so(database: Database, tmp_path: Path) -> None:
    agreement_id = _with_learner(database, AgreementKind.DUAL_EDUCATION, Sex.MALE, "Сейтқалиев", "Нұрсұлтан", "Ерланұлы")
    with database.session() as session:
        ru = pdf_text(write_agreement_pdf(session, agreement_id, "ru", tmp_path / "ru.pdf"))
    assert "Сейтқалиев Нұрсұлтан Ерланұлы (ИИН" in ru and "именуемый в дальнейшем «Обучающийся»" in ru


@needs_pdftotext
def test_the_kazakh_contract_names_everyone_as_written(database: Database, tmp_path: Path) -> None:
    agreement_id = _with_learner(database, AgreementKind.DUAL_EDUCATION, Sex.FEMALE, "Нұрланова", "Айгүл", "Серікқызы")
    with database.session() as session:
        kk = pdf_text(write_agreement_pdf(session, agreement_id, "kk", tmp_path / "kk.pdf"))
    assert "директор Сейтқалиев Бауыржан Қайратұлы атынан" in kk
    assert f"әрекет ететін филиал директоры {SIGNATORY} атынан" in kk and "уәкілетті өкілі" not in kk
    assert "120 000 (жүз жиырма мың) теңге" in kk
    assert "Хромтау қаласы" in kk and "қ. қаласы" not in kk
    for requisite in (
        "Банк: «Қазақстан Халық Банкі» АҚ",
        "ЖСК (IBAN): KZ86601A871001725871",
        "БСК: HSBKKZKX",
        "Банк: «ForteBank» АҚ",
        "БСК: IRTYKZKA",
    ):
        assert requisite in kk, requisite
    assert "Филиал директоры" in kk


def test_placeholder_forms_by_language(database: Database) -> None:
    ids = make_agreements(database)
    with database.session() as session:
        agreement = present(session.get(Agreement, ids[AgreementKind.PRACTICE]))
        college = load_college_details(session)
        ru = placeholder_values(session, agreement, "ru", college)
        kk = placeholder_values(session, agreement, "kk", college)
    assert ru["college_director_genitive"] == "Сейтқалиева Бауыржана Қайратұлы" and ru["college_director_acting"] == "действующего"
    assert ru["partner_signatory_genitive"] == "Петренко Ольги Викторовны" and ru["partner_signatory_acting"] == "действующей"
    assert ru["partner_signatory_position_genitive"] == "директора филиала" and ru["partner_signatory"] == SIGNATORY
    assert kk["college_director_genitive"] == "Сейтқалиев Бауыржан Қайратұлы" and kk["partner_signatory_genitive"] == SIGNATORY
    assert kk["partner_signatory_position_genitive"] == "филиал директоры" and kk["partner_signatory_position"] == "Филиал директоры"


def test_a_partner_without_a_signatory_stops_printing_with_a_reason(database: Database, tmp_path: Path) -> None:
    ids = make_agreements(database)
    with database.session() as session:
        partner = present(session.get(Agreement, ids[AgreementKind.PRACTICE])).partner
        assert isinstance(partner, Organisation)
        partner.signatory_name = None
    with database.session() as session, pytest.raises(UserError) as caught:
        write_agreement_pdf(session, ids[AgreementKind.PRACTICE], "ru", tmp_path / "p.pdf")
    assert "the name and position of the partner's signatory" in caught.value.message
    assert "{partner_signatory_genitive}" in caught.value.message
    assert not (tmp_path / "p.pdf").exists()


@needs_pdftoppm
@pytest.mark.parametrize("language", ["kk", "ru"])
def test_contracts_keep_5_mm_from_the_edge(database: Database, tmp_path: Path, language: str) -> None:
    ids = make_agreements(database)
    with database.session() as session:
        for kind in (AgreementKind.DUAL_EDUCATION, AgreementKind.PRACTICE, AgreementKind.RECEIVED_DOCUMENT):
            path = write_agreement_pdf(session, ids[kind], language, tmp_path / f"{kind.value}.pdf")
            for page in render_pages(path, dpi=100):
                assert not page.ink_in_band(5.0), kind
