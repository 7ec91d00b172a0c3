"""Texts kept per language: telling a value's language, splitting combined values, passport Latin, the 0007 migration."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import text

from cluster_desktop import migrations
from cluster_desktop.db import Database
from cluster_desktop.languages import detect_language, shown_in, split_by_language, transliterate, value_in


@pytest.mark.parametrize(
    ("value", "language"),
    [("Кен шебері", "kk"), ("Горный мастер", "ru"), ("Mining foreman", "en"), ("Хромтау", "ru"), ("№ 12", None)],
)
def test_language_told_by_letters(value: str, language: str | None) -> None:
    assert detect_language(value) == language


def test_combined_value_split_into_its_languages() -> None:
    assert split_by_language("Кен шебері / Горный мастер") == {"kk": "Кен шебері", "ru": "Горный мастер"}
    assert split_by_language("Кен шебері | Горный мастер | Mining foreman") == {
        "kk": "Кен шебері",
        "ru": "Горный мастер",
        "en": "Mining foreman",
    }
    assert split_by_language("г. Астана") == {"ru": "г. Астана"}
    assert split_by_language("Ақтөбе/Актобе") == {"kk": "Ақтөбе/Актобе"}  # no spaced separator: one value
    assert split_by_language("") == {}


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Әлібеков Нұрлан Серікұлы", "Alibekov Nurlan Serikuly"),
        ("Щукина Юлия", "Shchukina Iuliia"),
        ("Жақсылықов Ғалымжан", "Zhaksylykov Galymzhan"),
        ("Хасенова Өмірзақ", "Khasenova Omirzak"),
        ("Цой Һамит", "Tsoi Hamit"),
        ("ЖАНЫБЕКОВ", "ZHANYBEKOV"),
        ("Кен-Тау 5", "Ken-Tau 5"),
    ],
)
def test_names_spelled_as_a_kazakhstan_passport_spells_them(cyrillic: str, latin: str) -> None:
    assert transliterate(cyrillic) == latin


@dataclass
class _Texts:
    topic_kk: str | None = None
    topic_ru: str | None = None
    topic_en: str | None = None


def test_document_takes_only_its_language_and_screen_falls_back_saying_so() -> None:
    record = _Texts(topic_ru="Горное дело")
    assert value_in(record, "topic", "kk") == ""
    assert value_in(record, "topic", "ru") == "Горное дело"
    assert shown_in(record, "topic", "kk") == ("Горное дело", "ru")
    assert shown_in(record, "topic", "en") == ("Горное дело", "ru")
    assert shown_in(_Texts(), "topic", "kk") == ("", "kk")
    assert shown_in(_Texts(topic_kk="Тау-кен ісі", topic_ru="Горное дело"), "topic", "kk") == ("Тау-кен ісі", "kk")


def test_migration_splits_combined_values(database: Database) -> None:
    migrations.downgrade_to(database.engine, "0006")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organisation (id, kind, name_kk, name_ru, address, created_at, updated_at)"
                " VALUES (1, 'employer', 'Кен', 'Рудник', 'Хромтау қ., Абай к-сі 1 / г. Хромтау, ул. Абая 1', :t, :t)"
            ),
            {"t": "2026-01-01 00:00:00"},
        )
        conn.execute(
            text(
                "INSERT INTO programme (id, kind, name_kk, name_ru, qualification_name, hours, languages, created_at, updated_at)"
                " VALUES (1, 'college_specialty', 'Тау-кен', 'Горное', 'Кен шебері / Горный мастер', 10, 'kk,ru', :t, :t)"
            ),
            {"t": "2026-01-01 00:00:00"},
        )
        conn.execute(
            text(
                "INSERT INTO agreement (id, kind, number, year, title, partner_id, signed_on, starts_on, is_draft, obligations,"
                " created_at, updated_at) VALUES (1, 'memorandum', '1', 2026, 'О сотрудничестве', 1, '2026-01-01', '2026-01-01',"
                " false, 'Жатақхана береді', :t, :t)"
            ),
            {"t": "2026-01-01 00:00:00"},
        )
        conn.execute(
            text(
                "INSERT INTO guidance_session (id, held_on, place, topic, stage, created_at, updated_at)"
                " VALUES (1, '2026-01-01', '№ 5', 'Мамандықтар әлемі', 'school', :t, :t)"
            ),
            {"t": "2026-01-01 00:00:00"},
        )
        college = {"name_kk": "Колледж", "director": "Әлібеков Нұрлан", "city": "Хромтау қ. / г. Хромтау", "bin": "1"}
        conn.execute(text("DELETE FROM setting WHERE key = 'college'"))
        conn.execute(
            text("INSERT INTO setting (key, value, created_at, updated_at) VALUES ('college', :v, :t, :t)"),
            {"v": json.dumps(college, ensure_ascii=False), "t": "2026-01-01 00:00:00"},
        )
    migrations.upgrade_to_head(database.engine)

    with database.engine.connect() as conn:
        address = conn.execute(text("SELECT address_kk, address_ru, address_en FROM organisation")).one()
        assert tuple(address) == ("Хромтау қ., Абай к-сі 1", "г. Хромтау, ул. Абая 1", None)
        qualification = conn.execute(text("SELECT qualification_name_kk, qualification_name_ru FROM programme")).one()
        assert tuple(qualification) == ("Кен шебері", "Горный мастер")
        agreement = conn.execute(text("SELECT title_kk, title_ru, obligations_kk, obligations_ru FROM agreement")).one()
        assert tuple(agreement) == (None, "О сотрудничестве", "Жатақхана береді", None)
        session = conn.execute(text("SELECT place_kk, place_ru, topic_kk, topic_ru FROM guidance_session")).one()
        assert tuple(session) == ("№ 5", "№ 5", "Мамандықтар әлемі", None)
        stored = json.loads(conn.execute(text("SELECT value FROM setting WHERE key = 'college'")).scalar_one())
    assert stored["director_kk"] == stored["director_ru"] == "Әлібеков Нұрлан"
    assert stored["director_en"] == "Alibekov Nurlan"
    assert (stored["city_kk"], stored["city_ru"]) == ("Хромтау қ.", "г. Хромтау")
    assert "director" not in stored and "city" not in stored


def test_migration_downgrade_joins_the_languages_again(database: Database) -> None:
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organisation (id, kind, name_kk, name_ru, created_at, updated_at) VALUES (1, 'employer', 'Кен', 'Рудник', :t, :t)"
            ),
            {"t": "2026-01-01 00:00:00"},
        )
        conn.execute(
            text(
                "INSERT INTO agreement (id, kind, number, year, title_kk, title_ru, partner_id, signed_on, starts_on, is_draft,"
                " created_at, updated_at) VALUES (1, 'memorandum', '1', 2026, 'Ынтымақтастық', 'Сотрудничество', 1,"
                " '2026-01-01', '2026-01-01', false, :t, :t)"
            ),
            {"t": "2026-01-01 00:00:00"},
        )
    migrations.downgrade_to(database.engine, "0006")
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT title FROM agreement")).scalar_one() == "Ынтымақтастық / Сотрудничество"
    migrations.upgrade_to_head(database.engine)
    with database.engine.connect() as conn:
        assert tuple(conn.execute(text("SELECT title_kk, title_ru FROM agreement")).one()) == ("Ынтымақтастық", "Сотрудничество")


def test_a_latin_name_is_kept_when_given_and_checked(database: Database) -> None:
    from cluster_desktop.errors import ValidationError
    from cluster_desktop.models import Person
    from cluster_desktop.services.certificates import holder_name
    from cluster_desktop.services.learners import learner_input, update_learner
    from tests import factories

    with database.session() as session:
        person = factories.learner(session, "Қасымов", "Нұрлан", patronymic="Серікұлы")
        assert holder_name(person, "en") == "Kasymov Nurlan Serikuly"  # spelt from the Cyrillic
        assert holder_name(person, "kk") == "Қасымов Нұрлан Серікұлы"
        with pytest.raises(ValidationError) as refused:
            update_learner(session, person.id, replace(learner_input(person), latin_name="Қасымов Nurlan"))
        assert [p.field for p in refused.value.problems] == ["latin_name"]
        update_learner(session, person.id, replace(learner_input(person), latin_name="  Kassymov   Nurlan "))
    with database.session() as session:
        stored = session.get(Person, person.id)
        assert stored is not None and stored.latin_name == "Kassymov Nurlan"
        assert holder_name(stored, "en") == "Kassymov Nurlan"  # as in the passport


def test_a_programme_snapshot_says_which_language_its_name_and_qualification_are_shown_in() -> None:
    from cluster_desktop.models import ProgrammeKind
    from cluster_desktop.services.programme_snapshots import ProgrammeSummary

    names = {"kk": "Жерасты қазу", "ru": "Подземная разработка", "en": ""}
    programme = ProgrammeSummary(
        1, ProgrammeKind.COLLEGE_SPECIALTY, names, "07240100", {"ru": "Горный мастер"}, 10, ("kk",), None, None, ()
    )
    assert programme.shown_name("kk") == ("Жерасты қазу", "kk")
    assert programme.shown_name("en") == ("Подземная разработка", "ru")  # no English name: the Russian, said so
    assert programme.qualification_name("kk") == ("Горный мастер", "ru")


def test_a_free_text_in_both_languages_shows_the_asked_ones_part() -> None:
    from cluster_desktop.languages import written_in

    assert (written_in("әкесі / отец", "kk"), written_in("әкесі / отец", "ru")) == ("әкесі", "отец")
    assert written_in("анасы", "ru") == "анасы"  # one language only: as written, never dropped
    assert written_in(None, "kk") is None
