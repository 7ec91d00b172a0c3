"""The Demand page's forecast: per qualification and year, the people requested against what the pipeline delivers.

The counting is :func:`.outcomes.pipeline_forecast` and
:func:`.outcomes.demand_coverage` over the rows :mod:`.outcome_data` reads,
the same as the outcome report's table; this only chooses the years and
names the qualifications, by the qualification catalogue's code and name: the
demand and programme services accept only the catalogue's codes, so a typo
cannot start a line of its own.

Pupils on the cluster's school courses count too, by the observed conversion of
past pupils into each specialty (:mod:`.school_pipeline`): their expected
graduates are added to the forecast of the year they would graduate.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import DemandRequest
from . import outcome_data as data
from . import outcomes as O
from . import qualifications
from .outcome_report import FORECAST_YEARS
from .school_pipeline import school_inflow


@dataclass(frozen=True)
class ForecastLine:
    qualification: str  # code
    label: str  # «code name» as shown
    year: int
    requested: int
    studying: int
    completed: int
    completion_rate: float | None
    expected: int | None  # None: learners study, but no finished enrolment yet to learn a completion rate from
    employers: tuple[str, ...]
    from_school: float = 0.0  # expected graduates from pupils now on school courses (included in ``expected``)

    @property
    def balance(self) -> int | None:
        """Surplus (positive) or shortfall (negative) of people; None when nothing can be forecast."""
        return None if self.expected is None else self.expected - self.requested

    @property
    def coverage(self) -> float | None:
        """Forecast ÷ requested; None when nothing was requested (or nothing can be forecast)."""
        return None if self.expected is None else O.ratio(self.expected, self.requested)


def forecast_years(session: Session, year: int | None, today: date) -> range:
    """One chosen year; otherwise this year and the next three, stretched to every year with a request."""
    if year is not None:
        return range(year, year + 1)
    first, last = session.execute(select(func.min(DemandRequest.year), func.max(DemandRequest.year))).one()
    start = min(today.year, first) if first is not None else today.year
    end = max(today.year + FORECAST_YEARS - 1, last) if last is not None else today.year + FORECAST_YEARS - 1
    return range(start, end + 1)


def demand_forecast(session: Session, language: str, year: int | None = None, today: date | None = None) -> list[ForecastLine]:
    """Every qualification and year of :func:`forecast_years` with a request or learners in the pipeline."""
    today = today or date.today()
    years = forecast_years(session, year, today)
    cohorts = data.cohort_rows(session)
    rates, overall = O.completion_rates(cohorts)
    inflow = {(i.qualification, i.year): i.expected for i in school_inflow(session, rates, overall, today) if i.year in years}
    forecasts = _with_school(O.pipeline_forecast(cohorts, years=years), inflow, rates, overall)
    coverage = O.demand_coverage(data.demand_rows(session, years.start, years.stop - 1, language), forecasts)
    # Lines are grouped by the catalogue's code (services check every code against it); a code the college
    # teaches is named as its programme is, any other as the catalogue names it.
    names = qualifications.names_by_code(session, language) | data.qualification_names(session, language)
    by_key = {(f.qualification, f.year): f for f in forecasts}
    lines = []
    for c in coverage:
        f = by_key.get((c.qualification, c.year))
        lines.append(ForecastLine(
            c.qualification, names.get(c.qualification, c.qualification), c.year, c.requested, f.studying if f else 0,
            f.completed if f else 0, f.completion_rate if f else rates.get(c.qualification), c.expected, c.employers,
            inflow.get((c.qualification, c.year), 0.0),
        ))
    return sorted(lines, key=lambda line: (line.year, line.qualification))


def _with_school(
    forecasts: list[O.Forecast], inflow: dict[tuple[str, int], float], rates: dict[str, float | None], overall: float | None
) -> list[O.Forecast]:
    """The college students' forecast with the school pupils' expected graduates added (a line of its own where there is none)."""
    out = []
    for f in forecasts:
        extra = inflow.get((f.qualification, f.year), 0.0)
        out.append(replace(f, expected=(f.expected or 0.0) + extra) if extra else f)
    seen = {(f.qualification, f.year) for f in forecasts}
    for (code, year), extra in inflow.items():
        if (code, year) not in seen:
            rate = rates.get(code)
            out.append(O.Forecast(code, year, 0, 0, overall if rate is None else rate, extra))
    return out
