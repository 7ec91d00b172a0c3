"""What the Dashboard page shows: the outcome report's own figures, arranged for tiles and charts.

Nothing is counted here that the report does not count: the figures come
from :func:`.outcome_report.outcome_figures`, the gathering the report uses,
so the dashboard and the printed report never disagree.  The one figure the
report prints only in parts is *demand coverage*: the requested people the
forecast covers (per qualification and year, up to the number requested)
÷ the people requested — requested minus the report's shortfall.

Reading needs no permission (a viewer sees the dashboard); the list of the
unplaced names people, so writing it to a file (the report) does.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from ..models import OrganisationKind
from ..periods import Period
from ..permissions import Permission, require
from .cohorts import GRADUATED, SCHOOL, CohortDefinition, Funnel, cohort_funnel
from .destination_report import definition_rates
from .outcome_report import outcome_figures
from .outcomes import ConversionStep, Coverage, GraduateRow, Rate
from .school_grades import pupils_in_grade

HEADLINE_MONTHS = 6  # the charts count graduates employed 6 months after graduation (the first census)
YEARS_SHOWN = 8  # the graduation years the chart shows, up to the chosen one
COHORT_GRADE = 10  # the dashboard follows a school's grade-10 pupils
COHORT_YEARS_BACK = 8  # how far back it looks for the latest such cohort


@dataclass(frozen=True)
class QualificationDemand:
    """One qualification over the forecast years: people requested by employers and expected from the pipeline."""

    code: str
    label: str  # «code name» in the chosen language
    requested: int
    expected: int | None  # None: no forecast could be made (no enrolment has finished anywhere yet)
    covered: int  # of the requested, how many the forecast covers (year by year, up to the request)


@dataclass(frozen=True)
class StageStep:
    stage: str  # one of outcomes.STAGES
    total: int
    counted: int  # of the total, children counted without names
    from_previous: float | None


@dataclass(frozen=True)
class DashboardFigures:
    period: Period
    last_year: int  # demand and forecast: period.year … last_year
    employed_6: Rate  # graduates of the chosen year employed 6 months after graduation, as the definition says
    employed_12: Rate  # … and 12 months after
    state_method: bool  # the definition is the state method (else the college's own, set in the settings)
    graduates: int  # every graduate by the end of the period
    by_year: tuple[tuple[int, Rate], ...]  # employed at 6 months, the latest YEARS_SHOWN graduation years up to the chosen one
    by_specialty: tuple[tuple[str, Rate], ...]  # employed at 6 months, graduates of those years
    unplaced: tuple[GraduateRow, ...]
    practice: Rate
    retention_6: Rate
    retention_12: Rate
    stages: tuple[StageStep, ...]
    demand: tuple[QualificationDemand, ...]
    demand_coverage: Rate  # covered ÷ requested people over the forecast years

    shortfall: int  # people requested that the forecast does not cover (the report's «shortfall»)
    cohort: Funnel | None = None  # the latest grade-10 cohort of the first partner school that has one, as of the period's end
    cohort_school: str = ""  # that school's name

    @property
    def requested(self) -> int:
        return self.demand_coverage.total


def _demand(coverage: list[Coverage], names: dict[str, str]) -> tuple[QualificationDemand, ...]:
    requested: dict[str, int] = defaultdict(int)
    expected: dict[str, int] = defaultdict(int)
    known: set[str] = set()
    covered: dict[str, int] = defaultdict(int)
    for row in coverage:
        requested[row.qualification] += row.requested
        if row.expected is not None:
            known.add(row.qualification)
            expected[row.qualification] += row.expected
            covered[row.qualification] += min(row.expected, row.requested)
    return tuple(
        QualificationDemand(code, names.get(code, code), requested[code], expected[code] if code in known else None, covered[code])
        for code in sorted(requested, key=lambda c: names.get(c, c))
    )


def _stages(steps: list[ConversionStep], counted: dict[str, int]) -> tuple[StageStep, ...]:
    return tuple(StageStep(s.stage, s.total, counted.get(s.stage, 0), s.from_previous) for s in steps)


def latest_school_cohort(session: Session, year: int, language: str, day: date) -> tuple[Funnel, str] | None:
    """The latest grade-10 cohort before ``year`` with graduates by ``day`` (a cohort followed through), of the first
    partner school (in Kazakh order) that has one; else the first school's latest grade 10 with any pupils.  Followed
    as known on ``day``: the same people through courses, college and jobs (services.cohorts).
    """
    from .organisations import organisation_choices

    latest: tuple[Funnel, str] | None = None
    for school_id, name in organisation_choices(session, language, (OrganisationKind.SCHOOL,)):
        for cohort_year in range(year - 1, year - 1 - COHORT_YEARS_BACK, -1):
            if session.scalars(pupils_in_grade(school_id, COHORT_GRADE, cohort_year).limit(1)).first() is None:
                continue
            funnel = cohort_funnel(session, CohortDefinition(SCHOOL, cohort_year, school_id=school_id, grade=COHORT_GRADE), day)
            if funnel.step(GRADUATED).count:
                return funnel, name
            latest = latest or (funnel, name)
    return latest


def dashboard_figures(session: Session, year: int, quarter: int | None, language: str, today: date | None = None) -> DashboardFigures:
    """The dashboard of ``year`` (or its ``quarter``) as known on ``today`` or the period's end, whichever is earlier;
    names in ``language`` (kk, ru or en).  «Employed» is as the definition in the settings says, as in the report."""
    require(session, Permission.READ_PERSONAL_DATA)
    f = outcome_figures(session, year, quarter, language)
    day = min(today or date.today(), f.period.end)
    years = [y for y in f.employment.by_year if y <= year][-YEARS_SHOWN:]  # graduation years by the end of the period
    rates = definition_rates(session, {*years, year}, language, day)
    demand = _demand(f.coverage, f.names)
    cohort = latest_school_cohort(session, year, language, f.period.end)
    return DashboardFigures(
        period=f.period,
        last_year=f.last_year,
        employed_6=rates.rate(6, year),
        employed_12=rates.rate(12, year),
        state_method=rates.definition.is_state_method,
        graduates=len(f.graduates),
        by_year=tuple((y, rates.rate(HEADLINE_MONTHS, y)) for y in years),
        by_specialty=tuple((name, r[HEADLINE_MONTHS]) for name, r in rates.by_specialty.items() if r[HEADLINE_MONTHS].total),
        unplaced=tuple(f.employment.unplaced),
        practice=f.practice.overall,
        retention_6=f.retention[6],
        retention_12=f.retention[12],
        stages=_stages(f.steps, {c.stage: c.counted for c in f.counts}),
        demand=demand,
        demand_coverage=Rate(sum(q.covered for q in demand), sum(q.requested for q in demand)),
        shortfall=sum(-c.balance for c in f.coverage if c.balance is not None and c.balance < 0),
        cohort=cohort[0] if cohort else None,
        cohort_school=cohort[1] if cohort else "",
    )

