"""Which roles may record consents, print access reports, anonymise and keep the incident log.

Administrators always may; the college may give these permissions to more
roles within :data:`~cluster_desktop.permissions.GRANTABLE` (a viewer only the
access report).  The choice is a setting, so every PC on a shared database
obeys it and a backup carries it; the services ask it on every call
(:func:`cluster_desktop.permissions.allowed`).  A change is audited with the
roles before and after.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy.orm import Session

from .. import audit
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..permissions import (
    ACTIONS,
    GRANTABLE,
    PRIVACY_PERMISSIONS,
    PRIVACY_ROLES_KEY,
    ROLE_WORDS,
    Permission,
    Role,
    privacy_roles,
    require,
)
from ..settings_store import set_setting

NOT_GRANTABLE = QT_TRANSLATE_NOOP("Errors", "A {role} cannot be allowed to {action}: that role only reads and prints.")
NOT_PRIVACY = QT_TRANSLATE_NOOP("Errors", "Only recording consents, access reports, anonymising and the incident log are set per role.")

__all__ = ["grant", "privacy_roles", "revoke", "save_privacy_roles"]


def _stored(roles: Mapping[Permission, Iterable[Role]]) -> dict[str, list[str]]:
    return {p.value: sorted(r.value for r in roles.get(p, ())) for p in sorted(PRIVACY_PERMISSIONS, key=lambda p: p.value)}


def save_privacy_roles(session: Session, roles: Mapping[Permission, Iterable[Role]]) -> dict[Permission, frozenset[Role]]:
    """Set which roles hold each privacy permission (administrators are always added); returns the result.

    A permission that is not a privacy one, or a role that cannot be given the
    permission, is refused with nothing changed.
    """
    require(session, Permission.EDIT_SETTINGS)
    wanted: dict[Permission, set[Role]] = {p: {Role.ADMINISTRATOR} for p in PRIVACY_PERMISSIONS}
    for permission, given in roles.items():
        if permission not in PRIVACY_PERMISSIONS:
            raise UserError(NOT_PRIVACY)
        for role in given:
            if permission not in GRANTABLE[role]:
                raise UserError(NOT_GRANTABLE, role=ROLE_WORDS[role], action=ACTIONS[permission])
            wanted[permission].add(role)
    before = privacy_roles(session)
    set_setting(session, PRIVACY_ROLES_KEY, _stored(wanted))
    after = privacy_roles(session)
    audit.record(session, audit.SETTINGS, "setting", PRIVACY_ROLES_KEY, {"before": _stored(before), "after": _stored(after)})
    return after


def grant(session: Session, permission: Permission, role: Role) -> dict[Permission, frozenset[Role]]:
    """Give ``role`` the privacy ``permission`` as well (the others unchanged)."""
    current: dict[Permission, set[Role]] = {p: set(r) for p, r in privacy_roles(session).items()}
    current.setdefault(permission, set()).add(role)
    return save_privacy_roles(session, current)


def revoke(session: Session, permission: Permission, role: Role) -> dict[Permission, frozenset[Role]]:
    """Take the privacy ``permission`` from ``role`` (administrators keep it whatever is asked)."""
    current: dict[Permission, set[Role]] = {p: set(r) for p, r in privacy_roles(session).items()}
    current.get(permission, set()).discard(role)
    return save_privacy_roles(session, current)
