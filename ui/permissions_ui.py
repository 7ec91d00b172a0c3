"""What the window offers depends on who is logged in: the one place pages ask.

A page calls :func:`allow` on the buttons, menu actions and shortcuts of an
action that needs a permission; for a role without it they are hidden (or, for
a shortcut, switched off), so a viewer never meets a button that would only be
refused.  The core refuses the action anyway (``cluster_desktop.permissions``);
this only keeps the window honest.

Nobody logged in (``database.actor`` is None) means nothing is allowed, like
the services.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QWidget

from cluster_desktop.errors import TRANSLATION_CONTEXT
from cluster_desktop.permissions import ROLE_WORDS, Actor, Permission, Role

Target = QWidget | QAction | QShortcut


def actor_of(source: Any) -> Actor | None:
    """The acting user of a ``Database`` (or of anything with an ``actor`` attribute), or None."""
    actor = source if isinstance(source, Actor) else getattr(source, "actor", None)
    return actor if isinstance(actor, Actor) else None


def can(source: Any, permission: Permission) -> bool:
    """Whether the user acting through ``source`` (a Database or an Actor) may do ``permission``.

    For the privacy permissions this is what the college's setting gave the role at login
    (``Actor.granted``, from the same :func:`cluster_desktop.permissions.allowed` rule the services apply).
    """
    actor = actor_of(source)
    return actor is not None and actor.holds(permission)


def allow(source: Any, permission: Permission, *targets: Target | None) -> bool:
    """Hide ``targets`` unless the user of ``source`` may do ``permission``; returns whether allowed.

    Hidden, not disabled: a disabled button says "not now", which would be
    untrue; the page's own enabling (by selection) keeps working for those shown.
    """
    allowed = can(source, permission)
    if not allowed:
        for target in targets:
            if isinstance(target, QShortcut):
                target.setEnabled(False)
            elif target is not None:
                target.setVisible(False)
    return allowed


def role_name(role: Role) -> str:
    """The role in the user's language (the core marks the words in the «Errors» context)."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, ROLE_WORDS[role])
