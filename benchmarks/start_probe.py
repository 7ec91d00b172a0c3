"""Start-up probe: prints READY once a window is usable, for the parent to time from process start.

    python benchmarks/start_probe.py bare                 # QApplication + QMainWindow with a QTableView
    python benchmarks/start_probe.py floor                # bare + the imports the learner list cannot do without
    python benchmarks/start_probe.py app --data-dir DIR   # the real program's start, until the learner list has rows

``app`` runs ``ui.app.run_gui`` as ``main.py`` does; it prints WINDOW when the
main window is on screen (the database still opening behind it) and READY when
the Learners page shows its first rows.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


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
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import create_application, run_gui
    from ui.main_window import MainWindow

    app = create_application(sys.argv[:1])
    state = {"window": False}

    def poll() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and not state["window"]:
            state["window"] = True
            app.processEvents()
            sys.stdout.write("WINDOW\n")
            sys.stdout.flush()
        page = windows[0].pages.get("learners") if windows else None
        if page is not None and page.model.rowCount() > 0:
            app.processEvents()
            _ready(f"rows={page.model.rowCount()}")
            windows[0].close()
            app.quit()
            return
        QTimer.singleShot(1, poll)

    QTimer.singleShot(0, poll)
    return run_gui(args)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("bare", "floor", "app"):
        sys.stderr.write(__doc__ or "")
        return 2
    if argv[0] == "app":
        return run_app(argv[1:])
    return run_bare() if argv[0] == "bare" else run_floor()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
