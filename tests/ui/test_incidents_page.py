"""The incident log in the window: the reminder until notified, the page and its dialog, and who is offered them;
Settings → Roles and personal data."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from cluster_desktop.db import Database
from cluster_desktop.models import AuditEntry
from cluster_desktop.permissions import PRIVACY_PERMISSIONS, Actor, Permission, Role, privacy_roles, with_grants
from cluster_desktop.services.incidents import IncidentInput, list_incidents, record_incident, unnotified_incidents
from cluster_desktop.services.privacy_roles import grant
from tests.narrowing import present
from tests.ui.conftest import FIXED_DAY, wait_idle
from ui.dialogs.incident_dialog import IncidentDialog
from ui.dialogs.privacy_roles_dialog import PrivacyRolesDialog
from ui.main_window import MainWindow
from ui.pages.audit_page import record_kind_name
from ui.pages.incidents_page import IncidentsPage

REGISTRAR = Actor("bolat", Role.REGISTRAR, "", "test-pc")
VIEWER = Actor("vera", Role.VIEWER, "", "test-pc")


def _window(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow(actor=database.actor)  # as the Controller builds each user's window
    qtbot.addWidget(window)
    window.show()
    window.attach_database(database)
    wait_idle(qtbot)
    return window


def _save(qtbot: QtBot, dialog: IncidentDialog | PrivacyRolesDialog) -> None:
    present(dialog.findChild(QDialogButtonBox)).accepted.emit()
    wait_idle(qtbot)


def test_the_banner_reminds_until_the_notification_is_recorded(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    with database.session() as session:
        for found, text in ((date(2026, 11, 20), "Флешка жоғалды"), (date(2026, 12, 1), "Тізім қате адреске кетті")):
            record_incident(session, IncidentInput(found, text, 12), FIXED_DAY)
    window = _window(qtbot, database)
    banner = window.incident_banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert "2 personal-data incidents not yet notified; the oldest was found 14 days ago." in banner.label.text()
    banner.button.click()
    wait_idle(qtbot)
    page = window.pages["incidents"]
    assert isinstance(page, IncidentsPage) and window.current_page_key() == "incidents"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.show_unnotified()
    assert present(page.selected()).description == "Флешка жоғалды"  # the oldest waiting, listed last (newest first)
    dialog = present(page.open_incident())
    qtbot.waitUntil(dialog.isEnabled)
    assert dialog.description.toPlainText() == "Флешка жоғалды" and dialog.records_affected.value() == 12
    assert not dialog.notified_to.isEnabled()
    dialog.notified.setChecked(True)
    dialog.notified_to.setText("Уәкілетті орган")
    dialog.notified_on.set_value(date(2026, 11, 19))  # before it was found: refused beside the field, nothing saved
    _save(qtbot, dialog)
    assert dialog.isVisible() and "before" in present(dialog.findChild(type(dialog.summary), "notified_on_error")).text()
    dialog.notified_on.set_value(date(2026, 11, 22))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=5000)  # closed (and deleted)
    qtbot.waitUntil(
        lambda: "1 personal-data incident not yet notified; the oldest was found 3 days ago." in banner.label.text(), timeout=5000
    )
    with database.session() as session:
        row = next(r for r in list_incidents(session) if r.description == "Флешка жоғалды")
        assert (row.notified_to, row.notified_on) == ("Уәкілетті орган", date(2026, 11, 22))
    window.close()


def test_a_new_incident_from_the_page(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    window = _window(qtbot, database)
    assert not window.incident_banner.isVisible()
    window.show_page("incidents")
    wait_idle(qtbot)
    page = window.pages["incidents"]
    assert isinstance(page, IncidentsPage)
    dialog = page.add_incident()
    _save(qtbot, dialog)  # empty: what happened is required
    assert dialog.isVisible() and present(dialog.findChild(type(dialog.summary), "description_error")).text()
    dialog.found_on.set_value(FIXED_DAY + timedelta(days=1))
    dialog.description.setPlainText("Ноутбук ұрланды")
    _save(qtbot, dialog)  # in the future
    assert dialog.isVisible() and "in the future" in present(dialog.findChild(type(dialog.summary), "found_on_error")).text()
    with database.session() as session:
        assert list_incidents(session) == []
    dialog.found_on.set_value(FIXED_DAY)
    dialog.records_affected.setValue(1500)
    dialog.measures.setPlainText("Полицияға хабарланды")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert present(page.selected()).description == "Ноутбук ұрланды"
    qtbot.waitUntil(window.incident_banner.isVisible, timeout=5000)
    with database.session() as session:
        row = list_incidents(session)[0]
        assert (row.records_affected, row.measures, row.notified) == (1500, "Полицияға хабарланды", False)
        assert unnotified_incidents(session, FIXED_DAY).count == 1
        kinds = set(session.scalars(select(AuditEntry.record_kind).where(AuditEntry.action == "create")))
    assert "incident" in kinds and record_kind_name("incident") == "Personal-data incident"  # the audit log names it in words
    window.close()


def test_the_log_is_offered_to_the_roles_the_college_chose(qtbot: QtBot, database: Database) -> None:
    for actor in (REGISTRAR, VIEWER):
        window = MainWindow(actor=actor)
        qtbot.addWidget(window)
        assert "incidents" not in {entry.key for entry in window.entries}
    with database.session() as session:
        grant(session, Permission.MANAGE_INCIDENTS, Role.REGISTRAR)
        registrar = with_grants(session, REGISTRAR)  # as the login makes it
    window = MainWindow(actor=registrar)
    qtbot.addWidget(window)
    assert "incidents" in {entry.key for entry in window.entries}
    database.actor = registrar
    window.show()
    window.attach_database(database)
    wait_idle(qtbot)
    window.show_page("incidents")
    wait_idle(qtbot)
    page = window.pages["incidents"]
    assert isinstance(page, IncidentsPage) and page.add_button.isVisibleTo(page)
    assert not window.privacy_roles_action.isVisible()  # a registrar does not change who may
    window.close()


def test_roles_and_personal_data(qtbot: QtBot, database: Database) -> None:
    window = _window(qtbot, database)
    assert window.privacy_roles_action.isVisible()
    dialog = window.edit_privacy_roles()
    assert isinstance(dialog, PrivacyRolesDialog)
    qtbot.waitUntil(dialog.isEnabled)
    boxes = dialog.boxes
    for permission in PRIVACY_PERMISSIONS:
        administrator = boxes[(permission, Role.ADMINISTRATOR)]
        assert administrator.isChecked() and not administrator.isEnabled()
        assert not boxes[(permission, Role.REGISTRAR)].isChecked() and boxes[(permission, Role.REGISTRAR)].isEnabled()
        assert boxes[(permission, Role.VIEWER)].isEnabled() == (permission is Permission.PRINT_ACCESS_REPORTS)
    boxes[(Permission.RECORD_CONSENTS, Role.REGISTRAR)].setChecked(True)
    boxes[(Permission.PRINT_ACCESS_REPORTS, Role.VIEWER)].setChecked(True)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=5000)  # closed (and deleted)
    with database.session() as session:
        roles = privacy_roles(session)
    assert roles[Permission.RECORD_CONSENTS] == {Role.ADMINISTRATOR, Role.REGISTRAR}
    assert roles[Permission.PRINT_ACCESS_REPORTS] == {Role.ADMINISTRATOR, Role.VIEWER}
    assert roles[Permission.ANONYMISE] == roles[Permission.MANAGE_INCIDENTS] == {Role.ADMINISTRATOR}
    again = present(window.edit_privacy_roles())
    assert isinstance(again, PrivacyRolesDialog)
    qtbot.waitUntil(again.isEnabled)
    assert again.boxes[(Permission.RECORD_CONSENTS, Role.REGISTRAR)].isChecked()
    again.done(0)
    window.close()
