"""Dates and moments are written day.month.year everywhere; a stored naive moment is UTC."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from cluster_desktop.dates import file_stamp, local_time, numeric_date, numeric_time


@pytest.fixture
def almaty() -> Iterator[None]:
    """This PC's clock in Almaty (UTC+5, no summer time), whatever the machine says."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Almaty"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_a_date_reads_day_month_year() -> None:
    assert numeric_date(date(2026, 3, 9)) == "09.03.2026"
    assert numeric_date(None) == "" and numeric_date(None, "…") == "…"
    assert numeric_time(datetime(2028, 2, 29, 7, 5, 3)) == "29.02.2028 07:05"
    assert numeric_time(datetime(2028, 2, 29, 7, 5, 3), seconds=True) == "29.02.2028 07:05:03"
    assert file_stamp(datetime(2028, 2, 29, 7, 5, 3)) == "20280229-070503"


def test_a_stored_moment_is_shown_in_local_time(almaty: None) -> None:
    aware = datetime(2026, 12, 31, 20, 30, tzinfo=UTC)
    assert local_time(aware) == "01.01.2027 01:30"
    assert local_time(aware.replace(tzinfo=None)) == "01.01.2027 01:30"  # SQLite hands back naive UTC
    assert local_time(datetime(2026, 12, 31, 20, 30, tzinfo=timezone(timedelta(hours=6)))) == "31.12.2026 19:30"
    assert local_time(None) == ""
