"""Names in the case a Russian clause needs, sums in words, numbers the way each language writes them (issue 16)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cluster_desktop.figures import NBSP, format_number, format_percent, format_ratio
from cluster_desktop.grammar import Case, decline_name, initials, position_genitive, sex_of, split_name
from cluster_desktop.ids import Sex
from cluster_desktop.money import amount_with_words, amounts_in_words, number_in_words


@pytest.mark.parametrize(
    ("name", "sex", "genitive", "dative"),
    [
        ("Сейтқалиев Бауыржан Қайратұлы", Sex.MALE, "Сейтқалиева Бауыржана Қайратұлы", "Сейтқалиеву Бауыржану Қайратұлы"),
        ("Иванова Мария Петровна", Sex.FEMALE, "Ивановой Марии Петровны", "Ивановой Марии Петровне"),
        ("Нұрланова Айгүл Серікқызы", "F", "Нұрлановой Айгүл Серікқызы", "Нұрлановой Айгүл Серікқызы"),
        ("Ахметов Ерлан Болатович", "M", "Ахметова Ерлана Болатовича", "Ахметову Ерлану Болатовичу"),
        ("Омаров Дәурен Нұрланулы", "M", "Омарова Дәурена Нұрланулы", "Омарову Дәурену Нұрланулы"),
        ("Төлеуова Айгүл Маратқызы", "F", "Төлеуовой Айгүл Маратқызы", "Төлеуовой Айгүл Маратқызы"),
        ("Омаров Серік Болат ұлы", "M", "Омарова Серіка Болат ұлы", "Омарову Серіку Болат ұлы"),  # a patronymic written apart
        ("Петренко Ольга Викторовна", "F", "Петренко Ольги Викторовны", "Петренко Ольге Викторовне"),
    ],
)
def test_names_are_declined_by_the_persons_sex(name: str, sex: object, genitive: str, dative: str) -> None:
    assert decline_name(name, Case.GENITIVE, sex) == genitive
    assert decline_name(name, Case.DATIVE, sex) == dative
    assert decline_name(name, Case.NOMINATIVE, sex) == name


def test_the_sex_comes_from_the_patronymic_when_not_recorded() -> None:
    assert sex_of(None, "Қайратұлы") == "M" and sex_of("", "Серікқызы") == "F"
    assert sex_of(None, "Петренко Ольга Викторовна") == "F" and sex_of(None, "Болатович") == "M"
    assert sex_of(Sex.FEMALE, "Қайратұлы") == "F"  # what is recorded wins
    assert decline_name("Сейтқалиев Бауыржан Қайратұлы", Case.GENITIVE) == "Сейтқалиева Бауыржана Қайратұлы"
    assert decline_name("Ким Ли", Case.GENITIVE) == "Ким Ли"  # sex unknown: as written, never a wrong ending
    assert decline_name("", Case.GENITIVE, "M") == ""


def test_names_split_and_shorten() -> None:
    assert split_name("Омаров Серік Болат ұлы") == ("Омаров", "Серік", "Болат ұлы")
    assert split_name("Ким Ольга") == ("Ким", "Ольга", "")
    assert initials("Сейтқалиев Бауыржан Қайратұлы") == "Б. Қ. Сейтқалиев"
    assert initials("  Ким   Ольга ") == "О. Ким"


@pytest.mark.parametrize(
    ("position", "genitive"),
    [
        ("Директор", "директора"),
        ("Генеральный директор", "генерального директора"),
        ("Управляющий директор", "управляющего директора"),
        ("Директор филиала", "директора филиала"),
        ("Заведующая", "заведующей"),
        ("Председатель правления", "председателя правления"),
        ("Руководитель управления", "руководителя управления"),
        ("Заведующая кафедрой", "заведующей кафедрой"),
        ("Начальник участка № 3", "начальника участка № 3"),
        ("ИП", "ИП"),
    ],
)
def test_positions_in_the_genitive(position: str, genitive: str) -> None:
    assert position_genitive(position) == genitive


def test_amounts_in_words() -> None:
    assert number_in_words(120_000, "ru") == "сто двадцать тысяч"
    assert number_in_words(120_000, "kk") == "жүз жиырма мың"
    assert amount_with_words(120_000, "ru") == f"120{NBSP}000 (сто двадцать тысяч) тенге"
    assert amount_with_words(120_000, "kk") == f"120{NBSP}000 (жүз жиырма мың) теңге"
    assert amount_with_words(2_500, "ru") == "2500 (две тысячи пятьсот) тенге"
    assert amount_with_words(1, "kk") == "1 (бір) теңге"


@pytest.mark.parametrize(
    ("pay", "language", "printed"),
    [
        ("120 000 ₸", "ru", f"120{NBSP}000 (сто двадцать тысяч) тенге"),
        ("120000", "kk", f"120{NBSP}000 (жүз жиырма мың) теңге"),
        ("стипендия 60 000 ₸ в месяц", "ru", f"стипендия 60{NBSP}000 (шестьдесят тысяч) тенге в месяц"),
        ("135\u00a0000 тенге", "kk", f"135{NBSP}000 (жүз отыз бес мың) теңге"),
        ("по договорённости", "ru", "по договорённости"),
        ("1,5 ₸", "ru", "1,5 ₸"),  # not a whole sum: left as agreed
        ("99999999999999999999 ₸", "ru", "99999999999999999999 ₸"),
    ],
)
def test_every_sum_in_the_pay_gets_its_words(pay: str, language: str, printed: str) -> None:
    assert amounts_in_words(pay, language) == printed


def test_numbers_as_each_language_writes_them() -> None:
    assert format_ratio(0.81, 1, "ru") == f"81,0{NBSP}%" and format_ratio(0.755, 1, "kk") == f"75,5{NBSP}%"
    assert format_ratio(0.833) == "83.3 %" and format_ratio(None, 1, "ru") == "—" and format_ratio(float("nan")) == "—"
    assert format_number(120_000, 0, "ru") == f"120{NBSP}000" and format_number(120_000, 0, "en") == "120,000"
    assert format_number(2026, 0, "kk") == "2026"  # a four-digit number stays whole
    assert format_number(1_234_567.891, 2, "kk") == f"1{NBSP}234{NBSP}567,89"
    assert format_number(-12_345, 0, "ru") == f"-12{NBSP}345"
    assert format_percent(Decimal("75.50"), "ru") == "75,5" and format_percent(Decimal("75.5"), "en") == "75.5"
    assert format_percent(Decimal("100.00"), "kk") == "100" and format_percent(Decimal("87.456"), "ru") == "87,46"
