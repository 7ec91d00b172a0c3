"""The main window: a navigation bar on the left, the chosen page on the right.

Each capability adds its page to :data:`PAGES`; nothing is listed that does
not exist yet, so the user never meets an empty placeholder, and nothing the
logged-in user's role may not use (``PageEntry.needs``).

The window appears before the database layer is even imported (SQLAlchemy
alone costs more than Qt's start): pages are made when the database is attached,
and each only when first opened.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cluster_desktop import __version__

from .backup_banner import BackupBanner
from .expiry_banner import ExpiryBanner
from .i18n import LANGUAGE_NAMES, LANGUAGES, current_language
from .incident_banner import IncidentBanner

if TYPE_CHECKING:
    from cluster_desktop.db import Database
    from cluster_desktop.permissions import Actor

translate = QCoreApplication.translate


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: Callable[[], str]
    page_class: str  # "module:Class", imported when the page is first shown
    needs: str | None = None  # the Permission (its value) a role needs to see the page

    def make(self, database: Database, parent: QWidget) -> QWidget:
        module, name = self.page_class.split(":")
        return getattr(importlib.import_module(module), name)(database, parent)


PAGES: list[PageEntry] = [
    PageEntry("learners", lambda: translate("MainWindow", "Learners"), "ui.pages.learners_page:LearnersPage"),
    PageEntry("programmes", lambda: translate("MainWindow", "Programmes & groups"), "ui.pages.programmes_page:ProgrammesPage"),
    PageEntry("certificates", lambda: translate("MainWindow", "Certificates"), "ui.pages.certificates_page:CertificatesPage"),
    PageEntry("partners", lambda: translate("MainWindow", "Partners"), "ui.pages.partners_page:PartnersPage"),
    PageEntry("agreements", lambda: translate("MainWindow", "Agreements"), "ui.pages.agreements_page:AgreementsPage"),
    PageEntry("employment", lambda: translate("MainWindow", "Employment"), "ui.pages.employment_page:EmploymentPage"),
    PageEntry("sessions", lambda: translate("MainWindow", "Guidance sessions"), "ui.pages.sessions_page:SessionsPage"),
    PageEntry("demand", lambda: translate("MainWindow", "Employer demand"), "ui.pages.demand_page:DemandPage"),
    PageEntry("admissions", lambda: translate("MainWindow", "Admissions"), "ui.pages.admissions_page:AdmissionsPage"),
    PageEntry("dashboard", lambda: translate("MainWindow", "Dashboard"), "ui.pages.dashboard_page:DashboardPage"),
    PageEntry("cohorts", lambda: translate("MainWindow", "Cohorts"), "ui.pages.cohorts_page:CohortsPage"),
    PageEntry("consents", lambda: translate("MainWindow", "Consents"), "ui.pages.consents_page:ConsentsPage"),
    PageEntry("backup", lambda: translate("MainWindow", "Backup"), "ui.pages.backup_page:BackupPage", "backup"),
    PageEntry("audit", lambda: translate("MainWindow", "Audit log"), "ui.pages.audit_page:AuditPage", "read_audit_log"),
    PageEntry("users", lambda: translate("MainWindow", "Staff accounts"), "ui.pages.users_page:UsersPage", "manage_accounts"),
    PageEntry("incidents", lambda: translate("MainWindow", "Incidents"), "ui.pages.incidents_page:IncidentsPage", "manage_incidents"),
]


def may(actor: Actor | None, needs: str | None) -> bool:
    """Whether ``actor`` may use what needs the permission ``needs`` (None: anyone, even before login).

    The permissions module is imported here, not at the top: the window
    appears before the database layer is loaded, and nobody is logged in then.
    """
    if needs is None:
        return True
    if actor is None:
        return False
    from cluster_desktop.permissions import Permission

    return actor.holds(Permission(needs))


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    database_replaced = Signal(object)  # a restore put another Database in place of the attached one
    log_out_requested = Signal()

    def __init__(self, demo: bool = False, actor: Actor | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.database: Database | None = None
        self.demo = demo
        self.actor = actor
        self.entries = [entry for entry in PAGES if may(actor, entry.needs)]
        self.setWindowTitle(self._title())
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setMinimumWidth(170)
        self.navigation.setMaximumWidth(260)
        self.stack = QStackedWidget(objectName="pages")
        self.pages: dict[str, QWidget] = {}
        self._placeholders: list[QLabel] = []
        waiting = self.tr("Opening the database…") if actor is not None else self.tr("Log in to continue.")
        # Rows as tall as the font needs and a little air: all twenty pages fit beside the banners on a 768-px screen.
        row_height = max(26, self.navigation.fontMetrics().height() + 10)
        for entry in self.entries:
            placeholder = QLabel(waiting, alignment=Qt.AlignmentFlag.AlignCenter)
            self._placeholders.append(placeholder)
            self.stack.addWidget(placeholder)
            item = QListWidgetItem(entry.title())
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setSizeHint(QSize(160, row_height))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._page_chosen)
        widest = max((self.navigation.fontMetrics().horizontalAdvance(e.title()) for e in self.entries), default=0)
        navigation_width = min(max(190, widest + 40), 260)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([navigation_width, 1280 - navigation_width])
        self.backup_banner = BackupBanner()
        self.backup_banner.back_up_requested.connect(self._back_up_now)
        self.expiry_banner = ExpiryBanner()
        self.expiry_banner.acted.connect(self._show_expiring)
        self.incident_banner = IncidentBanner()
        self.incident_banner.acted.connect(self._show_unnotified)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.backup_banner)
        central_layout.addWidget(self.expiry_banner)
        central_layout.addWidget(self.incident_banner)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        self._restore()

    def attach_database(self, database: Database) -> None:
        """Make the page on screen now that the database is open; the others wait until chosen."""
        self.database = database
        if self.actor is None and database.actor is not None:
            # A window made before the database (as tests make it) takes its user for the title and menus;
            # the Controller builds each user's window with the user, pages included.
            self.actor = database.actor
            self.setWindowTitle(self._title())
            self._show_actions_for_actor()
        self.database_label.setText(self.tr("Database: {where}").format(where=database.display_url))
        self.college_action.setEnabled(True)
        self.document_texts_action.setEnabled(True)
        self.qualifications_action.setEnabled(True)
        self.privacy_roles_action.setEnabled(True)
        self.keeping_periods_action.setEnabled(True)
        self.past_period_action.setEnabled(True)
        self.consent_grace_action.setEnabled(True)
        self.standard_consent_action.setEnabled(True)
        self._page_chosen(self.navigation.currentRow())
        if may(self.actor, "backup"):
            self.backup_banner.watch(database)
        self.expiry_banner.watch(database)
        if may(self.actor, "manage_incidents"):
            self.incident_banner.watch(database)

    def _show_expiring(self) -> None:
        self.show_page("agreements")
        page = self.pages.get("agreements")
        if page is not None:
            page.show_expiring()  # type: ignore[attr-defined]

    def _show_unnotified(self) -> None:
        self.show_page("incidents")
        page = self.pages.get("incidents")
        if page is not None:
            page.show_unnotified()  # type: ignore[attr-defined]

    def show_learner(self, person_id: int, iin: str) -> None:
        """The Learners page with this learner selected: their card (journey, consents) beside the list."""
        self.show_page("learners")
        page = self.pages.get("learners")
        if page is not None:
            page.find_learner(person_id, iin)  # type: ignore[attr-defined]

    def _back_up_now(self) -> None:
        self.show_page("backup")
        page = self.pages.get("backup")
        if page is not None:
            page.back_up_now()  # type: ignore[attr-defined]

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        entry = self.entries[row]
        if entry.key not in self.pages and self.database is not None:
            page = entry.make(self.database, self)
            self.pages[entry.key] = page
            if entry.key == "backup":  # a restore puts another database in place of this one
                page.database_replaced.connect(self.database_replaced)  # type: ignore[attr-defined]
            if entry.key == "consents":  # a row opens the learner's card
                page.learner_chosen.connect(self.show_learner)  # type: ignore[attr-defined]
            placeholder = self._placeholders[row]
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.stack.setCurrentIndex(row)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.password_action = QAction(self.tr("Change &password…"), self, triggered=self.change_password)
        self.log_out_action = QAction(self.tr("&Log out"), self, triggered=lambda: self.log_out_requested.emit())
        file_menu.addAction(self.password_action)
        file_menu.addAction(self.log_out_action)
        self._account_actions = [self.password_action, self.log_out_action, file_menu.addSeparator()]
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, entry in enumerate(self.entries):
            action = QAction(entry.title().replace("&", "&&"), self, shortcut=QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _c=False, n=number: self.navigation.setCurrentRow(n))
            go_menu.addAction(action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for language in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[language], self, checkable=True)
            action.setChecked(language == current_language())
            action.triggered.connect(lambda _c=False, lang=language: self.language_requested.emit(lang))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[language] = action
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.college_action = QAction(self.tr("&College details…"), self, triggered=self.edit_college_details)
        self.college_action.setEnabled(False)
        settings_menu.addAction(self.college_action)
        self.document_texts_action = QAction(self.tr("&Document texts…"), self, triggered=self.edit_document_texts)
        self.document_texts_action.setEnabled(False)
        settings_menu.addAction(self.document_texts_action)
        self.qualifications_action = QAction(self.tr("&Qualifications…"), self, triggered=self.edit_qualifications)
        self.qualifications_action.setEnabled(False)
        settings_menu.addAction(self.qualifications_action)
        self.privacy_roles_action = QAction(self.tr("&Roles and personal data…"), self, triggered=self.edit_privacy_roles)
        self.privacy_roles_action.setEnabled(False)
        settings_menu.addAction(self.privacy_roles_action)
        self.keeping_periods_action = QAction(self.tr("&Keeping periods…"), self, triggered=self.edit_keeping_periods)
        self.keeping_periods_action.setEnabled(False)
        settings_menu.addAction(self.keeping_periods_action)
        self.past_period_action = QAction(self.tr("Records past their keeping &period…"), self, triggered=self.show_past_period)
        self.past_period_action.setEnabled(False)
        settings_menu.addAction(self.past_period_action)
        self.consent_grace_action = QAction(self.tr("Own &consent at 18…"), self, triggered=self.edit_consent_grace)
        self.consent_grace_action.setEnabled(False)
        settings_menu.addAction(self.consent_grace_action)
        self.standard_consent_action = QAction(self.tr("Standard consent &form…"), self, triggered=self.edit_standard_consent)
        self.standard_consent_action.setEnabled(False)
        settings_menu.addAction(self.standard_consent_action)
        self._settings_actions = [
            self.college_action, self.document_texts_action, self.qualifications_action, self.privacy_roles_action,
            self.keeping_periods_action, self.past_period_action, self.consent_grace_action, self.standard_consent_action,
            settings_menu.menuAction(),
        ]
        self._show_actions_for_actor()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(QAction(self.tr("&About Cluster Desktop"), self, triggered=self.about))

    def _show_actions_for_actor(self) -> None:
        for action in self._account_actions:
            action.setVisible(self.actor is not None and not self.demo)  # the demo administrator has no password
        for action in self._settings_actions:
            action.setVisible(may(self.actor, "edit_settings"))
        if may(self.actor, "anonymise"):  # a role given anonymising (Roles and personal data) reaches its list here
            self.past_period_action.setVisible(True)
            self._settings_actions[-1].setVisible(True)  # the Settings menu itself

    def _title(self) -> str:
        """«Cluster Desktop — Name (role)»: on a shared PC everyone sees who is working."""
        title = self.tr("Cluster Desktop")
        if self.demo:
            suffix = self.tr("demo data") + (", " + self.tr("demo administrator") if self.actor is not None else "")
            return f"{title} — {suffix}"
        if self.actor is None:
            return title
        from .permissions_ui import role_name

        name = self.actor.display_name or self.actor.username
        return f"{title} — {name} ({role_name(self.actor.role)})"

    def change_password(self) -> QWidget | None:
        """Open File → Change password… (returns the dialog, for tests)."""
        if self.database is None or self.actor is None:
            return None
        from .dialogs.password_dialog import PasswordDialog

        dialog = PasswordDialog(self.database, self.actor.username, own=True, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_college_details(self) -> QWidget | None:
        """Open Settings → College details (returns the dialog, for tests)."""
        if self.database is None:
            return None
        from .dialogs.college_dialog import CollegeDialog

        dialog = CollegeDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_document_texts(self) -> QWidget | None:
        """Open Settings → Document texts (returns the dialog, for tests)."""
        if self.database is None:
            return None
        from .dialogs.document_texts_dialog import DocumentTextsDialog

        dialog = DocumentTextsDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_keeping_periods(self) -> QWidget | None:
        """Open Settings → Keeping periods (returns the dialog, for tests)."""
        if self.database is None:
            return None
        from .dialogs.keeping_periods_dialog import KeepingPeriodsDialog

        dialog = KeepingPeriodsDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_standard_consent(self) -> QWidget | None:
        """Open Settings → Standard consent form (returns the dialog, for tests)."""
        if self.database is None:
            return None
        from .dialogs.standard_consent_dialog import StandardConsentDialog

        dialog = StandardConsentDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_consent_grace(self) -> QWidget | None:
        """Settings → Own consent at 18: the Consents page's adults, with the grace period to change (returns the page)."""
        self.show_page("consents")
        page = self.pages.get("consents")
        if page is not None:
            page.edit_grace()  # type: ignore[attr-defined]
        return page

    def show_past_period(self) -> QWidget | None:
        """Open Settings → Records past their keeping period (returns the dialog, for tests)."""
        if self.database is None:
            return None
        from .dialogs.past_period_dialog import PastPeriodDialog

        dialog = PastPeriodDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_qualifications(self) -> QWidget | None:
        """Open Settings → Qualifications (returns the dialog, for tests)."""
        if self.database is None:
            return None
        from .dialogs.qualification_dialog import QualificationDialog

        dialog = QualificationDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_privacy_roles(self) -> QWidget | None:
        """Open Settings → Roles and personal data (returns the dialog, for tests)."""
        if self.database is None:
            return None
        from .dialogs.privacy_roles_dialog import PrivacyRolesDialog

        dialog = PrivacyRolesDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Cluster Desktop"),
            self.tr(
                "Cluster Desktop {version}\n\nRecords of the education–production cluster of the Khromtau mining "
                "technical college: from preschool career guidance to employment."
            ).format(version=__version__),
        )

    def show_page(self, key: str) -> None:
        """Show the page ``key``, or the first one if this user's window has no such page."""
        keys = [e.key for e in self.entries]
        self.navigation.setCurrentRow(keys.index(key) if key in keys else 0)

    def current_page_key(self) -> str:
        return self.entries[max(0, self.navigation.currentRow())].key

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            pass
        else:
            self._fit_default_size()
        state = settings.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.show_page(str(settings.value("main/page", "learners")))

    def _fit_default_size(self) -> None:
        """1280×780, or less on a small screen (college laptops often have 1366×768)."""
        screen = self.screen().availableGeometry()
        self.resize(min(1280, int(screen.width() * 0.95)), min(780, int(screen.height() * 0.9)))

    def save_layout(self) -> None:
        if self.actor is None:
            return  # the window before login shows no pages: keep the last user's layout
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/page", self.current_page_key())
        for page in self.pages.values():
            save = getattr(page, "save_layout", None)
            if save is not None:
                save()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
