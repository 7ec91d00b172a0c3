"""The Agreements page as the registrar uses it: a new tripartite agreement with a learner, preview, print, terminate, delete."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cluster_desktop.college import CollegeDetails
from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_bin, make_iin
from cluster_desktop.models import (
    Agreement,
    AgreementKind,
    AgreementLearner,
    AgreementStatus,
    ConsentGiver,
    OrganisationKind,
    ProgrammeKind,
    Stage,
)
from cluster_desktop.services.agreements import (
    AgreementInput,
    AttachedLearner,
    create_agreement,
)
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.organisations import (
    OrganisationInput,
    create_organisation,
)
from cluster_desktop.services.programmes import ProgrammeInput, create_programme
from cluster_desktop.services.settings import save_college_details
from tests.narrowing import present
from tests.ui.conftest import FIXED_DAY, wait_idle
from ui.main_window import MainWindow
from ui.pages.agreements_page import AgreementsPage
from ui.pdf_preview import PdfPreview

TODAY = FIXED_DAY
pytestmark = pytest.mark.usefixtures("fixed_day")  # dialogs default to today: the test fixes which day

COLLEGE = CollegeDetails(
    name_kk="Хромтау тау-кен техникалық колледжі", name_ru="Хромтауский горно-технический колледж",
    name_en="Khromtau Mining and Technical College", bin=make_bin(1998, 8, 4, 1207), director_kk="Сейтқалиев Б. Қ.", director_ru="Сейтқалиев Б. Қ.",
    city_kk="Хромтау қ.", city_ru="г. Хромтау",
)


def fill(database: Database) -> dict[str, int]:
    with database.session() as session:
        save_college_details(session, COLLEGE)
        employer = create_organisation(session, OrganisationInput(
            OrganisationKind.EMPLOYER, "Дон тау-кен байыту комбинаты", "Донской ГОК", make_bin(1995, 12, 4, 1546),
            address_kk="Хромтау қ., Бейбітшілік к-сі, 1", address_ru="г. Хромтау, ул. Мира, 1", contact_person="Смағұлова Әсел", phone="+7 71336 2 11 11",
            signatory_position_kk="Бас директор", signatory_position_ru="Генеральный директор", signatory_name="Смағұлова Әсел Нұрланқызы",
            signatory_sex=Sex.FEMALE,
        )).id
        learner = create_learner(session, LearnerInput(
            iin=make_iin(date(2006, 4, 1), Sex.MALE, 5), surname="Қасымов", given_name="Нұрлан", patronymic="Серікұлы",
            stage=Stage.COLLEGE, consent_given_by=ConsentGiver.SELF, consent_date=date(2024, 9, 1),
        )).id
        specialty = create_programme(session, ProgrammeInput(
            kind=ProgrammeKind.COLLEGE_SPECIALTY, name_kk="Пайдалы қазбалар кен орындарын ашық әдіспен қазу",
            name_ru="Открытая разработка месторождений", qualification_code="07240100", hours=4000,
        )).id
        return {"employer": employer, "learner": learner, "specialty": specialty}


def agreement_count(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Agreement)) or 0


@pytest.fixture
def page(qtbot: QtBot, database: Database) -> AgreementsPage:
    widget = AgreementsPage(database)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    wait_idle(qtbot)
    return widget


def test_new_tripartite_agreement_with_a_learner_then_preview_and_print(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = fill(database)
    widget = AgreementsPage(database)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    wait_idle(qtbot)
    assert widget.model.rowCount() == 0 and not widget.preview_button.isEnabled()

    dialog = widget.add_agreement()
    wait_idle(qtbot)
    dialog.kind.set_value(AgreementKind.DUAL_EDUCATION)
    assert not dialog.learners_box.isHidden() and dialog.form.isRowVisible(dialog._boxes["mentor"])
    type_text(dialog.number, "ДО-7")
    dialog.partner_id.setCurrentIndex(dialog.partner_id.findData(ids["employer"]))
    dialog.ends_on.setDate(QDate(TODAY).addDays(30))
    type_text(dialog.mentor, "Ержанов Болат")
    type_text(dialog.workplace_kk, "«Молодежный» кеніші")
    type_text(dialog.pay, "120 000 ₸")
    dialog.hours.setValue(720)
    dialog.programme_id.setCurrentIndex(dialog.programme_id.findData(ids["specialty"]))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    # Without a learner a tripartite agreement is refused before the database is asked.
    assert "at least one learner" in present(dialog.findChild(type(dialog.summary), "learners_error")).text()
    assert dialog.isVisible() and agreement_count(database) == 0

    type_text(dialog.learners.search, "қасым")
    qtbot.waitUntil(lambda: dialog.learners.found.count() == 1, timeout=5000)
    qtbot.mouseClick(dialog.learners.attach_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.learners.attach_button, Qt.MouseButton.LeftButton)
    dialog._validate_inline()
    assert "twice" in present(dialog.findChild(type(dialog.summary), "learners_error")).text()
    dialog.learners.attached.setCurrentRow(1)
    qtbot.mouseClick(dialog.learners.remove_button, Qt.MouseButton.LeftButton)
    dialog.learners.attached.setCurrentRow(0)
    assert dialog.period_row.isEnabled()
    dialog.learner_from.setDate(QDate(TODAY).addDays(2))
    dialog.learner_until.setDate(QDate(TODAY).addDays(20))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1 and widget.model.row(0) is not None)
    row = widget.model.row(0)
    assert row is not None
    assert (row.number, row.learners, row.status) == ("ДО-7", 1, AgreementStatus.EXPIRING)
    assert widget.model.index(0, 8).data(Qt.ItemDataRole.ForegroundRole) is not None
    with database.session() as session:
        link = session.scalars(select(AgreementLearner)).one()
        assert (link.starts_on, link.ends_on) == (TODAY + timedelta(days=2), TODAY + timedelta(days=20))

    widget.table.selectRow(0)
    assert widget.preview_button.isEnabled()
    ask = widget.preview_selected()
    assert ask is not None and ask.comboBoxItems() == ["Kazakh", "Russian"] and ask.textValue() == "Russian"  # UI in English
    ask.setTextValue("Kazakh")
    shown: list[str] = []
    monkeypatch.setattr("ui.messages.show_error", lambda _parent, exc: shown.append(str(exc)))
    ask.accept()
    wait_idle(qtbot)
    assert shown == []
    preview = widget.last_dialog
    assert isinstance(preview, PdfPreview) and preview.isVisible()
    assert preview.document.pageCount() >= 1 and preview.path.name.endswith("-kk.pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_on(printer)
    wait_idle(qtbot)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    preview.close()

    # Terminate, then delete.
    widget.table.selectRow(0)
    ask = widget.terminate_selected()
    assert ask is not None
    ask.setTextValue("Кәсіпорынның өтініші бойынша")
    ask.accept()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: widget.model.row(0) is not None and present(widget.model.row(0)).status is AgreementStatus.TERMINATED)
    assert "Кәсіпорынның өтініші" in widget.model.index(0, 8).data()
    widget.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    widget.delete_selected()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 0)
    assert agreement_count(database) == 0


def test_duplicate_number_is_shown_beside_the_field(qtbot: QtBot, database: Database, page: AgreementsPage, type_text: Callable[[QWidget, str], None]) -> None:
    ids = fill(database)
    with database.session() as session:
        create_agreement(session, AgreementInput(AgreementKind.MEMORANDUM, "М-1", ids["employer"], TODAY, TODAY))
    dialog = page.add_agreement()
    wait_idle(qtbot)
    type_text(dialog.number, "М-1")
    dialog.partner_id.setCurrentIndex(dialog.partner_id.findData(ids["employer"]))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    error = present(dialog.findChild(type(dialog.summary), "number_error"))
    assert f"Agreement No. М-1 of {TODAY.year} already exists." in error.text()
    assert dialog.isVisible() and agreement_count(database) == 1
    dialog.done(0)


def test_filters_and_the_expiry_warning(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]) -> None:
    ids = fill(database)
    with database.session() as session:
        create_agreement(session, AgreementInput(
            AgreementKind.PRACTICE, "П-1", ids["employer"], TODAY - timedelta(days=30), TODAY - timedelta(days=30), TODAY + timedelta(days=10),
            learners=(AttachedLearner(ids["learner"]),),
        ))
        create_agreement(session, AgreementInput(AgreementKind.MEMORANDUM, "М-1", ids["employer"], TODAY, TODAY, TODAY + timedelta(days=400)))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.attach_database(database)
    wait_idle(qtbot)
    banner = window.expiry_banner
    assert banner.isVisible() and "No. П-1 with Донской ГОК" in banner.label.text()  # the Russian name outside a Kazakh UI
    banner.button.click()
    wait_idle(qtbot)
    page = window.pages["agreements"]
    assert isinstance(page, AgreementsPage)
    assert window.current_page_key() == "agreements"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert present(page.model.row(0)).number == "П-1"
    page.status_filter.set_value(None)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    type_text(page.search, "донск")
    qtbot.waitUntil(lambda: page.count_label.text() == "2 agreements", timeout=5000)
    page.kind_filter.set_value(AgreementKind.MEMORANDUM)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    # Terminating the expiring one clears the warning.
    page.kind_filter.set_value(AgreementKind.PRACTICE)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row(0) is not None)
    page.table.selectRow(0)
    ask = page.terminate_selected()
    assert ask is not None
    ask.setTextValue("Практика аяқталды")
    ask.accept()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    window.close()


def test_a_viewer_reads_and_previews_but_changes_nothing(qtbot: QtBot, database: Database) -> None:
    from cluster_desktop.permissions import Actor, Role

    ids = fill(database)
    with database.session() as session:
        create_agreement(session, AgreementInput(AgreementKind.MEMORANDUM, "М-1", ids["employer"], TODAY, TODAY))
    database.actor = Actor("viewer", Role.VIEWER, "Viewer", "test-pc")
    widget = AgreementsPage(database)
    qtbot.addWidget(widget)
    widget.show()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    widget.table.selectRow(0)
    assert all(b.isHidden() for b in (widget.add_button, widget.edit_button, widget.terminate_button, widget.delete_button))
    assert widget.preview_button.isVisible() and widget.preview_button.isEnabled() and widget.export_button.isVisible()
