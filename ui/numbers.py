"""Numbers on screen as the interface language writes them: «81,0 %» and «12 345,7» in kk and ru, «81.0 %» in English.

Every page, chart and dialog that shows a percentage or a number with decimals
goes through here, so that the window never mixes a decimal point into Kazakh
or Russian.  The locale is the one :func:`ui.i18n.install_language` set as
Qt's default.  A missing figure (nothing to divide by) reads «—».  Counts
are not formatted here: a count belongs in a ``%n`` plural text.
"""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import QLocale

NONE = "—"
NBSP = "\u00a0"


def _missing(value: float | Decimal | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def percent_sign() -> str:
    """« %» in English, «\u00a0%» (kept on the number's line) in Kazakh and Russian."""
    english = QLocale().language() == QLocale.Language.English
    return (" " if english else NBSP) + "%"


def decimal_number(value: float | Decimal | None, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals and grouped thousands: «12 345,7»; «—» when there is none."""
    if value is None or _missing(value):
        return NONE
    return QLocale().toString(float(value), "f", digits)


def ratio(value: float | None, digits: int = 1) -> str:
    """A ratio (0.81) as a percentage: «81,0 %»; «—» when there is nothing to divide by."""
    if value is None or _missing(value):
        return NONE
    return decimal_number(value * 100, digits) + percent_sign()


def percent_value(value: Decimal | float | None, digits: int = 2) -> str:
    """A figure already in percent (a result of 87.5) without the sign: «87,5», «90» — trailing zeros dropped."""
    if value is None or _missing(value):
        return ""
    exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-digits)).normalize()
    exponent = exact.as_tuple().exponent
    shown = max(0, -exponent) if isinstance(exponent, int) else 0
    return QLocale().toString(float(abs(exact)) if exact == 0 else float(exact), "f", shown)  # never «-0»


def percent(value: Decimal | float | None, digits: int = 2) -> str:
    """A figure already in percent with its sign: «87,5 %»; «—» when there is none."""
    if value is None or _missing(value):
        return NONE
    return percent_value(value, digits) + percent_sign()
