"""Recording a graduate's destination other than a job (issue 17): MGTU chosen for further study, refused before
graduation with the message under the field, saved with its evidence, and shown at 6 and 12 months in the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cluster_desktop.db import Database
from cluster_desktop.models import Destination, DestinationKind, Employment, EvidenceKind, FollowUp, OrganisationKind
from cluster_desktop.services.organisations import OrganisationInput, create_organisation
from tests import factories as F
from tests.factories import count
from tests.narrowing import present
from tests.ui.conftest import wait_idle
from ui.dialogs.destination_dialog import DestinationDialog
from ui.pages.employment_page import EmploymentPage

AT_6, AT_12 = 5, 6  # the list's columns


def setup(database: Database) -> dict[str, int]:
    """Two graduates of 30.06.2025; the college knows MGTU (a university) and an employer."""
    with database.session() as s:
        _programme, group = F.programme_with_group(s)
        ids = {"gok": F.employer(s).id}
        ids["mgtu"] = create_organisation(
            s,
            OrganisationInput(
                OrganisationKind.UNIVERSITY,
                "Г. И. Носов атындағы МГТУ",
                "МГТУ им. Г. И. Носова",
            ),
        ).id
        for serial, surname in enumerate(("Серікова", "Омаров"), start=1):
            person = F.learner(s, surname, serial=serial)
            F.graduate(s, person, group)
            ids[surname] = person.id
    return ids


def test_record_further_study_at_mgtu_and_see_it_in_the_list(
    qtbot: QtBot, database: Database, fixed_day: date, type_text: Callable[[QWidget, str], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = setup(database)
    page = EmploymentPage(database)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    number = next(n for n in range(2) if present(page.model.row(n)).full_name.startswith("Серікова"))
    assert page.model.index(number, AT_6).data() == "Unknown" and page.model.index(number, AT_12).data() == "Unknown"
    page.table.selectRow(number)
    wait_idle(qtbot)

    dialog = page.jobs.record_destination()
    assert isinstance(dialog, DestinationDialog)
    wait_idle(qtbot)
    assert dialog.graduate.text() == "Серікова Нұрлан, graduated 30.06.2025"
    dialog.kind.setCurrentIndex(dialog.kind.findData(DestinationKind.FURTHER_STUDY))
    assert dialog.organisation_id.isEnabled()
    assert [dialog.organisation_id.itemData(i) for i in range(dialog.organisation_id.count())] == [None, ids["mgtu"]]  # no employer
    dialog.organisation_id.setCurrentIndex(dialog.organisation_id.findData(ids["mgtu"]))
    dialog.starts_on.setDate(QDate(2025, 6, 1))
    dialog.evidence_kind.setCurrentIndex(dialog.evidence_kind.findData(EvidenceKind.ENROLMENT_LETTER))
    type_text(dialog.evidence_number, "118")
    dialog.evidence_date.setDate(QDate(2025, 9, 5))
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    error = present(dialog.findChild(type(dialog.summary), "starts_on_error"))
    assert error.isVisible()
    assert error.text() == "The destination starts (01.06.2025) before Серікова Нұрлан graduates (30.06.2025)."
    assert dialog.isVisible() and count(database, Destination) == 0  # nothing saved

    dialog.starts_on.setDate(QDate(2025, 9, 1))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    with database.session() as session:
        row = session.scalars(select(Destination)).one()
        assert (
            row.person_id,
            row.kind,
            row.organisation_id,
            row.evidence_kind,
            row.evidence_number,
            row.evidence_date,
            row.recorded_by,
        ) == (
            ids["Серікова"],
            DestinationKind.FURTHER_STUDY,
            ids["mgtu"],
            EvidenceKind.ENROLMENT_LETTER,
            "118",
            date(2025, 9, 5),
            "tester",
        )
    number = next(n for n in range(2) if present(page.model.row(n)).full_name.startswith("Серікова"))
    qtbot.waitUntil(lambda: page.model.index(number, AT_6).data() == "Further study")
    assert page.model.index(number, AT_12).data() == "Further study"

    # The panel shows it with its evidence; a wrong one is deleted (after a question) and recorded anew.
    qtbot.waitUntil(lambda: page.jobs.tree.topLevelItemCount() == 1)
    item = present(page.jobs.tree.topLevelItem(0))
    assert (item.text(0), item.text(1), item.text(2)) == (
        "Further study",
        "МГТУ им. Г. И. Носова",
        "01.09.2025",
    )  # English falls back to Russian
    page.jobs.tree.setCurrentItem(item)
    assert page.jobs.details.text() == "Evidence: University enrolment letter No. 118 of 05.09.2025; recorded by tester"
    assert not page.jobs.edit_button.isEnabled() and page.jobs.delete_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.jobs.delete_selected()
    wait_idle(qtbot)
    assert count(database, Destination) == 0
    qtbot.waitUntil(lambda: page.model.index(number, AT_6).data() == "Unknown")


def test_a_phone_call_needs_no_number_but_a_letter_does(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    ids = setup(database)
    dialog = DestinationDialog(database, ids["Омаров"])
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    dialog.kind.setCurrentIndex(dialog.kind.findData(DestinationKind.MILITARY))
    assert not dialog.organisation_id.isEnabled()
    dialog.starts_on.setDate(QDate(2025, 11, 20))
    dialog.evidence_kind.setCurrentIndex(dialog.evidence_kind.findData(EvidenceKind.EMPLOYER_LETTER))
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert present(dialog.findChild(type(dialog.summary), "evidence_number_error")).text() == (
        "Document number is required: only a phone call has none."
    )
    dialog.evidence_kind.setCurrentIndex(dialog.evidence_kind.findData(EvidenceKind.PHONE_CALL))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    with database.session() as session:
        row = session.scalars(select(Destination)).one()
        assert (row.kind, row.evidence_number, row.evidence_date) == (DestinationKind.MILITARY, None, fixed_day)


def test_a_job_in_the_specialty_with_its_evidence(
    qtbot: QtBot, database: Database, fixed_day: date, type_text: Callable[[QWidget, str], None]
) -> None:
    ids = setup(database)
    page = EmploymentPage(database)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.table.selectRow(next(n for n in range(2) if present(page.model.row(n)).full_name.startswith("Омаров")))
    wait_idle(qtbot)
    dialog = page.jobs.record_job()
    assert dialog is not None
    wait_idle(qtbot)
    dialog.employer_id.setCurrentIndex(dialog.employer_id.findData(ids["gok"]))
    type_text(dialog.position, "Горный мастер")
    dialog.starts_on.setDate(QDate(2025, 8, 1))
    dialog.in_specialty.setChecked(True)
    dialog.evidence_kind.setCurrentIndex(dialog.evidence_kind.findData(EvidenceKind.EMPLOYMENT_ORDER))
    type_text(dialog.evidence_number, "45-к")
    dialog.evidence_date.setDate(QDate(2025, 8, 1))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    number = next(n for n in range(2) if present(page.model.row(n)).full_name.startswith("Омаров"))
    qtbot.waitUntil(lambda: page.model.index(number, AT_6).data() == "Employed in the specialty")
    assert page.model.index(number, AT_12).data() == "Employed in the specialty"
    with database.session() as session:
        job = session.scalars(select(Employment)).one()
        assert (job.in_specialty, job.evidence_kind, job.evidence_number, job.evidence_date, job.recorded_by) == (
            True,
            EvidenceKind.EMPLOYMENT_ORDER,
            "45-к",
            date(2025, 8, 1),
            "tester",
        )


def test_a_follow_up_outside_its_window_is_refused_in_the_dialog(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    from cluster_desktop.services.employment import EmploymentInput, create_employment
    from ui.dialogs.follow_up_dialog import FollowUpDialog

    ids = setup(database)
    with database.session() as s:
        job = create_employment(s, EmploymentInput(ids["Омаров"], ids["gok"], "Горный мастер", date(2025, 8, 1)), today=date(2026, 12, 4)).id
    dialog = FollowUpDialog(database, job)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    assert dialog.checked_on.date() == QDate(2025, 12, 30)  # due 6 months after graduation (30.06.2025)
    dialog.months.setCurrentIndex(dialog.months.findData(12))
    dialog.checked_on.setDate(QDate(2025, 8, 18))  # 17 days after the job started
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    error = present(dialog.findChild(type(dialog.summary), "checked_on_error"))
    assert "11 to 14 months after graduation (30.06.2025), from 30.05.2026 to 30.08.2026, not on 18.08.2025" in error.text()
    assert dialog.isVisible() and count(database, FollowUp) == 0
    dialog.checked_on.setDate(QDate(2026, 6, 30))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert count(database, FollowUp) == 1
