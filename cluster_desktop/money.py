"""Sums of money as contracts write them: «120 000 (сто двадцать тысяч) тенге», «120 000 (жүз жиырма мың) теңге».

An agreement keeps its pay as the words agreed («120 000 ₸», «стипендия
60 000 ₸ в месяц»); :func:`amounts_in_words` rewrites every sum in tenge in
such a text in figures and in words, in the document's language, and leaves
the rest as written.  Words come from num2words (Russian «ru», Kazakh «kz»).
"""

from __future__ import annotations

import re

from .figures import format_number

CURRENCY = {"kk": "теңге", "ru": "тенге", "en": "tenge"}
_NUM2WORDS_LANGUAGE = {"kk": "kz", "ru": "ru", "en": "en"}
# A sum: digits grouped by spaces (any kind) or not, then a tenge sign or word; or a bare number filling the whole text.
_SPACE = "[ \u00a0\u202f\u2009]"
_SUM = re.compile(
    rf"(?<![\d,.])(\d{{1,3}}(?:{_SPACE}\d{{3}})+|\d+)(?![\d,.]\d)(?:{_SPACE}*(₸|тг\.?|тенге|теңге|tenge|KZT)(?!\w))", re.IGNORECASE
)
_BARE = re.compile(rf"^\s*(\d{{1,3}}(?:{_SPACE}\d{{3}})+|\d+)\s*$")
LARGEST = 10**15  # beyond any pay; num2words would still spell it, a contract would not


def number_in_words(value: int, language: str) -> str:
    """«сто двадцать тысяч», «жүз жиырма мың»: a whole number in words in ``language``."""
    from num2words import num2words

    return str(num2words(value, lang=_NUM2WORDS_LANGUAGE[language]))


def amount_with_words(value: int, language: str) -> str:
    """«120 000 (сто двадцать тысяч) тенге»."""
    return f"{format_number(value, 0, language)} ({number_in_words(value, language)}) {CURRENCY[language]}"


def amounts_in_words(text: str, language: str) -> str:
    """``text`` with each sum in tenge (or the whole text, when it is only a number) in figures and in words."""
    bare = _BARE.match(text)
    if bare:
        value = _value(bare.group(1))
        return amount_with_words(value, language) if value is not None else text

    def replace(match: re.Match[str]) -> str:
        value = _value(match.group(1))
        return amount_with_words(value, language) if value is not None else match.group(0)

    return _SUM.sub(replace, text)


def _value(digits: str) -> int | None:
    value = int(re.sub(r"\D", "", digits))
    return value if value < LARGEST else None
