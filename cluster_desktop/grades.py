"""Grades kept as a percentage; the letter and the 5-point mark are derived."""

from __future__ import annotations

from decimal import Decimal

# (lowest percentage, letter, 5-point mark), highest first.
_SCALE: tuple[tuple[int, str, int], ...] = (
    (95, "A", 5),
    (90, "A-", 5),
    (85, "B+", 4),
    (80, "B", 4),
    (75, "B-", 4),
    (70, "C+", 3),
    (65, "C", 3),
    (60, "C-", 3),
    (55, "D+", 3),
    (50, "D", 3),
    (0, "F", 2),
)


def _checked(percent: float | Decimal) -> float:
    value = float(percent)
    if not 0 <= value <= 100:
        raise ValueError(f"a percentage must be between 0 and 100, not {value}")
    return value


def letter_grade(percent: float | Decimal) -> str:
    value = _checked(percent)
    return next(letter for low, letter, _ in _SCALE if value >= low)


def five_point_grade(percent: float | Decimal) -> int:
    value = _checked(percent)
    return next(mark for low, _, mark in _SCALE if value >= low)
