"""Every document in exactly one language (issue 16).

Each text kept per language holds, in each language, a value written in that
language's script with a token of its own (ҚҚТОКЕН in Kazakh, ЖЖТОКЕН in
Russian, QQTOKEN in English). Every certificate kind, every agreement kind (the
received document's card too), the registry book and the outcome report are
rendered in each language they are offered in, their text extracted with
pdftotext, and any other language's token fails the test; an English
certificate holds no Cyrillic letter at all.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from cluster_desktop.college import CollegeDetails, load_college_details
from cluster_desktop.db import Database
from cluster_desktop.documents.certificate import render_certificates
from cluster_desktop.ids import Sex, make_bin
from cluster_desktop.languages import LANGUAGES, OFFICIAL_LANGUAGES
from cluster_desktop.models import AgreementKind, OrganisationKind, ProgrammeKind
from cluster_desktop.services.agreement_documents import write_agreement_pdf
from cluster_desktop.services.agreements import AgreementInput, AttachedLearner, create_agreement
from cluster_desktop.services.certificate_blanks import draft_blank
from cluster_desktop.services.certificate_files import write_registry_report
from cluster_desktop.services.certificates import issue_certificate
from cluster_desktop.services.organisations import OrganisationInput, create_organisation
from cluster_desktop.services.outcome_report import write_outcome_report
from cluster_desktop.services.programmes import GroupInput, ProgrammeInput, create_group, create_programme
from cluster_desktop.services.settings import save_college_details
from cluster_desktop.signing import InstallationKey
from tests import factories

TOKENS = {"kk": "ҚҚТОКЕН", "ru": "ЖЖТОКЕН", "en": "QQTOKEN"}
TODAY = date(2026, 6, 30)
CYRILLIC = re.compile("[\u0400-\u04ff]")
pdftotext = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(pdftotext is None, reason="pdftotext (poppler-utils) is not installed")


def marked(kk: str, ru: str, en: str | None = None) -> dict[str, str]:
    """A text in each language, each with its language's token."""
    values = {"kk": f"{kk} {TOKENS['kk']}", "ru": f"{ru} {TOKENS['ru']}"}
    if en is not None:
        values["en"] = f"{en} {TOKENS['en']}"
    return values


def per_language(field: str, values: dict[str, str]) -> dict[str, Any]:
    """``{field_kk: …, field_ru: …}`` as keyword arguments of the inputs (typed Any: they mix with other fields)."""
    return {f"{field}_{language}": value for language, value in values.items()}


COLLEGE = CollegeDetails(
    bin=make_bin(1998, 8, 4, 1207),
    **per_language("name", marked("Хромтау тау-кен колледжі", "Хромтауский горный колледж", "Khromtau Mining College")),
    **per_language("director", marked("Сейтқалиев Бауыржан", "Сейткалиев Бауыржан", "Seitkaliev Bauyrzhan")),
    **per_language("city", marked("Хромтау қаласы", "город Хромтау", "Khromtau")),
    **per_language("address", marked("Әйтеке би көшесі, 23", "улица Айтеке би, 23", "23 Aiteke Bi Street")),
    **per_language("bank", marked("Халық Банкі", "Народный Банк")),
    iban="KZ386010002000098765",
    bic="HSBKKZKX",
    director_sex="M",
)
PROGRAMMES = {
    ProgrammeKind.CAREER_GUIDANCE: ("Кішкентай зертханашы", "Маленький лаборант", "Little Lab Assistant", None),
    ProgrammeKind.PROFILE_COURSE: ("Тау-кен негіздері", "Основы горного дела", "Mining Basics", None),
    ProgrammeKind.PROFESSIONAL_COURSE: ("Дәнекерлеуші", "Сварщик", "Welder", ("Дәнекерлеуші", "Электросварщик", "Welder")),
    ProgrammeKind.COLLEGE_SPECIALTY: (
        "Жерасты қазу",
        "Подземная разработка",
        "Underground Mining",
        ("Кен шебері", "Горный мастер", "Mining Foreman"),
    ),
}


def make_data(session: Session) -> dict[str, int]:
    """College details, a partner, a programme of each kind with a completed learner, and an agreement of each kind."""
    save_college_details(session, COLLEGE)
    partner = create_organisation(
        session,
        OrganisationInput(
            kind=OrganisationKind.TRAINING_CENTRE,
            name_kk=f"Дон кен байыту комбинаты {TOKENS['kk']}",
            name_ru=f"Донской горно-обогатительный комбинат {TOKENS['ru']}",
            name_en=f"Donskoy Mining Plant {TOKENS['en']}",
            bin=make_bin(2001, 5, 4, 311),
            contact_person="Жұмабаев Ерлан",
            phone="+7 71336 2 11 11",
            **per_language("address", marked("Бейбітшілік көшесі, 1", "улица Мира, 1", "1 Mira Street")),
            **per_language("bank", marked("Қазақстан Халық Банкі", "Народный Банк Казахстана")),
            iban="KZ656010002000012345",
            bic="HSBKKZKX",
            **per_language("signatory_position", marked("Филиал директоры", "Директор филиала")),
            signatory_name="Петренко Ольга Викторовна",
            signatory_sex=Sex.FEMALE,
        ),
    )
    ids: dict[str, int] = {"partner": partner.id}
    for serial, (kind, (kk, ru, en, qualification)) in enumerate(PROGRAMMES.items(), start=1):
        qualifications = per_language("qualification_name", marked(*qualification)) if qualification else {}
        programme = create_programme(
            session,
            ProgrammeInput(
                kind=kind,
                name_kk=f"{kk} {TOKENS['kk']}",
                name_ru=f"{ru} {TOKENS['ru']}",
                name_en=f"{en} {TOKENS['en']}",
                qualification_code="07240100" if qualification else None,
                hours=120,
                languages=LANGUAGES,
                **qualifications,
            ),
        )
        group = create_group(session, GroupInput(programme.id, f"Т-{serial}", "kk", date(2025, 9, 1), date(2026, 5, 30)))
        person = factories.learner(
            session,
            "Қасымов",
            "Әлішер",
            serial=serial,
            patronymic="Серікұлы",
            representative="Қасымов Серік",
            representative_relation=f"әкесі {TOKENS['kk']} / отец {TOKENS['ru']}",
        )
        ids[kind.value] = factories.graduate(session, person, group).id
        ids[f"programme_{kind.value}"] = programme.id
        ids[f"person_{kind.value}"] = person.id
    specialty = ids[f"programme_{ProgrammeKind.COLLEGE_SPECIALTY.value}"]
    learner = ids[f"person_{ProgrammeKind.COLLEGE_SPECIALTY.value}"]
    for number, agreement_kind in enumerate(AgreementKind, start=1):
        with_learner = agreement_kind in (AgreementKind.DUAL_EDUCATION, AgreementKind.PRACTICE, AgreementKind.TARGET_TRAINING)
        agreement = create_agreement(
            session,
            AgreementInput(
                kind=agreement_kind,
                number=f"{number}-Т",
                partner_id=partner.id,
                signed_on=date(2026, 1, 10),
                starts_on=date(2026, 1, 10),
                ends_on=date(2027, 6, 30),
                programme_id=specialty,
                mentor="Ержанов Болат",
                pay="120 000 ₸",
                hours=720,
                **per_language("title", marked("Кадр даярлау", "Подготовка кадров")),
                **per_language("workplace", marked("Молодежный кеніші", "Рудник Молодёжный")),
                **per_language("obligations", marked("Кәсіпорын еңбекті қорғауға оқытады", "Предприятие обучает охране труда")),
                learners=(AttachedLearner(learner),) if with_learner else (),
            ),
        )
        ids[agreement_kind.value] = agreement.id
    return ids


def text_of(path: Path) -> str:
    assert pdftotext is not None
    out = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def assert_only(text: str, language: str, where: str) -> None:
    """``text`` carries ``language``'s token and no other language's."""
    assert TOKENS[language] in text, f"{where}: nothing of the {language} texts printed"
    foreign = [other for other in LANGUAGES if other != language and TOKENS[other] in text]
    assert not foreign, f"{where} in {language} prints text of {foreign}: {text[:400]}"
    if language == "en":
        assert not CYRILLIC.findall(text), f"{where} in English prints Cyrillic: {CYRILLIC.findall(text)[:10]} in {text[:400]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_certificate_kind_prints_one_language(database: Database, tmp_path: Path, language: str) -> None:
    with database.session() as session:
        ids = make_data(session)
        college = load_college_details(session)
        blanks = [draft_blank(session, ids[kind.value], language, college, issued_on=TODAY) for kind in ProgrammeKind]
    for kind, blank in zip(ProgrammeKind, blanks, strict=True):
        path = tmp_path / f"certificate-{kind.value}-{language}.pdf"
        render_certificates([blank], path)
        assert_only(text_of(path), language, f"the {kind.value} certificate")
    if language == "en":  # the holder in Latin letters, as the passport spells a Cyrillic name
        assert "Kasymov Alisher Serikuly" in text_of(tmp_path / "certificate-college_specialty-en.pdf")


@pytest.mark.parametrize("language", OFFICIAL_LANGUAGES)
def test_every_agreement_kind_prints_one_language(database: Database, tmp_path: Path, language: str) -> None:
    with database.session() as session:
        ids = make_data(session)
    for kind in AgreementKind:
        path = tmp_path / f"agreement-{kind.value}-{language}.pdf"
        with database.session() as session:
            write_agreement_pdf(session, ids[kind.value], language, path)
        assert_only(text_of(path), language, f"the {kind.value} agreement")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_registry_book_prints_one_language(database: Database, tmp_path: Path, language: str) -> None:
    key = InstallationKey.from_private(Ed25519PrivateKey.generate())
    path = tmp_path / f"registry-{language}.pdf"
    with database.session() as session:
        ids = make_data(session)
        college = load_college_details(session)
        for kind in ProgrammeKind:
            issue_certificate(session, ids[kind.value], language, TODAY, key, college, today=TODAY)
        write_registry_report(session, path, language)
    assert_only(text_of(path), language, "the registry book")


@pytest.mark.parametrize("language", OFFICIAL_LANGUAGES)
def test_the_outcome_report_prints_one_language(database: Database, tmp_path: Path, language: str) -> None:
    path = tmp_path / f"outcomes-{language}.pdf"
    with database.session() as session:
        make_data(session)
        write_outcome_report(session, path, 2026, None, language, today=TODAY)
    assert_only(text_of(path), language, "the outcome report")


def test_a_text_missing_in_the_documents_language_stops_printing_and_names_it(database: Database, tmp_path: Path) -> None:
    from cluster_desktop.errors import UserError
    from cluster_desktop.models import Agreement

    with database.session() as session:
        ids = make_data(session)
        agreement = session.get(Agreement, ids[AgreementKind.RECEIVED_DOCUMENT.value])
        assert agreement is not None
        agreement.title_kk = None
    with database.session() as session, pytest.raises(UserError) as refused:
        write_agreement_pdf(session, ids[AgreementKind.RECEIVED_DOCUMENT.value], "kk", tmp_path / "card.pdf")
    assert refused.value.params["field"] == "the title or subject" and refused.value.params["language"] == "Kazakh"
    assert not (tmp_path / "card.pdf").exists()
    with database.session() as session:  # the Russian one still prints
        write_agreement_pdf(session, ids[AgreementKind.RECEIVED_DOCUMENT.value], "ru", tmp_path / "card-ru.pdf")


def test_an_english_certificate_is_found_in_the_registry_by_the_cyrillic_name(database: Database) -> None:
    from cluster_desktop.services.certificate_registry import RegistryFilter, registry_page

    key = InstallationKey.from_private(Ed25519PrivateKey.generate())
    with database.session() as session:
        ids = make_data(session)
        college = load_college_details(session)
        issued = issue_certificate(session, ids[ProgrammeKind.COLLEGE_SPECIALTY.value], "en", TODAY, key, college, today=TODAY)
        assert issued.full_name == "Kasymov Alisher Serikuly"
    with database.session() as session:
        for words in ("Қасымов Әлішер", "kasymov"):
            assert [row.id for row in registry_page(session, RegistryFilter(text=words))] == [issued.id], words
