"""The calendar quarter and the report period: which months make a quarter, and how it prints."""

from __future__ import annotations

from datetime import date, timedelta

from cluster_desktop.periods import Period, Quarter


def test_every_day_of_a_leap_year_falls_in_the_quarter_that_holds_it() -> None:
    day = date(2028, 1, 1)
    while day.year == 2028:
        quarter = Quarter.of(day)
        assert quarter.year == 2028 and quarter.first_day <= day <= quarter.last_day, day
        day += timedelta(days=1)


def test_quarters_print_as_stored_and_follow_each_other() -> None:
    assert str(Quarter.of(date(2026, 3, 31))) == "2026-Q1"
    assert str(Quarter.of(date(2026, 4, 1))) == "2026-Q2"
    assert str(Quarter.of(date(2026, 12, 31))) == "2026-Q4"
    assert Quarter(2026, 4).next == Quarter(2027, 1)
    assert Quarter(2026, 2).next == Quarter(2026, 3)
    assert (Quarter(2028, 1).first_day, Quarter(2028, 1).last_day) == (date(2028, 1, 1), date(2028, 3, 31))
    assert Quarter(2026, 4).last_day == date(2026, 12, 31)
    assert sorted([Quarter(2027, 1), Quarter(2026, 4), Quarter(2026, 1)], key=Quarter.sort_key) == [
        Quarter(2026, 1), Quarter(2026, 4), Quarter(2027, 1)
    ]


def test_a_period_is_a_year_or_one_of_its_quarters() -> None:
    assert (Period(2026).start, Period(2026).end) == (date(2026, 1, 1), date(2026, 12, 31))
    assert (str(Period(2026)), str(Period(2026, 3))) == ("2026", "2026-Q3")
    assert [(Period(2026, q).start, Period(2026, q).end) for q in (1, 2, 3, 4)] == [
        (date(2026, 1, 1), date(2026, 3, 31)),
        (date(2026, 4, 1), date(2026, 6, 30)),
        (date(2026, 7, 1), date(2026, 9, 30)),
        (date(2026, 10, 1), date(2026, 12, 31)),
    ]
