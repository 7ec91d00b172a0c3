"""Search and sort keys for names written in Kazakh, Russian or Latin letters.

SQLite folds only ASCII case and sorts by code point, which puts Ә after Я and
cannot find «қасым» in «Қасымов».  Both keys are therefore computed in Python on
write and stored in indexed columns, so that search and sort behave the same on
SQLite and PostgreSQL and cost an index look-up.
"""

from __future__ import annotations

import string
import unicodedata

KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_LATIN = string.ascii_lowercase
_DIGITS = string.digits
_KEY_SYMBOLS = string.digits + string.ascii_uppercase  # 36 symbols, two per letter
SEPARATOR = "00"


def _encode(index: int) -> str:
    return _KEY_SYMBOLS[index // 36] + _KEY_SYMBOLS[index % 36]


def _build_table() -> dict[str, str]:
    table: dict[str, str] = {}
    position = 1  # 0 is the separator between name parts
    for ch in _DIGITS + KAZAKH_ALPHABET + _LATIN:
        table[ch] = _encode(position)
        position += 1
    return table


_TABLE = _build_table()
_UNKNOWN = _encode(36 * 36 - 1)


def search_fold(text: str | None) -> str:
    """Case-fold ``text`` for substring search: «Қасымов Ёрмек» → «қасымов ермек».

    Ё is searched as Е because people type one for the other; runs of white
    space (including non-breaking) become one space.
    """
    if not text:
        return ""
    folded = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    return " ".join(folded.split())


def word_sort_key(word: str) -> str:
    parts = []
    for ch in unicodedata.normalize("NFC", word).lower().replace("ё", "е"):
        if ch in _TABLE:
            parts.append(_TABLE[ch])
        elif ch.isspace() or ch in "-'’.":
            continue
        else:
            parts.append(_UNKNOWN)
    return "".join(parts)


def kazakh_sort_key(*parts: str | None) -> str:
    """An ASCII key whose byte order is Kazakh alphabetical order of the parts.

    Ё sorts as Е, as in Russian dictionaries (and so «Ёл» finds «Ёлкин» by prefix).
    Each letter becomes two symbols from ``0-9A-Z``; parts are joined with a
    separator that sorts before every letter, so «Ана» comes before «Анар».
    ASCII keeps the order identical under SQLite's BINARY and PostgreSQL's "C"
    collation.
    """
    return SEPARATOR.join(word_sort_key(p or "") for p in parts)
