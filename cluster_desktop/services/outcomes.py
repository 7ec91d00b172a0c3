"""The cluster's outcome figures, computed from plain rows so that each can be checked by hand.

Nothing here touches the database: :mod:`.outcome_report` reads the rows,
these functions count.  Every ratio is ``None`` when there is nothing to divide
by (no graduates, no request): :func:`~cluster_desktop.figures.format_ratio` prints it as «—», so an
empty year never shows «nan» or a crash.

Definitions (the report prints them in words):

- *employment rate*: graduates with a recorded job ÷ graduates, per year of
  graduation and per specialty; the graduates without one are listed;
- *practice coverage*: college students with at least one practice or
  dual-education placement ÷ college students;
- *stage-to-stage conversion*: how many took part in each stage in the period
  (preschool sessions, school courses, college entry, employment), and each
  stage's count ÷ the previous one's;
- *completion rate* of a qualification: completed ÷ finished college
  enrolments (completed, not passed or withdrawn);
- *pipeline forecast* for a qualification and year: the learners still
  studying in groups expected to graduate that year × the completion rate
  (the qualification's own, else the college's overall rate), plus those who
  already completed in that year;
- *demand coverage*: forecast ÷ people requested; the difference is a
  surplus (positive) or a shortfall (negative).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ..figures import format_ratio

STAGES = ("preschool", "school", "college", "employment")


def ratio(part: float, whole: float) -> float | None:
    """``part / whole``, or None for nothing over nothing (and for any division by zero)."""
    if not whole:
        return None
    return part / whole


@dataclass(frozen=True)
class Rate:
    count: int
    total: int

    @property
    def value(self) -> float | None:
        return ratio(self.count, self.total)

    def __str__(self) -> str:
        return f"{self.count} / {self.total} ({format_ratio(self.value)})"


# -- employment -------------------------------------------------------------------
@dataclass(frozen=True)
class GraduateRow:
    person_id: int
    full_name: str
    specialty: str  # qualification code and name as printed
    graduated_on: date
    employer: str | None  # None: no job recorded (by the day the figures are for)

    @property
    def placed(self) -> bool:
        return self.employer is not None


@dataclass(frozen=True)
class EmploymentFigures:
    overall: Rate
    by_year: dict[int, Rate]
    by_specialty: dict[str, Rate]
    unplaced: list[GraduateRow]


def employment_rates(graduates: Iterable[GraduateRow]) -> EmploymentFigures:
    rows = list(graduates)
    by_year: dict[int, list[GraduateRow]] = defaultdict(list)
    by_specialty: dict[str, list[GraduateRow]] = defaultdict(list)
    for row in rows:
        by_year[row.graduated_on.year].append(row)
        by_specialty[row.specialty].append(row)

    def rate(items: Sequence[GraduateRow]) -> Rate:
        return Rate(sum(1 for r in items if r.placed), len(items))

    unplaced = sorted((r for r in rows if not r.placed), key=lambda r: (r.graduated_on.year, r.specialty, r.full_name))
    return EmploymentFigures(
        overall=rate(rows),
        by_year={year: rate(items) for year, items in sorted(by_year.items())},
        by_specialty={name: rate(items) for name, items in sorted(by_specialty.items())},
        unplaced=unplaced,
    )


@dataclass(frozen=True)
class FollowUpRow:
    months: int  # 6 or 12
    still_employed: bool


def retention(follow_ups: Iterable[FollowUpRow]) -> dict[int, Rate]:
    """Per follow-up (6 and 12 months): still employed ÷ followed up."""
    rows = list(follow_ups)
    return {m: Rate(sum(1 for r in rows if r.months == m and r.still_employed), sum(1 for r in rows if r.months == m)) for m in (6, 12)}


# -- practice ---------------------------------------------------------------------
@dataclass(frozen=True)
class StudentRow:
    person_id: int
    specialty: str
    placements: int


@dataclass(frozen=True)
class PracticeFigures:
    overall: Rate
    by_specialty: dict[str, Rate]


def practice_coverage(students: Iterable[StudentRow]) -> PracticeFigures:
    rows = list(students)
    groups: dict[str, list[StudentRow]] = defaultdict(list)
    for row in rows:
        groups[row.specialty].append(row)

    def rate(items: Sequence[StudentRow]) -> Rate:
        return Rate(sum(1 for r in items if r.placements > 0), len(items))

    return PracticeFigures(rate(rows), {name: rate(items) for name, items in sorted(groups.items())})


# -- stage-to-stage conversion ----------------------------------------------------------
@dataclass(frozen=True)
class StageCount:
    stage: str  # one of STAGES
    named: int  # learners on record
    counted: int = 0  # children counted at sessions without names

    @property
    def total(self) -> int:
        return self.named + self.counted


@dataclass(frozen=True)
class ConversionStep:
    stage: str
    total: int
    from_previous: float | None  # None for the first stage, or when the previous had nobody


def conversion(counts: Iterable[StageCount]) -> list[ConversionStep]:
    """Each stage's participants and its ratio to the previous stage's, in the order of :data:`STAGES`."""
    totals = dict.fromkeys(STAGES, 0)
    for row in counts:
        totals[row.stage] += row.total
    steps: list[ConversionStep] = []
    previous: int | None = None
    for stage in STAGES:
        steps.append(ConversionStep(stage, totals[stage], None if previous is None else ratio(totals[stage], previous)))
        previous = totals[stage]
    return steps


# -- pipeline and demand ------------------------------------------------------------------
@dataclass(frozen=True)
class CohortRow:
    """One college enrolment: its qualification, the group's expected graduation, and how it stands."""

    qualification: str  # code
    expected_year: int
    status: str  # an EnrolmentStatus value: enrolled, completed, failed, withdrawn


@dataclass(frozen=True)
class Forecast:
    qualification: str
    year: int
    studying: int
    completed: int
    completion_rate: float | None
    expected: float | None  # None: learners study, but no enrolment has finished yet anywhere to learn a rate from

    @property
    def expected_people(self) -> int | None:
        return None if self.expected is None else int(self.expected + 0.5)


_FINISHED = ("completed", "failed", "withdrawn")


def completion_rates(cohorts: Iterable[CohortRow]) -> tuple[dict[str, float | None], float | None]:
    """Per qualification and overall: completed ÷ finished enrolments."""
    done: dict[str, int] = defaultdict(int)
    finished: dict[str, int] = defaultdict(int)
    for row in cohorts:
        if row.status in _FINISHED:
            finished[row.qualification] += 1
            done[row.qualification] += row.status == "completed"
    per = {q: ratio(done[q], finished[q]) for q in finished}
    return per, ratio(sum(done.values()), sum(finished.values()))


def pipeline_forecast(cohorts: Iterable[CohortRow], years: Iterable[int] | None = None) -> list[Forecast]:
    """Expected graduates per qualification and year of expected graduation (see the module's definitions)."""
    rows = list(cohorts)
    per, overall = completion_rates(rows)
    studying: dict[tuple[str, int], int] = defaultdict(int)
    completed: dict[tuple[str, int], int] = defaultdict(int)
    for row in rows:
        key = (row.qualification, row.expected_year)
        studying[key] += row.status == "enrolled"
        completed[key] += row.status == "completed"
    wanted = set(years) if years is not None else None
    out = []
    for key in sorted(set(studying) | set(completed)):
        if wanted is not None and key[1] not in wanted:
            continue
        rate = per.get(key[0])
        if rate is None:
            rate = overall
        expected = None if rate is None and studying[key] else completed[key] + studying[key] * (rate or 0)
        out.append(Forecast(key[0], key[1], studying[key], completed[key], rate, expected))
    return out


@dataclass(frozen=True)
class DemandRow:
    employer: str
    qualification: str  # code
    year: int
    people: int


@dataclass(frozen=True)
class Coverage:
    qualification: str
    year: int
    requested: int
    expected: int | None
    employers: tuple[str, ...]

    @property
    def balance(self) -> int | None:
        """Surplus (positive) or shortfall (negative) of people."""
        return None if self.expected is None else self.expected - self.requested

    @property
    def coverage(self) -> float | None:
        return None if self.expected is None else ratio(self.expected, self.requested)


def demand_coverage(requests: Iterable[DemandRow], forecasts: Iterable[Forecast]) -> list[Coverage]:
    """Per qualification and year with requests or a forecast: requested people against the forecast."""
    requested: dict[tuple[str, int], int] = defaultdict(int)
    employers: dict[tuple[str, int], set[str]] = defaultdict(set)
    for row in requests:
        requested[(row.qualification, row.year)] += row.people
        employers[(row.qualification, row.year)].add(row.employer)
    expected = {(f.qualification, f.year): f.expected_people for f in forecasts}
    out = []
    for key in sorted(set(requested) | set(expected)):
        out.append(Coverage(key[0], key[1], requested.get(key, 0), expected.get(key, 0), tuple(sorted(employers.get(key, ())))))
    return out
