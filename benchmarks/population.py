"""A reproducible population of learners for the benchmarks: Kazakh and Russian names, valid unique IINs.

Rows are plain dicts for a Core ``insert(Person.__table__)`` executemany; the
search and sort keys come from :mod:`cluster_desktop.text`, combined exactly as
:mod:`cluster_desktop.services.learners` combines them on write.  When
``cluster_desktop.demo.random_person`` exists it supplies the people (the same
generator the demo data uses); otherwise the lists below do.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import Stage
from cluster_desktop.permissions import Actor, Role
from cluster_desktop.text import kazakh_sort_key, search_fold

# Who the benchmarks act for where the program needs a logged-in user, as the tests do (``db.actor``).
ADMINISTRATOR = Actor("benchmark", Role.ADMINISTRATOR, "Benchmark administrator", "benchmark")
TODAY = date(2025, 9, 1)  # fixed, so that the same seed gives the same database on any day
STAGE_WEIGHTS = {Stage.PRESCHOOL: 15, Stage.SCHOOL: 35, Stage.COLLEGE: 30, Stage.EMPLOYMENT: 20}
AGE_RANGE = {Stage.PRESCHOOL: (4, 6), Stage.SCHOOL: (14, 17), Stage.COLLEGE: (15, 22), Stage.EMPLOYMENT: (19, 45)}

KAZAKH_MALE = ["Қасым", "Нұрлан", "Нұрсұлтан", "Ерлан", "Асқар", "Дәурен", "Айбек", "Бауыржан", "Ержан", "Мұрат", "Талғат", "Серік", "Ғалым", "Әлихан", "Дидар", "Жандос", "Арман", "Ақжол", "Санжар", "Темірлан", "Алмас", "Болат", "Жасұлан", "Еркебұлан", "Нұрболат", "Қайрат", "Мағжан", "Өмірзақ", "Үмбетәлі", "Ілияс", "Ұлан", "Ринат", "Абылай", "Рустем", "Данияр", "Әділет", "Нұрислам", "Исатай", "Бекзат", "Мирас", "Алихан", "Ерасыл", "Ақниет", "Шыңғыс"]
KAZAKH_FEMALE = ["Айгерім", "Әсем", "Гүлнар", "Жансая", "Мөлдір", "Ақбота", "Дана", "Аружан", "Нұргүл", "Сәуле", "Гүлмира", "Айнұр", "Жанар", "Салтанат", "Назерке", "Інкәр", "Ұлжан", "Томирис", "Әйгерім", "Меруерт", "Жұлдыз", "Қарлығаш", "Балжан", "Динара", "Асель", "Камила", "Нұрай", "Ақерке", "Гүлнұр", "Айым"]
KAZAKH_SURNAME_ROOTS = ["Қасым", "Нұрлан", "Ахмет", "Сейіт", "Жұмабай", "Төлеген", "Байжан", "Омар", "Әбділ", "Серікбай", "Мұхаметжан", "Қуаныш", "Тоқтар", "Ерғали", "Бекмұхамбет", "Сұлтан", "Әубәкір", "Ыбырай", "Иманғали", "Оспан", "Дүйсен", "Құрманғали", "Кенжеғали", "Әбілқасым", "Нұрмағамбет", "Жақсылық", "Есенжол", "Қаражан", "Сағындық", "Тұрсын", "Үсен", "Өтеген", "Шәріп", "Бөкей", "Ғабдулла", "Исабай", "Мұқан", "Сәрсен", "Қалиев"]
RUSSIAN_SURNAMES = ["Иванов", "Петров", "Сидоров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Ивановский", "Иваненко", "Коваленко", "Шевченко"]
RUSSIAN_MALE = ["Иван", "Алексей", "Дмитрий", "Сергей", "Андрей", "Михаил", "Никита", "Артём", "Максим", "Александр", "Владимир", "Евгений", "Павел", "Олег", "Игорь", "Виктор", "Николай", "Юрий", "Роман", "Денис", "Кирилл", "Егор", "Илья", "Тимур", "Вадим"]
RUSSIAN_FEMALE = ["Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Екатерина", "Юлия", "Дарья", "Алина", "Полина", "Ксения", "Виктория", "Анастасия", "Софья", "Валентина", "Людмила", "Галина", "Иванна", "Алёна", "Вероника", "Яна"]
RUSSIAN_PATRONYMIC_MALE = ["Иванович", "Алексеевич", "Сергеевич", "Андреевич", "Дмитриевич", "Николаевич", "Юрьевич", "Петрович", "Михайлович", "Александрович", "Владимирович", "Викторович", "Олегович", "Игоревич", "Павлович", "Евгеньевич", "Геннадьевич", "Анатольевич", "Васильевич", "Борисович"]
OTHER_SURNAMES = ["Ким", "Пак", "Цой", "Шмидт", "Вебер", "Мюллер", "Алиев", "Мамедов", "Юсупов", "Каримов", "Рахимов", "Хасанов"]
STREETS = ["Абай", "Достық", "Бейбітшілік", "Тәуелсіздік", "Ленин", "Мира", "Советская", "Горняков", "Металлургов", "Жастар"]
RELATIONS = ("мать", "отец", "әкесі", "анасы", "опекун")


def _gendered(surname: str, female: bool) -> str:
    if not female:
        return surname
    if surname.endswith(("ов", "ев", "ёв", "ин")):
        return surname + "а"
    if surname.endswith("ский"):
        return surname[:-2] + "ая"
    return surname  # -енко, -ко, Ким, Шмидт …: the same for women


def _kazakh_surname(rng: random.Random, female: bool) -> str:
    root = rng.choice(KAZAKH_SURNAME_ROOTS)
    if root.endswith("ев"):
        return _gendered(root, female)
    if rng.random() < 0.06:  # the modern form without a Russian ending
        return root + ("қызы" if female else "ұлы")
    base = root[:-1] + "ев" if root.endswith("й") else root + "ов"
    return _gendered(base, female)


def _kazakh_patronymic(rng: random.Random, female: bool) -> str | None:
    father = rng.choice(KAZAKH_MALE)
    roll = rng.random()
    if roll < 0.1:
        return None
    if roll < 0.45:
        return father + ("қызы" if female else "ұлы")
    stem = father[:-1] + "ев" if father.endswith("й") else father + "ов"
    return stem + ("на" if female else "ич")


def _phone(rng: random.Random) -> str:
    return f"+7 7{rng.choice('0157')}{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def builtin_person(rng: random.Random, today: date, stage: Stage) -> dict[str, Any]:
    """Names, birth date, sex and contacts of one learner at ``stage`` (no IIN yet)."""
    female = rng.random() < 0.48
    roll = rng.random()
    if roll < 0.64:
        surname = _kazakh_surname(rng, female)
        given = rng.choice(KAZAKH_FEMALE if female else KAZAKH_MALE)
        patronymic = _kazakh_patronymic(rng, female)
    else:
        surname = _gendered(rng.choice(RUSSIAN_SURNAMES if roll < 0.95 else OTHER_SURNAMES), female)
        given = rng.choice(RUSSIAN_FEMALE if female else RUSSIAN_MALE)
        patronymic = rng.choice(RUSSIAN_PATRONYMIC_MALE)
        patronymic = patronymic[:-2] + "на" if female else patronymic
    low, high = AGE_RANGE[stage]
    birth = today - timedelta(days=rng.randint(low * 365, high * 365 + 364))
    minor = (today - birth).days < 18 * 365
    return {
        "surname": surname,
        "given_name": given,
        "patronymic": patronymic,
        "birth_date": birth,
        "sex": Sex.FEMALE if female else Sex.MALE,
        "phone": _phone(rng) if rng.random() < 0.8 else None,
        "email": None,
        "address": f"Хромтау, ул. {rng.choice(STREETS)}, {rng.randint(1, 120)}" if rng.random() < 0.7 else None,
        "representative_name": f"{_gendered(surname, True)} {rng.choice(KAZAKH_FEMALE + RUSSIAN_FEMALE)}" if minor else None,
        "representative_relation": rng.choice(RELATIONS) if minor else None,
        "representative_phone": _phone(rng) if minor else None,
    }


PERSON_FIELDS = (
    "surname", "given_name", "patronymic", "birth_date", "sex", "phone", "email", "address",
    "representative_name", "representative_relation", "representative_phone",
)


def _demo_generator() -> Callable[[random.Random, date, Stage], dict[str, Any]] | None:
    """``cluster_desktop.demo.random_person`` adapted to the row shape, if that module offers it."""
    try:
        from cluster_desktop.demo import random_person
    except ImportError:
        return None
    taken: set[str] = set()

    def generate(rng: random.Random, today: date, stage: Stage) -> dict[str, Any]:
        person = random_person(rng, today, stage, taken=taken)
        row = {name: getattr(person, name, None) for name in PERSON_FIELDS}
        row["iin"] = getattr(person, "iin", None)
        return row

    try:
        generate(random.Random(0), TODAY, Stage.SCHOOL)
    except Exception:  # noqa: BLE001 - an unfinished demo module must not stop the benchmark
        return None
    taken.clear()
    return generate


def person_rows(count: int, seed: int = 2025) -> tuple[str, Iterator[dict[str, Any]]]:
    """(which generator, rows for ``person``); ids run 1..count, IINs are valid and unique."""
    demo = _demo_generator()
    generate = demo or builtin_person
    source = "cluster_desktop.demo.random_person" if demo else "benchmarks/population.py (built-in lists)"

    def rows() -> Iterator[dict[str, Any]]:
        rng = random.Random(seed)
        stages = list(STAGE_WEIGHTS)
        weights = list(STAGE_WEIGHTS.values())
        now = datetime(2025, 9, 1, 9, 0, tzinfo=UTC)
        seen: set[str] = set()
        for number in range(1, count + 1):
            stage = rng.choices(stages, weights)[0]
            row = generate(rng, TODAY, stage)
            iin = row.get("iin")
            while not iin or iin in seen:
                iin = make_iin(row["birth_date"], row["sex"], rng.randrange(10_000))
            seen.add(iin)
            row.update(
                id=number,
                iin=iin,
                notes=None,
                current_stage=stage,
                search_key=search_fold(" ".join(p for p in (row["surname"], row["given_name"], row["patronymic"], iin) if p)),
                sort_key=kazakh_sort_key(row["surname"], row["given_name"], row["patronymic"]),
                created_at=now,
                updated_at=now,
            )
            yield row

    return source, rows()


def stage_row(person: dict[str, Any]) -> dict[str, Any]:
    """The learner's current stage record (one per person)."""
    stage: Stage = person["current_stage"]
    started = max(person["birth_date"] + timedelta(days=365 * AGE_RANGE[stage][0]), TODAY - timedelta(days=3 * 365))
    return {
        "person_id": person["id"],
        "stage": stage,
        "started_on": started,
        "ended_on": None,
        "organisation_id": None,
        "school_grade": min(11, (TODAY - person["birth_date"]).days // 365 - 5) if stage is Stage.SCHOOL else None,
        "detail": None,
    }


T = TypeVar("T")


def timed(label: str, work: Callable[[], T]) -> T:
    """Run ``work`` once and print how long it took, in milliseconds, under ``label``."""
    started = time.perf_counter()
    result = work()
    print(f"{label:<48} {1000 * (time.perf_counter() - started):8.1f} ms")
    return result


def analyse_after_bulk_load(db: Database) -> None:
    """On PostgreSQL, ANALYZE as autovacuum would after a bulk load: the planner needs the counts."""
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")
