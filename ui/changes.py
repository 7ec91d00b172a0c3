"""The one change bus: after a change is committed, every page showing those kinds of records refreshes.

A change made anywhere (a dialog, a page, the backup) is announced once, by
:func:`ui.operations.change`, with the kinds of records it touched.  A page
subscribes to the kinds it shows; a page that is hidden (another page is on
screen) refreshes when it is next shown, and only once however many changes
came meanwhile.  A subscription ends with its receiver.

The date moving on is announced too (:attr:`Kind.DAY`, checked each minute):
statuses dated from today — agreements expiring, placements current — change
with it although no record did.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from enum import Enum
from functools import cache

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget


class Kind(Enum):
    """The kinds of records a change can touch and a page can show."""

    LEARNERS = "learners"
    PROGRAMMES = "programmes"
    GROUPS = "groups"
    ENROLMENTS = "enrolments"
    CERTIFICATES = "certificates"
    ORGANISATIONS = "organisations"
    AGREEMENTS = "agreements"
    PLACEMENTS = "placements"
    EMPLOYMENT = "employment"
    SESSIONS = "sessions"
    DEMAND = "demand"
    ADMISSIONS = "admissions"  # applications and the intake plan
    CONSENTS = "consents"  # consents to process personal data, and their withdrawals
    ACCOUNTS = "accounts"
    SETTINGS = "settings"
    BACKUPS = "backups"
    INCIDENTS = "incidents"  # the personal-data incident log
    DAY = "day"  # no record changed, but the date did


DAY_CHECK_MS = 60_000

Kinds = frozenset[Kind]


class ChangeBus(QObject):
    """Carries ``changed(kinds)`` to the subscribers; one per application (:func:`change_bus`)."""

    changed = Signal(object)  # a frozenset of Kind

    def __init__(self, today: Callable[[], date] = date.today, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._day = today()
        self._timer = QTimer(self, interval=DAY_CHECK_MS)
        self._timer.timeout.connect(self.check_day)
        self._timer.start()

    def check_day(self) -> None:
        """Announce :attr:`Kind.DAY` once the date has moved on."""
        day = self._today()
        if day != self._day:
            self._day = day
            self.announce({Kind.DAY})

    def announce(self, kinds: Iterable[Kind]) -> None:
        touched = frozenset(kinds)
        if touched:
            self.changed.emit(touched)


class _Subscription(QObject):
    """A child of the receiver, so that Qt ends the connection when the receiver is deleted."""

    def __init__(self, receiver: QObject, kinds: Kinds, slot: Callable[[Kinds], None], defer_while_hidden: bool) -> None:
        super().__init__(receiver)
        self._receiver = receiver
        self._kinds = kinds
        self._slot = slot
        self._pending: set[Kind] = set()
        self._defer = defer_while_hidden and isinstance(receiver, QWidget)
        if self._defer:
            receiver.installEventFilter(self)

    @Slot(object)
    def deliver(self, kinds: Kinds) -> None:
        wanted = kinds & self._kinds
        if not wanted:
            return
        if self._defer and not self._receiver.isVisible():  # type: ignore[attr-defined]
            self._pending |= wanted
            return
        self._slot(wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._pending:
            pending, self._pending = frozenset(self._pending), set()
            self._slot(pending)
        return False


@cache
def change_bus() -> ChangeBus:
    return ChangeBus()


def subscribe(
    receiver: QObject, kinds: Iterable[Kind], slot: Callable[[Kinds], None], *, defer_while_hidden: bool = True
) -> None:
    """Call ``slot(kinds that changed)`` after each change touching ``kinds``, for as long as ``receiver`` lives.

    A hidden widget hears of the changes when it is next shown (pass
    ``defer_while_hidden=False`` for one that must act while hidden, such as a
    banner that decides whether to appear).
    """
    subscription = _Subscription(receiver, frozenset(kinds), slot, defer_while_hidden)
    change_bus().changed.connect(subscription.deliver)
