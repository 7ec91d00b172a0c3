"""The list of records past their keeping period, and anonymising them, at 100k learners.

    python benchmarks/retention.py [--learners 100000] [--db-url URL] [--anonymise 1000] [--quick]

Builds a database of N learners (``benchmarks/population.py``) through ``open_database``
(real migrations and indexes), each with the record of their stage; every person in
EMPLOYMENT gets an ended college stage, half of them ended long enough ago to be past a
5-year period on the judging day.  Times ``count_past_period``, the first and a late
page of ``past_period_page`` (what the Settings list asks for), and one ``anonymise``
of the first ``--anonymise`` people past it, beside a baseline measured in the same run: counting
every person and reading the learners list's first page by name, plain SQL on the same tables.
Prints the figures; a measurement, not a test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project
sys.path.insert(0, str(Path(__file__).resolve().parent))  # population.py, beside this script

from population import ADMINISTRATOR, analyse_after_bulk_load, person_rows, stage_row, timed
from sqlalchemy import func, insert, select

from cluster_desktop.db import Database, open_database
from cluster_desktop.models import Person, Stage, StageRecord
from cluster_desktop.services.anonymisation import anonymise
from cluster_desktop.services.retention import count_past_period, past_period_ids, past_period_page

JUDGED_ON = date(2027, 9, 1)
BATCH = 5000


def build(url: str | None, data_dir: Path, learners: int) -> Database:
    db = open_database(url or f"sqlite:///{data_dir / 'retention.sqlite'}", data_dir=data_dir)
    db.actor = ADMINISTRATOR
    _source, rows = person_rows(learners)
    people, stages = [], []
    with db.engine.begin() as conn:
        for number, person in enumerate(rows, 1):
            people.append(person)
            stage = stage_row(person)
            if person["current_stage"] is Stage.EMPLOYMENT:
                ended = date(2018 + number % 8, 6, 30)  # 2018…2025: before 2022 is past 5 years on JUDGED_ON
                stages.append({**stage, "stage": Stage.COLLEGE, "started_on": ended - timedelta(days=3 * 365), "ended_on": ended})
                stage = {**stage, "started_on": ended + timedelta(days=60)}
            stages.append(stage)
            if len(people) >= BATCH:
                conn.execute(insert(Person.__table__), people)
                people.clear()
        if people:
            conn.execute(insert(Person.__table__), people)
        for start in range(0, len(stages), BATCH):
            conn.execute(insert(StageRecord.__table__), stages[start : start + BATCH])
    analyse_after_bulk_load(db)
    return db



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=100_000)
    parser.add_argument("--db-url", help="an empty PostgreSQL database instead of a fresh SQLite file")
    parser.add_argument("--anonymise", type=int, default=1000)
    parser.add_argument("--quick", action="store_true", help="2000 learners, 50 anonymised: that the script runs (CI)")
    args = parser.parse_args()
    if args.quick:
        args.learners, args.anonymise = 2000, 50
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        db = build(args.db_url, Path(folder), args.learners)
        print(f"built {args.learners} learners in {time.perf_counter() - started:.0f} s ({db.engine.dialect.name})")
        with db.session() as session:
            timed("baseline: count every person", lambda: session.scalar(select(func.count()).select_from(Person)))
            timed("baseline: first 200 learners by name", lambda: session.scalars(select(Person.id).order_by(Person.sort_key, Person.id).limit(200)).all())
            total = timed("count_past_period", lambda: count_past_period(session, JUDGED_ON))
            timed("past_period_page (first 200)", lambda: past_period_page(session, JUDGED_ON, 0, 200))
            timed("past_period_page (200 from the middle)", lambda: past_period_page(session, JUDGED_ON, total // 2, 200))
            ids = timed("past_period_ids (all)", lambda: past_period_ids(session, JUDGED_ON))
        print(f"past their period: {total}")
        chosen = ids[: args.anonymise]
        with db.session() as session:
            timed(f"anonymise {len(chosen)} (one transaction)", lambda: anonymise(session, chosen, JUDGED_ON))
        db.dispose()


if __name__ == "__main__":
    main()
