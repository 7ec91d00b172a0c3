"""The qualification catalogue: seeded, the one source of codes for programmes and requests, kept by administrators, and the migration's mapping."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import select, text

from cluster_desktop import migrations
from cluster_desktop.db import Database
from cluster_desktop.errors import ValidationError
from cluster_desktop.models import AuditEntry, DemandRequest, Programme, ProgrammeKind
from cluster_desktop.models.qualification import Qualification
from cluster_desktop.permissions import Actor, PermissionDenied, Role
from cluster_desktop.qualification_codes import normal_code, seed_entries
from cluster_desktop.services import demand as D
from cluster_desktop.services import qualifications as Q
from cluster_desktop.services.demand_forecast import demand_forecast
from cluster_desktop.services.programmes import ProgrammeInput, create_programme, update_programme
from tests import factories

TODAY = date(2026, 12, 4)


def fields_of(error: ValidationError) -> list[str]:
    return [p.field for p in error.problems]


def test_the_seed_is_a_mining_colleges_classifier() -> None:
    entries = {e.code: e for e in seed_entries()}
    assert entries["07240100"].name_ru == "Подземная разработка месторождений полезных ископаемых"
    assert entries["3W07240101"].name_ru == "Горнорабочий очистного забоя"
    assert entries["3W07240101"].specialty_code == "07240100"
    for code in ("07240500", "07130200", "07150600", "07250100", "07240700", "07240300", "07150500", "07161300"):
        assert entries[code].specialty_code is None, code
    for entry in entries.values():
        assert entry.name_kk and entry.name_ru, entry.code
        if entry.specialty_code:  # a qualification carries its specialty's digits
            assert Q.QUALIFICATION_CODE.fullmatch(entry.code) and entry.code[2:8] == entry.specialty_code[:6], entry.code
        else:
            assert Q.SPECIALTY_CODE.fullmatch(entry.code), entry.code
    assert any(any(ch in "әғқңөұүһі" for ch in e.name_kk) for e in entries.values())


def test_codes_compare_without_spaces_case_or_cyrillic_look_alikes() -> None:
    assert normal_code(" 0724 0100 ") == "07240100"
    assert normal_code("3w07.24.01.01") == "3W07240101"
    assert normal_code("4ы07240104") == "4S07240104"  # typed with the Russian layout on
    assert normal_code("3Ц07240101") == "3W07240101"


def test_the_database_holds_the_seed(database: Database) -> None:
    with database.session() as s:
        assert len(Q.entries(s)) == len(seed_entries())
        mining = Q.find(s, "0724 0100")
        assert mining is not None and mining.code == "07240100" and not mining.needs_checking
        shown = {c.code: c.shown for c in Q.choices(s, "kk")}
        assert shown["3W07240101"] == "3W07240101 — Тазарту кенжарының кен жұмысшысы"
        assert Q.find(s, "07240199") is None


def test_a_programme_takes_only_a_catalogue_code(database: Database) -> None:
    base = ProgrammeInput(ProgrammeKind.COLLEGE_SPECIALTY, "Жерасты қазу", "Подземная разработка", qualification_code="0724010", hours=100)
    with database.session() as s, pytest.raises(ValidationError) as refused:
        create_programme(s, base)
    assert fields_of(refused.value) == ["qualification_code"]
    assert "«0724010» is not in the qualification catalogue" in refused.value.problems[0].message
    with database.session() as s:
        typed_loosely = create_programme(s, replace(base, qualification_code="0724 0100", qualification_name_ru="Горный мастер"))
        assert typed_loosely.qualification_code == "07240100"
        assert typed_loosely.qualification_name_ru == "Горный мастер"  # a specialty's code: the qualification as typed
        programme_id = typed_loosely.id
    with database.session() as s:
        # a qualification's code: its names in every language come from the catalogue
        updated = update_programme(s, programme_id, replace(base, qualification_code="4s07240104", qualification_name_kk="Кен шеберi"))
        assert (
            updated.qualification_code,
            updated.qualification_name_kk,
            updated.qualification_name_ru,
            updated.qualification_name_en,
        ) == ("4S07240104", "Кен шебері", "Горный мастер", "Mining Foreman")
        assert updated.qualification is not None and updated.qualification.code == "4S07240104"


def test_a_request_takes_only_a_catalogue_code_and_the_forecast_has_no_phantom_line(database: Database) -> None:
    with database.session() as s:
        employer = factories.employer(s).id
        with pytest.raises(ValidationError) as refused:
            D.create_demand(s, D.DemandInput(employer, "07240010", "Горный мастер", 2027, 30))
        assert fields_of(refused.value) == ["qualification_code"]
        assert s.scalar(select(DemandRequest.id)) is None
    with database.session() as s:
        D.create_demand(s, D.DemandInput(employer, "07240100", "", 2027, 3))
        D.create_demand(s, D.DemandInput(employer, " 0724-0100", "что-то своё", 2027, 30))
    with database.session() as s:
        stored = s.scalars(select(DemandRequest).order_by(DemandRequest.id)).all()
        assert {(r.qualification_code, r.qualification_name) for r in stored} == {
            ("07240100", "Подземная разработка месторождений полезных ископаемых")
        }
        lines = demand_forecast(s, "kk", 2027, TODAY)
        assert [(line.qualification, line.requested) for line in lines] == [("07240100", 33)]
        assert lines[0].label == "07240100 Пайдалы қазбалар кен орындарын жер астында қазу"


def test_administrators_extend_the_catalogue_and_the_log_records_it(database: Database) -> None:
    new = Q.QualificationInput("3W07240106", "Бұрғылаушы", "Бурильщик шпуров", "07240100")
    database.actor = Actor("reg", Role.REGISTRAR)
    with database.session() as s, pytest.raises(PermissionDenied):
        Q.create_entry(s, new)
    database.actor = Actor("admin", Role.ADMINISTRATOR)
    with database.session() as s:
        entry_id = Q.create_entry(s, replace(new, code=" 3w07240106")).id
    with database.session() as s:
        entry = Q.get_entry(s, entry_id)
        assert (entry.code, entry.specialty_code, entry.needs_checking) == ("3W07240106", "07240100", False)
        logged = s.scalars(select(AuditEntry).where(AuditEntry.record_kind == "qualification", AuditEntry.record_id == str(entry_id))).all()
        assert [e.action for e in logged] == ["create"] and [e.username for e in logged] == ["admin"]
        Q.update_entry(s, entry_id, replace(new, name_ru="Бурильщик"))
    with database.session() as s:
        assert Q.get_entry(s, entry_id).name_ru == "Бурильщик"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code": "3W07240101"}, "code"),  # taken
        ({"code": "07-24"}, "code"),  # neither form
        ({"code": ""}, "code"),
        ({"specialty_code": None}, "specialty_code"),  # a qualification without its specialty
        ({"specialty_code": "07130200"}, "specialty_code"),  # digits of another specialty
        ({"specialty_code": "3W07240101"}, "specialty_code"),  # a qualification is no specialty
        ({"name_kk": "  "}, "name_kk"),
        ({"name_ru": "Бурильщик\u10d0"}, "name_ru"),  # a Georgian letter cannot be printed
    ],
)
def test_a_bad_entry_is_refused_naming_its_field(database: Database, changes: dict[str, object], field: str) -> None:
    new = Q.QualificationInput("3W07240106", "Бұрғылаушы", "Бурильщик шпуров", "07240100")
    with database.session() as s, pytest.raises(ValidationError) as refused:
        Q.create_entry(s, replace(new, **changes))  # type: ignore[arg-type]
    assert field in fields_of(refused.value)


def test_an_entrys_code_stays(database: Database) -> None:
    with database.session() as s:
        entry = Q.find(s, "07240100")
        assert entry is not None
        data = Q.entry_input(s, entry.id)
        with pytest.raises(ValidationError) as refused:
            Q.update_entry(s, entry.id, replace(data, code="07240101"))
        assert fields_of(refused.value) == ["code"]


def test_the_migration_maps_typed_codes_and_keeps_unknown_ones(database: Database) -> None:
    with database.session() as s:
        employer = factories.employer(s).id
    parent = ScriptDirectory.from_config(migrations.alembic_config()).get_revision("0012").down_revision
    assert isinstance(parent, str)
    migrations.downgrade_to(database.engine, parent)
    stamp = {"t": "2026-01-01 00:00:00", "e": employer}
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO programme (id, kind, name_kk, name_ru, qualification_code, qualification_name_kk, qualification_name_ru, hours,"
                " languages, created_at, updated_at) VALUES"
                " (1, 'college_specialty', 'Жерасты қазу', 'Подземная разработка', ' 0724 0100', 'Кен шебері', 'Горный мастер', 1, 'kk', :t, :t),"
                " (2, 'college_specialty', 'Байыту', 'Обогащение', '0724O5OO', NULL, 'Обогатитель', 1, 'kk', :t, :t)"
            ),
            stamp,
        )
        conn.execute(
            text(
                "INSERT INTO demand_request (employer_id, qualification_code, qualification_name, year, people, created_at, updated_at) VALUES"
                " (:e, '07240100', 'Горный мастер', 2027, 3, :t, :t), (:e, '0724O5OO', 'Байытушы', 2027, 30, :t, :t),"
                " (:e, 'X-1', 'Қазандық операторы', 2027, 2, :t, :t)"
            ),
            stamp,
        )
    migrations.upgrade_to_head(database.engine)
    with database.session() as s:
        assert s.scalars(select(Programme.qualification_code).order_by(Programme.id)).all() == ["07240100", "0724O5OO"]
        assert sorted(s.scalars(select(DemandRequest.qualification_code))) == ["07240100", "0724O5OO", "X-1"]
        kept = {q.code: q for q in s.scalars(select(Qualification).where(Qualification.needs_checking))}
        assert sorted(kept) == ["0724O5OO", "X-1"]  # typed O for 0 is not a code: kept, to be checked
        assert (kept["0724O5OO"].name_ru, kept["0724O5OO"].name_kk) == ("Обогатитель", None)
        assert (kept["X-1"].name_kk, kept["X-1"].name_ru) == ("Қазандық операторы", None)  # its letters say Kazakh
        assert Q.find(s, "x-1") is None and Q.find(s, "X-1") is not None
        assert len(Q.entries(s)) == len(seed_entries()) + 2
