"""Outcome figures on hand-made rows: rates, coverage, conversion, forecasts, demand — empty sets and 0 graduates included."""

from __future__ import annotations

from datetime import date

import pytest

from cluster_desktop.figures import format_number, format_ratio
from cluster_desktop.services.outcomes import (
    CohortRow,
    DemandRow,
    FollowUpRow,
    GraduateRow,
    Rate,
    StageCount,
    StudentRow,
    completion_rates,
    conversion,
    demand_coverage,
    employment_rates,
    pipeline_forecast,
    practice_coverage,
    ratio,
    retention,
)

MINING, METALLURGY = "07240100 Mining", "07250100 Metallurgy"


def graduate(pid: int, year: int, specialty: str, employer: str | None) -> GraduateRow:
    return GraduateRow(pid, f"Learner {pid}", specialty, date(year, 6, 30), employer)


def test_ratio_and_formatting_never_show_nan() -> None:
    assert ratio(0, 0) is None
    assert ratio(3, 0) is None
    assert ratio(1, 4) == 0.25
    assert format_ratio(None) == "—"
    assert format_ratio(float("nan")) == "—"
    assert format_ratio(2 / 3) == "66.7 %"
    assert format_ratio(0.0) == "0.0 %"
    assert format_number(None) == "—"
    assert str(Rate(0, 0)) == "0 / 0 (—)"


def test_employment_rates_per_year_and_specialty_with_the_unplaced() -> None:
    rows = [
        graduate(1, 2024, MINING, "Donskoy GOK"),
        graduate(2, 2024, MINING, None),
        graduate(3, 2024, METALLURGY, "AZF"),
        graduate(4, 2025, MINING, "Donskoy GOK"),
        graduate(5, 2025, METALLURGY, None),
        graduate(6, 2025, METALLURGY, None),
    ]
    figures = employment_rates(rows)
    assert figures.overall == Rate(3, 6)
    assert figures.by_year == {2024: Rate(2, 3), 2025: Rate(1, 3)}
    assert figures.by_specialty == {METALLURGY: Rate(1, 3), MINING: Rate(2, 3)}
    assert [r.person_id for r in figures.unplaced] == [2, 5, 6]
    assert figures.by_year[2024].value == pytest.approx(2 / 3)


def test_employment_rates_of_nobody() -> None:
    figures = employment_rates([])
    assert figures.overall == Rate(0, 0)
    assert figures.overall.value is None
    assert figures.by_year == {} and figures.by_specialty == {} and figures.unplaced == []


def test_everybody_placed_and_nobody_placed() -> None:
    assert employment_rates([graduate(1, 2025, MINING, "X")]).overall.value == 1.0
    nobody = employment_rates([graduate(1, 2025, MINING, None)])
    assert nobody.overall.value == 0.0 and format_ratio(nobody.overall.value) == "0.0 %"


def test_retention_at_6_and_12_months() -> None:
    rows = [FollowUpRow(6, True), FollowUpRow(6, True), FollowUpRow(6, False), FollowUpRow(12, True)]
    assert retention(rows) == {6: Rate(2, 3), 12: Rate(1, 1)}
    assert retention([]) == {6: Rate(0, 0), 12: Rate(0, 0)}


def test_practice_coverage() -> None:
    rows = [StudentRow(1, MINING, 2), StudentRow(2, MINING, 0), StudentRow(3, METALLURGY, 1)]
    figures = practice_coverage(rows)
    assert figures.overall == Rate(2, 3)
    assert figures.by_specialty == {METALLURGY: Rate(1, 1), MINING: Rate(1, 2)}
    assert practice_coverage([]).overall.value is None


def test_conversion_from_stage_to_stage() -> None:
    steps = conversion([
        StageCount("preschool", named=20, counted=180),
        StageCount("school", named=100),
        StageCount("college", named=40),
        StageCount("employment", named=30),
    ])
    assert [s.total for s in steps] == [200, 100, 40, 30]
    assert [s.from_previous for s in steps] == [None, 0.5, 0.4, 0.75]


def test_conversion_with_empty_stages() -> None:
    steps = conversion([StageCount("college", named=5)])
    assert [s.total for s in steps] == [0, 0, 5, 0]
    assert [s.from_previous for s in steps] == [None, None, None, 0.0]
    assert [s.total for s in conversion([])] == [0, 0, 0, 0]


def test_completion_rates_and_the_pipeline_forecast() -> None:
    cohorts = (
        [CohortRow("07240100", 2025, "completed")] * 8 + [CohortRow("07240100", 2025, "withdrawn")] * 2
        + [CohortRow("07240100", 2027, "enrolled")] * 10
        + [CohortRow("07250100", 2026, "enrolled")] * 5
    )
    per, overall = completion_rates(cohorts)
    assert per == {"07240100": 0.8} and overall == 0.8
    forecasts = {(f.qualification, f.year): f for f in pipeline_forecast(cohorts)}
    assert forecasts[("07240100", 2025)].expected == 8  # already graduated
    assert forecasts[("07240100", 2027)].expected == pytest.approx(8.0)
    assert forecasts[("07240100", 2027)].expected_people == 8
    metallurgy = forecasts[("07250100", 2026)]  # no finished enrolment of its own: the overall rate
    assert metallurgy.completion_rate == 0.8 and metallurgy.expected_people == 4
    assert [f.year for f in pipeline_forecast(cohorts, years=[2026])] == [2026]


def test_forecast_without_any_history_says_so() -> None:
    forecasts = pipeline_forecast([CohortRow("07240100", 2027, "enrolled")] * 3)
    assert forecasts[0].completion_rate is None and forecasts[0].expected is None and forecasts[0].expected_people is None
    assert pipeline_forecast([]) == []
    assert completion_rates([]) == ({}, None)


def test_forecast_for_zero_graduates() -> None:
    cohorts = [CohortRow("07240100", 2025, "failed")] * 3 + [CohortRow("07240100", 2026, "enrolled")] * 4
    forecasts = {(f.qualification, f.year): f for f in pipeline_forecast(cohorts)}
    assert forecasts[("07240100", 2025)].expected == 0
    assert forecasts[("07240100", 2026)].completion_rate == 0.0
    assert forecasts[("07240100", 2026)].expected_people == 0


def test_demand_coverage_shortfall_and_surplus() -> None:
    cohorts = [CohortRow("A", 2026, "completed")] * 9 + [CohortRow("A", 2026, "withdrawn")] + [CohortRow("B", 2026, "enrolled")] * 10
    requests = [
        DemandRow("Donskoy GOK", "A", 2026, 6), DemandRow("Kazchrome", "A", 2026, 6),
        DemandRow("AZF", "B", 2026, 5), DemandRow("AZF", "C", 2027, 3),
    ]
    rows = {(c.qualification, c.year): c for c in demand_coverage(requests, pipeline_forecast(cohorts))}
    a = rows[("A", 2026)]
    assert (a.requested, a.expected, a.balance) == (12, 9, -3)
    assert a.coverage == 0.75 and a.employers == ("Donskoy GOK", "Kazchrome")
    b = rows[("B", 2026)]
    assert (b.requested, b.expected, b.balance) == (5, 9, 4)
    c = rows[("C", 2027)]  # nobody in the pipeline for it
    assert (c.requested, c.expected, c.balance, c.coverage) == (3, 0, -3, 0.0)


def test_demand_coverage_without_requests_or_forecast() -> None:
    assert demand_coverage([], []) == []
    only_forecast = demand_coverage([], pipeline_forecast([CohortRow("A", 2026, "completed")]))
    assert only_forecast[0].requested == 0 and only_forecast[0].coverage is None and only_forecast[0].balance == 1
    unknown = demand_coverage([DemandRow("X", "A", 2027, 2)], pipeline_forecast([CohortRow("A", 2027, "enrolled")]))
    assert unknown[0].expected is None and unknown[0].balance is None and format_ratio(unknown[0].coverage) == "—"
