"""``export --lang kk|ru|en`` writes headers, words and names in that language, read from the shipped translations."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from cluster_desktop.catalog import QM_MAGIC, catalog, message_in, read_qm, translate, translator
from cluster_desktop.db import Database
from cluster_desktop.errors import Problem, UserError, ValidationError
from cluster_desktop.ids import Sex
from cluster_desktop.models import AgreementKind, OrganisationKind, Stage
from cluster_desktop.services.agreements import KIND_WORDS, ORGANISATION_KIND_WORDS, STATUS_WORDS
from tests.cli import run_cli
from tests.core.test_agreement_documents import make_agreements
from tests.factories import learner, programme_with_group

HEADERS = {
    "kk": ["Аты-жөні", "ЖСН", "Туған күні", "Жынысы", "Кезең", "Телефон"],
    "ru": ["ФИО", "ИИН", "Дата рождения", "Пол", "Этап", "Телефон"],
    "en": ["Full name", "IIN", "Birth date", "Sex", "Stage", "Phone"],
}
WORDS = {"kk": ("әйел", "Колледж"), "ru": ("женский", "Колледж"), "en": ("female", "College")}
PROGRAMME = {"kk": "Жерасты қазу", "ru": "Подземная разработка", "en": "Подземная разработка"}  # en falls back to ru


def test_the_shipped_translations_are_read_without_qt() -> None:
    assert translate("kk", "Full name") == "Аты-жөні"
    assert translate("ru", "female") == "женский"
    assert translate("en", "Full name") == "Full name"
    assert translate("kk", "a text nobody marked") == "a text nobody marked"
    assert translator("ru")("Preschool") == "Дошкольный"
    errors = [key for key in catalog("kk") if key[0] == "Errors"]
    assert len(errors) > 300 and len(catalog("ru")) > 1000
    assert catalog("xx") == {}


@pytest.mark.parametrize(
    "data", [b"", b"not a qm file", QM_MAGIC + b"\x69\xff\xff\xff\xff", QM_MAGIC + b"\x69\x00\x00\x00\x05\x03\x00\x00\x00\x09"]
)
def test_a_damaged_translation_file_leaves_english_not_a_crash(data: bytes) -> None:
    assert read_qm(data) == {}


def _people(database: Database) -> None:
    with database.session() as session:
        _programme, group = programme_with_group(session, "ТК-25-1", starts_on=date(2025, 9, 1), ends_on=date(2026, 6, 30))
        learner(session, "Сейітова", "Әсем", sex=Sex.FEMALE, stage=Stage.COLLEGE, born=date(2007, 3, 9))
        del group


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_export_learners_speaks_the_language(database: Database, database_url: str, data_dir: Path, tmp_path: Path, language: str) -> None:
    _people(database)
    path = tmp_path / f"learners-{language}.csv"
    result = run_cli("--db-url", database_url, "export", "learners", str(path), "--lang", language)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == HEADERS[language]
    assert rows[1][0] == "Сейітова Әсем"
    assert rows[1][2] == "09.03.2007"  # DD.MM.YYYY in every language
    assert (rows[1][3], rows[1][4]) == WORDS[language]


def test_the_global_lang_counts_and_the_command_default_is_english(database: Database, database_url: str, data_dir: Path,
                                                                    tmp_path: Path) -> None:  # fmt: skip
    _people(database)
    kazakh = tmp_path / "groups.xlsx"
    said = run_cli("--db-url", database_url, "--lang", "kk", "export", "groups", str(kazakh))
    assert said.returncode == 0 and said.stdout == f"{kazakh} файлына жазылған жолдар: 1.\n"
    sheet = openpyxl.load_workbook(kazakh).active
    assert sheet is not None
    header, first = ([cell.value for cell in row] for row in sheet.iter_rows(min_row=1, max_row=2))
    assert header[:3] == ["Топ атауы", "Бағдарлама", "Тілі"] and header[-1] == "Білім алушылар"
    assert first[:3] == ["ТК-25-1", PROGRAMME["kk"], "қазақ тілі"]
    assert first[3] == date(2025, 9, 1) or getattr(first[3], "date", lambda: None)() == date(2025, 9, 1)  # a date cell, not text
    russian = tmp_path / "groups-ru.csv"
    assert run_cli("--db-url", database_url, "export", "groups", str(russian), "--lang", "ru").returncode == 0
    rows = list(csv.reader(russian.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:2] == ["Название группы", "Программа"] and rows[1][1:3] == [PROGRAMME["ru"], "казахский"]
    english = tmp_path / "groups-en.csv"
    assert run_cli("--db-url", database_url, "export", "groups", str(english)).returncode == 0
    rows = list(csv.reader(english.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Group name", "Programme", "Language"] and rows[1][2] == "Kazakh"


def test_an_unknown_language_is_a_usage_error(data_dir: Path, tmp_path: Path) -> None:
    result = run_cli("export", "learners", str(tmp_path / "x.csv"), "--lang", "de")
    assert result.returncode == 2 and "invalid choice: 'de'" in result.stderr
    assert not (tmp_path / "x.csv").exists()


def test_a_message_falls_back_to_english_when_its_translation_is_broken(monkeypatch: pytest.MonkeyPatch) -> None:
    problem = UserError("There is no agreement No. {number}.", number="Я-1")
    assert message_in("ru", problem) == "Договора № Я-1 нет."
    invalid = ValidationError([Problem("a", "Full name"), Problem("b", "female")])
    assert message_in("kk", invalid) == "Аты-жөні әйел"
    monkeypatch.setattr("cluster_desktop.catalog.translate", lambda language, text, context="Errors": "Договора № {nomer} нет.")
    assert message_in("ru", problem) == "There is no agreement No. Я-1."


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_export_agreements_and_partners_name_kinds_and_statuses_in_the_language(database: Database, database_url: str,
                                                                                 tmp_path: Path, language: str) -> None:  # fmt: skip
    make_agreements(database)
    agreements = tmp_path / "agreements.csv"
    result = run_cli("--db-url", database_url, "export", "agreements", str(agreements), "--lang", language)
    assert result.returncode == 0, result.stderr
    header, *rows = list(csv.reader(agreements.read_text(encoding="utf-8-sig").splitlines()))
    assert header[0] == translate(language, "Type") != "Type" and header[-2] == translate(language, "Status") != "Status"
    kinds = {translate(language, word) for word in KIND_WORDS.values()}
    statuses = {translate(language, word) for word in STATUS_WORDS.values()}
    assert statuses.isdisjoint(STATUS_WORDS.values())  # every status has its kk/ru word
    assert len(rows) == len(AgreementKind) and all(row[0] in kinds and row[-2] in statuses for row in rows)
    assert {row[2] for row in rows} == {"30.05.2026"}
    partners = tmp_path / "partners.xlsx"
    assert run_cli("--db-url", database_url, "export", "partners", str(partners), "--lang", language).returncode == 0
    sheet = openpyxl.load_workbook(partners).active
    assert sheet is not None
    titles, first = ([cell.value for cell in row] for row in sheet.iter_rows(min_row=1, max_row=2))
    assert titles[2] == translate(language, "Kind") != "Kind"
    assert first[2] == translate(language, ORGANISATION_KIND_WORDS[OrganisationKind.EMPLOYER])
    assert first[4] == ("Ақтөбе обл., Хромтау қ., Бейбітшілік к-сі, 1" if language == "kk" else "Актюбинская обл., г. Хромтау, ул. Мира, 1")
