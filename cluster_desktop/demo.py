"""Demo data: a believable cluster to show, test and measure the program with.

Everything goes through the services, so the demo data obeys the same rules as
what a user types.  The content is made up but shaped like the real cluster of
the Khromtau mining college: its partners (Donskoy GOK and the other ERG
companies, the regional education department, NJSC «Talap» …), its programmes
from preschool play sessions to college specialties, and learners whose
journeys run preschool → school → college → employment.

A given ``seed`` and ``today`` always give the same data.  Identification
numbers, phone numbers and people are invented; the BINs are valid but are not
the organisations' real ones.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import ids
from .errors import QT_TRANSLATE_NOOP, UserError
from .ids import Sex
from .models import (
    ConsentGiver,
    Enrolment,
    EnrolmentStatus,
    Group,
    Organisation,
    OrganisationKind,
    Person,
    Programme,
    ProgrammeKind,
    Stage,
    StageRecord,
)
from .services.learners import ADULT_AGE, LearnerInput, age_on, create_learner, move_to_stage
from .services.organisations import OrganisationInput, create_organisation
from .services.programmes import GroupInput, ProgrammeInput, create_group, create_programme, enrol, record_result

HAS_LEARNERS = QT_TRANSLATE_NOOP(
    "Errors", "Demo data goes only into a database without learners; this one already holds {learners}."
)


class DemoError(UserError):
    """The database already has learners, so demo learners would mix with real ones."""


# --- people -------------------------------------------------------------------------------

KAZAKH_MALE_NAMES = (
    "Әлібек", "Ғалымжан", "Нұрлан", "Өмірзақ", "Ерлан", "Асқар", "Бауыржан", "Қайрат", "Дәулет", "Талғат",
    "Ержан", "Мұрат", "Жандос", "Бекзат", "Қуаныш", "Мақсат", "Арман", "Темірлан", "Нұрсұлтан", "Әділет",
    "Ақжол", "Аңсар", "Жаһангер", "Ілияс", "Іскендір", "Айбек", "Данияр", "Ерасыл", "Санжар", "Дінмұхамед",
    "Мирас", "Алмас", "Ернұр", "Ислам", "Әлихан", "Рауан", "Біржан", "Үмбет", "Мағжан", "Серікболсын",
)
KAZAKH_FEMALE_NAMES = (
    "Ұлжан", "Үмітхан", "Айгүл", "Жұлдыз", "Ақбота", "Іңкәр", "Әсел", "Гүлназ", "Дана", "Аружан",
    "Балнұр", "Ғазиза", "Мөлдір", "Назерке", "Айдана", "Жансая", "Томирис", "Қарлығаш", "Әйгерім", "Шаһизада",
    "Інжу", "Сымбат", "Мадина", "Әмина", "Ақерке", "Нұрай", "Айым", "Гүлшат", "Перизат", "Меруерт",
)
# Fathers' names: all end in a consonant, so "-ович/-овна" and "-ұлы/-қызы" attach directly.
KAZAKH_FATHER_NAMES = (
    "Серік", "Нұрлан", "Ерлан", "Бауыржан", "Қайрат", "Асқар", "Марат", "Дәулет", "Талғат", "Ержан",
    "Болат", "Мұрат", "Әлібек", "Өмірзақ", "Ғалымжан", "Жандос", "Мақсат", "Қанат", "Ерболат", "Бақыт",
    "Нұрболат", "Сәкен", "Жеңіс", "Бекет", "Тұрсын", "Есет",
)
# Masculine surnames; the feminine form adds «-а».
KAZAKH_SURNAMES = (
    "Қасымов", "Әбдірахманов", "Омаров", "Жұмабаев", "Сәрсенбаев", "Тоқтаров", "Оспанов", "Ахметов",
    "Сейітов", "Нұрпейісов", "Бекмұхамбетов", "Құрманғалиев", "Өтепов", "Ұзақов", "Үсенов", "Ғабдуллин",
    "Ісмағұлов", "Қожахметов", "Есенжолов", "Мұқанов", "Смағұлов", "Байжанов", "Қалиев", "Ержанов",
    "Тұрсынов", "Шәріпов", "Әміров", "Иманғалиев", "Төлегенов", "Жаңабаев", "Айтқалиев", "Бисенов",
)
RUSSIAN_MALE_NAMES = (
    "Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Артём", "Иван", "Никита", "Кирилл",
    "Егор", "Денис", "Павел", "Роман", "Владимир", "Евгений",
)
RUSSIAN_FEMALE_NAMES = (
    "Анна", "Мария", "Елена", "Ольга", "Татьяна", "Наталья", "Екатерина", "Дарья", "Анастасия", "Виктория",
    "Ксения", "Полина", "Алина", "Юлия", "Светлана",
)
# Father's name → (son's patronymic, daughter's patronymic).
RUSSIAN_PATRONYMICS = {
    "Сергей": ("Сергеевич", "Сергеевна"),
    "Александр": ("Александрович", "Александровна"),
    "Виктор": ("Викторович", "Викторовна"),
    "Андрей": ("Андреевич", "Андреевна"),
    "Николай": ("Николаевич", "Николаевна"),
    "Владимир": ("Владимирович", "Владимировна"),
    "Игорь": ("Игоревич", "Игоревна"),
    "Олег": ("Олегович", "Олеговна"),
    "Юрий": ("Юрьевич", "Юрьевна"),
    "Павел": ("Павлович", "Павловна"),
    "Михаил": ("Михайлович", "Михайловна"),
    "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Алексей": ("Алексеевич", "Алексеевна"),
    "Евгений": ("Евгеньевич", "Евгеньевна"),
}
# Masculine surnames; feminine forms follow the usual endings (-ов/-ев/-ин + а, -ский → -ская, -ко unchanged).
RUSSIAN_SURNAMES = (
    "Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов", "Новиков",
    "Фёдоров", "Морозов", "Волков", "Лебедев", "Козлов", "Степанов", "Никитин", "Захаров", "Белов",
    "Ткаченко", "Шевченко", "Бондаренко", "Ковальский",
)
RELATIONS = {
    "father": "әкесі / отец",
    "mother": "анасы / мать",
    "guardian": "қамқоршысы / опекун",
}
MOBILE_CODES = ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778")
STREETS = (  # (Kazakh, Russian)
    ("Абай", "Абая"), ("Әйтеке би", "Айтеке би"), ("Есет батыр", "Есет батыра"), ("Жеңіс", "Победы"),
    ("Бейбітшілік", "Мира"), ("Құрылысшылар", "Строителей"), ("Жастар", "Молодёжная"), ("Кеншілер", "Горняков"),
    ("Сәтпаев", "Сатпаева"), ("Достық", "Дружбы"),
)
VILLAGES = (("Абай", "Абай"), ("Дон", "Дон"), ("Тассай", "Тассай"), ("Қызылсу", "Кызылсу"), ("Ақжар", "Акжар"))
MAIL_DOMAINS = ("mail.kz", "mail.ru", "gmail.com", "inbox.kz")
_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
        "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh sh - y - e yu ya a g k n o u u h i".split(),
    )
)
_TRANSLIT.update({"ъ": "", "ь": ""})

AGE_RANGES = {  # years, inclusive: the ages the cluster meets people at each stage
    Stage.PRESCHOOL: (4, 6),
    Stage.SCHOOL: (14, 17),
    Stage.COLLEGE: (16, 21),
    Stage.EMPLOYMENT: (19, 25),
}


def _feminine(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ин", "ын")):
        return surname + "а"
    if surname.endswith("ский"):
        return surname[:-2] + "ая"
    return surname


def _kazakh_patronymic(father: str, sex: Sex, russian_style: bool) -> str:
    if russian_style:
        return father + ("ович" if sex is Sex.MALE else "овна")
    return father + ("ұлы" if sex is Sex.MALE else "қызы")


@dataclass(frozen=True)
class _Name:
    surname: str
    given_name: str
    patronymic: str | None
    family_surname: str  # the masculine family name, for a parent's name
    father: str
    russian: bool


def _random_name(rng: random.Random, sex: Sex) -> _Name:
    """A Kazakh name (about 80%) in one of the forms in use, or a Russian one."""
    male = sex is Sex.MALE
    if rng.random() < 0.2:
        father = rng.choice(tuple(RUSSIAN_PATRONYMICS))
        family = rng.choice(RUSSIAN_SURNAMES)
        given = rng.choice(RUSSIAN_MALE_NAMES if male else RUSSIAN_FEMALE_NAMES)
        patronymic = RUSSIAN_PATRONYMICS[father][0 if male else 1]
        return _Name(family if male else _feminine(family), given, patronymic, family, father, True)
    father = rng.choice(KAZAKH_FATHER_NAMES)
    given = rng.choice(KAZAKH_MALE_NAMES if male else KAZAKH_FEMALE_NAMES)
    form = rng.random()
    if form < 0.15:  # the surname is the father's name with «-ұлы/-қызы», and no patronymic
        surname = _kazakh_patronymic(father, sex, russian_style=False)
        grandfather = rng.choice(KAZAKH_FATHER_NAMES)
        return _Name(surname, given, None, _kazakh_patronymic(grandfather, Sex.MALE, False), father, False)
    family = rng.choice(KAZAKH_SURNAMES)
    surname = family if male else _feminine(family)
    if form < 0.55:
        patronymic: str | None = _kazakh_patronymic(father, sex, russian_style=True)
    elif form < 0.85:
        patronymic = _kazakh_patronymic(father, sex, russian_style=False)
    else:
        patronymic = None
    return _Name(surname, given, patronymic, family, father, False)


def _mother_name(rng: random.Random, name: _Name) -> str:
    """The mother's full name: the family's surname (or her own) and a name of the family's language."""
    if name.russian:
        given = rng.choice(RUSSIAN_FEMALE_NAMES)
        father = rng.choice(tuple(RUSSIAN_PATRONYMICS))
        return f"{_feminine(name.family_surname)} {given} {RUSSIAN_PATRONYMICS[father][1]}"
    own_family = rng.choice(KAZAKH_SURNAMES)
    family = name.family_surname if name.family_surname in KAZAKH_SURNAMES and rng.random() < 0.6 else own_family
    given = rng.choice([n for n in KAZAKH_FEMALE_NAMES if n != name.given_name])
    patronymic = _kazakh_patronymic(rng.choice(KAZAKH_FATHER_NAMES), Sex.FEMALE, rng.random() < 0.5)
    return f"{_feminine(family)} {given} {patronymic}"


def _representative(rng: random.Random, name: _Name) -> tuple[str, str]:
    """A parent (or now and then a guardian) of the learner: full name and relation."""
    roll = rng.random()
    if roll < 0.05:
        return _mother_name(rng, _random_name(rng, Sex.MALE)), RELATIONS["guardian"]
    if roll < 0.45:
        if name.russian:
            grandfather = rng.choice(tuple(RUSSIAN_PATRONYMICS))
            return f"{name.family_surname} {name.father} {RUSSIAN_PATRONYMICS[grandfather][0]}", RELATIONS["father"]
        if name.family_surname not in KAZAKH_SURNAMES:  # «Қайратұлы Серік»: the surname already names his father
            return f"{name.family_surname} {name.father}", RELATIONS["father"]
        grandfather = rng.choice(KAZAKH_FATHER_NAMES)
        return (
            f"{name.family_surname} {name.father} {_kazakh_patronymic(grandfather, Sex.MALE, rng.random() < 0.5)}",
            RELATIONS["father"],
        )
    return _mother_name(rng, name), RELATIONS["mother"]


def random_phone(rng: random.Random) -> str:
    """A Kazakhstan mobile number written as «+7 7xx xxx xx xx»."""
    n = f"{rng.randrange(10_000_000):07d}"
    return f"+7 {rng.choice(MOBILE_CODES)} {n[:3]} {n[3:5]} {n[5:]}"


def _random_address(rng: random.Random) -> str:
    street_kk, street_ru = rng.choice(STREETS)
    house = rng.randint(1, 60)
    if rng.random() < 0.2:
        village_kk, village_ru = rng.choice(VILLAGES)
        if rng.random() < 0.5:
            return f"Ақтөбе обл., Хромтау ауданы, {village_kk} ауылы, {street_kk} к-сі, {house}"
        return f"Актюбинская обл., Хромтауский р-н, с. {village_ru}, ул. {street_ru}, д. {house}"
    flat = rng.randint(1, 80)
    if rng.random() < 0.5:
        return f"Ақтөбе обл., Хромтау қ., {street_kk} к-сі, {house}-үй, {flat}-пәтер"
    return f"Актюбинская обл., г. Хромтау, ул. {street_ru}, д. {house}, кв. {flat}"


def _translit(text: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in text.lower() if ch.isalpha() or ch == "-").replace("-", "")


def _random_date(rng: random.Random, earliest: date, latest: date) -> date:
    if latest <= earliest:
        return earliest
    return earliest + timedelta(days=rng.randint(0, (latest - earliest).days))


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year + years, day=28)


def unique_iin(rng: random.Random, birth_date: date, sex: Sex, taken: set[str] | None) -> str:
    """A valid IIN for the birth date and sex, not yet in ``taken`` (which it joins)."""
    serial = rng.randrange(10_000)
    while True:
        iin = ids.make_iin(birth_date, sex, serial)
        if taken is None or iin not in taken:
            break
        serial = (int(iin[7:11]) + 1) % 10_000
    if taken is not None:
        taken.add(iin)
    return iin


def random_person(
    rng: random.Random,
    today: date,
    stage: Stage,
    *,
    birth_date: date | None = None,
    sex: Sex | None = None,
    consent_date: date | None = None,
    taken: set[str] | None = None,
) -> LearnerInput:
    """A made-up learner of ``stage`` who passes every rule of the learner service on ``today``.

    The age fits the stage unless ``birth_date`` is given.  Pass the same ``taken``
    set to every call to get distinct IINs.  Minors come with a legal
    representative who gave consent; adults consented themselves.
    """
    sex = sex or (Sex.MALE if rng.random() < 0.5 else Sex.FEMALE)
    if birth_date is None:
        youngest, oldest = AGE_RANGES[stage]
        birth_date = _random_date(rng, add_years(today, -oldest - 1) + timedelta(days=1), add_years(today, -youngest))
    name = _random_name(rng, sex)
    minor = age_on(birth_date, today) < ADULT_AGE
    if consent_date is None:
        consent_date = _random_date(rng, max(birth_date, today - timedelta(days=3 * 365)), today)
    representative = relation = representative_phone = None
    if minor:
        representative, relation = _representative(rng, name)
        representative_phone = random_phone(rng)
    age = age_on(birth_date, today)
    phone = random_phone(rng) if age >= 18 or (age >= 12 and rng.random() < 0.7) else None
    email = None
    if age >= 16 and rng.random() < 0.4:
        email = f"{_translit(name.given_name)}.{_translit(name.surname)}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}"
    return LearnerInput(
        iin=unique_iin(rng, birth_date, sex, taken),
        surname=name.surname,
        given_name=name.given_name,
        patronymic=name.patronymic,
        birth_date=birth_date,
        sex=sex,
        phone=phone,
        email=email,
        address=_random_address(rng) if rng.random() < 0.9 else None,
        representative_name=representative,
        representative_relation=relation,
        representative_phone=representative_phone,
        consent_given_by=ConsentGiver.REPRESENTATIVE if minor else ConsentGiver.SELF,
        consent_date=consent_date,
        stage=stage,
    )


# --- organisations and programmes ---------------------------------------------------------


@dataclass(frozen=True)
class _OrgSpec:
    key: str
    kind: OrganisationKind
    name_kk: str
    name_ru: str
    bin: tuple[int, int, int, int] | None  # make_bin arguments; None for a foreign organisation
    address: str
    contact_person: str | None
    phone: str


ORGANISATIONS: tuple[_OrgSpec, ...] = (
    _OrgSpec(
        "college", OrganisationKind.COLLEGE, "Хромтау тау-кен техникалық колледжі", "Хромтауский горно-технический колледж",
        (1998, 8, 4, 1207), "Ақтөбе обл., Хромтау қ., Әйтеке би к-сі, 23", "Жұмабаев Ерлан Серікұлы", "+7 71336 2 14 52",
    ),
    _OrgSpec(
        "kazchrome", OrganisationKind.EMPLOYER, "«ҚАЗХРОМ» ТҰК» АҚ (ERG)", "АО «ТНК «Казхром» (ERG)",
        (1995, 12, 4, 1546), "Актюбинская обл., г. Актобе, ул. Маресьева, 4А", "Смағұлова Әсел Нұрланқызы", "+7 7132 92 31 10",
    ),
    _OrgSpec(
        "donskoy", OrganisationKind.EMPLOYER,
        "«ҚАЗХРОМ» ТҰК» АҚ филиалы «Дон тау-кен байыту комбинаты» (ERG)",
        "Донской ГОК — филиал АО «ТНК «Казхром» (ERG)",
        (1996, 3, 4, 100234), "Актюбинская обл., г. Хромтау, ул. Мира, 1", "Петров Андрей Викторович", "+7 71336 9 20 15",
    ),
    _OrgSpec(
        "ferroalloy", OrganisationKind.EMPLOYER,
        "«ҚАЗХРОМ» ТҰК» АҚ филиалы «Ақтөбе ферроқорытпа зауыты» (ERG)",
        "Актюбинский завод ферросплавов — филиал АО «ТНК «Казхром» (ERG)",
        (1996, 3, 4, 100251), "Актюбинская обл., г. Актобе, ул. Шильдина, 4", "Құрманғалиев Дәулет Болатович", "+7 7132 96 45 02",
    ),
    _OrgSpec(
        "erg_university", OrganisationKind.TRAINING_CENTRE, "ERG Корпоративтік университеті", "Корпоративный университет ERG",
        (2013, 6, 4, 2218), "г. Астана", "Ахметова Жұлдыз Қайратқызы", "+7 7172 57 70 30",
    ),
    _OrgSpec(
        "mstu", OrganisationKind.UNIVERSITY,
        "Г. И. Носов атындағы Магнитогор мемлекеттік техникалық университеті",
        "Магнитогорский государственный технический университет им. Г. И. Носова",
        None, "Россия, г. Магнитогорск, пр. Ленина, 38", "Смирнова Елена Юрьевна", "+7 3519 29 84 64",
    ),
    _OrgSpec(
        "talap", OrganisationKind.CERTIFICATION_BODY, "«Талап» КеАҚ", "НАО «Талап»",
        (2005, 11, 4, 3190), "г. Астана", "Нұрпейісова Гүлназ Маратқызы", "+7 7172 55 99 22",
    ),
    _OrgSpec(
        "education_department", OrganisationKind.STATE_BODY, "Ақтөбе облысының білім басқармасы",
        "Управление образования Актюбинской области",
        (2000, 1, 4, 4112), "г. Актобе", "Оспанов Асқар Ержанұлы", "+7 7132 54 08 11",
    ),
    _OrgSpec(
        "innovation_centre", OrganisationKind.TRAINING_CENTRE, "Халықаралық білім беру және инновациялар орталығы",
        "Международный образовательно-инновационный центр",
        (2017, 9, 4, 5123), "г. Актобе", "Кузнецов Дмитрий Игоревич", "+7 7132 40 12 70",
    ),
    _OrgSpec(
        "school1", OrganisationKind.SCHOOL, "Хромтау қаласының №1 мектеп-гимназиясы", "Школа-гимназия №1 г. Хромтау",
        (1999, 5, 4, 6201), "Ақтөбе обл., Хромтау қ., Абай к-сі, 10", "Төлегенова Айгүл Серікқызы", "+7 71336 2 11 40",
    ),
    _OrgSpec(
        "school3", OrganisationKind.SCHOOL, "Абай атындағы №3 жалпы білім беретін мектеп (ЖББМ)",
        "Общеобразовательная средняя школа №3 имени Абая",
        (1999, 5, 4, 6203), "Ақтөбе обл., Хромтау қ., Жеңіс к-сі, 5", "Қасымова Ұлжан Нұрланқызы", "+7 71336 2 23 17",
    ),
    _OrgSpec(
        "school5", OrganisationKind.SCHOOL, "№5 жалпы білім беретін мектеп", "Общеобразовательная средняя школа №5",
        (1999, 5, 4, 6205), "Ақтөбе обл., Хромтау қ., Кеншілер к-сі, 14", "Васильева Ольга Николаевна", "+7 71336 2 35 08",
    ),
    _OrgSpec(
        "school_don", OrganisationKind.SCHOOL, "Дон ауылының жалпы білім беретін мектебі",
        "Донская общеобразовательная средняя школа",
        (1999, 5, 4, 6207), "Ақтөбе обл., Хромтау ауданы, Дон ауылы, Мектеп к-сі, 2", "Сейітов Бекет Әлібекұлы", "+7 71336 3 41 26",
    ),
    _OrgSpec(
        "kg_baldyrgan", OrganisationKind.KINDERGARTEN, "«Балдырған» бөбекжай-бақшасы", "Ясли-сад «Балдырған»",
        (2001, 2, 4, 7301), "Ақтөбе обл., Хромтау қ., Жастар к-сі, 7", "Мұқанова Гүлшат Қанатқызы", "+7 71336 2 40 61",
    ),
    _OrgSpec(
        "kg_aigolek", OrganisationKind.KINDERGARTEN, "«Айгөлек» бөбекжай-бақшасы", "Ясли-сад «Айгөлек»",
        (2001, 2, 4, 7302), "Ақтөбе обл., Хромтау қ., Достық к-сі, 19", "Иманғалиева Меруерт Ерланқызы", "+7 71336 2 52 93",
    ),
    _OrgSpec(
        "kg_karlygash", OrganisationKind.KINDERGARTEN, "«Қарлығаш» балабақшасы", "Детский сад «Карлыгаш»",
        (2008, 10, 4, 7303), "Ақтөбе обл., Хромтау қ., Сәтпаев к-сі, 3", "Новикова Татьяна Павловна", "+7 71336 2 64 35",
    ),
)
SCHOOLS = ("school1", "school3", "school5", "school_don")
KINDERGARTENS = ("kg_baldyrgan", "kg_aigolek", "kg_karlygash")


@dataclass(frozen=True)
class _ProgrammeSpec:
    key: str
    kind: ProgrammeKind
    prefix: str  # group names: «ПР-24-1»
    name_kk: str
    name_ru: str
    name_en: str
    hours: int
    partner: str | None
    code: str | None = None
    qualification: str | None = None
    weight: float = 1.0  # how popular it is
    positions: tuple[str, ...] = ()  # jobs its graduates get (college specialties)
    employers: tuple[str, ...] = ()


PROGRAMMES: tuple[_ProgrammeSpec, ...] = (
    _ProgrammeSpec("little_lab", ProgrammeKind.CAREER_GUIDANCE, "КЗ", "«Кішкентай зертханашы»", "«Маленький лаборант»",
                   "Little Lab Assistant", 8, "kg_baldyrgan", weight=1.4),
    _ProgrammeSpec("fun_chemistry", ProgrammeKind.CAREER_GUIDANCE, "ХМ", "Қызықты химия", "Занимательная химия",
                   "Fun with Chemistry", 8, "kg_aigolek"),
    _ProgrammeSpec("electricity", ProgrammeKind.CAREER_GUIDANCE, "ЭЛ", "Электр қайдан келеді?", "Откуда берётся электричество?",
                   "Where Electricity Comes From", 6, "kg_karlygash"),
    _ProgrammeSpec("little_miner", ProgrammeKind.CAREER_GUIDANCE, "КШ", "Кішкентай кенші: тау-кен ісінің негіздері",
                   "Юный горняк: основы горного дела", "Little Miner: Mining Basics", 6, "donskoy", weight=1.2),
    _ProgrammeSpec("electric_basics", ProgrammeKind.PROFILE_COURSE, "ЭТ", "Электротехника негіздері", "Основы электротехники",
                   "Electrician Basics", 72, "erg_university", weight=1.3),
    _ProgrammeSpec("mining_basics", ProgrammeKind.PROFILE_COURSE, "ТН", "Тау-кен ісінің негіздері", "Основы горного дела",
                   "Mining Fundamentals", 36, "donskoy", weight=1.2),
    _ProgrammeSpec("lab_analysis", ProgrammeKind.PROFESSIONAL_COURSE, "ЛХ", "Химиялық талдау зертханашысы",
                   "Лаборант химического анализа", "Laboratory Chemical Analysis", 144, "ferroalloy",
                   qualification="Химиялық талдау зертханашысы / Лаборант химического анализа"),
    _ProgrammeSpec("equipment_operator", ProgrammeKind.PROFESSIONAL_COURSE, "МГ", "Тау-кен жабдықтарының машинисі",
                   "Машинист горного оборудования", "Mining Equipment Operator", 144, "donskoy",
                   qualification="Тау-кен жабдықтарының машинисі / Машинист горного оборудования"),
    _ProgrammeSpec("welding", ProgrammeKind.PROFESSIONAL_COURSE, "ДН", "Электргазбен дәнекерлеуші", "Электрогазосварщик",
                   "Welding", 108, "innovation_centre", qualification="Электргазбен дәнекерлеуші / Электрогазосварщик"),
    _ProgrammeSpec(
        "underground_mining", ProgrammeKind.COLLEGE_SPECIALTY, "ПР",
        "Пайдалы қазбалар кен орындарын жерасты әдісімен қазу", "Подземная разработка месторождений полезных ископаемых",
        "Underground Mining of Mineral Deposits", 5760, "donskoy", "07240100", "Кен шебері / Горный мастер", weight=1.6,
        positions=("Жерасты тау-кен жұмысшысы / Подземный горнорабочий", "Кен шебері / Горный мастер",
                   "Жерасты бұрғылау қондырғысының машинисі / Машинист подземной буровой установки"),
        employers=("donskoy", "donskoy", "kazchrome"),
    ),
    _ProgrammeSpec(
        "open_pit_mining", ProgrammeKind.COLLEGE_SPECIALTY, "ОР",
        "Пайдалы қазбалар кен орындарын ашық әдіспен қазу", "Открытая разработка месторождений полезных ископаемых",
        "Open-Pit Mining of Mineral Deposits", 5760, "donskoy", "07240200", "Кен шебері / Горный мастер",
        positions=("Экскаватор машинисі / Машинист экскаватора", "Бұрғылаушы / Бурильщик", "Кен шебері / Горный мастер"),
        employers=("donskoy", "kazchrome"),
    ),
    _ProgrammeSpec(
        "metallurgy", ProgrammeKind.COLLEGE_SPECIALTY, "МЦ", "Түсті металдар металлургиясы", "Металлургия цветных металлов",
        "Metallurgy of Non-Ferrous Metals", 5760, "ferroalloy", "07250100", "Техник-металлург / Техник-металлург",
        positions=("Ферроқорытпа балқытушы / Плавильщик ферросплавов",
                   "Химиялық талдау зертханашысы / Лаборант химического анализа"),
        employers=("ferroalloy", "kazchrome"),
    ),
    _ProgrammeSpec(
        "mining_electrical", ProgrammeKind.COLLEGE_SPECIALTY, "ЭО", "Тау-кен өнеркәсібінің электр жабдықтары",
        "Электрооборудование горной промышленности", "Electrical Equipment of the Mining Industry", 5760, "kazchrome",
        "07130100", "Электромонтер / Электромонтер", weight=1.2,
        positions=("Электр жабдықтарын жөндеу электромонтері / Электромонтер по ремонту электрооборудования",),
        employers=("donskoy", "kazchrome", "ferroalloy"),
    ),
    _ProgrammeSpec(
        "mining_electromechanics", ProgrammeKind.COLLEGE_SPECIALTY, "ЭМ", "Тау-кен электромеханикасы", "Горная электромеханика",
        "Mining Electromechanics", 5760, "erg_university", "07150600", "Техник-электромеханик / Техник-электромеханик",
        positions=("Кезекші электр слесарі / Электрослесарь дежурный", "Техник-электромеханик / Техник-электромеханик"),
        employers=("donskoy", "kazchrome"),
    ),
)


# --- the filling --------------------------------------------------------------------------


def has_learners(session: Session) -> bool:
    return session.scalar(select(Person.id).limit(1)) is not None


def academic_year(day: date) -> int:
    """The calendar year in which the academic year containing ``day`` began (1 September)."""
    return day.year if day.month >= 9 else day.year - 1


def school_cohort(rng: random.Random, grade: int, year: int) -> date:
    """A birth date of a pupil in ``grade`` in the academic year starting in ``year`` (grade 1 at age 6)."""
    first = date(year - grade - 6, 9, 2)
    return _random_date(rng, first, add_years(first, 1) - timedelta(days=1))


class _DemoFiller:
    def __init__(self, session: Session, rng: random.Random, today: date) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.year = academic_year(today)
        self.taken: set[str] = set()
        self.orgs: dict[str, Organisation] = {}
        self.programmes: dict[str, Programme] = {}
        self.specs: dict[str, _ProgrammeSpec] = {}
        self.groups: dict[tuple[str, int, str], Group] = {}
        self.session_groups: list[Group] = []  # preschool sessions, by start date
        self.course_groups: list[Group] = []  # school courses, by start date
        # What an earlier fill left behind when all its learners were deleted since: reused, not duplicated.
        self.old_orgs = {o.name_ru: o for o in session.scalars(select(Organisation))}
        self.old_programmes = {(p.kind, p.name_ru): p for p in session.scalars(select(Programme))}
        self.old_groups = {g.name: g for g in session.scalars(select(Group))}

    # organisations, programmes, groups

    def add_organisations(self) -> None:
        for spec in ORGANISATIONS:
            if spec.name_ru in self.old_orgs:
                self.orgs[spec.key] = self.old_orgs[spec.name_ru]
                continue
            self.orgs[spec.key] = create_organisation(
                self.session,
                OrganisationInput(
                    kind=spec.kind, name_kk=spec.name_kk, name_ru=spec.name_ru,
                    bin=ids.make_bin(*spec.bin) if spec.bin else None, address=spec.address,
                    contact_person=spec.contact_person, phone=spec.phone,
                ),
            )

    def add_programmes(self) -> None:
        for spec in PROGRAMMES:
            self.specs[spec.key] = spec
            if (spec.kind, spec.name_ru) in self.old_programmes:
                self.programmes[spec.key] = self.old_programmes[(spec.kind, spec.name_ru)]
                continue
            self.programmes[spec.key] = create_programme(
                self.session,
                ProgrammeInput(
                    kind=spec.kind, name_kk=spec.name_kk, name_ru=spec.name_ru, name_en=spec.name_en,
                    qualification_code=spec.code, qualification_name=spec.qualification, hours=spec.hours,
                    languages=("kk", "ru"), partner_id=self.orgs[spec.partner].id if spec.partner else None,
                ),
            )

    def _group(self, key: str, year: int, suffix: str, starts_on: date, ends_on: date, language: str | None = None) -> Group:
        spec = self.specs[key]
        name = f"{spec.prefix}-{year % 100:02d}-{suffix}"
        language = language or ("kk" if self.rng.random() < 0.6 else "ru")
        old = self.old_groups.get(name)
        if old is not None and old.programme_id == self.programmes[key].id:
            group = old
        else:
            group = create_group(
                self.session,
                GroupInput(self.programmes[key].id, name, language, starts_on=starts_on, ends_on=ends_on),
            )
        self.groups[(key, year, suffix)] = group
        return group

    def specialty_group(self, key: str, entry_year: int, after_grade: int) -> Group:
        """The group entering ``key`` in ``entry_year``: «-1» after grade 9 (3 y 10 m), «-2» after grade 11 (2 y 10 m)."""
        suffix = "1" if after_grade == 9 else "2"
        group = self.groups.get((key, entry_year, suffix))
        if group is None:
            years = 4 if after_grade == 9 else 3
            group = self._group(key, entry_year, suffix, date(entry_year, 9, 1), date(entry_year + years, 6, 30))
        return group

    def add_groups(self) -> None:
        """Groups of the last three academic years that have started by today."""
        for year in range(self.year - 2, self.year + 1):
            for spec in PROGRAMMES:
                if spec.kind is ProgrammeKind.CAREER_GUIDANCE:
                    for suffix, month in (("1", 10), ("2", 2)):
                        start = date(year if month >= 9 else year + 1, month, self.rng.randint(1, 20))
                        if start <= self.today:
                            end = start + timedelta(weeks=self.rng.randint(2, 5))
                            self.session_groups.append(self._group(spec.key, year, suffix, start, end))
                elif spec.kind is ProgrammeKind.COLLEGE_SPECIALTY:
                    if date(year, 9, 1) <= self.today:
                        self.specialty_group(spec.key, year, 9)
                else:  # a Kazakh and a Russian group per term: «ЭТ-25-А», «ЭТ-25-Б»; spring «-В», «-Г»
                    terms = [("АБ", date(year, 9, 15), date(year, 12, 24) if spec.hours <= 72 else date(year + 1, 5, 20))]
                    if spec.hours <= 72:
                        terms.append(("ВГ", date(year + 1, 1, 20), date(year + 1, 4, 30)))
                    for suffixes, start, end in terms:
                        if start <= self.today:
                            for suffix, language in zip(suffixes, ("kk", "ru")):
                                self.course_groups.append(self._group(spec.key, year, suffix, start, end, language))
        self.session_groups.sort(key=lambda g: (g.starts_on, g.name))
        self.course_groups.sort(key=lambda g: (g.starts_on, g.name))

    # learners

    def _register(
        self, birth_date: date, stage: Stage, joined: date, organisation: str, grade: int | None = None
    ) -> Person:
        """Create the learner at their first stage, with consent from whoever could give it then."""
        rng = self.rng
        if age_on(birth_date, self.today) >= ADULT_AGE and age_on(birth_date, joined) < ADULT_AGE:
            # Registered by a parent as a minor; the consent on file is the one they gave themselves at 18.
            consent = min(self.today, add_years(birth_date, ADULT_AGE) + timedelta(days=rng.randint(0, 120)))
        else:
            consent = joined
        data = random_person(rng, self.today, stage, birth_date=birth_date, consent_date=consent, taken=self.taken)
        person = create_learner(self.session, data, self.today)
        first = person.stages[0]  # create_learner does not take where and since when: complete it
        first.started_on = joined
        first.organisation_id = self.orgs[organisation].id
        first.school_grade = grade
        return person

    def _percent(self, must_pass: bool) -> Decimal:
        rng = self.rng
        value = rng.uniform(45, 64) if rng.random() < 0.15 else rng.gauss(77, 11)
        value = min(100.0, max(50.0 if must_pass else 45.0, value))
        step = 0.5 if rng.random() < 0.3 else 1.0
        return Decimal(str(round(value / step) * step)).quantize(Decimal("0.01"))

    def _enrol(self, person: Person, group: Group, enrolled_on: date, must_pass: bool = False) -> Enrolment:
        rng = self.rng
        enrolment = enrol(self.session, person.id, group.id, enrolled_on)
        finished = group.ends_on is not None and group.ends_on < self.today
        if not must_pass and rng.random() < (0.05 if finished else 0.03):
            last = min(self.today, group.ends_on or self.today)
            left = _random_date(rng, enrolled_on + timedelta(days=7), last - timedelta(days=1))
            record_result(self.session, enrolment.id, EnrolmentStatus.WITHDRAWN, min(left, self.today), None)
        elif finished:
            assert group.ends_on is not None
            if group.programme.kind is ProgrammeKind.CAREER_GUIDANCE:  # play sessions: how well the child took part
                percent = Decimal(rng.randint(14, 20) * 5)
            else:
                percent = self._percent(must_pass)
            status = EnrolmentStatus.COMPLETED if percent >= 50 else EnrolmentStatus.FAILED
            record_result(self.session, enrolment.id, status, group.ends_on, percent)
        return enrolment

    def _pick_groups(self, groups: Sequence[Group], count: int) -> list[Group]:
        """Up to ``count`` groups of different programmes, in date order."""
        chosen: list[Group] = []
        for group in self.rng.sample(list(groups), len(groups)):
            if len(chosen) == count:
                break
            if all(g.programme_id != group.programme_id for g in chosen):
                chosen.append(group)
        return sorted(chosen, key=lambda g: g.starts_on)

    def add_preschooler(self) -> None:
        rng = self.rng
        birth = _random_date(rng, add_years(self.today, -7) + timedelta(days=1), add_years(self.today, -4))
        eligible = [g for g in self.session_groups if g.starts_on >= add_years(birth, 4)]
        groups = self._pick_groups(eligible, rng.choice((1, 1, 2, 2, 3)))
        earliest = add_years(birth, 3) + timedelta(days=180)
        if groups:
            joined = max(earliest, groups[0].starts_on - timedelta(days=rng.randint(3, 30)))
        else:
            joined = max(earliest, self.today - timedelta(days=rng.randint(0, 90)))
        joined = min(joined, self.today)
        person = self._register(birth, Stage.PRESCHOOL, joined, rng.choice(KINDERGARTENS))
        for group in groups:
            self._enrol(person, group, max(group.starts_on, joined))

    def add_pupil(self) -> None:
        rng = self.rng
        grade = rng.choice((9, 10, 11))
        birth = school_cohort(rng, grade, self.year)
        first_grade = rng.choice([g for g in (9, 10, 11) if g <= grade])
        join_year = self.year - (grade - first_grade)
        joined = min(self.today, date(join_year, 9, rng.randint(1, 14)))
        person = self._register(birth, Stage.SCHOOL, joined, rng.choice(SCHOOLS), first_grade)
        language = "kk" if rng.random() < 0.6 else "ru"
        eligible = [g for g in self.course_groups if joined <= g.starts_on <= self.today and g.language == language]
        for group in self._pick_groups(eligible, rng.choice((1, 1, 2, 2, 3))):
            self._enrol(person, group, group.starts_on)

    def _specialty(self) -> _ProgrammeSpec:
        specialties = [s for s in PROGRAMMES if s.kind is ProgrammeKind.COLLEGE_SPECIALTY]
        return self.rng.choices(specialties, weights=[s.weight for s in specialties])[0]

    def _school_then_college(self, entry_year: int, after_grade: int) -> tuple[Person, _ProgrammeSpec, Group]:
        """A learner who joined the cluster in their last school year and entered college in ``entry_year``."""
        rng = self.rng
        birth = school_cohort(rng, after_grade, entry_year - 1)
        joined = date(entry_year - 1, 9, rng.randint(1, 30))
        person = self._register(birth, Stage.SCHOOL, joined, rng.choice(SCHOOLS), after_grade)
        language = "kk" if rng.random() < 0.6 else "ru"
        courses = [g for g in self.course_groups if joined <= g.starts_on < date(entry_year, 6, 1) and g.language == language]
        if courses and rng.random() < 0.5:
            course = self._pick_groups(courses, 1)[0]
            self._enrol(person, course, course.starts_on)
        spec = self._specialty()
        start = date(entry_year, 9, 1)
        move_to_stage(self.session, person.id, Stage.COLLEGE, start, organisation_id=self.orgs["college"].id)
        return person, spec, self.specialty_group(spec.key, entry_year, after_grade)

    def add_student(self) -> None:
        rng = self.rng
        after_grade = 9 if rng.random() < 0.65 else 11
        years_ago = rng.choices((0, 1, 2, 3) if after_grade == 9 else (0, 1, 2), weights=(30, 27, 25, 18)[: 4 if after_grade == 9 else 3])[0]
        entry_year = self.year - years_ago
        person, _spec, group = self._school_then_college(entry_year, after_grade)
        self._enrol(person, group, group.starts_on)

    def add_graduate(self) -> None:
        rng = self.rng
        after_grade = 9 if rng.random() < 0.6 else 11
        years_ago = rng.choices((0, 1, 2, 3, 4, 5), weights=(24, 22, 18, 15, 12, 9))[0]
        if after_grade == 11:
            years_ago = min(years_ago, 4)
        graduation_year = self.year - years_ago
        entry_year = graduation_year - (4 if after_grade == 9 else 3)
        person, spec, group = self._school_then_college(entry_year, after_grade)
        self._enrol(person, group, group.starts_on, must_pass=True)
        hired = min(self.today, date(graduation_year, 7, 1) + timedelta(days=rng.randint(0, 90)))
        move_to_stage(
            self.session, person.id, Stage.EMPLOYMENT, hired,
            organisation_id=self.orgs[rng.choice(spec.employers)].id, detail=rng.choice(spec.positions),
        )

    def add_learners(self, count: int) -> None:
        shares = {Stage.PRESCHOOL: 0.25, Stage.SCHOOL: 0.35, Stage.COLLEGE: 0.30}
        plan = [stage for stage, share in shares.items() for _ in range(round(count * share))]
        plan += [Stage.EMPLOYMENT] * (count - len(plan))
        plan = plan[:count]
        self.rng.shuffle(plan)
        adders = {
            Stage.PRESCHOOL: self.add_preschooler,
            Stage.SCHOOL: self.add_pupil,
            Stage.COLLEGE: self.add_student,
            Stage.EMPLOYMENT: self.add_graduate,
        }
        for stage in plan:
            adders[stage]()


def _count(session: Session, entity: type) -> int:
    return session.scalar(select(func.count()).select_from(entity)) or 0


def fill_demo_data(session: Session, learners: int = 420, seed: int = 2026, today: date | None = None) -> dict[str, int]:
    """Fill a database without learners with demo data in ``session``'s transaction; returns its totals.

    Organisations, programmes and groups that an earlier fill left (when all its
    learners were deleted since) are reused rather than refused.  All dates are derived from ``today`` (default: the real date), which must not
    be later than the real date because the services refuse future dates.
    """
    today = today or date.today()
    if today > date.today():
        raise ValueError(f"today ({today}) must not be in the future")
    if learners < 0:
        raise ValueError(f"learners must not be negative, not {learners}")
    existing = _count(session, Person)
    if existing:
        raise DemoError(HAS_LEARNERS, learners=existing)
    filler = _DemoFiller(session, random.Random(seed), today)
    filler.add_organisations()
    filler.add_programmes()
    filler.add_groups()
    filler.add_learners(learners)
    session.flush()
    completed = session.scalar(
        select(func.count()).select_from(Enrolment).where(Enrolment.status.in_((EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED)))
    ) or 0
    return {
        "organisations": _count(session, Organisation),
        "programmes": _count(session, Programme),
        "groups": _count(session, Group),
        "learners": _count(session, Person),
        "stage_records": _count(session, StageRecord),
        "enrolments": _count(session, Enrolment),
        "results": completed,
    }


