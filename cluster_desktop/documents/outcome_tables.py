"""What the outcome report holds: its KPIs and tables, figures and words ready to lay out.

:func:`cluster_desktop.services.outcome_report.build_outcome_report` fills an
:class:`OutcomeReport`; :mod:`.outcome_report` prints it as PDF and the service
writes it as XLSX, one sheet per table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..dates import numeric_date
from ..figures import NONE, format_number, format_ratio
from ..languages import printed_name
from ..periods import Period


@dataclass(frozen=True)
class Percent:
    """A ratio in a table cell: «66,7 %» in the PDF, a percentage-formatted number in XLSX, «—» when None."""

    value: float | None

    def __str__(self) -> str:
        return format_ratio(self.value)


@dataclass(frozen=True)
class Share:
    """«8 / 10 (80,0 %)»: how many of how many; in XLSX the share as a percentage, the two counts beside it."""

    count: int
    total: int

    @property
    def value(self) -> float | None:
        return self.count / self.total if self.total else None

    def __str__(self) -> str:
        return f"{self.count} / {self.total} ({format_ratio(self.value)})"


def cell_text(value: Any, language: str) -> str:
    """A table cell as the report prints it in ``language``: «81,0 %», «12 345», «05.01.2026», «—»."""
    if value is None:
        return NONE
    if isinstance(value, Percent):
        return format_ratio(value.value, 1, language)
    if isinstance(value, Share):
        return f"{format_number(value.count, 0, language)} / {format_number(value.total, 0, language)} ({format_ratio(value.value, 1, language)})"
    if isinstance(value, date):
        return numeric_date(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return format_number(value, 0 if isinstance(value, int) else 1, language)
    return printed_name(str(value), language)


@dataclass(frozen=True)
class ReportTable:
    key: str
    title: str
    sheet: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    empty_text: str = ""


@dataclass
class OutcomeReport:
    language: str
    period: Period
    title: str
    subtitle: str
    college: str
    printed_on: date
    kpis: list[tuple[str, Share | int | None]] = field(default_factory=list)  # None: no figure («—»)
    tables: list[ReportTable] = field(default_factory=list)
    definitions_title: str = ""
    definitions: list[str] = field(default_factory=list)
    texts: dict[str, Any] = field(default_factory=dict)
    director: str = ""  # who approves it: the college's director as named in the report's language
