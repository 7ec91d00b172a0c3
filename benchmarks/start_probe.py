"""Start-up probe: prints READY once a window is usable, for the parent to time from process start.

    python benchmarks/start_probe.py time [--learners 100000] [--runs 5] [--out DIR --reuse]   # the start alone
    python benchmarks/start_probe.py --quick              # the same at 2,000 learners, one start each (CI)

    python benchmarks/start_probe.py bare                 # QApplication + QMainWindow with a QTableView
    python benchmarks/start_probe.py floor                # bare + the imports the learner list cannot do without
    python benchmarks/start_probe.py app --data-dir DIR [--user NAME]   # the real program's start, until the learner list has rows

``app`` runs ``ui.app.run_gui`` as ``main.py`` does; it prints WINDOW when the
main window is on screen (the database still opening behind it) and READY when
the Learners page shows its first rows.  A database with accounts asks for a
login: the probe fills the login dialog at once with ``--user`` and the password
from ``CLUSTER_DESKTOP_PASSWORD_FILE`` (as the commands take it) and presses OK,
printing LOGIN when the dialog is on screen and LOGGED_IN when a window for the
user is.  Anything else that waits for a person (the first-administrator dialog,
an error), or no READY within :data:`TIMEOUT_MS`, ends the probe with FAILED on
stderr and exit code 3.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent)]

TIMEOUT_MS = 60_000
EXIT_FAILED = 3


def _ready(detail: str = "") -> None:
    sys.stdout.write(f"READY {detail}\n".rstrip() + "\n")
    sys.stdout.flush()


def run_bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.resize(1280, 780)
    window.show()
    app.processEvents()
    _ready()
    return 0


def run_floor() -> int:
    """The bare window after importing what any learner query needs (SQLAlchemy ORM, the models, the list service)."""
    import cluster_desktop.services.learner_list  # noqa: F401 - the import is what is measured

    return run_bare()


def run_app(argv: list[str]) -> int:
    """The real ``main.py`` → ``ui.app.run_gui``; WINDOW when the main window is shown, READY when rows are in."""
    from cluster_desktop.cli import build_parser

    args = build_parser().parse_args(argv)
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit

    from ui.app import create_application, run_gui
    from ui.main_window import MainWindow

    app = create_application(sys.argv[:1])
    state = {"window": False, "login": False, "logged_in": False}
    clock = QElapsedTimer()
    clock.start()

    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    def fail(reason: str) -> None:
        sys.stderr.write(f"FAILED {reason}\n")
        sys.stderr.flush()
        os._exit(EXIT_FAILED)  # a modal dialog may hold the event loop: end at once

    def log_in(dialog: QDialog) -> None:
        """Fill the login dialog as a quick typist would and press OK (the password check runs as for a person)."""
        from cluster_desktop.services.login import PASSWORD_FILE_ENV, password_from_file

        username, password = dialog.findChild(QLineEdit, "username"), dialog.findChild(QLineEdit, "password")
        buttons = dialog.findChild(QDialogButtonBox)
        if args.user is None or PASSWORD_FILE_ENV not in os.environ or None in (username, password, buttons):
            fail(f"a {type(dialog).__name__} waits for a person (give --user and {PASSWORD_FILE_ENV})")
        state["login"] = True
        say("LOGIN")
        assert username is not None
        username.setText(args.user)
        assert password is not None
        password.setText(password_from_file(os.environ[PASSWORD_FILE_ENV]))
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def poll() -> None:
        if clock.elapsed() > TIMEOUT_MS:
            fail(f"no learners listed within {TIMEOUT_MS} ms")
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        if dialogs and not state["login"]:
            log_in(dialogs[0])
        elif dialogs and type(dialogs[0]).__name__ != "LoginDialog":
            fail(f"a {type(dialogs[0]).__name__} waits for a person")
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and not state["window"]:
            state["window"] = True
            app.processEvents()
            say("WINDOW")
        if state["login"] and not state["logged_in"] and any(w.actor is not None for w in windows):
            state["logged_in"] = True
            say("LOGGED_IN")
        page = windows[0].pages.get("learners") if windows else None
        # The page's model, found by name: importing LearnersPage here would load the database layer on the
        # GUI thread before the window, which the program itself does not do.
        model = getattr(page, "model", None)
        if model is not None and model.rowCount() > 0:
            app.processEvents()
            _ready(f"rows={model.rowCount()}")
            windows[0].close()
            app.quit()
            return
        QTimer.singleShot(1, poll)

    QTimer.singleShot(0, poll)
    return run_gui(args)


def run_timing(argv: list[str]) -> int:
    """Time the three probes from this process, on a database built as learner_list.py builds it (learner_list.measure_start)."""
    import argparse
    import shutil
    import statistics
    import tempfile

    from learner_list import TARGET_FIRST_LISTED_MS, add_administrator, build_database, count_people, measure_start

    from cluster_desktop.paths import DATABASE_FILE

    parser = argparse.ArgumentParser(prog="start_probe.py time", description="The program's start against a bare Qt window.")
    parser.add_argument("--learners", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, help="keep the database in this folder")
    parser.add_argument("--reuse", action="store_true", help="with --out: keep a database that has exactly --learners learners")
    parser.add_argument("--quick", action="store_true", help="2,000 learners, one start of each without a warm-up (CI)")
    args = parser.parse_args(argv)
    if args.quick:
        args.learners, args.runs = 2_000, 1
    scratch = Path(tempfile.mkdtemp(prefix="cluster-start-"))
    data_dir = args.out.resolve() if args.out else scratch / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "XDG_CONFIG_HOME": str(scratch / "config"), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("CLUSTER_DESKTOP_DATA_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its bytecode cached: compiling every module is not its start
    try:
        if not (args.reuse and count_people(data_dir / DATABASE_FILE) == args.learners):
            build_database(data_dir, args.learners, 2025)
        add_administrator(data_dir / DATABASE_FILE)
        start = measure_start(data_dir, env, args.runs, warm_up=not args.quick)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    samples = start["samples"]

    def line(label: str, key: str) -> str:
        values = samples.get(key, [])
        if not values:
            return f"  {label:<58} n/a"
        return f"  {label:<58} {statistics.median(values):7.0f} ms   ({', '.join(f'{v:.0f}' for v in values)})"

    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    print(f"Start-up, {args.learners:,} learners, median of {args.runs}; {os.cpu_count()} CPUs, load average {load}")
    print(line("bare Qt window with a table", "bare"))
    print(line("bare + SQLAlchemy ORM, models, learner list service", "floor"))
    print(line("the program: main window on screen", "app_window"))
    print(line("the program: login dialog open (password check)", "app_login"))
    print(line("the program: first learners listed, less the login dialog", "app"))
    listed = samples["app"]
    if listed:
        verdict = "PASS" if statistics.median(listed) <= TARGET_FIRST_LISTED_MS else "FAIL"
        print(f"  target: first learners listed ≤ {TARGET_FIRST_LISTED_MS:.0f} ms: {verdict}")
    for remark in start["remarks"]:
        print(f"  remark: {remark}")
    missing = [mode for mode in ("bare", "floor", "app") if not samples[mode]]
    if missing:
        print(f"Could not measure: {', '.join(missing)}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str]) -> int:
    if argv and argv[0] in ("time", "--quick"):
        return run_timing(argv[1:] if argv[0] == "time" else argv)
    if not argv or argv[0] not in ("bare", "floor", "app"):
        sys.stderr.write(__doc__ or "")
        return 2
    if argv[0] == "app":
        return run_app(argv[1:])
    return run_bare() if argv[0] == "bare" else run_floor()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
