"""How a figure prints in the reports, documents and spreadsheets: «83,3 %», «120 000», or «—» where there is none.

Kazakh and Russian write a decimal comma and group thousands with a
non-breaking space («81,0 %», «120 000»; a four-digit number such as a year
or «2500» stays whole, as their typography has it); English a decimal point
and a comma («81.0 %», «120,000»).  A number and its «%» are kept on one line by a
non-breaking space in kk and ru.  (The window formats through QLocale.)

A ratio is ``None`` when there is nothing to divide by (no graduates, no
request), so an empty year shows «—», never «nan» or a crash.
"""

from __future__ import annotations

import math
from decimal import Decimal

NBSP = "\u00a0"
NONE = "—"
_SEPARATORS = {"kk": (",", NBSP), "ru": (",", NBSP), "en": (".", ",")}  # (decimal, thousands)


def _missing(value: float | Decimal | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def format_number(value: float | Decimal | None, digits: int = 0, language: str = "en") -> str:
    """``value`` with ``digits`` decimals and thousands grouped as ``language`` writes them; «—» when none."""
    if value is None or _missing(value):
        return NONE
    decimal, thousands = _SEPARATORS.get(language, _SEPARATORS["en"])
    grouped = language not in ("kk", "ru") or abs(float(value)) >= 10_000
    text = f"{value:,.{digits}f}" if grouped else f"{value:.{digits}f}"  # «120,000.5»: the language's separators next
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def format_ratio(value: float | None, digits: int = 1, language: str = "en") -> str:
    """A ratio as a percentage: «83,3 %» (kk, ru), «83.3 %» (en), «—» when there is no ratio."""
    if value is None or _missing(value):
        return NONE
    space = " " if language == "en" else NBSP
    return f"{format_number(value * 100, digits, language)}{space}%"


def format_percent(value: float | Decimal | None, language: str, digits: int = 2) -> str:
    """A percentage already in percent (a result of 75.5): «75,5» — up to ``digits`` decimals, trailing zeros dropped."""
    if value is None or _missing(value):
        return NONE
    quantum = Decimal(1).scaleb(-digits)
    text = f"{Decimal(str(value)).quantize(quantum).normalize():f}"
    whole, _, fraction = text.partition(".")
    grouped = format_number(int(whole), 0, language) if whole.lstrip("-") else whole
    if whole.startswith("-") and grouped == "0":  # «-0.5»: int() loses the sign
        grouped = "-0"
    return grouped + (_SEPARATORS.get(language, _SEPARATORS["en"])[0] + fraction if fraction else "")
