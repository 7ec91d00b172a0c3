"""The languages the program speaks and writes, named once, and the texts kept in each.

The window, certificates and programmes come in Kazakh, Russian and English;
papers that go to the state or a partner (agreements, outcome reports) in the
two official languages of Kazakhstan.

A free text that appears on a document or in a list (a programme's
qualification, an agreement's subject, an address…) is kept once per
language, as columns ``x_kk``, ``x_ru`` (and ``x_en`` where an English
document prints it).  :func:`value_in` picks the one a document prints;
:func:`shown_in` the one a screen shows, falling back to another language's
value and saying which.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeVar

LANGUAGES = ("kk", "ru", "en")
OFFICIAL_LANGUAGES = ("kk", "ru")

# Where a screen looks when a text is missing in its own language.
FALLBACK = {"kk": ("kk", "ru", "en"), "ru": ("ru", "kk", "en"), "en": ("en", "ru", "kk")}

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_SEPARATOR = re.compile(r"\s+/\s+|\s*\|\s*")

T = TypeVar("T")

# The name an anonymised person keeps (services.anonymisation): both official languages, so screens and
# searches in either find it; a document prints only its own language's word (:func:`printed_name`).
ANONYMISED_NAME = "Анонимделген / Обезличен"
ANONYMISED_WORDS = {"kk": "Анонимделген", "ru": "Обезличен", "en": "Anonymised"}


def printed_name(text: str, language: str) -> str:
    """``text`` as a document in ``language`` prints it: an anonymised person's two-language name in that language only."""
    return text.replace(ANONYMISED_NAME, ANONYMISED_WORDS[language]) if ANONYMISED_NAME in text else text


def in_language(language: str, kazakh: T, russian: T) -> T:
    """The Kazakh of a name kept in both official languages for ``language`` «kk», else the Russian (English screens show it too)."""
    return kazakh if language == "kk" else russian


def value_in(record: object, field: str, language: str) -> str:
    """``record``'s ``field`` as kept in ``language`` (its attribute ``field_language``), '' when it has none.

    Never another language's value: a document prints this or stops and names the field.
    A mapping is read by key (``{"topic_kk": …}``).
    """
    key = f"{field}_{language}"
    value = record.get(key) if isinstance(record, Mapping) else getattr(record, key, None)
    return value.strip() if isinstance(value, str) else ""


def shown_in(record: object, field: str, language: str) -> tuple[str, str]:
    """What a screen in ``language`` shows for ``field``: its own value, or another language's, and which language that is.

    ('', language) when the record has the text in no language.
    """
    for candidate in FALLBACK.get(language, LANGUAGES):
        value = value_in(record, field, candidate)
        if value:
            return value, candidate
    return "", language


def detect_language(text: str) -> str | None:
    """The language a value is written in, judged by its letters: Kazakh-specific letters → kk, other Cyrillic → ru, Latin → en."""
    if any(ch in KAZAKH_LETTERS for ch in text):
        return "kk"
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if cyrillic == 0 and latin == 0:
        return None
    return "ru" if cyrillic >= latin else "en"


def split_by_language(text: str | None) -> dict[str, str]:
    """A combined value («Кен шебері / Горный мастер») split into its languages; a part whose language is unclear is left out.

    A single Cyrillic value without Kazakh letters counts as Russian: it may be Kazakh too, but
    guessing so would print Russian on a Kazakh document.
    """
    parts = [part.strip() for part in _SEPARATOR.split(text or "") if part.strip()]
    found: dict[str, str] = {}
    for part in parts:
        language = detect_language(part)
        if language is not None and language not in found:
            found[language] = part
    return found


def written_in(text: str | None, language: str) -> str | None:
    """A free text as ``language`` shows it: the matching part of a value written in several («әкесі / отец» → «отец»
    in ru), else the value as written (one language, or none found for ``language``)."""
    parts = split_by_language(text)
    return parts.get(language, text) if len(parts) > 1 else text


# The Kazakhstan passport's Latin spelling of Kazakh and Russian Cyrillic (ICAO Doc 9303 with the local letters).
_LATIN = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o",
    "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh",
    "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "і": "i", "ь": "",
    "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip


def transliterate(text: str) -> str:
    """``text`` with Kazakh and Russian Cyrillic spelled in Latin letters as a Kazakhstan passport spells a name.

    «Әлібеков Нұрлан» → «Alibekov Nurlan»; «Щукин Юрий» → «Shchukin Iurii». Other characters are kept.
    """
    out: list[str] = []
    for index, ch in enumerate(text):
        latin = _LATIN.get(ch.lower())
        if latin is None:
            out.append(ch)
        elif ch.isupper() and latin:
            following = text[index + 1 : index + 2]
            whole_word_upper = following.isupper() or (not following.isalpha() and text[index - 1 : index].isupper())
            out.append(latin.upper() if whole_word_upper else latin.capitalize())
        else:
            out.append(latin)
    return "".join(out)
