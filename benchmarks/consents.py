"""The Consents list and the 18-year flag at 100k learners.

    python benchmarks/consents.py [--learners 100000] [--db-url URL] [--quick]

Builds a database of N learners (``benchmarks/population.py``) through ``open_database``
(real migrations and indexes), each with the record of their stage (graduates with an
ended college stage) and one consent with three purposes: signed by a representative
while the learner was a minor, else by the learner; half run to the end of studies plus
5 years, half to a date spread over three years; one in twenty has a purpose withdrawn.
Times the count and the first page of each view of the Consents list, the flag for the
whole population, and what one learner's card asks, beside a baseline of the same run: counting
every person and reading the learners list's first page by name.  A measurement, not a test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project
sys.path.insert(0, str(Path(__file__).resolve().parent))  # population.py, beside this script

from population import ADMINISTRATOR, analyse_after_bulk_load, person_rows, stage_row, timed
from sqlalchemy import func, insert, select

from cluster_desktop.db import Database, open_database
from cluster_desktop.models import Consent, ConsentGiver, ConsentPurpose, ConsentPurposeGrant, ConsentTerm, Person, Stage, StageRecord
from cluster_desktop.services.consent_adults import count_needing_own_consent, needing_own_consent
from cluster_desktop.services.consent_list import ConsentFilter, ConsentListView, consent_page, count_consents
from cluster_desktop.services.consents import consents_of
from cluster_desktop.services.learners import age_on

JUDGED_ON = date(2025, 12, 4)
SIGNED_ON = date(2023, 9, 1)
BATCH = 5000
PURPOSES = (ConsentPurpose.EDUCATION, ConsentPurpose.JOURNEY, ConsentPurpose.PARTNERS)


def build(url: str | None, data_dir: Path, learners: int) -> Database:
    db = open_database(url or f"sqlite:///{data_dir / 'consents.sqlite'}", data_dir=data_dir)
    db.actor = ADMINISTRATOR
    _source, rows = person_rows(learners)
    people, stages, consents, grants = [], [], [], []
    with db.engine.begin() as conn:
        for number, person in enumerate(rows, 1):
            people.append(person)
            stage = stage_row(person)
            if person["current_stage"] is Stage.EMPLOYMENT:
                ended = date(2018 + number % 8, 6, 30)
                stages.append({**stage, "stage": Stage.COLLEGE, "started_on": ended - timedelta(days=3 * 365), "ended_on": ended})
                stage = {**stage, "started_on": ended + timedelta(days=60)}
            stages.append(stage)
            signed = max(SIGNED_ON, person["birth_date"])
            minor = age_on(person["birth_date"], signed) < 18
            dated = number % 2 == 0
            consents.append(
                {
                    "id": number,
                    "person_id": number,
                    "given_on": signed,
                    "given_by": ConsentGiver.REPRESENTATIVE if minor else ConsentGiver.SELF,
                    "giver_name": "Представитель" if minor else None,
                    "giver_relation": None,
                    "term": ConsentTerm.UNTIL_DATE if dated else ConsentTerm.AFTER_STUDIES,
                    "valid_until": JUDGED_ON + timedelta(days=number % 1100) if dated else None,
                    "years_after_studies": None if dated else 5,
                    "form_number": None,
                    "notes": None,
                    "created_at": person["created_at"],
                    "updated_at": person["updated_at"],
                }
            )
            for purpose in PURPOSES:
                withdrawn = number % 20 == 0 and purpose is ConsentPurpose.PARTNERS
                grants.append({"consent_id": number, "purpose": purpose, "withdrawn_on": date(2025, 3, 1) if withdrawn else None})
            if len(people) >= BATCH:
                conn.execute(insert(Person.__table__), people)
                people.clear()
        if people:
            conn.execute(insert(Person.__table__), people)
        for table, records in ((StageRecord.__table__, stages), (Consent.__table__, consents), (ConsentPurposeGrant.__table__, grants)):
            for start in range(0, len(records), BATCH):
                conn.execute(insert(table), records[start : start + BATCH])
    analyse_after_bulk_load(db)
    return db



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=100_000)
    parser.add_argument("--db-url", help="an empty PostgreSQL database instead of a fresh SQLite file")
    parser.add_argument("--quick", action="store_true", help="2000 learners: that the script runs (CI), not a measurement")
    args = parser.parse_args()
    if args.quick:
        args.learners = 2000
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        db = build(args.db_url, Path(folder), args.learners)
        print(f"built {args.learners} learners with consents in {time.perf_counter() - started:.1f} s ({db.engine.dialect.name})")
        try:
            with db.session() as session:
                timed("baseline: count every person", lambda: session.scalar(select(func.count()).select_from(Person)))
                timed("baseline: first 200 learners by name", lambda: session.scalars(select(Person.id).order_by(Person.sort_key, Person.id).limit(200)).all())
                for view in ConsentListView:
                    flt = ConsentFilter(JUDGED_ON, view, 30)
                    total = timed(f"count_consents {view.value}", partial(count_consents, session, flt))
                    timed(f"consent_page {view.value} first page ({total} rows)", partial(consent_page, session, flt, limit=200))
                timed("count_needing_own_consent (whole population)", lambda: count_needing_own_consent(session, JUDGED_ON))
                timed("needing_own_consent (500 ids, one chunk)", lambda: needing_own_consent(session, range(1, 501), JUDGED_ON))
                timed("consents_of (one learner's card)", lambda: consents_of(session, min(4242, args.learners), JUDGED_ON))
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
