"""Numbers in the window as the interface language writes them (issue 16): «81,0 %» in kk and ru, «81.0 %» in English."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCharts import QAbstractBarSeries

from ui import i18n
from ui.charts import Bar, BarChart
from ui.numbers import NBSP, decimal_number, percent, percent_value, ratio


@pytest.fixture(params=["kk", "ru"])
def comma_language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install_language(request.param)
    yield request.param
    i18n.install_language("en")


def test_kazakh_and_russian_write_a_decimal_comma_and_group_thousands(comma_language: str) -> None:
    assert ratio(0.81) == f"81,0{NBSP}%" and ratio(1 / 3, 2) == f"33,33{NBSP}%"
    assert decimal_number(12345.678) == f"12{NBSP}345,7" and decimal_number(Decimal("1.25"), 2) == "1,25"
    assert percent_value(Decimal("87.50")) == "87,5" and percent_value(Decimal("100.00")) == "100"
    assert percent_value(Decimal("-0.00")) == "0" and percent(Decimal("75.25")) == f"75,25{NBSP}%"
    assert ratio(None) == "—" and ratio(float("nan")) == "—" and percent_value(None) == "" and percent(None) == "—"


def test_english_writes_a_decimal_point() -> None:
    i18n.install_language("en")
    assert ratio(0.81) == "81.0 %" and decimal_number(12345.678) == "12,345.7" and percent_value(Decimal("87.50")) == "87.5"


def test_charts_label_their_bars_in_the_interface_language(comma_language: str) -> None:
    chart = BarChart("title", ["%"], percent=True)
    chart.set_bars([Bar("2025", (81.25,))])
    assert chart.chart().localizeNumbers() and chart.chart().locale().decimalPoint() == ","
    series = chart.chart().series()[0]
    assert isinstance(series, QAbstractBarSeries) and series.labelsFormat() == f"@value{NBSP}%"
