"""How a figure prints in the window, the reports and the spreadsheets: «83.3 %», «12», or «—» where there is none.

A ratio is ``None`` when there is nothing to divide by (no graduates, no
request), so an empty year shows «—», never «nan» or a crash.
"""

from __future__ import annotations

import math


def format_ratio(value: float | None, digits: int = 1) -> str:
    """«83.3 %», or «—» when there is no ratio."""
    if value is None or math.isnan(value):  # None, or a NaN from elsewhere
        return "—"
    return f"{value * 100:.{digits}f} %"


def format_number(value: float | None, digits: int = 0) -> str:
    if value is None or math.isnan(value):
        return "—"
    return f"{value:.{digits}f}"
