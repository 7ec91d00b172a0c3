"""Who may do what: roles, permissions, and the acting user carried by each session.

The window hides what a role may not do; the services refuse it anyway by
calling :func:`require` first, because the core is the only place that cannot
be bypassed (the command line and tests call services directly).

Reading is guarded as well as changing: personal data (names, IINs, contacts,
the audit log that quotes them) is shown only to someone logged in, and the
audit log and the staff accounts only to administrators.  A database without
accounts acts for the provisional «setup» administrator, so a fresh one stays
open to whoever installed it.

The acting user travels in ``session.info["actor"]``, put there by
``Database.session()`` from ``Database.actor``.
"""

from __future__ import annotations

import enum
import socket
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from .errors import QT_TRANSLATE_NOOP, UserError
from .models.enums import Role

__all__ = ["Actor", "Permission", "PermissionDenied", "Role", "allowed", "current_actor", "require", "workstation_name"]

NOT_ALLOWED = QT_TRANSLATE_NOOP("Errors", "{user} ({role}) may not {action}. Ask an administrator.")
NOBODY = QT_TRANSLATE_NOOP("Errors", "Nobody is logged in: log in to {action}.")
ACTOR_KEY = "actor"


class Permission(str, enum.Enum):
    READ_PERSONAL_DATA = "read_personal_data"  # lists and records of people on screen or the command line: any login
    PRINT_DOCUMENTS = "print_documents"  # agreements and certificates as PDF for printing
    READ_AUDIT_LOG = "read_audit_log"  # who did what, quoting the records: administrators
    EDIT_RECORDS = "edit_records"  # learners, programmes, groups, enrolments, partners
    ISSUE_CERTIFICATES = "issue_certificates"  # issue, duplicate, revoke
    MANAGE_AGREEMENTS = "manage_agreements"
    IMPORT = "import"
    EXPORT_PERSONAL_DATA = "export_personal_data"  # lists with names and IINs to files
    BACKUP = "backup"
    RESTORE = "restore"
    EDIT_SETTINGS = "edit_settings"  # college details, document texts
    MANAGE_ACCOUNTS = "manage_accounts"
    # Personal-data law (issue 18): administrators by default; see privacy_roles for who else may.
    RECORD_CONSENTS = "record_consents"  # record and withdraw consents
    PRINT_ACCESS_REPORTS = "print_access_reports"  # everything held about one person
    ANONYMISE = "anonymise"  # remove identity after the keeping period
    MANAGE_INCIDENTS = "manage_incidents"  # the personal-data incident log


ACTIONS = {
    Permission.READ_PERSONAL_DATA: QT_TRANSLATE_NOOP("Errors", "see personal data"),
    Permission.PRINT_DOCUMENTS: QT_TRANSLATE_NOOP("Errors", "print documents"),
    Permission.READ_AUDIT_LOG: QT_TRANSLATE_NOOP("Errors", "read the audit log"),
    Permission.EDIT_RECORDS: QT_TRANSLATE_NOOP("Errors", "change records"),
    Permission.ISSUE_CERTIFICATES: QT_TRANSLATE_NOOP("Errors", "issue or revoke certificates"),
    Permission.MANAGE_AGREEMENTS: QT_TRANSLATE_NOOP("Errors", "change agreements"),
    Permission.IMPORT: QT_TRANSLATE_NOOP("Errors", "import spreadsheets"),
    Permission.EXPORT_PERSONAL_DATA: QT_TRANSLATE_NOOP("Errors", "export personal data"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("Errors", "make backups"),
    Permission.RESTORE: QT_TRANSLATE_NOOP("Errors", "restore a backup"),
    Permission.EDIT_SETTINGS: QT_TRANSLATE_NOOP("Errors", "change settings"),
    Permission.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("Errors", "manage staff accounts"),
    Permission.RECORD_CONSENTS: QT_TRANSLATE_NOOP("Errors", "record or withdraw consents"),
    Permission.PRINT_ACCESS_REPORTS: QT_TRANSLATE_NOOP("Errors", "print a report of everything held about a person"),
    Permission.ANONYMISE: QT_TRANSLATE_NOOP("Errors", "anonymise records"),
    Permission.MANAGE_INCIDENTS: QT_TRANSLATE_NOOP("Errors", "keep the personal-data incident log"),
}
PRIVACY_PERMISSIONS = frozenset(
    {Permission.RECORD_CONSENTS, Permission.PRINT_ACCESS_REPORTS, Permission.ANONYMISE, Permission.MANAGE_INCIDENTS}
)
ROLE_WORDS = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Errors", "administrator"),
    Role.REGISTRAR: QT_TRANSLATE_NOOP("Errors", "registrar"),
    Role.VIEWER: QT_TRANSLATE_NOOP("Errors", "viewer"),
}
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.REGISTRAR: frozenset(Permission)
    - {Permission.EDIT_SETTINGS, Permission.MANAGE_ACCOUNTS, Permission.RESTORE, Permission.READ_AUDIT_LOG}
    - PRIVACY_PERMISSIONS,
    Role.VIEWER: frozenset({Permission.READ_PERSONAL_DATA, Permission.PRINT_DOCUMENTS}),  # reads and prints
}
# The college may give the privacy permissions to more roles (Settings → Roles and personal data), within these
# bounds: administrators always hold all four; a registrar may be given any; a viewer, who reads and prints but
# changes nothing, only the access report (a print of what is held) — never recording consents, anonymising or
# keeping the incident log, which change records.
GRANTABLE: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: PRIVACY_PERMISSIONS,
    Role.REGISTRAR: PRIVACY_PERMISSIONS,
    Role.VIEWER: frozenset({Permission.PRINT_ACCESS_REPORTS}),
}
PRIVACY_ROLES_KEY = "privacy_roles"  # the setting: {"record_consents": ["administrator", "registrar"], ...}


class PermissionDenied(UserError):
    """The acting user's role does not allow this; nothing was changed."""


def workstation_name() -> str:
    return socket.gethostname()[:100] or "?"


@dataclass(frozen=True)
class Actor:
    """The person the program acts for: recorded in the audit log with the workstation."""

    username: str
    role: Role
    display_name: str = ""
    workstation: str = ""
    # The privacy permissions the college's setting gave this role when the user logged in: what the window
    # shows.  The services ask the setting itself each time (:func:`allowed`), so a change made since counts there.
    granted: frozenset[Permission] = frozenset()

    def can(self, permission: Permission) -> bool:
        """Whether the role itself allows ``permission`` (the privacy permissions only for administrators)."""
        return permission in GRANTS[self.role]

    def holds(self, permission: Permission) -> bool:
        """Whether the window offers ``permission``: the role's own, or granted by the setting at login."""
        return self.can(permission) or permission in self.granted


def current_actor(session: Session) -> Actor | None:
    actor = session.info.get(ACTOR_KEY)
    return actor if isinstance(actor, Actor) else None


def require_actor(actor: Actor | None, permission: Permission) -> Actor:
    """``actor``, if there is one and their role allows ``permission``; else :class:`PermissionDenied`."""
    if actor is None:
        raise PermissionDenied(NOBODY, action=ACTIONS[permission])
    if not actor.can(permission):
        raise PermissionDenied(NOT_ALLOWED, user=actor.username, role=ROLE_WORDS[actor.role], action=ACTIONS[permission])
    return actor


def privacy_roles(session: Session) -> dict[Permission, frozenset[Role]]:
    """Which roles hold each privacy permission: administrators, and whom the setting names within :data:`GRANTABLE`.

    A stored value that cannot be read (or names a role or permission this
    program does not know) counts for nothing: administrators only.
    """
    from .settings_store import get_setting  # the settings table is a model; models must not be loaded by this module

    stored = get_setting(session, PRIVACY_ROLES_KEY, {})
    result: dict[Permission, frozenset[Role]] = {}
    for permission in sorted(PRIVACY_PERMISSIONS, key=lambda p: p.value):
        names = stored.get(permission.value, []) if isinstance(stored, dict) else []
        roles = {Role(n) for n in names if isinstance(n, str) and n in {r.value for r in Role}} if isinstance(names, list) else set()
        result[permission] = frozenset({Role.ADMINISTRATOR} | {r for r in roles if permission in GRANTABLE[r]})
    return result


def allowed(session: Session, actor: Actor | None, permission: Permission) -> bool:
    """Whether ``actor`` may do ``permission`` now: the role's grants, and for a privacy permission the setting."""
    if actor is None:
        return False
    if permission in PRIVACY_PERMISSIONS:
        return actor.role in privacy_roles(session)[permission]
    return actor.can(permission)


def with_grants(session: Session, actor: Actor) -> Actor:
    """``actor`` carrying the privacy permissions the setting gives their role (for the window to show)."""
    granted = frozenset(p for p, roles in privacy_roles(session).items() if actor.role in roles)
    return replace(actor, granted=granted)


def require(session: Session, permission: Permission) -> Actor:
    """The acting user, if they may do ``permission`` (:func:`allowed`); else :class:`PermissionDenied`.

    A refusal is audited in a transaction of its own (the caller's is rolled back).
    """
    actor = current_actor(session)
    try:
        if actor is not None and allowed(session, actor, permission):
            return actor
        return require_actor(actor, permission)
    except PermissionDenied:
        from .audit import DENIED, record_apart

        record_apart(session.get_bind(), actor, DENIED, details={"permission": permission.value})
        raise
