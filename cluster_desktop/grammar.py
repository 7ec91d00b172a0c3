"""Russian grammar a contract needs: names and positions in the case a clause asks for, and a person's sex.

«в лице директора Сейтқалиева Бауыржана Қайратұлы, действующего…»: the name
is declined by the rules for the person's sex (pytrovich, a port of the
petrovich rules, which decline Kazakh surnames in -ов/-ев/-ин and first names
as Russian grammar does), and a Kazakh patronymic (-ұлы, -қызы, -улы, -кызы,
also written apart: «Болат ұлы») is never declined.  A name whose sex is
unknown and cannot be told from its patronymic is left as written: a wrong
ending is worse than none.

Kazakh documents do not decline names; their own forms («атынан») are in the
texts, and so are the words agreeing with a person's sex («именуемый» /
«именуемая»: resources/documents/agreements/common).
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pytrovich.maker import PetrovichDeclinationMaker


class Case(str, Enum):
    NOMINATIVE = "nom"
    GENITIVE = "gen"
    DATIVE = "dat"
    INSTRUMENTAL = "ins"


MALE, FEMALE = "M", "F"
_KAZAKH_PATRONYMIC = re.compile(r"(ұлы|улы|қызы|кызы|оглы|кизи)$", re.IGNORECASE)
_SEPARATE_PATRONYMIC = {"ұлы", "улы", "қызы", "кызы", "оглы", "кизи"}
_FEMALE_ENDINGS = ("вна", "чна", "шна", "қызы", "кызы", "кизи")
_MALE_ENDINGS = ("вич", "ич", "ұлы", "улы", "оглы")


def sex_of(sex: object, patronymic: str | None = None) -> str:
    """«M», «F» or '' (unknown): the sex as recorded (an ``ids.Sex`` or its letter), else as the patronymic tells.

    ``patronymic`` may be a whole name that ends in one («Петренко Ольга Викторовна»).
    """
    value = getattr(sex, "value", sex)
    if value in (MALE, FEMALE):
        return str(value)
    ending = (patronymic or "").strip().lower()
    if ending.endswith(_FEMALE_ENDINGS):
        return FEMALE
    if ending.endswith(_MALE_ENDINGS):
        return MALE
    return ""


def split_name(full_name: str) -> tuple[str, str, str]:
    """(surname, first name, patronymic) of a name written «Surname First Patronymic»; a patronymic written apart joins."""
    words = full_name.split()
    if len(words) >= 4 and words[-1].lower() in _SEPARATE_PATRONYMIC:
        words = [*words[:-2], f"{words[-2]} {words[-1]}"]
    surname = words[0] if words else ""
    first = words[1] if len(words) > 1 else ""
    patronymic = " ".join(words[2:])
    return surname, first, patronymic


def initials(full_name: str) -> str:
    """«Б. Қ. Сейтқалиев» for «Сейтқалиев Бауыржан Қайратұлы»: how a name stands beside a signature."""
    surname, first, patronymic = split_name(" ".join(full_name.split()))
    letters = " ".join(f"{part[0]}." for part in (first, patronymic) if part)
    return f"{letters} {surname}".strip()


@lru_cache(maxsize=1)
def _maker() -> PetrovichDeclinationMaker:
    from pytrovich.maker import PetrovichDeclinationMaker

    return PetrovichDeclinationMaker()


def decline_name(full_name: str, case: Case, sex: object = None) -> str:
    """``full_name`` («Surname First Patronymic») in ``case``; as written when the sex is not known."""
    full_name = " ".join(full_name.split())
    surname, first, patronymic = split_name(full_name)
    gender = sex_of(sex, patronymic)
    if case is Case.NOMINATIVE or not gender or not surname:
        return full_name
    from pytrovich.enums import Case as PCase
    from pytrovich.enums import Gender, NamePart

    pcase = {Case.GENITIVE: PCase.GENITIVE, Case.DATIVE: PCase.DATIVE, Case.INSTRUMENTAL: PCase.INSTRUMENTAL}[case]
    pgender = Gender.MALE if gender == MALE else Gender.FEMALE
    maker = _maker()

    def make(part: NamePart, word: str) -> str:
        if not word:
            return ""
        try:
            return str(maker.make(part, pgender, pcase, word))
        except Exception:  # noqa: BLE001 — a word the rules cannot read is printed as written
            return word

    words = [make(NamePart.LASTNAME, surname), make(NamePart.FIRSTNAME, first)]
    if patronymic:
        kazakh = _KAZAKH_PATRONYMIC.search(patronymic) is not None
        words.append(patronymic if kazakh else make(NamePart.MIDDLENAME, patronymic))
    return " ".join(w for w in words if w)


_ADJECTIVE_GENITIVE = (
    ("ший", "шего"),
    ("щий", "щего"),
    ("жий", "жего"),
    ("чий", "чего"),
    ("ый", "ого"),
    ("ий", "его"),
    ("шая", "шей"),
    ("щая", "щей"),
    ("жая", "жей"),
    ("чая", "чей"),
    ("ая", "ой"),
    ("яя", "ей"),
)
_OBLIQUE = ("ой", "ей", "ом", "ем", "ами", "ями")  # «кафедрой», «производством»: already in their case


def _noun_genitive(word: str) -> str:
    """A masculine or feminine head noun of a position in the genitive («директор» → «директора», «ь» → «я»)."""
    lower = word.lower()
    if lower.endswith("а"):
        return word[:-1] + ("и" if lower[-2:-1] in ("г", "к", "х", "ж", "ш", "ч", "щ") else "ы")
    if lower.endswith("я"):
        return word[:-1] + "и"
    if lower.endswith(("ь", "й")):
        return word[:-1] + "я"
    if lower[-1:] and lower[-1] in "бвгджзклмнпрстфхцчшщ":
        return word + "а"
    return word


def position_genitive(position: str) -> str:
    """A position in the genitive for «в лице …»: «Генеральный директор» → «генерального директора».

    Adjectives before the head noun and the head noun itself are declined; what follows it
    («директор филиала», «начальник участка № 3») already is in its case.  The first letter
    is lowered unless the word is an abbreviation.
    """
    words = position.split()
    out: list[str] = []
    for index, word in enumerate(words):
        lower = word.lower()
        if word.isupper() or lower.endswith(_OBLIQUE) or not lower.isalpha():
            out.extend(words[index:])  # an abbreviation, a word in another case, a number: the rest stays
            break
        adjective = next(((old, new) for old, new in _ADJECTIVE_GENITIVE if lower.endswith(old) and len(lower) > 3), None)
        if adjective is not None:
            out.append(word[: -len(adjective[0])] + adjective[1])
            continue
        out.append(_noun_genitive(word))
        out.extend(words[index + 1 :])
        break
    if out and not out[0].isupper():
        out[0] = out[0][:1].lower() + out[0][1:]
    return " ".join(out)
