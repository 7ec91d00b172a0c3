"""Start-up probe: prints READY once a window is usable, for the parent to time from process start.

    python benchmarks/start_probe.py bare                 # QApplication + QMainWindow with a QTableView
    python benchmarks/start_probe.py floor                # bare + the imports the learner list cannot do without
    python benchmarks/start_probe.py app --data-dir DIR   # the real program's start, until the learner list has rows

``app`` calls what ``main.py`` → ``ui.app.run_gui`` calls (create_application,
i18n.install_language, open_database_in_background, Controller(db, False).show())
and says READY when the Learners page's model has loaded its first rows and the
window has processed the resulting events.  Nothing is imported before it is
needed, as in ``main.py``.
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
    from cluster_desktop.cli import build_parser

    args = build_parser().parse_args(argv)
    from PySide6.QtCore import QCoreApplication, QTimer

    from ui import i18n, tasks

    try:
        from ui.app import Controller, create_application, open_database_in_background
    except ImportError as exc:  # another part of the window is not written yet: time the Learners page alone
        return _run_learners_page_only(args, f"{type(exc).__name__}: {exc}")

    app = create_application(sys.argv[:1])
    i18n.install_language(args.lang or i18n.saved_language())
    state: dict[str, object] = {"code": 0}

    def ready(db) -> None:  # type: ignore[no-untyped-def]
        controller = Controller(db, bool(args.demo))
        state["controller"] = controller
        window = controller.show()
        _when_loaded(window.pages["learners"].model, app)

    def failed(exc: BaseException) -> None:
        sys.stderr.write(f"FAILED {type(exc).__name__}: {exc}\n")
        state["code"] = 1
        app.quit()

    QTimer.singleShot(0, lambda: open_database_in_background(args, ready, failed))
    app.exec()
    tasks.wait_for_all()
    controller = state.get("controller")
    if controller is not None:
        controller.database.dispose()  # type: ignore[attr-defined]
    QCoreApplication.processEvents()
    return int(state["code"])  # type: ignore[call-overload]


def _when_loaded(model, app) -> None:  # type: ignore[no-untyped-def]
    """READY after ``model`` has its first rows and the window has handled what that caused, then quit."""
    from PySide6.QtCore import QTimer

    def report() -> None:
        app.processEvents()
        _ready(f"rows={model.rowCount()}")
        QTimer.singleShot(0, app.quit)

    if getattr(model, "loading", False) or model.rowCount() == 0:
        model.loaded.connect(report)
    else:
        report()


def _run_learners_page_only(args, reason: str) -> int:  # type: ignore[no-untyped-def]
    """Fallback while ``ui.app`` cannot be imported: the same steps with LearnersPage in a QMainWindow."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    from ui import i18n, tasks
    from ui.fonts import apply_app_font

    sys.stderr.write(f"FALLBACK {reason}\n")
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("ClusterDesktop")
    app.setApplicationName("Cluster Desktop")
    apply_app_font(app)
    i18n.install_language(args.lang or i18n.saved_language())
    state: dict[str, object] = {}

    def work(_progress: object):  # type: ignore[no-untyped-def]
        from cluster_desktop.db import open_database

        return open_database(args.db_url, args.data_dir)

    def ready(db) -> None:  # type: ignore[no-untyped-def]
        from ui.pages.learners_page import LearnersPage

        window = QMainWindow()
        page = LearnersPage(db, window)
        window.setCentralWidget(page)
        window.resize(1280, 780)
        window.show()
        state.update(window=window, db=db)
        _when_loaded(page.model, app)

    tasks.run_in_background(work, ready, lambda exc: (sys.stderr.write(f"FAILED {exc}\n"), app.quit()))
    app.exec()
    tasks.wait_for_all()
    if "db" in state:
        state["db"].dispose()  # type: ignore[attr-defined]
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("bare", "floor", "app"):
        sys.stderr.write(__doc__ or "")
        return 2
    if argv[0] == "app":
        return run_app(argv[1:])
    return run_bare() if argv[0] == "bare" else run_floor()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
