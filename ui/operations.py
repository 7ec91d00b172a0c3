"""The one way a window reads or changes the database (as Anki's ``QueryOp`` and ``CollectionOp``).

``query(parent, db, fn, on_done)`` runs ``fn(session)`` in one database
session off the GUI thread and hands its result to ``on_done`` on the GUI
thread.  ``change(parent, db, fn, touches={Kind.…})`` does the same for work
that writes, and once the transaction has committed announces the kinds of
records it touched on the change bus (:mod:`ui.changes`), after ``on_done``, so
that every page showing them refreshes.  A failed change announces nothing.

Both sit on :func:`ui.tasks.run_in_background` and take its options: ``label``
shows a cancellable progress dialog, and then ``fn`` is called as
``fn(session, progress)``; ``owner`` is the object whose deletion drops the
result; ``on_error`` replaces the one way failures are reported (a
:class:`UserError` in a message box, anything unexpected in the crash message).
The ``fn`` runs on a worker thread: it must return plain data, never ORM
objects or widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from .changes import Kind, change_bus
from .tasks import BackgroundTask, Progress, run_in_background

if TYPE_CHECKING:  # the window appears before the database layer is imported
    from cluster_desktop.db import Database

T = TypeVar("T")


def _in_session(db: Database, fn: Callable[..., T], with_progress: bool) -> Callable[[Progress], T]:
    def work(progress: Progress) -> T:
        with db.session() as session:
            return fn(session, progress) if with_progress else fn(session)

    return work


def query(
    parent: QWidget | None,
    db: Database,
    fn: Callable[..., T],
    on_done: Callable[[T], None] | None = None,
    *,
    on_error: Callable[[BaseException], None] | None = None,
    label: str | None = None,
    owner: QObject | None = None,
) -> BackgroundTask:
    """Read with ``fn(session)`` off the GUI thread; ``on_done(result)`` on it."""
    return run_in_background(
        _in_session(db, fn, label is not None), on_done, on_error, parent=parent, label=label, owner=owner
    )


def change(
    parent: QWidget | None,
    db: Database,
    fn: Callable[..., T],
    on_done: Callable[[T], None] | None = None,
    *,
    touches: Iterable[Kind],
    on_error: Callable[[BaseException], None] | None = None,
    label: str | None = None,
    owner: QObject | None = None,
) -> BackgroundTask:
    """Write with ``fn(session)`` off the GUI thread; after the commit, ``on_done(result)`` and announce ``touches``."""
    touched = frozenset(touches)
    return run_in_background(
        _in_session(db, fn, label is not None),
        on_done,
        on_error,
        parent=parent,
        label=label,
        owner=owner,
        after_done=lambda: change_bus().announce(touched),
    )
