"""A test that looks: every page, dialog and wizard page in Kazakh and in Russian at 1366×768 on demo data.

It fails when a visible text is still the English source (or an English word the
translation tools never saw), when a window is larger than a 1366×768 screen less
its taskbar and title bar, when a button lies outside its window, when a column's
header is cut, or when a date or number in a table is cut.  Each dialog class of
``ui`` must be opened here or be skipped with a reason, so a new one cannot be
forgotten.  Screenshots go to ``$CLUSTER_DESKTOP_SCREENSHOTS`` (else the test's
temporary folder), never into git.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute

import ui
from cluster_desktop.db import Database
from cluster_desktop.demo import fill_demo_data
from cluster_desktop.models import (
    Agreement,
    Application,
    ApplicationStatus,
    DemandRequest,
    Employment,
    Enrolment,
    FollowUp,
    GuidanceSession,
    Organisation,
    Person,
    Placement,
    Programme,
)
from cluster_desktop.paths import TRANSLATIONS_DIR
from cluster_desktop.spreadsheets.writer import write_table
from tests.narrowing import present
from tests.ui.conftest import FIXED_DAY, wait_idle
from ui import i18n
from ui.app import Controller
from ui.main_window import PAGES, MainWindow

SCREEN = QSize(1366, 768)
TASKBAR = 40  # Windows' taskbar at the bottom: the available geometry is 1366×728
WINDOW_FRAME = QSize(16, 39)  # a Windows 10/11 window's borders and title bar around its client area
LARGEST_CLIENT = QSize(SCREEN.width() - WINDOW_FRAME.width(), SCREEN.height() - TASKBAR - WINDOW_FRAME.height())

# Texts that are the same in every language: names, codes, formats.
SAME_IN_EVERY_LANGUAGE = {
    "Cluster Desktop",
    "PDF",
    "XLSX",
    "CSV",
    "QR",
    "PostgreSQL",
    "SQLite",
    "UTF-8",
    "UTF-16",
    "Windows-1251",
    "English",
    "OK",
}
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# Latin words that are allowed inside a Kazakh or Russian text: file kinds, products, codes.
LATIN_WORDS_ALLOWED = {
    "Cluster",
    "Desktop",
    "PDF",
    "XLSX",
    "CSV",
    "PNG",
    "JPEG",
    "jpg",
    "jpeg",
    "png",
    "xlsx",
    "csv",
    "pdf",
    "PostgreSQL",
    "SQLite",
    "UTF",
    "Windows",
    "English",
    "Excel",
    "USB",
    "BOM",
    "Ed",
    "ERG",
    "GOK",
    "Nosov",
    "cdbackup",
    "sqlite",
    "demo",
    "localhost",
    "postgres",
    "postgresql",
    "cluster",
    "http",
    "https",
    "www",
    "tester",  # the test account's username
}


# Tables whose columns may run past their right edge (they scroll sideways), and why.
SCROLLING_TABLES = {
    "preview_table": "the import's preview has the file's own columns, as many as it has; the first (row, IIN) stay in view",
}


# Fields of a path, which reads best by its end (the folder's own name).
PATH_FIELDS = {"folder"}


def screenshot_folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("CLUSTER_DESKTOP_SCREENSHOTS") or tmp_path / "screens")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def untranslated_sources(language: str) -> set[str]:
    """The English source texts whose translation into ``language`` differs from them (mnemonics removed)."""
    texts: set[str] = set()
    root = ET.parse(TRANSLATIONS_DIR / f"cluster_desktop_{language}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        found = message.find("translation")
        translation = "".join(found.itertext()) if found is not None else ""
        if source != translation and LATIN_WORD.search(source):
            texts.add(_plain(source))
    return texts


def _plain(text: str) -> str:
    """A text as the user reads it: rich text as plain, mnemonics («&Save») without their ampersand."""
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return re.sub(r"&(?=[^&\s])", "", text).strip()


def visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every text shown in ``window``: labels, buttons, group boxes, tabs, placeholders, headers, titles."""
    yield "window title", window.windowTitle()
    if isinstance(window, QWizard):
        page = window.currentPage()
        if page is not None:
            yield "wizard page title", page.title()
            yield "wizard page subtitle", page.subTitle()
    if isinstance(window, QMainWindow):
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        while menus:
            menu = menus.pop()
            assert isinstance(menu, QMenu)
            yield "menu", menu.title()
            for action in menu.actions():
                if action.menu() is not None:
                    menus.append(action.menu())
                elif not action.isSeparator():
                    yield "menu item", action.text().split("\t")[0]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
            yield where + " tooltip", widget.toolTip()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{where} tab {index}", widget.tabText(index)
        elif isinstance(widget, QLineEdit):
            yield where + " placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            if not widget.isEditable():
                for index in range(widget.count()):
                    yield f"{where} item {index}", widget.itemText(index)
        elif isinstance(widget, QListWidget):
            for index in range(widget.count()):
                yield f"{where} item {index}", widget.item(index).text()
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            if model is not None:
                for section in range(widget.count()):
                    if not widget.isSectionHidden(section):
                        yield f"{where} header {section}", str(model.headerData(section, Qt.Orientation.Horizontal) or "")


@dataclass
class Findings:
    language: str
    folder: Path
    english: set[str]
    problems: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)

    def look(self, name: str, window: QWidget) -> None:
        """Check ``window`` (shown) as it is now and save its screenshot as ``<language>-<name>.png``."""
        QApplication.processEvents()
        self.seen.append(name)
        window.grab().save(str(self.folder / f"{self.language}-{name}.png"))
        self._texts(name, window)
        self._size(name, window)
        self._buttons(name, window)
        self._tables(name, window)
        self._wrapping(name, window)
        self._beginnings(name, window)

    def _say(self, name: str, problem: str) -> None:
        self.problems.append(f"[{self.language}] {name}: {problem}")

    def _texts(self, name: str, window: QWidget) -> None:
        for where, raw in visible_texts(window):
            text = _plain(raw)
            if not text or text in SAME_IN_EVERY_LANGUAGE:
                continue
            if text in self.english:
                self._say(name, f"{where} is in English: {text!r}")
                continue
            if re.search(r"\d\.\d+\s?%", text):  # «81.0 %»: kk and ru write «81,0 %» (issue 16)
                self._say(name, f"{where} writes a percentage with a decimal point: {text!r}")
            if re.search(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", text) is None:
                words = [w for w in LATIN_WORD.findall(text) if w not in LATIN_WORDS_ALLOWED]
                if words and not _looks_like_data(text):
                    self._say(name, f"{where} looks English: {text!r}")

    def _size(self, name: str, window: QWidget) -> None:
        size = window.size().expandedTo(window.minimumSizeHint() if window.layout() is not None else QSize())
        if size.width() > LARGEST_CLIENT.width() or size.height() > LARGEST_CLIENT.height():
            self._say(
                name,
                f"window is {size.width()}×{size.height()}, more than {LARGEST_CLIENT.width()}×{LARGEST_CLIENT.height()} fit on a 1366×768 screen",
            )

    def _buttons(self, name: str, window: QWidget) -> None:
        bounds = window.rect()
        for button in window.findChildren(QAbstractButton):
            if not button.isVisible() or button.window() is not window or _scrolls(button, window):
                continue
            rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
            if not bounds.contains(rect):
                self._say(
                    name,
                    f"button {button.text()!r} ({button.objectName()}) at {rect.getRect()} lies outside the window {bounds.width()}×{bounds.height()}",
                )

    def _beginnings(self, name: str, window: QWidget) -> None:
        """A text longer than its field shows its beginning (until the user moves into it)."""
        for edit in window.findChildren(QLineEdit):
            if edit.objectName() in PATH_FIELDS or not edit.isVisible() or edit.hasFocus():
                continue
            if edit.cursorPosition() > 0 and edit.fontMetrics().horizontalAdvance(edit.text()) > edit.width() - 12:
                self._say(name, f"field {edit.objectName()!r} shows the end of its text, not its beginning")

    def _wrapping(self, name: str, window: QWidget) -> None:
        """Text panels break lines between words only; chart labels wrap at words and are cut only at their end."""
        shown = [t for t in window.findChildren(QTextEdit) + window.findChildren(QPlainTextEdit) if t.isReadOnly()]
        for text in shown:
            if text.isVisible() and text.wordWrapMode() in (
                QTextOption.WrapMode.WrapAnywhere,
                QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere,
            ):
                self._say(name, f"{type(text).__name__} {text.objectName()!r} may break a word in the middle")
        for chart in window.findChildren(QChartView):
            if not chart.isVisible():
                continue
            for axis in chart.chart().axes():
                if isinstance(axis, QBarCategoryAxis):
                    for label in axis.categories():
                        for line in re.sub(r"<!--.*?-->", "", label).split("<br>"):
                            if "…" in line.rstrip("…"):
                                self._say(name, f"chart {chart.objectName()!r}: label {line!r} is cut in the middle")

    def _tables(self, name: str, window: QWidget) -> None:
        for table in window.findChildren(QTableView) + window.findChildren(QTreeView):
            if table.isVisible() and table.window() is window and table.model() is not None:
                self._table(f"{name} {table.objectName()}", table)

    def _table(self, name: str, table: QTableView | QTreeView) -> None:
        header = table.horizontalHeader() if isinstance(table, QTableView) else table.header()
        model = table.model()
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        metrics = header.fontMetrics()
        viewport = table.viewport().width()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            needed = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0) + 2 * margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
                needed += arrow + margin
            if header.sectionSize(section) < needed:
                self._say(name, f"header {text!r} is cut: {header.sectionSize(section)} px wide, needs {needed}")
            if (
                table.objectName() not in SCROLLING_TABLES
                and header.sectionViewportPosition(section) + min(header.sectionSize(section), needed) > viewport
            ):
                self._say(name, f"column {text!r} is off-screen ({header.sectionViewportPosition(section)} px of {viewport})")
        cell_metrics = table.fontMetrics()
        cell_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        for row in range(min(model.rowCount(), 30)):
            for section in range(header.count()):
                if header.isSectionHidden(section):
                    continue
                index = model.index(row, section)
                text = str(model.data(index) or "")
                align = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
                right = align is not None and bool(Qt.AlignmentFlag(int(align)) & Qt.AlignmentFlag.AlignRight)
                if not (right or re.fullmatch(r"\d\d\.\d\d\.\d{4}", text)):
                    continue  # only numbers and dates must never be cut; names are elided with a tooltip
                icon = table.iconSize().width() + 4 if model.data(index, Qt.ItemDataRole.DecorationRole) is not None else 0
                if header.sectionSize(section) < cell_metrics.horizontalAdvance(text) + cell_margin + icon:
                    self._say(name, f"cell {text!r} (row {row}, column {section}) is cut: {header.sectionSize(section)} px wide")


def field_places(window: QWidget) -> dict[str, QRect]:
    """Where each named input field of ``window`` is, in the content it scrolls with."""
    places = {}
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox | QPlainTextEdit) and widget.objectName() and widget.isVisible():
            point, parent = widget.pos(), widget.parentWidget()
            while parent is not None and parent is not window and not isinstance(parent.parentWidget(), QAbstractScrollArea):
                point += parent.pos()
                parent = parent.parentWidget()
            places[widget.objectName()] = QRect(point, widget.size())
    return places


def _scrolls(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` sits in a scroll area below ``window`` (it may lie outside and be scrolled to)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _looks_like_data(text: str) -> bool:
    """A name, number, code, address or file name typed by a user, not a sentence of the program."""
    if re.fullmatch(r"\{\w+\}", text):
        return True  # a placeholder of a document text, typed as is
    return bool(re.fullmatch(r"[\w.@:/\\+\-–— ()«»,№#]*", text)) and (
        "@" in text or "/" in text or "\\" in text or re.search(r"\d", text) is not None or text.istitle() or text.isupper()
    )


# -- the demo data --------------------------------------------------------------------------------
@dataclass(frozen=True)
class DemoIds:
    person: int
    agreement: int
    demand: int
    employment: int
    follow_up: int
    group: int
    enrolment: int
    session: int
    organisation: int
    programme: int
    placement: int
    application: int  # an application still being considered (the demo's are applied, admitted, declined or enrolled)


def demo_ids(database: Database) -> DemoIds:
    with database.session() as s:

        def first(column: InstrumentedAttribute[int]) -> int:
            return present(s.scalar(select(column).limit(1)))

        enrolment = first(Enrolment.id)
        return DemoIds(
            person=first(Person.id),
            agreement=first(Agreement.id),
            demand=first(DemandRequest.id),
            employment=first(Employment.id),
            follow_up=first(FollowUp.id),
            group=present(s.scalar(select(Enrolment.group_id).where(Enrolment.id == enrolment))),
            enrolment=enrolment,
            session=first(GuidanceSession.id),
            organisation=first(Organisation.id),
            programme=first(Programme.id),
            placement=first(Placement.id),
            application=present(s.scalar(select(Application.id).where(Application.status == ApplicationStatus.APPLIED).limit(1))),
        )


# -- every dialog, and how to open it on the demo data ----------------------------------------------
@dataclass(frozen=True)
class Scene:
    database: Database
    ids: DemoIds
    folder: Path
    parent: QWidget


def _a_pupil(database: Database) -> int:
    """A demo learner on a school's records with a grade (the grade dialog shows it moved with the year)."""
    from cluster_desktop.models import StageRecord

    with database.session() as session:
        found = session.scalar(select(StageRecord.person_id).where(StageRecord.grade_year.is_not(None)).order_by(StageRecord.id).limit(1))
    assert found is not None
    return found


def _an_incident(database: Database) -> int:
    """An incident in the log, notified (the dialog shows the notification fixed as recorded)."""
    from cluster_desktop.services.incidents import IncidentInput, record_incident, record_notification

    text = "Қабылдау тізімі бар флешка жоғалды / Утерян USB-накопитель со списком поступающих"
    with database.session() as session:
        found = record_incident(session, IncidentInput(date(2026, 11, 20), text, 240, "2025 / 2025", "Құпиясөздер ауыстырылды"), FIXED_DAY)
        record_notification(session, found.id, "Уәкілетті орган / Уполномоченный орган", date(2026, 11, 21), FIXED_DAY)
    return found.id


def _consents(database: Database, person_id: int) -> tuple[str, date, tuple[object, ...]]:
    """The learner's name, birth date and consents, with one more signed by a representative (the dialogs show them)."""
    from cluster_desktop.models import ConsentGiver, ConsentPurpose, Person
    from cluster_desktop.services.consents import ConsentInput, consents_of, record_consent

    with database.session() as session:
        person = session.get(Person, person_id)
        assert person is not None
        given = ConsentInput(
            ConsentGiver.REPRESENTATIVE, max(person.birth_date, date(2024, 9, 2)), frozenset(ConsentPurpose),
            giver_name="Сейітова Гүлнар Маратқызы", giver_relation="анасы", form_number="ПД-2024/117",
        )
        record_consent(session, person_id, given, FIXED_DAY)
        return person.full_name, person.birth_date, consents_of(session, person_id, FIXED_DAY).consents


def _dialogs() -> dict[str, Callable[[Scene], QDialog]]:
    from cluster_desktop.backup.archive import Header
    from cluster_desktop.backup.verify import ArchiveInfo
    from cluster_desktop.models import EnrolmentStatus, Stage
    from ui.crash import CrashDialog
    from ui.dialogs.access_report_dialog import AccessReportDialog
    from ui.dialogs.account_dialog import AccountDialog
    from ui.dialogs.agreement_dialog import AgreementDialog
    from ui.dialogs.application_dialog import AdmitDialog, ApplicationDialog
    from ui.dialogs.college_dialog import CollegeDialog
    from ui.dialogs.consent_dialog import ConsentDialog, WithdrawDialog
    from ui.dialogs.demand_dialog import DemandDialog
    from ui.dialogs.destination_dialog import DestinationDialog
    from ui.dialogs.document_texts_dialog import DocumentTextsDialog
    from ui.dialogs.employment_definition_dialog import EmploymentDefinitionDialog
    from ui.dialogs.employment_dialog import EmploymentDialog
    from ui.dialogs.enrol_dialog import EnrolDialog
    from ui.dialogs.first_admin_dialog import FirstAdminDialog
    from ui.dialogs.follow_up_dialog import FollowUpDialog
    from ui.dialogs.grade_dialog import GradeDialog
    from ui.dialogs.group_dialog import GroupDialog
    from ui.dialogs.guidance_session_dialog import GuidanceSessionDialog
    from ui.dialogs.incident_dialog import IncidentDialog
    from ui.dialogs.intake_plan_dialog import IntakePlanDialog
    from ui.dialogs.issue_dialog import IssueDialog
    from ui.dialogs.keeping_periods_dialog import KeepingPeriodsDialog
    from ui.dialogs.learner_dialog import LearnerDialog
    from ui.dialogs.login_dialog import LoginDialog
    from ui.dialogs.organisation_dialog import OrganisationDialog
    from ui.dialogs.passphrase_dialog import PassphraseDialog
    from ui.dialogs.password_dialog import PasswordDialog
    from ui.dialogs.past_period_dialog import PastPeriodDialog
    from ui.dialogs.placement_dialog import PlacementDialog
    from ui.dialogs.privacy_roles_dialog import PrivacyRolesDialog
    from ui.dialogs.programme_dialog import ProgrammeDialog
    from ui.dialogs.qualification_dialog import QualificationDialog
    from ui.dialogs.report_dialog import ReportDialog
    from ui.dialogs.restore_dialog import RestoreDialog
    from ui.dialogs.result_dialog import ResultDialog
    from ui.dialogs.stage_dialog import StageDialog
    from ui.dialogs.standard_consent_dialog import StandardConsentDialog
    from ui.dialogs.verify_dialog import VerifyDialog
    from ui.pdf_preview import PdfPreview

    header = Header("1.0", "head", "2026-12-01T09:00:00+00:00", "sqlite", {"people": 120, "certificates": 40})
    return {
        "AccessReportDialog": lambda s: AccessReportDialog(s.database, "090417600026", "Сейітова Әсем Нұрланқызы", s.parent),
        "AccountDialog": lambda s: AccountDialog(s.database, s.parent),
        "AdmitDialog": lambda s: AdmitDialog(s.database, s.ids.application, "Сейітова Әсем", s.parent),
        "ApplicationDialog": lambda s: ApplicationDialog(s.database, s.ids.application, s.parent),
        "ApplicationDialog-new": lambda s: ApplicationDialog(s.database, None, s.parent),
        "AgreementDialog": lambda s: AgreementDialog(s.database, s.ids.agreement, parent=s.parent),
        "AgreementDialog-new": lambda s: AgreementDialog(s.database, None, parent=s.parent),
        "CollegeDialog": lambda s: CollegeDialog(s.database, s.parent),
        "ConsentDialog-new": lambda s: ConsentDialog(s.database, s.ids.person, "Сейітова Әсем Нұрланқызы", date(2010, 4, 17), s.parent),
        "WithdrawDialog": lambda s: WithdrawDialog(s.database, *_consents(s.database, s.ids.person)[::2], s.parent),  # type: ignore[arg-type]
        "DemandDialog": lambda s: DemandDialog(s.database, s.ids.demand, s.parent),
        "DocumentTextsDialog": lambda s: DocumentTextsDialog(s.database, s.parent),
        "DestinationDialog": lambda s: DestinationDialog(s.database, s.ids.person, s.parent),
        "EmploymentDefinitionDialog": lambda s: EmploymentDefinitionDialog(s.database, s.parent),
        "EmploymentDialog": lambda s: EmploymentDialog(s.database, employment_id=s.ids.employment, parent=s.parent),
        "EnrolDialog": lambda s: EnrolDialog(s.database, s.ids.group, "Группа", s.parent),
        "FirstAdminDialog": lambda s: FirstAdminDialog(s.database, "", s.parent),
        "FollowUpDialog": lambda s: FollowUpDialog(s.database, s.ids.employment, s.ids.follow_up, s.parent),
        "GroupDialog": lambda s: GroupDialog(s.database, None, parent=s.parent),
        "GuidanceSessionDialog": lambda s: GuidanceSessionDialog(s.database, s.ids.session, s.parent),
        "QualificationDialog": lambda s: QualificationDialog(s.database, s.parent),
        "IncidentDialog": lambda s: IncidentDialog(s.database, _an_incident(s.database), s.parent),
        "IncidentDialog-new": lambda s: IncidentDialog(s.database, None, s.parent),
        "PrivacyRolesDialog": lambda s: PrivacyRolesDialog(s.database, s.parent),
        "IntakePlanDialog": lambda s: IntakePlanDialog(s.database, FIXED_DAY.year, s.ids.programme, s.parent),
        "IssueDialog": lambda s: IssueDialog(12, "kk", s.folder, s.parent),
        "KeepingPeriodsDialog": lambda s: KeepingPeriodsDialog(s.database, s.parent),
        "StandardConsentDialog": lambda s: StandardConsentDialog(s.database, s.parent),
        "LearnerDialog": lambda s: LearnerDialog(s.database, s.ids.person, s.parent),
        "LearnerDialog-new": lambda s: LearnerDialog(s.database, None, s.parent),
        "LoginDialog": lambda s: LoginDialog(s.database, "admin", s.parent),
        "OrganisationDialog": lambda s: OrganisationDialog(s.database, s.ids.organisation, s.parent),
        "PassphraseDialog": lambda s: PassphraseDialog(True, "", s.parent, offer_new=True),
        "PasswordDialog": lambda s: PasswordDialog(s.database, "admin", own=True, parent=s.parent),
        "PastPeriodDialog": lambda s: PastPeriodDialog(s.database, s.parent, date(2032, 1, 1)),  # the demo's early graduates are past
        "PlacementDialog": lambda s: PlacementDialog(s.database, s.ids.placement, s.parent),
        "ProgrammeDialog": lambda s: ProgrammeDialog(s.database, s.ids.programme, parent=s.parent),
        "ReportDialog": lambda s: ReportDialog(s.database, FIXED_DAY.year, None, s.parent),
        "RestoreDialog": lambda s: RestoreDialog(ArchiveInfo(s.folder / "cluster-2026-12-01.cdbackup", 4096, header), s.parent),
        "ResultDialog": lambda s: ResultDialog(
            s.database,
            s.ids.enrolment,
            "Сейітова Әсем",
            EnrolmentStatus.COMPLETED,
            date(2026, 9, 1),
            date(2026, 11, 30),
            Decimal("87.5"),
            s.parent,
        ),
        "StageDialog": lambda s: StageDialog(s.database, s.ids.person, "Сейітова Әсем", Stage.SCHOOL, s.parent),
        "GradeDialog": lambda s: GradeDialog(s.database, _a_pupil(s.database), "Сейітова Әсем", s.parent),
        "VerifyDialog": lambda s: VerifyDialog(s.database, s.parent),
        "CrashDialog": lambda s: CrashDialog("Traceback (most recent call last):\n  ValueError", s.folder / "cluster.log", s.parent),
        "PdfPreview": lambda s: PdfPreview(_pdf(s.folder), "Сертификат", "certificate.pdf", s.parent),
    }


SKIPPED_DIALOGS = {
    "FormDialog": "the base class of the form dialogs; each form dialog is opened itself",
    "ImportWizard": "opened page by page by test_every_wizard_page",
    "FirstRunWizard": "opened page by page by test_every_wizard_page",
}


def _pdf(folder: Path) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    path = folder / "preview.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Cluster Desktop")
    canvas.save()
    return path


def dialog_classes() -> set[str]:
    """The name of every QDialog (wizards included) defined in a module of ``ui``."""
    names: set[str] = set()
    for module_info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(module_info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                names.add(name)
    return names


def test_every_dialog_is_looked_at_or_skipped_with_a_reason() -> None:
    opened = {name.split("-")[0] for name in _dialogs()}
    assert dialog_classes() - opened - set(SKIPPED_DIALOGS) == set(), "open the new dialog in _dialogs() or skip it with a reason"
    assert set(SKIPPED_DIALOGS) <= dialog_classes(), "a skipped dialog no longer exists"


# -- the tests ------------------------------------------------------------------------------------------
@pytest.fixture
def demo_database(database: Database) -> Database:
    with database.session() as s:
        fill_demo_data(s, learners=80, today=FIXED_DAY)
    return database


def _findings(language: str, tmp_path: Path) -> Findings:
    i18n.install_language(language)
    return Findings(language, screenshot_folder(tmp_path), untranslated_sources(language))


def _report(findings: Findings) -> None:
    i18n.install_language("en")
    assert not findings.problems, f"{len(findings.problems)} problem(s); screenshots in {findings.folder}\n" + "\n".join(findings.problems)


def main_window(qtbot: QtBot, database: Database) -> MainWindow:
    window = Controller(database, demo=True).show()
    qtbot.addWidget(window)
    window.resize(LARGEST_CLIENT)
    wait_idle(qtbot)
    return window


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_page(qtbot: QtBot, demo_database: Database, language: str, tmp_path: Path, fixed_day: date) -> None:
    findings = _findings(language, tmp_path)
    window = main_window(qtbot, demo_database)
    assert [entry.key for entry in window.entries] == [entry.key for entry in PAGES]  # the administrator sees them all
    for entry in PAGES:
        window.show_page(entry.key)
        wait_idle(qtbot)
        page = window.pages[entry.key]
        for tabs in ([page] if isinstance(page, QTabWidget) else []) + page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                wait_idle(qtbot)
                findings.look(f"page-{entry.key}-{index}", window)
        for table in page.findChildren(QTableView):
            if table.isVisible() and table.model() is not None and table.model().rowCount():
                table.selectRow(0)  # the panel beside a list shows the chosen row
        wait_idle(qtbot)
        findings.look(f"page-{entry.key}", window)
    _report(findings)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_dialog(qtbot: QtBot, demo_database: Database, language: str, tmp_path: Path, fixed_day: date) -> None:
    findings = _findings(language, tmp_path)
    window = main_window(qtbot, demo_database)
    scene = Scene(demo_database, demo_ids(demo_database), tmp_path, window)
    for name, make in _dialogs().items():
        dialog = make(scene)
        dialog.show()
        wait_idle(qtbot)
        findings.look(name, dialog)
        if name.endswith("-new"):  # an empty form says what is missing beside each field, and no field moves
            before = field_places(dialog)
            buttons = dialog.findChild(QDialogButtonBox)
            assert buttons is not None
            buttons.accepted.emit()
            wait_idle(qtbot)
            findings.look(name + "-problems", dialog)
            after = field_places(dialog)
            moved = sorted(field for field, place in before.items() if after.get(field, place) != place)
            if moved:
                findings.problems.append(f"[{language}] {name}: problems moved the fields {moved}")
        dialog.done(0)
        dialog.deleteLater()
        wait_idle(qtbot)
    _report(findings)


def _spreadsheet(folder: Path) -> Path:
    """A class list as a school sends it: Kazakh headers, every column the program reads, a few mistakes."""
    from cluster_desktop.ids import Sex, make_iin

    headers = [
        "№",
        "ЖСН",
        "Тегі",
        "Аты",
        "Әкесінің аты",
        "Туған күні",
        "Жынысы",
        "Сынып",
        "Топ",
        "Телефон",
        "Электрондық пошта",
        "Мекенжайы",
        "Заңды өкілі",
        "Туыстық дәрежесі",
        "Өкілдің телефоны",
        "Келісім берген",
        "Келісім күні",
        "Ескертпе",
    ]
    rows: list[list[str | int | None]] = []
    for number in range(1, 31):
        iin = make_iin(date(2009, 4, 17), Sex.FEMALE, 400 + number) if number % 7 else "12345"
        rows.append(
            [
                number,
                iin,
                "Сейітова",
                "Әсем",
                "Нұрланқызы",
                "17.04.2009",
                "әйел",
                "9 А",
                "ТН-26-А",
                "+7 701 123 45 67",
                "asem@example.kz",
                "Хромтау қ., Абай көшесі, 12 үй, 4 пәтер",
                "Сейітова Гүлнар",
                "анасы",
                "+7 701 765 43 21",
                "анасы",
                "01.09.2026",
                "Кәсіптік курсқа жазылуды қалайды",
            ]
        )
    path = folder / "9-сынып.xlsx"
    write_table(path, headers, rows, title="9 А")
    return path


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_wizard_page(qtbot: QtBot, demo_database: Database, language: str, tmp_path: Path, fixed_day: date) -> None:
    from ui.first_run_wizard import FirstRunWizard
    from ui.pages.learners_page import LearnersPage

    findings = _findings(language, tmp_path)
    window = main_window(qtbot, demo_database)
    window.show_page("learners")
    wait_idle(qtbot)
    learners = window.pages["learners"]
    assert isinstance(learners, LearnersPage)
    wizard = learners.import_learners()
    qtbot.waitUntil(wizard.isVisible)
    findings.look("import-file-empty", wizard)
    wizard.file_page.load_file(str(_spreadsheet(tmp_path)))
    wait_idle(qtbot)
    findings.look("import-file", wizard)
    for name in ("import-columns", "import-check"):
        wizard.next()
        wait_idle(qtbot)
        findings.look(name, wizard)
    assert wizard.currentPage() is wizard.preview_page
    wizard.preview_page.valid_only.setChecked(True)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10000)
    wizard.next()
    wait_idle(qtbot)
    assert wizard.currentPage() is wizard.result_page
    qtbot.waitUntil(wizard.result_page.isComplete)
    findings.look("import-result", wizard)
    wizard.done(0)
    wait_idle(qtbot)

    first_run = FirstRunWizard(tmp_path / "new-college")
    qtbot.addWidget(first_run)
    first_run.show()
    wait_idle(qtbot)
    for name in ("first-run-language", "first-run-connection", "first-run-college", "first-run-administrator"):
        findings.look(name, first_run)
        first_run.next()
        wait_idle(qtbot)
    assert first_run.currentPage() is first_run.administrator_page
    first_run.done(0)
    _report(findings)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_wrong_password_keeps_the_login_fields_as_they_were(qtbot: QtBot, demo_database: Database, language: str, tmp_path: Path) -> None:
    from ui.dialogs.login_dialog import LoginDialog

    findings = _findings(language, tmp_path)
    dialog = LoginDialog(demo_database, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    before = field_places(dialog)
    dialog.password.setText("not the password")
    dialog.log_in()
    wait_idle(qtbot)
    assert dialog.error.isVisible() and dialog.error.text()
    findings.look("login-wrong-password", dialog)
    after = field_places(dialog)
    assert {name: place.size() for name, place in after.items()} == {name: place.size() for name, place in before.items()}
    _report(findings)
