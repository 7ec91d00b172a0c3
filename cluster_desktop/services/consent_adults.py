"""The 18-year rule, and the SQL form of «a consent in force» that the Consents list shares.

A learner whose consents in force were all signed by a legal representative
must consent in their own name once they are adults.  The college has a grace
period (a setting, 90 days unless changed) after the 18th birthday to collect
the new form; after it the learner is flagged «consent in own name needed»
until a consent of their own, signed on or after the 18th birthday, is
recorded.

Everything here is one SQL condition per learner, so the flag for one card,
for a chunk of ids and for the whole Consents list at 100k learners is the
same rule, decided by the database (see :func:`in_force`, which mirrors
``consent_rules.purposes_in_force``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Date, Integer, Select, and_, case, cast, exists, func, null, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.util import AliasedClass

from .. import audit
from ..dates import add_years
from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..models import Consent, ConsentGiver, ConsentPurposeGrant, ConsentTerm, Person, StageRecord
from ..permissions import Permission, require
from ..settings_store import get_setting, set_setting
from . import fields
from .consent_rules import EDUCATION_STAGES
from .learners import ADULT_AGE

GRACE_KEY = "consent_grace_days"
DEFAULT_GRACE_DAYS = 90
MAX_GRACE_DAYS = 730
L_GRACE = QT_TRANSLATE_NOOP("Errors", "Days after the 18th birthday to collect the learner's own consent")
_CHUNK = 500

ConsentRef = type[Consent] | AliasedClass[Consent]


def grace_days(session: Session) -> int:
    """Days after the 18th birthday before the flag is raised (the setting, or the default)."""
    value = get_setting(session, GRACE_KEY, DEFAULT_GRACE_DAYS)
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_GRACE_DAYS else DEFAULT_GRACE_DAYS


def set_grace_days(session: Session, days: int) -> int:
    """Change the grace period; out of 0..730 days is refused and nothing changes."""
    require(session, Permission.EDIT_SETTINGS)
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_GRACE_DAYS:
        raise ValidationError([Problem("grace_days", fields.BAD_NUMBER, {"label": L_GRACE, "low": 0, "high": MAX_GRACE_DAYS})])
    set_setting(session, GRACE_KEY, days)
    audit.record(session, audit.SETTINGS, "setting", GRACE_KEY, {"value": days})
    return days


def plus_years(dialect: str, day: Any, years: Any) -> ColumnElement[date]:
    """``day`` + ``years`` in SQL, as :func:`cluster_desktop.dates.add_years` (29 February → 28 February)."""
    if dialect == "postgresql":
        return cast(day + func.make_interval(cast(years, Integer)), Date)
    shift = "+" + str(years) + " years" if isinstance(years, int) else func.printf("+%d years", years)
    shifted = func.date(day, shift)
    leap_day = and_(func.strftime("%m-%d", day) == "02-29", func.strftime("%m-%d", shifted) == "03-01")
    return type_coerce(case((leap_day, func.date(shifted, "-1 day")), else_=shifted), Date)


def studies_ended(person_id: Any) -> ColumnElement[date | None]:
    """The day the person's studies ended; NULL while an education stage is open or none is known."""
    open_stage = exists().where(StageRecord.person_id == person_id, StageRecord.stage.in_(EDUCATION_STAGES), StageRecord.ended_on.is_(None))
    last = (
        select(func.max(StageRecord.ended_on))
        .where(StageRecord.person_id == person_id, StageRecord.stage.in_(EDUCATION_STAGES))
        .scalar_subquery()
    )
    return case((open_stage, null()), else_=last)


def runs_until(dialect: str, consent: ConsentRef = Consent) -> ColumnElement[date | None]:
    """The consent's last day; NULL while it cannot have run out (studies go on)."""
    after = plus_years(dialect, studies_ended(consent.person_id), func.coalesce(consent.years_after_studies, 0))
    return case((consent.term == ConsentTerm.UNTIL_DATE, consent.valid_until), else_=after)


def ended_studies() -> Any:
    """Who has finished studying, and when: no education stage open, the last one's end (one grouped pass, not per row)."""
    return (
        select(StageRecord.person_id, func.max(StageRecord.ended_on).label("ended_on"))
        .where(StageRecord.stage.in_(EDUCATION_STAGES))
        .group_by(StageRecord.person_id)
        .having(func.count() == func.count(StageRecord.ended_on))
        .subquery()
    )


def after_studies_ending(dialect: str, low: date | None, high: date | None) -> Select[Any]:
    """The ids of the «end of studies plus N years» consents whose last day is from ``low`` to ``high`` (either open)."""
    ended, consent = ended_studies(), aliased(Consent)
    until = plus_years(dialect, ended.c.ended_on, func.coalesce(consent.years_after_studies, 0))
    statement = select(consent.id).join(ended, ended.c.person_id == consent.person_id).where(consent.term == ConsentTerm.AFTER_STUDIES)
    if low is not None:
        statement = statement.where(until >= low)
    if high is not None:
        statement = statement.where(until <= high)
    return statement


def last_day(dialect: str, ended_on: Any, consent: ConsentRef = Consent) -> ColumnElement[date | None]:
    """:func:`runs_until` given the column of :func:`ended_studies` joined to the consent (NULL: studies go on)."""
    after = plus_years(dialect, ended_on, func.coalesce(consent.years_after_studies, 0))
    return case((consent.term == ConsentTerm.UNTIL_DATE, consent.valid_until), else_=after)


def in_force(dialect: str, on: date, consent: ConsentRef = Consent) -> ColumnElement[bool]:
    """The consent is signed by ``on``, has not run out and keeps a purpose not withdrawn by ``on``."""
    kept = exists().where(
        ConsentPurposeGrant.consent_id == consent.id,
        or_(ConsentPurposeGrant.withdrawn_on.is_(None), ConsentPurposeGrant.withdrawn_on > on),
    )
    dated_out = and_(consent.term == ConsentTerm.UNTIL_DATE, consent.valid_until.is_not(None), consent.valid_until < on)
    studies_out = consent.id.in_(after_studies_ending(dialect, None, on - timedelta(days=1)))
    return and_(consent.given_on <= on, kept, ~or_(dated_out, studies_out))


def adult_from(birth_date: date) -> date:
    """The 18th birthday: the first day ``learners.age_on`` says 18 (born on 29 February: 1 March in a common year)."""
    try:
        return birth_date.replace(year=birth_date.year + ADULT_AGE)
    except ValueError:
        return date(birth_date.year + ADULT_AGE, 3, 1)


def adult_from_sql(dialect: str, birth_date: Any) -> ColumnElement[date]:
    """:func:`adult_from` in SQL."""
    if dialect == "postgresql":
        shifted = cast(birth_date + func.make_interval(ADULT_AGE), Date)
        leap_day = and_(func.to_char(birth_date, "MM-DD") == "02-29", func.to_char(shifted, "MM-DD") == "02-28")
        return case((leap_day, shifted + 1), else_=shifted)
    return type_coerce(func.date(birth_date, f"+{ADULT_AGE} years"), Date)  # SQLite rolls 29 February over to 1 March


def born_by(day: date) -> date:
    """The latest birth date of someone who is 18 on ``day``."""
    born = add_years(day, -ADULT_AGE)
    while adult_from(born + timedelta(days=1)) <= day:
        born += timedelta(days=1)
    return born


def represented_only(dialect: str, on: date) -> ColumnElement[bool]:
    """The person's consents in force on ``on`` all come from a representative, and none since 18 is their own."""
    representative, own = aliased(Consent), aliased(Consent)
    eighteenth = adult_from_sql(dialect, Person.birth_date)
    return and_(
        Person.anonymised_on.is_(None),
        exists().where(
            representative.person_id == Person.id,
            representative.given_by == ConsentGiver.REPRESENTATIVE,
            in_force(dialect, on, representative),
        ),
        ~exists().where(
            own.person_id == Person.id,
            own.given_by == ConsentGiver.SELF,
            or_(in_force(dialect, on, own), own.given_on >= eighteenth),
        ),
    )


def own_consent_needed(dialect: str, on: date, grace: int) -> ColumnElement[bool]:
    """The 18-year flag: 18 for more than ``grace`` days on ``on`` and still represented only."""
    return and_(Person.birth_date <= born_by(on - timedelta(days=grace + 1)), represented_only(dialect, on))


def needing_own_consent(session: Session, person_ids: Iterable[int], on: date, grace: int | None = None) -> set[int]:
    """The ids among ``person_ids`` flagged «consent in own name needed» on ``on``."""
    dialect = session.get_bind().dialect.name
    days = grace_days(session) if grace is None else grace
    ids = sorted(set(person_ids))
    flagged: set[int] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        flagged.update(session.scalars(select(Person.id).where(Person.id.in_(chunk), own_consent_needed(dialect, on, days))))
    return flagged


def count_needing_own_consent(session: Session, on: date) -> int:
    """How many learners are flagged on ``on`` (one SQL count, for a badge or a reminder)."""
    require(session, Permission.READ_PERSONAL_DATA)
    dialect = session.get_bind().dialect.name
    condition = own_consent_needed(dialect, on, grace_days(session))
    return session.scalar(select(func.count()).select_from(Person).where(condition)) or 0
