"""Made-up learners for the demo data: Kazakh and Russian names, parents, contacts and valid IINs.

The names, streets and other parts come from ``resources/demo`` (see
``demo_data``); every person passes the rules of the learner service.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from . import ids
from .dates import add_years
from .demo_data import (
    KAZAKH_FATHER_NAMES,
    KAZAKH_FEMALE_NAMES,
    KAZAKH_MALE_NAMES,
    KAZAKH_SURNAMES,
    MAIL_DOMAINS,
    MOBILE_CODES,
    RELATIONS,
    RUSSIAN_FEMALE_NAMES,
    RUSSIAN_MALE_NAMES,
    RUSSIAN_PATRONYMICS,
    RUSSIAN_SURNAMES,
    STREETS,
    VILLAGES,
)
from .ids import Sex
from .models import ConsentGiver, Stage
from .services.learners import ADULT_AGE, LearnerInput, age_on

_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
        ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sh", "-", "y", "-", "e", "yu", "ya", "a", "g", "k", "n", "o", "u", "u", "h", "i"],
        strict=True,
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
    """The feminine form of a masculine surname."""
    if surname.endswith(("ов", "ев", "ин", "ын")):
        return surname + "а"
    if surname.endswith("ский"):
        return surname[:-2] + "ая"
    return surname


def _kazakh_patronymic(father: str, sex: Sex, russian_style: bool) -> str:
    """The patronymic from the father's name: «Серікович/-овна» if ``russian_style``, else «Серікұлы/-қызы»."""
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
        patronymic: str | None = RUSSIAN_PATRONYMICS[father][0 if male else 1]
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
        patronymic = _kazakh_patronymic(father, sex, russian_style=True)
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
    """A Khromtau town or village address, written in Kazakh or in Russian."""
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
    """Latin letters for an e-mail address."""
    return "".join(_TRANSLIT.get(ch, ch) for ch in text.lower() if ch.isalpha() or ch == "-").replace("-", "")


def random_date(rng: random.Random, earliest: date, latest: date) -> date:
    """A day from ``earliest`` to ``latest`` inclusive (``earliest`` if the range is empty)."""
    if latest <= earliest:
        return earliest
    return earliest + timedelta(days=rng.randint(0, (latest - earliest).days))


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
    set to every call to get distinct IINs.  Minors (and adults who were minors
    on ``consent_date``) come with a legal representative, who gave the consent
    of a minor; adults consented themselves.
    """
    sex = sex or (Sex.MALE if rng.random() < 0.5 else Sex.FEMALE)
    if birth_date is None:
        youngest, oldest = AGE_RANGES[stage]
        birth_date = random_date(rng, add_years(today, -oldest - 1) + timedelta(days=1), add_years(today, -youngest))
    name = _random_name(rng, sex)
    if consent_date is None:
        consent_date = random_date(rng, max(birth_date, today - timedelta(days=3 * 365)), today)
    minor = age_on(birth_date, consent_date) < ADULT_AGE
    representative = relation = representative_phone = None
    if age_on(birth_date, today) < ADULT_AGE:
        representative, relation = _representative(rng, name)
        representative_phone = random_phone(rng)
    elif minor:  # an adult registered as a minor: their own generator, so the rest of the demo draws as before
        side = random.Random(f"representative {name.surname} {name.given_name} {birth_date.isoformat()}")
        representative, relation = _representative(side, name)
        representative_phone = random_phone(side)
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
