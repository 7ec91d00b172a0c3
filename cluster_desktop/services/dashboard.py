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
from .outcome_report import outcome_figures
from .outcomes import ConversionStep, Coverage, GraduateRow, Rate
from .school_grades import pupils_in_grade

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
    employment_year: Rate  # graduates of the chosen year
    employment_overall: Rate  # every graduate by the end of the period
    by_year: tuple[tuple[int, Rate], ...]  # the latest YEARS_SHOWN graduation years up to the chosen one
    by_specialty: tuple[tuple[str, Rate], ...]
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


def dashboard_figures(session: Session, year: int, quarter: int | None, language: str) -> DashboardFigures:
    """The dashboard of ``year`` (or its ``quarter``); names in ``language`` (kk, ru or en)."""
    require(session, Permission.READ_PERSONAL_DATA)
    f = outcome_figures(session, year, quarter, language)
    by_year = list(f.employment.by_year.items())[-YEARS_SHOWN:]  # graduates by the end of the period: none later
    demand = _demand(f.coverage, f.names)
    cohort = latest_school_cohort(session, year, language, f.period.end)
    return DashboardFigures(
        period=f.period,
        last_year=f.last_year,
        employment_year=f.employment.by_year.get(year, Rate(0, 0)),
        employment_overall=f.employment.overall,
        by_year=tuple(by_year),
        by_specialty=tuple(f.employment.by_specialty.items()),
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

