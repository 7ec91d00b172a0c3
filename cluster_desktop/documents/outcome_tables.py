"""What the outcome report holds: its KPIs and tables, figures and words ready to lay out.

:func:`cluster_desktop.services.outcome_report.build_outcome_report` fills an
:class:`OutcomeReport`; :mod:`.outcome_report` prints it as PDF and the service
writes it as XLSX, one sheet per table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..figures import format_ratio
from ..periods import Period


@dataclass(frozen=True)
class Percent:
    """A ratio in a table cell: «66.7 %» in the PDF, a percentage-formatted number in XLSX, «—» when None."""

    value: float | None

    def __str__(self) -> str:
        return format_ratio(self.value)


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
    kpis: list[tuple[str, str]] = field(default_factory=list)
    tables: list[ReportTable] = field(default_factory=list)
    definitions_title: str = ""
    definitions: list[str] = field(default_factory=list)
    texts: dict[str, Any] = field(default_factory=dict)
