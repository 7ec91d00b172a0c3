"""The columns a learner list may have, the names they go by, and matching a file's headers to them.

Headers are compared after folding case, ``ё`` to ``е``, dropping punctuation
and anything in brackets, so «Ф.И.О.», «ИИН (12 цифр)» and «Туған күні:» match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import QT_TRANSLATE_NOOP
from ..ids import Sex
from ..models import ConsentGiver, ConsentPurpose
from . import learners as L

L_FULL_NAME = QT_TRANSLATE_NOOP("Errors", "Full name (surname, given name, patronymic)")
L_SCHOOL_GRADE = QT_TRANSLATE_NOOP("Errors", "Class (grade)")
L_GROUP = QT_TRANSLATE_NOOP("Errors", "Group")
L_EMAIL = QT_TRANSLATE_NOOP("Errors", "E-mail")
L_PHONE = QT_TRANSLATE_NOOP("Errors", "Phone")
L_CONSENT_TERM = QT_TRANSLATE_NOOP("Errors", "Term of the consent")


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str  # an Errors template: the window translates it
    synonyms: tuple[str, ...]


FIELDS: tuple[ImportField, ...] = (
    ImportField("iin", L.L_IIN, ("иин", "жсн", "iin", "иин учащегося", "индивидуальный идентификационный номер",
                                 "жеке сәйкестендіру нөмірі", "иин обучающегося", "білім алушының жсн")),
    ImportField("full_name", L_FULL_NAME, ("фио", "фио учащегося", "фамилия имя отчество", "аты жөні", "аты-жөні",
                                           "тегі аты әкесінің аты", "оқушының аты жөні", "full name", "name")),
    ImportField("surname", L.L_SURNAME, ("фамилия", "тегі", "тек", "surname", "last name", "family name")),
    ImportField("given_name", L.L_GIVEN_NAME, ("имя", "аты", "есімі", "given name", "first name")),
    ImportField("patronymic", L.L_PATRONYMIC, ("отчество", "әкесінің аты", "әкесінің есімі", "patronymic", "middle name")),
    ImportField("latin_name", L.L_LATIN_NAME, ("фио латиницей", "фио на латинице", "латын әріптерімен", "латынша аты жөні",
                                              "latin name", "name in latin", "name in latin letters")),
    ImportField("birth_date", L.L_BIRTH_DATE, ("дата рождения", "туған күні", "туған күні айы жылы", "туған жылы",
                                               "birth date", "date of birth", "д р", "др")),
    ImportField("sex", L.L_SEX, ("пол", "жынысы", "жыныс", "sex", "gender")),
    ImportField("school_grade", L_SCHOOL_GRADE, ("класс", "сынып", "сыныбы", "grade", "class", "school grade")),
    ImportField("group", L_GROUP, ("группа", "топ", "тобы", "топ атауы", "group", "cohort")),
    ImportField("phone", L_PHONE, ("телефон", "тел", "ұялы телефон", "байланыс телефоны", "phone", "mobile")),
    ImportField("email", L_EMAIL, ("email", "e mail", "электронная почта", "электрондық пошта", "почта")),
    ImportField("address", L.L_ADDRESS, ("адрес", "мекенжай", "мекенжайы", "адрес проживания", "address")),
    ImportField("representative_name", L.L_REPRESENTATIVE, (
        "законный представитель", "фио родителя", "родитель", "заңды өкіл", "заңды өкілі", "ата анасы",
        "ата анасының аты жөні", "legal representative", "parent", "representative")),
    ImportField("representative_relation", L.L_RELATION, ("степень родства", "кем приходится", "туыстық дәрежесі",
                                                          "туыстығы", "relation", "relationship")),
    ImportField("representative_phone", L.L_REPRESENTATIVE_PHONE, (
        "телефон родителя", "телефон представителя", "ата анасының телефоны", "өкілдің телефоны",
        "representative s phone", "representative phone", "parent phone")),
    ImportField("consent_given_by", L.L_CONSENT_BY, ("согласие дал", "согласие", "келісім берген", "келісім",
                                                     "consent given by", "consent by")),
    ImportField("consent_date", L.L_CONSENT_DATE, ("дата согласия", "келісім күні", "келісім берілген күні", "consent date")),
    ImportField("consent_form_number", L.L_CONSENT_FORM_NUMBER, (
        "номер согласия", "номер бланка согласия", "келісім нөмірі", "келісім бланкісінің нөмірі", "consent form number",
        "consent number")),
    ImportField("consent_purposes", L.L_CONSENT_PURPOSES, (
        "цели согласия", "цели обработки", "согласие на", "келісім мақсаттары", "өңдеу мақсаттары", "consent purposes",
        "purposes")),
    ImportField("consent_term", L_CONSENT_TERM, ("срок согласия", "согласие до", "келісім мерзімі", "келісім қашанға дейін",
                                                 "consent term", "consent valid until")),
    ImportField("notes", L.L_NOTES, ("примечание", "примечания", "ескерту", "ескертпе", "notes", "note", "comment")),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}
NAME_PARTS = ("surname", "given_name", "patronymic")

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_WORD = re.compile(r"[^\w]+")


def normalise_header(text: str) -> str:
    text = _BRACKETS.sub(" ", text.casefold().replace("ё", "е").replace("’", " ").replace("'", " "))
    return " ".join(_NOT_WORD.sub(" ", text).replace("_", " ").split())


_BY_SYNONYM = {normalise_header(s): f.key for f in FIELDS for s in (*f.synonyms, f.label)}


def field_for_header(text: str) -> str | None:
    return _BY_SYNONYM.get(normalise_header(text)) if text else None


def looks_like_header(text: str) -> bool:
    return field_for_header(text) is not None


def match_columns(headers: list[str]) -> dict[int, str]:
    """Column index → field key for the headers recognised; each field goes to its first column."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = field_for_header(header)
        if key is not None and key not in mapping.values():
            mapping[index] = key
    return mapping


_SEX_WORDS = {
    Sex.MALE: ("m", "м", "муж", "мужской", "мужчина", "ер", "ер бала", "ұл", "ұл бала", "male", "man", "boy", "1"),
    Sex.FEMALE: ("f", "ж", "жен", "женский", "женщина", "әйел", "қыз", "қыз бала", "female", "woman", "girl", "2"),
}
_SEX_BY_WORD = {normalise_header(w): sex for sex, words in _SEX_WORDS.items() for w in words}
_CONSENT_WORDS = {
    ConsentGiver.SELF: ("сам", "сама", "лично", "учащийся", "өзі", "білім алушы", "self", "learner", "student"),
    ConsentGiver.REPRESENTATIVE: ("законный представитель", "представитель", "родитель", "мать", "отец", "заңды өкіл",
                                  "өкіл", "ата ана", "анасы", "әкесі", "representative", "parent", "guardian"),
}
_CONSENT_BY_WORD = {normalise_header(w): g for g, words in _CONSENT_WORDS.items() for w in words}


_PURPOSE_WORDS = {
    ConsentPurpose.EDUCATION: (
        "education", "education records", "білім беру", "білім", "оқу", "оқу жазбалары", "білім беру жазбалары",
        "обучение", "образование", "учебные записи", "образовательные записи", "учеба"),
    ConsentPurpose.JOURNEY: (
        "journey", "cluster journey", "the cluster journey across stages", "кластер", "кластер бойынша жол",
        "кластердегі жол", "сатылар", "сатылар бойынша жол", "путь в кластере", "путь по кластеру", "этапы",
        "переход между этапами", "кластер этапы"),
    ConsentPurpose.PARTNERS: (
        "partners", "transfer to partners", "transfer to partner enterprises", "серіктестер", "серіктестерге беру",
        "серіктес кәсіпорындарға беру", "жұмыс берушілерге беру", "партнеры", "партнерам", "передача партнерам",
        "передача предприятиям партнерам", "передача работодателям"),
    ConsentPurpose.ABROAD: (
        "abroad", "transfer abroad", "transfer abroad to partner universities", "шетел", "шетелге", "шетелге беру",
        "шетелдік университеттерге беру", "за рубеж", "за границу", "передача за рубеж", "передача за границу",
        "трансграничная передача"),
    ConsentPurpose.PUBLICITY: (
        "publicity", "photos", "photos and publicity", "фото", "суреттер", "суреттер және жариялау", "фото және жариялау",
        "жариялау", "фото и публикации", "публикации", "фотографии", "фото и публикация"),
}
_PURPOSE_BY_WORD = {normalise_header(w): p for p, words in _PURPOSE_WORDS.items() for w in (*words, p.value)}
_PURPOSE_SEPARATORS = re.compile(r"[,;\n]+")
_YEARS = re.compile(r"^\D*?(\d{1,3})\D*$")
_YEAR_WORDS = ("year", "лет", "год", "жыл")


def parse_purposes(text: str) -> tuple[list[ConsentPurpose], list[str]]:
    """The purposes a cell lists (kk, ru or en words, or the codes), and the words that name none."""
    purposes: list[ConsentPurpose] = []
    unknown: list[str] = []
    for part in _PURPOSE_SEPARATORS.split(text):
        word = part.strip()
        if not normalise_header(word):
            continue
        purpose = _PURPOSE_BY_WORD.get(normalise_header(word))
        if purpose is None:
            unknown.append(word)
        elif purpose not in purposes:
            purposes.append(purpose)
    return purposes, unknown


def parse_years_after_studies(text: str) -> int | None:
    """«5», «5 years after studies», «5 лет после обучения», «оқудан кейін 5 жыл» → 5; anything else → None."""
    folded = normalise_header(text)
    match = _YEARS.match(folded)
    if match is None:
        return None
    if not folded.isdigit() and not any(word in folded for word in _YEAR_WORDS):
        return None
    return int(match.group(1))


def parse_sex(text: str) -> Sex | None:
    return _SEX_BY_WORD.get(normalise_header(text))


def parse_consent_giver(text: str) -> ConsentGiver | None:
    return _CONSENT_BY_WORD.get(normalise_header(text))


def split_full_name(text: str) -> tuple[str, str | None, str | None]:
    """«Сейітова Әсем Қанатқызы» → surname, given name, the rest as patronymic."""
    parts = text.split()
    if not parts:
        return "", None, None
    return parts[0], (parts[1] if len(parts) > 1 else None), (" ".join(parts[2:]) or None)
