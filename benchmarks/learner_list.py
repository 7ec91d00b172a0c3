"""The learner list at 100k learners: our SQL-backed model against QSqlTableModel + QSortFilterProxyModel.

    QT_QPA_PLATFORM=offscreen python benchmarks/learner_list.py [--learners 100000] [--out DIR] [--reuse] [--quick]

``--quick`` (CI): 2,000 learners, one round, one start of each kind without a warm-up.

1. Builds an SQLite database of N learners through ``open_database`` (real
   migrations, FTS5 trigram index and its triggers), inserting with Core
   executemany; keys come from :mod:`cluster_desktop.text`.
2. Times, each side in its own subprocess so that memory is not mixed:
   first rows on screen, filter per keystroke (Kazakh, Russian, IIN), sort by
   name, RSS; then the program's start against a bare Qt window (5 runs each,
   median), and the raw SQL of ``count_learners`` / ``learner_page``.
   The database gets a first administrator account (:data:`LOGIN_USER`); the
   program's start logs in with it through its login dialog, filled in by
   ``start_probe.py``, and the time that dialog is open is reported apart.
   Before each timed keystroke the event loop runs for TYPING_GAP_MS (a
   typist's pause), so that what the previous one left queued is not billed
   to the next.  A keystroke is timed to ``loaded`` (ours) or to the return
   of the proxy's filter call (baseline), and again to the first paint after.
3. Prints one table with targets and PASS/FAIL.  The exit code is 0 whatever
   the figures: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Qt is imported in the child processes that use it, not by the parent
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QTableView

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT), str(HERE)]
PROBE = HERE / "start_probe.py"
TYPED_WORDS = ("қасым", "нұрл", "иван", "0503")  # typed one letter at a time
ROUNDS = 3  # the typing sequence and the sorts are repeated this many times on each side
START_RUNS = 5
CHILD_TIMEOUT_S = 240
START_TIMEOUT_S = 90  # one start of the program, login included; a probe that hangs is killed
LOGIN_USER = "bench.admin"
LOGIN_PASSWORD = "Benchmark-Start-2026"
WAIT_TIMEOUT_MS = 60_000
TYPING_GAP_MS = 100  # events are processed (not slept) this long before each timed action, as between keystrokes
BATCH = 5_000

TARGET_FILTER_MS = 50.0
TARGET_FILTER_SPEEDUP = 20.0
TARGET_SORT_MS = 100.0
TARGET_RSS_MB = 300.0
TARGET_START_FACTOR = 2.0
TARGET_FIRST_LISTED_MS = 800.0


# -- small measuring tools -------------------------------------------------------------------------
def now_ms() -> float:
    return time.perf_counter() * 1000.0


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def p95(values: list[float]) -> float:
    """Nearest-rank 95th percentile."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def memory_mb() -> dict[str, float]:
    """Current (VmRSS) and peak (VmHWM) resident memory of this process, in MB."""
    found: dict[str, float] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    found["rss" if key == "VmRSS" else "peak"] = int(value.split()[0]) / 1024
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        found = {"rss": peak, "peak": peak}
    return found


def typed_prefixes() -> list[str]:
    return [word[:n] for word in TYPED_WORDS for n in range(1, len(word) + 1)]


# -- 1. the database -------------------------------------------------------------------------------
def build_database(data_dir: Path, learners: int, seed: int) -> dict[str, Any]:
    from population import person_rows, stage_row  # benchmarks/population.py, beside this script
    from sqlalchemy import insert

    from cluster_desktop.db import open_database
    from cluster_desktop.models import Person, StageRecord
    from cluster_desktop.paths import DATABASE_FILE

    for suffix in ("", "-wal", "-shm"):
        (data_dir / (DATABASE_FILE + suffix)).unlink(missing_ok=True)
    started = time.perf_counter()
    db = open_database(data_dir=data_dir)
    migrated = time.perf_counter()
    source, rows = person_rows(learners, seed)
    people: list[dict[str, Any]] = []
    stages: list[dict[str, Any]] = []
    with db.engine.begin() as conn:
        # Bulk load: the per-row FTS trigger is set aside and the index built once with FTS5's own
        # 'rebuild' (same content, half the time); the trigger comes back from its stored SQL.
        trigger_sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'person_search_insert'").scalar()
        if trigger_sql:
            conn.exec_driver_sql("DROP TRIGGER person_search_insert")
        for row in rows:
            people.append(row)
            stages.append(stage_row(row))
            if len(people) == BATCH:
                conn.execute(insert(Person.__table__), people)
                conn.execute(insert(StageRecord.__table__), stages)
                people, stages = [], []
        if people:
            conn.execute(insert(Person.__table__), people)
            conn.execute(insert(StageRecord.__table__), stages)
        if trigger_sql:
            conn.exec_driver_sql("INSERT INTO person_search(person_search) VALUES ('rebuild')")
            conn.exec_driver_sql(trigger_sql)
    inserted = time.perf_counter()
    with db.engine.connect() as conn:  # no ANALYZE: the program never runs it, so its plans go without statistics
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.commit()
    db.dispose()
    finished = time.perf_counter()
    path = data_dir / DATABASE_FILE
    return {
        "path": str(path),
        "source": source,
        "migrate_s": migrated - started,
        "insert_s": inserted - migrated,
        "checkpoint_s": finished - inserted,
        "total_s": finished - started,
        "size_mb": path.stat().st_size / 1e6,
    }


def count_people(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(path) as conn:
        try:
            return int(conn.execute("SELECT count(*) FROM person").fetchone()[0])
        except sqlite3.Error:
            return -1


# -- raw SQL, no Qt ---------------------------------------------------------------------------------
def add_administrator(path: Path) -> None:
    """The first administrator account, unless the database has accounts: the program's start logs in with it."""
    from cluster_desktop.db import open_database
    from cluster_desktop.services.accounts import create_first_administrator, has_accounts

    db = open_database(f"sqlite:///{path}", data_dir=path.parent)
    try:
        with db.session() as session:
            if not has_accounts(session):
                create_first_administrator(session, LOGIN_USER, "Benchmark administrator", LOGIN_PASSWORD)
    finally:
        db.dispose()


def time_sql(path: Path, repeat: int = 5) -> list[dict[str, Any]]:
    """count_learners and learner_page alone, each in a fresh session as the model's background work does."""
    from population import ADMINISTRATOR

    from cluster_desktop.db import open_database
    from cluster_desktop.services.learner_list import LearnerFilter, LearnerSort, count_learners, learner_page

    db = open_database(f"sqlite:///{path}", data_dir=path.parent)
    db.actor = ADMINISTRATOR
    results: list[dict[str, Any]] = []

    def measure(label: str, flt: LearnerFilter, sort: LearnerSort = LearnerSort.NAME, descending: bool = False, offset: int = 0) -> None:
        counts, pages, whole = [], [], []
        total = 0
        for _ in range(repeat):
            t0 = now_ms()
            with db.session() as session:
                t1 = now_ms()
                total = count_learners(session, flt)
                t2 = now_ms()
                learner_page(session, flt, sort, descending, offset, 200)
                t3 = now_ms()
            t4 = now_ms()
            counts.append(t2 - t1)
            pages.append(t3 - t2)
            whole.append(t4 - t0)
        results.append({"label": label, "count_ms": median(counts), "page_ms": median(pages), "work_ms": median(whole), "rows": total})

    with db.session() as session:  # warm the page cache and the FTS check, as the window's first load does
        count_learners(session)
    for text in typed_prefixes():
        measure(f"filter {text!r}", LearnerFilter(text=text))
    measure("no filter, name asc", LearnerFilter())
    measure("no filter, name desc", LearnerFilter(), descending=True)
    measure("no filter, page at row 50,000", LearnerFilter(), offset=50_000)
    measure("no filter, IIN asc", LearnerFilter(), LearnerSort.IIN)
    measure("no filter, birth date desc", LearnerFilter(), LearnerSort.BIRTH_DATE, True)
    db.dispose()
    return results


WHAT_IF_COLUMNS = "id, iin, surname, given_name, patronymic, birth_date, sex, current_stage, phone"
WHAT_IF_FTS = "SELECT rowid FROM person_search WHERE person_search MATCH ?"


def time_what_if(path: Path, repeat: int = 5) -> list[tuple[str, str, float, int]]:
    """Hand-written SQLite alternatives to the program's plans, to show where a keystroke's time could go.

    Not the program's SQL: plain sqlite3 on the same file.  (label, variant, median ms, rows).
    """
    import sqlite3

    from cluster_desktop.text import word_sort_key

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out: list[tuple[str, str, float, int]] = []

    def run(label: str, variant: str, sql: str, *params: str) -> None:
        times, result = [], []
        for _ in range(repeat):
            t = now_ms()
            result = conn.execute(sql, params).fetchall()
            times.append(now_ms() - t)
        rows = result[0][0] if len(result) == 1 and len(result[0]) == 1 else len(result)
        out.append((label, variant, median(times), rows))

    order = "ORDER BY sort_key, id LIMIT 200"
    for word in ("нұр", "нұрл", "050", "иван", "қасым", "0503"):
        match = '"' + word + '"'
        run(f"count {word!r}", "program: person.id IN (fts)", f"SELECT count(*) FROM person WHERE id IN ({WHAT_IF_FTS})", match)
        run(f"count {word!r}", "fts table alone", "SELECT count(*) FROM person_search WHERE person_search MATCH ?", match)
        run(f"page {word!r}", "program: IN (fts) + temp sort", f"SELECT {WHAT_IF_COLUMNS} FROM person WHERE id IN ({WHAT_IF_FTS}) {order}", match)
        run(f"page {word!r}", "walk sort index: +id IN (fts)", f"SELECT {WHAT_IF_COLUMNS} FROM person WHERE +id IN ({WHAT_IF_FTS}) {order}", match)
    for digits in ("0", "05"):  # no name's sort key begins with a digit: the program's OR adds an empty range
        key = word_sort_key(digits)
        run(f"page {digits!r}", "program: OR(sort_key, iin ranges) + sort",
            f"SELECT {WHAT_IF_COLUMNS} FROM person WHERE (sort_key >= ? AND sort_key < ?) OR (iin >= ? AND iin < ?) {order}",
            key, key + "~", digits, digits + ":")
        run(f"page {digits!r}", "iin range only + sort", f"SELECT {WHAT_IF_COLUMNS} FROM person WHERE iin >= ? AND iin < ? {order}", digits, digits + ":")
        run(f"page {digits!r}", "walk sort index: +iin range", f"SELECT {WHAT_IF_COLUMNS} FROM person WHERE +iin >= ? AND +iin < ? {order}", digits, digits + ":")
    conn.close()
    return out


# -- 2. the two sides, each in its own process -----------------------------------------------------
class Screen:
    """Waits without sleeping, and makes sure the view has painted once after a change."""

    def __init__(self, view: QTableView) -> None:
        from PySide6.QtCore import QEvent, QObject

        class PaintCounter(QObject):
            count = 0

            def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    self.count += 1
                return False

        self.view = view
        self._counter = PaintCounter()
        view.viewport().installEventFilter(self._counter)

    def mark(self) -> int:
        return self._counter.count

    def painted(self, mark: int) -> float:
        """Process pending events (the view's update included); paint now if that did not; the time after."""
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        if self._counter.count == mark:
            self.view.viewport().repaint()
        return now_ms()

    @staticmethod
    def idle(ms: int = TYPING_GAP_MS) -> None:
        """Process events for ``ms``: what the previous change left to do (a deferred relayout, a second paint) is done."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    @staticmethod
    def wait_for(signal: SignalInstance, action: Callable[[], object]) -> float:
        """Run ``action``, spin an event loop until ``signal`` fires; the time it fired."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        fired: list[float] = []

        def on_signal(*_args: object) -> None:
            fired.append(now_ms())
            loop.quit()

        signal.connect(on_signal)
        timer = QTimer(singleShot=True, interval=WAIT_TIMEOUT_MS)
        timer.timeout.connect(loop.quit)
        timer.start()
        try:
            action()
            if not fired:
                loop.exec()
        finally:
            timer.stop()
            signal.disconnect(on_signal)
        if not fired:
            raise TimeoutError(f"no signal within {WAIT_TIMEOUT_MS} ms")
        return fired[0]


def configure_view(view: QTableView) -> None:
    """The Learners page's table settings, on both sides, so that only the models differ."""
    from PySide6.QtWidgets import QAbstractItemView

    view.resize(1200, 700)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)


def child_ours(path: Path) -> dict[str, Any]:
    from population import ADMINISTRATOR
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

    from cluster_desktop.db import open_database
    from cluster_desktop.services.learner_list import LearnerFilter, LearnerSort, count_learners, learner_page
    from ui.fonts import apply_app_font
    from ui.pages.learners_page import learner_columns
    from ui.sql_table_model import SqlTableModel

    app = QApplication(sys.argv[:1])
    apply_app_font(app)
    t = now_ms()
    db = open_database(f"sqlite:///{path}", data_dir=path.parent)
    open_ms = now_ms() - t
    db.actor = ADMINISTRATOR
    result: dict[str, Any] = {"open_database_ms": open_ms, "memory_before": memory_mb()}

    view = QTableView()
    configure_view(view)
    screen = Screen(view)
    mark = screen.mark()
    t0 = now_ms()
    model = SqlTableModel(db, learner_columns(), count_learners, learner_page, LearnerFilter(), LearnerSort.NAME, view)
    view.setModel(model)
    for column, width in enumerate((280, 120, 100, 80, 110)):
        view.setColumnWidth(column, width)
    view.show()
    loaded = screen.wait_for(model.loaded, model.refresh)
    painted = screen.painted(mark)
    result.update(first_loaded_ms=loaded - t0, first_rows_ms=painted - t0, rows=model.rowCount(), first_row=model.data(model.index(0, 0)))
    result["memory_loaded"] = memory_mb()

    def timed(action: Callable[[], object]) -> tuple[float, float]:
        screen.idle()
        mark = screen.mark()
        t = now_ms()
        fired = screen.wait_for(model.loaded, action)
        return fired - t, screen.painted(mark) - t

    keystrokes: list[dict[str, Any]] = []
    for _round in range(ROUNDS):
        for word in TYPED_WORDS:
            timed(lambda: model.set_query(LearnerFilter()))  # the box is cleared: not counted
            for n in range(1, len(word) + 1):
                text = word[:n]
                ms, painted_ms = timed(partial(model.set_query, LearnerFilter(text=text)))
                keystrokes.append({"text": text, "ms": ms, "painted_ms": painted_ms, "rows": model.rowCount()})
    result["keystrokes"] = keystrokes
    result["memory_filtered"] = memory_mb()

    timed(lambda: model.set_query(LearnerFilter()))
    sorts: dict[str, list[float]] = {"asc": [], "desc": [], "asc_painted": [], "desc_painted": []}
    for _round in range(ROUNDS):
        # descending first: the model ignores a sort to the order it already has (ascending, at start)
        for name, order in (("desc", Qt.SortOrder.DescendingOrder), ("asc", Qt.SortOrder.AscendingOrder)):
            ms, painted_ms = timed(partial(model.sort, 0, order))
            sorts[name].append(ms)
            sorts[name + "_painted"].append(painted_ms)
    result["sorts"] = sorts

    middle = model.rowCount() // 2
    screen.idle()
    mark = screen.mark()
    t = now_ms()
    def scroll_to_middle() -> None:
        view.scrollTo(model.index(middle, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        screen.painted(mark)

    screen.wait_for(model.dataChanged, scroll_to_middle)
    result["scroll_middle_ms"] = screen.painted(screen.mark()) - t
    result["memory_end"] = memory_mb()

    from ui import tasks

    tasks.wait_for_all()
    db.dispose()
    return result


def child_baseline(path: Path) -> dict[str, Any]:
    """What a naive program does: QSqlTableModel, fetch everything, QSortFilterProxyModel on top."""
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtSql import QSqlDatabase, QSqlTableModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    t = now_ms()
    db = QSqlDatabase.addDatabase("QSQLITE", "baseline")
    db.setDatabaseName(str(path))
    if not db.open():
        raise RuntimeError(db.lastError().text())
    result: dict[str, Any] = {"open_database_ms": now_ms() - t, "memory_before": memory_mb()}

    view = QTableView()
    configure_view(view)
    screen = Screen(view)
    mark = screen.mark()
    t0 = now_ms()
    model = QSqlTableModel(view, db)
    model.setTable("person")
    model.setEditStrategy(QSqlTableModel.EditStrategy.OnManualSubmit)
    if not model.select():
        raise RuntimeError(model.lastError().text())
    while model.canFetchMore():
        model.fetchMore()
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    surname = model.fieldIndex("surname")
    iin = model.fieldIndex("iin")
    proxy.setFilterKeyColumn(surname)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view.setModel(proxy)
    view.show()
    loaded = now_ms()
    result.update(first_loaded_ms=loaded - t0, first_rows_ms=screen.painted(mark) - t0, rows=proxy.rowCount())
    result["memory_loaded"] = memory_mb()

    def timed(action: Callable[[], object]) -> tuple[float, float]:
        screen.idle()
        mark = screen.mark()
        t = now_ms()
        action()
        done = now_ms()
        return done - t, screen.painted(mark) - t

    keystrokes: list[dict[str, Any]] = []
    for _round in range(ROUNDS):
        for word in TYPED_WORDS:
            timed(lambda: proxy.setFilterFixedString(""))  # the box is cleared: not counted
            timed(partial(proxy.setFilterKeyColumn, iin if word.isdigit() else surname))
            for n in range(1, len(word) + 1):
                text = word[:n]
                ms, painted_ms = timed(partial(proxy.setFilterFixedString, text))
                keystrokes.append({"text": text, "ms": ms, "painted_ms": painted_ms, "rows": proxy.rowCount()})
    result["keystrokes"] = keystrokes
    result["memory_filtered"] = memory_mb()

    timed(lambda: proxy.setFilterFixedString(""))
    timed(lambda: proxy.setFilterKeyColumn(surname))
    sorts: dict[str, list[float]] = {"asc": [], "desc": [], "asc_painted": [], "desc_painted": []}
    for _round in range(ROUNDS):
        for name, order in (("asc", Qt.SortOrder.AscendingOrder), ("desc", Qt.SortOrder.DescendingOrder)):
            ms, painted_ms = timed(partial(proxy.sort, surname, order))
            sorts[name].append(ms)
            sorts[name + "_painted"].append(painted_ms)
    result["sorts"] = sorts
    result["memory_end"] = memory_mb()
    del app
    return result


def run_child(kind: str, path: Path, env: dict[str, str]) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--db", str(path), "--rounds", str(ROUNDS)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=CHILD_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"no result within {CHILD_TIMEOUT_S} s"}
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT "):])
    return {"error": f"exit {done.returncode}: {done.stderr.strip()[-2000:]}"}


# -- program start ----------------------------------------------------------------------------------
def time_start(mode: list[str], env: dict[str, str]) -> tuple[float | None, str, float | None, float]:
    """Milliseconds from Popen to the child's READY line (None if it never came) less the time its login
    dialog was open, any remark, to its WINDOW line, and the time the login dialog was open (0 without one).

    A child that has not ended within START_TIMEOUT_S is killed, so a dialog left open cannot stall the run.
    """
    t0 = time.perf_counter()
    process = subprocess.Popen([sys.executable, str(PROBE), *mode], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, text=True, env=env)
    watchdog = threading.Timer(START_TIMEOUT_S, process.kill)
    watchdog.start()
    assert process.stdout is not None
    seen: dict[str, float] = {}
    try:
        for line in process.stdout:
            word = line.split(maxsplit=1)[0] if line.strip() else ""
            if word in ("WINDOW", "LOGIN", "LOGGED_IN", "READY"):
                seen.setdefault(word, (time.perf_counter() - t0) * 1000)
            if word == "READY":
                break
        _out, err = process.communicate()
    finally:
        watchdog.cancel()
    login = seen["LOGGED_IN"] - seen["LOGIN"] if "LOGIN" in seen and "LOGGED_IN" in seen else 0.0
    elapsed = seen["READY"] - login if "READY" in seen else None
    remark = " ".join(line for line in err.splitlines() if line.startswith(("FALLBACK", "FAILED")))
    if elapsed is None and not remark:
        remark = f"no READY (exit code {process.returncode}): " + err.strip()[-500:]
    return elapsed, remark, seen.get("WINDOW"), login


def measure_start(data_dir: Path, env: dict[str, str], runs: int, warm_up: bool = True) -> dict[str, Any]:
    password_file = data_dir / "benchmark-password.txt"
    password_file.write_text(LOGIN_PASSWORD + "\n", encoding="utf-8")
    env = {**env, "CLUSTER_DESKTOP_PASSWORD_FILE": str(password_file)}
    modes = {"bare": ["bare"], "floor": ["floor"], "app": ["app", "--data-dir", str(data_dir), "--user", LOGIN_USER]}
    samples: dict[str, list[float]] = {name: [] for name in [*modes, "app_window", "app_login"]}
    remarks: set[str] = set()
    if warm_up:
        for mode in modes.values():  # one warm-up each: file cache, .pyc, font cache
            time_start(mode, env)
    for _ in range(runs):
        for name, mode in modes.items():
            elapsed, remark, window, login = time_start(mode, env)
            if window is not None:
                samples["app_window"].append(window)
            if login:
                samples["app_login"].append(login)
            if remark:
                remarks.add(f"{name}: {remark}")
            if elapsed is not None:
                samples[name].append(elapsed)
    return {"samples": samples, "remarks": sorted(remarks)}


# -- report -----------------------------------------------------------------------------------------
def _fmt(value: float | None, unit: str = "ms") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    return f"{value:,.1f} {unit}" if value < 100 else f"{value:,.0f} {unit}"


def _ratio(base: float | None, ours: float | None) -> str:
    if not base or not ours or math.isnan(base) or math.isnan(ours):
        return "n/a"
    return f"{base / ours:,.1f}×"


def _verdict(ok: bool | None) -> str:
    return "info" if ok is None else "PASS" if ok else "FAIL"


def report(n: int, build: dict[str, Any], sql: list[dict[str, Any]], what_if: list[tuple[str, str, float, int]], ours: dict[str, Any], base: dict[str, Any], start: dict[str, Any]) -> list[list[str]]:
    print()
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print(f"Learner list benchmark — {n:,} learners, Python {sys.version.split()[0]}, {os.cpu_count()} CPU(s), "
          f"QPA={os.environ.get('QT_QPA_PLATFORM', '?')}, load average now {load}")
    if build:
        print(
            f"Database: {build['path']} ({build['size_mb']:.0f} MB), people from {build['source']}\n"
            f"Build: {build['total_s']:.1f} s (migrations {build['migrate_s']:.1f} s, insert {build['insert_s']:.1f} s, WAL checkpoint {build['checkpoint_s']:.1f} s)"
        )
    for side, data in (("ours", ours), ("baseline", base)):
        if "error" in data:
            print(f"!! {side} failed: {data['error']}")

    def keystroke_ms(data: dict[str, Any], key: str = "ms") -> list[float]:
        return [k[key] for k in data.get("keystrokes", [])]

    def sorts(data: dict[str, Any], name: str) -> float | None:
        values = data.get("sorts", {}).get(name)
        return median(values) if values else None

    def memory(data: dict[str, Any], when: str, key: str) -> float | None:
        return data.get(when, {}).get(key)

    o_keys, b_keys = keystroke_ms(ours), keystroke_ms(base)
    o_med, b_med = median(o_keys), median(b_keys)
    o_paint, b_paint = keystroke_ms(ours, "painted_ms"), keystroke_ms(base, "painted_ms")
    o_peak, b_peak = memory(ours, "memory_end", "peak"), memory(base, "memory_end", "peak")
    bare = median(start["samples"]["bare"]) if start["samples"]["bare"] else None
    app = median(start["samples"]["app"]) if start["samples"]["app"] else None
    app_window = median(start["samples"]["app_window"]) if start["samples"].get("app_window") else None

    def row(metric: str, o: float | None, b: float | None, target: str = "—", ok: bool | None = None, unit: str = "ms") -> list[str]:
        return [metric, _fmt(o, unit), _fmt(b, unit), _ratio(b, o), target, _verdict(ok)]

    def sort_ok(name: str) -> bool:
        value = sorts(ours, name)
        return value is not None and value <= TARGET_SORT_MS

    speedup = b_med / o_med if o_keys and b_keys and o_med > 0 else 0.0
    rows = [
        row("first rows on screen (model made → rows painted)", ours.get("first_rows_ms"), base.get("first_rows_ms")),
        row("filter keystroke → loaded / filter done, median", o_med, b_med, f"≤ {TARGET_FILTER_MS:.0f} ms, ≥ {TARGET_FILTER_SPEEDUP:.0f}×",
            bool(o_keys and b_keys) and o_med <= TARGET_FILTER_MS and speedup >= TARGET_FILTER_SPEEDUP),
        row("filter keystroke → loaded / filter done, p95", p95(o_keys), p95(b_keys)),
        row("filter keystroke incl. repaint, median", median(o_paint), median(b_paint)),
        row("filter keystroke incl. repaint, p95", p95(o_paint), p95(b_paint)),
        row("sort by name ascending → loaded / sorted", sorts(ours, "asc"), sorts(base, "asc"), f"≤ {TARGET_SORT_MS:.0f} ms", sort_ok("asc")),
        row("sort by name descending → loaded / sorted", sorts(ours, "desc"), sorts(base, "desc"), f"≤ {TARGET_SORT_MS:.0f} ms", sort_ok("desc")),
        row("sort by name (both) incl. repaint", median(ours.get("sorts", {}).get("asc_painted", []) + ours.get("sorts", {}).get("desc_painted", [])),
            median(base.get("sorts", {}).get("asc_painted", []) + base.get("sorts", {}).get("desc_painted", []))),
        row("RSS after first rows", memory(ours, "memory_loaded", "rss"), memory(base, "memory_loaded", "rss"), unit="MB"),
        row("peak RSS (VmHWM, whole run)", o_peak, b_peak, f"≤ {TARGET_RSS_MB:.0f} MB", o_peak is not None and o_peak <= TARGET_RSS_MB, "MB"),
        row(f"start → window on screen, median of {len(start['samples']['app_window'])} (baseline: bare Qt window)", app_window, bare,
            f"≤ {TARGET_START_FACTOR:.0f}× bare", app_window is not None and bare is not None and app_window <= TARGET_START_FACTOR * bare),
        row(f"start → first learners listed, less the login dialog, median of {len(start['samples']['app'])} (baseline: bare Qt window)",
            app, bare, f"≤ {TARGET_FIRST_LISTED_MS:.0f} ms", app is not None and app <= TARGET_FIRST_LISTED_MS),
    ]
    header = ["metric", "ours", "baseline", "base/ours", "target", "result"]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print()
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("-+-".join("-" * w for w in widths))
    for cells in rows:
        print(" | ".join(c.ljust(w) if i == 0 or i >= 4 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))))
    print()

    def samples(data: dict[str, Any], name: str) -> str:
        return ", ".join(_fmt(v) for v in data.get("sorts", {}).get(name, []))

    print("Extra lines:")
    print(f"  ours: open_database on the existing file {_fmt(ours.get('open_database_ms'))}; first page loaded {_fmt(ours.get('first_loaded_ms'))} "
          f"(painted {_fmt(ours.get('first_rows_ms'))}); rows {ours.get('rows', 0):,}; scroll to the middle row (page fetch + paint) {_fmt(ours.get('scroll_middle_ms'))}")
    print(f"  baseline: QSqlDatabase.open {_fmt(base.get('open_database_ms'))}; select+fetch all+proxy {_fmt(base.get('first_loaded_ms'))} "
          f"(painted {_fmt(base.get('first_rows_ms'))}); rows {base.get('rows', 0):,}")
    print("  baseline filters the surname column (the IIN column for digits); ours searches surname, given name, patronymic and IIN")
    floor = start["samples"]["floor"]
    print(f"  start samples: ours {', '.join(_fmt(v) for v in start['samples']['app'])}; bare {', '.join(_fmt(v) for v in start['samples']['bare'])}")
    login = start["samples"].get("app_login", [])
    print(f"  login dialog open (filled at once by the probe; the password check, Argon2): median {_fmt(median(login) if login else None)}, "
          "not counted in the first learners listed")
    print(f"  start floor (bare window + import of SQLAlchemy ORM, models, learner_list): median {_fmt(median(floor) if floor else None)} "
          f"= {median(floor) / bare if floor and bare else float('nan'):.1f}× bare; samples {', '.join(_fmt(v) for v in floor)}")
    for remark in start["remarks"]:
        print(f"  start remark: {remark}")
    print(f"  sort samples: ours asc {samples(ours, 'asc')}; desc {samples(ours, 'desc')} | baseline asc {samples(base, 'asc')}; desc {samples(base, 'desc')}")
    print()
    print(f"Per keystroke, median of {ROUNDS} rounds: text | ours → loaded, incl. repaint (rows) | baseline → done, incl. repaint (rows)")
    for text in typed_prefixes():
        cells = []
        for data in (ours, base):
            found = [k for k in data.get("keystrokes", []) if k["text"] == text]
            cells.append(
                f"{median([k['ms'] for k in found]):7.1f} {median([k['painted_ms'] for k in found]):7.1f} ms ({found[0]['rows']:>7,})" if found else "n/a"
            )
        print(f"  {text:<6} | {cells[0]} | {cells[1]}")
    print()
    print("Raw SQL, no Qt (median of 5, fresh session each as the model's background work): label | count | page of 200 | session+count+page | rows")
    for s in sql:
        print(f"  {s['label']:<32} | {s['count_ms']:7.2f} ms | {s['page_ms']:7.2f} ms | {s['work_ms']:7.2f} ms | {s['rows']:>7,}")
    print()
    print("What-if, raw sqlite3 (NOT the program's SQL; median of 5): query | plan | ms | rows")
    for label, variant, ms, count in what_if:
        print(f"  {label:<14} | {variant:<42} | {ms:8.2f} ms | {count:>7,}")
    print()
    return rows


# -- entry ------------------------------------------------------------------------------------------
def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--learners", type=int, default=100_000, help="how many learners (default 100,000)")
    parser.add_argument("--out", type=Path, help="keep the database and results.json in this folder (default: a temporary folder, removed)")
    parser.add_argument("--reuse", action="store_true", help="with --out: keep an existing database that has exactly --learners learners")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--start-runs", type=int, default=START_RUNS)
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="typing and sorting rounds on each side")
    parser.add_argument("--quick", action="store_true", help="2,000 learners, one round, one start of each kind: does it still work? (CI)")
    parser.add_argument("--child", choices=("ours", "baseline"), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    global ROUNDS
    args = parse_args(argv)
    if args.quick:
        args.learners, args.rounds, args.start_runs = 2_000, 1, 1
    ROUNDS = args.rounds
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.child:
        result = (child_ours if args.child == "ours" else child_baseline)(args.db)
        sys.stdout.write("RESULT " + json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        os._exit(0)  # skip Qt's and SQLAlchemy's tear-down: nothing is measured after this

    from cluster_desktop.paths import DATABASE_FILE

    scratch = Path(tempfile.mkdtemp(prefix="cluster-bench-"))
    data_dir = args.out.resolve() if args.out else scratch / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DATABASE_FILE
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(scratch / "config")  # the probes' QSettings never touch the user's
    env.pop("CLUSTER_DESKTOP_DATA_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its bytecode cached: compiling every module is not its start
    try:
        build: dict[str, Any] = {}
        if args.reuse and path.exists() and count_people(path) == args.learners:
            print(f"Reusing {path} ({args.learners:,} learners)", flush=True)
        else:
            print(f"Building {args.learners:,} learners in {path} …", flush=True)
            build = build_database(data_dir, args.learners, args.seed)
            print(f"Build time: {build['total_s']:.1f} s", flush=True)
        add_administrator(path)
        print("Timing the SQL alone …", flush=True)
        sql = time_sql(path)
        what_if = time_what_if(path)
        print("Our model (subprocess) …", flush=True)
        ours = run_child("ours", path, env)
        print("Baseline QSqlTableModel + QSortFilterProxyModel (subprocess) …", flush=True)
        base = run_child("baseline", path, env)
        print(f"Start-up, {args.start_runs} runs each …", flush=True)
        start = measure_start(data_dir, env, args.start_runs, warm_up=not args.quick)
        rows = report(args.learners, build, sql, what_if, ours, base, start)
        if args.out:
            results = {"learners": args.learners, "build": build, "sql": sql, "what_if": what_if, "ours": ours, "baseline": base, "start": start, "table": rows}
            (data_dir / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
            print(f"Results written to {data_dir / 'results.json'}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    broken = [side for side, data in (("ours", ours), ("baseline", base)) if "error" in data]
    broken += [f"start ({mode})" for mode in ("bare", "floor", "app") if not start["samples"][mode]]
    if broken:  # the figures may be anything; a part that could not run at all is an error
        print(f"Could not measure: {', '.join(broken)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
