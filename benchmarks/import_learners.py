"""Importing 10k learners from XLSX, side by side with openpyxl's raw read-only read of the same file.

    python benchmarks/import_learners.py [--rows 10000] [--rounds 3] [--db-url URL] [--quick]

``--quick`` (CI): 500 rows, one round.  The import runs as a logged-in
administrator (``population.ADMINISTRATOR``), as the program requires.

1. Writes an XLSX of N learners the way colleges' files look: numeric IINs
   (Excel drops the leading zero), a title row above the header, Kazakh
   headers, birth dates as Excel dates, a class and a representative.
2. In one run, alternating, ``--rounds`` times (median reported):
   - *raw*: ``load_workbook(read_only=True)`` and ``iter_rows(values_only=True)``
     over every row, nothing else: the floor any XLSX import stands on;
   - *ours*: ``read_table`` (header detection, trimming) + ``import_learners``
     into a fresh database through ``open_database`` (real migrations, FTS5
     trigram index and its triggers): every row checked by the learner rules,
     then written in one transaction and committed.  Reported split into
     read, check+write, and total.
3. Prints wall and CPU time and the target (ours ≤ 2 × raw), judged on the
   process's CPU time because the wall time of a shared 2-core machine
   swings with its neighbours' load.  Exit code 0: a measurement, not a test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]

from openpyxl import Workbook, load_workbook  # noqa: E402 - after the sys.path line
from population import ADMINISTRATOR  # noqa: E402 - after the sys.path line; beside this script

from cluster_desktop.db import open_database  # noqa: E402 - after the sys.path line
from cluster_desktop.ids import Sex, make_iin  # noqa: E402 - after the sys.path line
from cluster_desktop.services.import_columns import looks_like_header, match_columns  # noqa: E402 - after the sys.path line
from cluster_desktop.services.learner_import import ImportOptions, import_learners  # noqa: E402 - after the sys.path line
from cluster_desktop.spreadsheets.reader import read_table  # noqa: E402 - after the sys.path line

SURNAMES = ("Сейітов", "Қасымов", "Омаров", "Ахметов", "Жұмабаев", "Иванов", "Нұрланов", "Әбілов", "Серікбаев", "Петров")
GIVEN = ("Әсем", "Ерлан", "Нұрлан", "Айгерім", "Дана", "Арман", "Мадина", "Ілияс", "Жансая", "Тимур")


def make_file(path: Path, rows: int) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Оқушылар")
    sheet.append(["Білім алушылардың тізімі"])
    sheet.append(["ЖСН", "Тегі", "Аты", "Әкесінің аты", "Туған күні", "Сынып", "Заңды өкілі", "Телефон"])
    start = date(2006, 1, 1)
    for i in range(rows):
        born = start + timedelta(days=i % 1500)
        sex = Sex.MALE if i % 2 else Sex.FEMALE
        iin = make_iin(born, sex, i // 1500 * 7 + 1)
        surname = SURNAMES[i % 10] + ("а" if sex is Sex.FEMALE else "")
        sheet.append([int(iin), surname, GIVEN[i // 10 % 10], None, born, 9 + i % 3, f"{SURNAMES[i % 10]}а Гүлнар", "+7 701 123 45 67"])
    book.save(path)


def raw_read(path: Path) -> tuple[float, float]:
    started, cpu = time.perf_counter(), time.process_time()
    book = load_workbook(path, read_only=True)
    for _row in book.worksheets[0].iter_rows(values_only=True):
        pass
    book.close()
    return time.perf_counter() - started, time.process_time() - cpu


def ours(path: Path, db_url: str | None, folder: Path) -> tuple[float, float, float, int]:
    shutil.rmtree(folder, ignore_errors=True)
    database = open_database(db_url, folder)
    database.actor = ADMINISTRATOR
    try:
        started, cpu = time.perf_counter(), time.process_time()
        table = read_table(path, header_score=looks_like_header)
        read = time.perf_counter() - started
        options = ImportOptions(match_columns(table.headers), consent_date=date(2025, 9, 1))
        with database.session() as session:
            report = import_learners(session, table, options)
        total, total_cpu = time.perf_counter() - started, time.process_time() - cpu
        if db_url:
            with database.session() as session:
                from sqlalchemy import text

                session.execute(text("TRUNCATE person CASCADE"))
    finally:
        database.dispose()
    assert report.written and not report.problems, [p.line() for p in report.problems[:5]]
    return read, total, total_cpu, report.created


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--db-url", help="a PostgreSQL database to import into (emptied after each round)")
    parser.add_argument("--quick", action="store_true", help="500 rows, one round: does it still work? (CI)")
    args = parser.parse_args()
    if args.quick:
        args.rows, args.rounds = 500, 1
    work = Path(tempfile.mkdtemp(prefix="import-bench-"))
    try:
        path = work / "learners.xlsx"
        make_file(path, args.rows)
        raws, raw_cpus, reads, totals, total_cpus = [], [], [], [], []
        for _ in range(args.rounds):
            raw, raw_cpu = raw_read(path)
            raws.append(raw)
            raw_cpus.append(raw_cpu)
            read, total, total_cpu, created = ours(path, args.db_url, work / "data")
            reads.append(read)
            totals.append(total)
            total_cpus.append(total_cpu)
        raw, raw_cpu, read, total, total_cpu = (statistics.median(v) for v in (raws, raw_cpus, reads, totals, total_cpus))
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"{args.rows} rows, {path.stat().st_size / 1e6:.1f} MB XLSX, {created} learners imported; "
              f"median of {args.rounds}; load average {load}")
        print("                                   wall         CPU of this process")
        print(f"  openpyxl raw read-only read      {raw:6.2f} s     {raw_cpu:6.2f} s")
        print(f"  ours: read_table                 {read:6.2f} s  ({read / raw:.2f} × raw wall)")
        print(f"  ours: check + write + commit     {total - read:6.2f} s")
        print(f"  ours: total                      {total:6.2f} s     {total_cpu:6.2f} s")
        print(f"  ours / raw                       {total / raw:6.2f} ×     {total_cpu / raw_cpu:6.2f} ×   target ≤ 2.00 × (CPU): "
              f"{'PASS' if total_cpu <= 2 * raw_cpu else 'FAIL'}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
