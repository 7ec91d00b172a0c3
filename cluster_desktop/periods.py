"""Calendar quarters and report periods: the one place that knows which months make a quarter.

A quarter prints as «2026-Q4» wherever it is shown or stored (backup file
names, the backup log, the reminder); a report period is a whole year or one
of its quarters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Quarter:
    year: int
    number: int  # 1..4

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    def __str__(self) -> str:
        return f"{self.year}-Q{self.number}"

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * (self.number - 1) + 1, 1)

    @property
    def last_day(self) -> date:
        return self.next.first_day - timedelta(days=1)

    @property
    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)

    def sort_key(self) -> int:
        return self.year * 4 + self.number


@dataclass(frozen=True)
class Period:
    """What a report or the dashboard covers: a year, or one of its quarters."""

    year: int
    quarter: int | None = None  # 1–4; None: the whole year

    def __str__(self) -> str:
        """«2026» or «2026-Q1», as in file names."""
        return str(self.year) if self.quarter is None else str(Quarter(self.year, self.quarter))

    @property
    def start(self) -> date:
        return date(self.year, 1, 1) if self.quarter is None else Quarter(self.year, self.quarter).first_day

    @property
    def end(self) -> date:
        return date(self.year, 12, 31) if self.quarter is None else Quarter(self.year, self.quarter).last_day
