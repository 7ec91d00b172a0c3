"""The Certificates page as a registrar uses it: pending list → issue → preview → saved PDF; registry; checking."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cluster_desktop.college import CollegeDetails
from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_bin, make_iin
from cluster_desktop.models import Certificate, CertificateCounter, ConsentGiver, EnrolmentStatus, ProgrammeKind, Stage
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.programmes import GroupInput, ProgrammeInput, create_group, create_programme, enrol, record_result
from cluster_desktop.services.settings import save_college_details
from tests.factories import count
from tests.narrowing import present
from tests.ui.conftest import wait_idle
from ui.dialogs.verify_dialog import VerifyDialog
from ui.pages.certificates_page import CertificatesPage
from ui.pages.pending_certificates import PendingCertificates

COLLEGE = CollegeDetails(
    name_kk="Хромтау тау-кен техникалық колледжі",
    name_ru="Хромтауский горно-технический колледж",
    name_en="Khromtau Mining and Technical College",
    bin=make_bin(1998, 8, 4, 1207),
    director_kk="Сейтқалиев Б. Қ.",
    director_ru="Сейтқалиев Б. Қ.",
    director_en="Seitkaliev B. K.",
    city_kk="Хромтау",
    city_ru="Хромтау",
    city_en="Khromtau",
)
SURNAMES = ("Қасымова", "Әбілова", "Сергеева")


def fill(database: Database, college: bool = True) -> None:
    with database.session() as session:
        if college:
            save_college_details(session, COLLEGE)
        course = create_programme(
            session,
            ProgrammeInput(kind=ProgrammeKind.PROFESSIONAL_COURSE, name_kk="Электргазбен дәнекерлеуші", name_ru="Электрогазосварщик", hours=108),
        ).id
        group = create_group(session, GroupInput(course, "ЭГС-25-А", "kk", date(2025, 9, 15), date(2025, 12, 20))).id
        for serial, surname in enumerate(SURNAMES, start=11):
            person = create_learner(
                session,
                LearnerInput(
                    iin=make_iin(date(2009, 4, 1), Sex.FEMALE, serial), surname=surname, given_name="Әйгерім",
                    stage=Stage.SCHOOL, consent_given_by=ConsentGiver.REPRESENTATIVE, consent_date=date(2024, 9, 1),
                    representative_name="Қасымов Серік",
                ),
            ).id
            enrolment = enrol(session, person, group, date(2025, 9, 15)).id
            record_result(session, enrolment, EnrolmentStatus.COMPLETED, date(2025, 12, 20), Decimal("91"))


@pytest.fixture
def page(qtbot: QtBot, database: Database) -> Callable[[], CertificatesPage]:
    def make() -> CertificatesPage:
        widget = CertificatesPage(database)
        qtbot.addWidget(widget)
        widget.resize(1200, 700)
        widget.show()
        wait_idle(qtbot)
        return widget

    return make


# Certificates are dated this day, not the dialog's default (the real date): their numbers carry its year.
ISSUED_ON = date(2026, 12, 4)


def issue_first_rows(qtbot: QtBot, panel: PendingCertificates, rows: int, folder: Path, language: str = "kk") -> None:
    panel.table.selectRow(0)
    for row in range(1, rows):
        panel.table.selectionModel().select(
            panel.model.index(row, 0), panel.table.selectionModel().SelectionFlag.Select | panel.table.selectionModel().SelectionFlag.Rows
        )
    dialog = panel.issue_selected()
    assert dialog is not None and "%n" not in dialog.summary.text()
    dialog.folder.setText(str(folder))
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.issued_on.set_value(ISSUED_ON)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)


def test_from_pending_list_to_saved_pdf(qtbot: QtBot, page: Callable[[], CertificatesPage], database: Database, tmp_path: Path) -> None:
    fill(database)
    widget = page()
    pending = widget.pending
    assert pending.model.rowCount() == 3
    assert not pending.issue_button.isEnabled()

    issue_first_rows(qtbot, pending, 2, tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["KP-2026-000001.pdf", "KP-2026-000002.pdf"]
    qtbot.waitUntil(lambda: pending.model.rowCount() == 1)
    qtbot.waitUntil(lambda: widget.registry.model.rowCount() == 2)
    assert "KP-2026-000001" in pending.status.text()
    preview = pending.previewer.last_preview
    assert preview is not None and preview.isVisible()
    assert preview.document.pageCount() == 2
    saved = preview.save_to(tmp_path / "printed.pdf")
    assert saved is not None and saved.read_bytes().startswith(b"%PDF")
    assert count(database, Certificate) == 2


def test_missing_college_details_stop_issuing_and_take_no_number(qtbot: QtBot, page: Callable[[], CertificatesPage], database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(database, college=False)
    shown: list[str] = []
    monkeypatch.setattr("ui.pages.pending_certificates.show_error", lambda _parent, exc: shown.append(str(exc)))
    widget = page()
    issue_first_rows(qtbot, widget.pending, 1, tmp_path / "out")
    assert shown and "college's details" in shown[0]
    assert count(database, Certificate) == 0
    assert count(database, CertificateCounter) == 0
    assert widget.pending.model.rowCount() == 3


def test_registry_revokes_and_checking_says_so(qtbot: QtBot, page: Callable[[], CertificatesPage], database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(database)
    widget = page()
    issue_first_rows(qtbot, widget.pending, 1, tmp_path / "out", language="ru")
    registry = widget.registry
    qtbot.waitUntil(lambda: registry.model.rowCount() == 1)
    with database.session() as session:
        payload = session.scalars(select(Certificate.payload)).one()

    dialog = widget.open_verify()
    qtbot.addWidget(dialog)
    dialog.payload.setText(payload)
    dialog.check_payload()
    wait_idle(qtbot)
    assert dialog.verdict.text().startswith("Valid")
    dialog.check_pdf(tmp_path / "out" / "KP-2026-000001.pdf")
    wait_idle(qtbot)
    assert dialog.verdict.text().startswith("Valid")
    body, signature = payload.rsplit(".", 1)
    dialog.payload.setText(body + "." + ("A" if signature[0] != "A" else "B") + signature[1:])
    dialog.check_payload()
    wait_idle(qtbot)
    assert dialog.verdict.text().startswith("Altered")
    dialog.payload.setText("https://example.org/not-a-certificate")
    dialog.check_payload()
    wait_idle(qtbot)
    assert dialog.verdict.text().startswith("Not a certificate")

    registry.table.selectRow(0)
    assert registry.revoke_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    ask = registry.revoke_selected()
    assert ask is not None
    ask.setTextValue("Выдан по ошибке")
    ask.accept()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: registry.model.row(0) is not None and present(registry.model.row(0)).status.value == "revoked")
    assert "Выдан по ошибке" in registry.model.index(0, 7).data()
    dialog.payload.setText(payload)
    dialog.check_payload()
    wait_idle(qtbot)
    assert dialog.verdict.text().startswith("Revoked")
    assert "Выдан по ошибке" in dialog.details.toPlainText()
    assert widget.pending.model.rowCount() == 3  # a revoked certificate may be replaced by a new one


def test_duplicate_gets_its_own_number_and_points_to_the_original(qtbot: QtBot, page: Callable[[], CertificatesPage], database: Database, tmp_path: Path) -> None:
    fill(database)
    widget = page()
    issue_first_rows(qtbot, widget.pending, 1, tmp_path / "out")
    registry = widget.registry
    qtbot.waitUntil(lambda: registry.model.rowCount() == 1)
    registry.table.selectRow(0)
    dialog = registry.duplicate_selected()
    assert dialog is not None
    dialog.folder.setText(str(tmp_path / "dup"))
    dialog.issued_on.set_value(ISSUED_ON)
    dialog.accept()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: registry.model.rowCount() == 2)
    numbers = {registry.model.index(r, 0).data(): registry.model.index(r, 6).data() for r in range(2)}
    assert numbers == {"KP-2026-000001": "", "KP-2026-000002": "KP-2026-000001"}
    assert (tmp_path / "dup" / "KP-2026-000002.pdf").exists()


def test_the_book_is_exported_as_xlsx(qtbot: QtBot, page: Callable[[], CertificatesPage], database: Database, tmp_path: Path) -> None:
    import openpyxl

    fill(database)
    widget = page()
    issue_first_rows(qtbot, widget.pending, 3, tmp_path / "out")
    widget.registry.export_to(tmp_path / "book.xlsx")
    wait_idle(qtbot)
    rows = list(present(openpyxl.load_workbook(tmp_path / "book.xlsx").active).values)
    assert len(rows) == 4 and rows[1][0] == "KP-2026-000001"
    registry = widget.registry
    qtbot.waitUntil(lambda: registry.year_filter.count() == 2)
    registry.year_filter.setCurrentIndex(1)
    wait_idle(qtbot)
    assert registry.model.rowCount() == 3
    with database.session() as session:
        session.execute(Certificate.__table__.update().values(year=2025))
    registry.refresh()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: registry.year_filter.currentData() is None and registry.model.rowCount() == 3)
    assert registry.year_filter.itemData(1) == 2025


def test_verify_dialog_refuses_a_pdf_that_is_not_ours(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    other = tmp_path / "other.pdf"
    other.write_bytes(b"not a pdf at all")
    dialog = VerifyDialog(database)
    qtbot.addWidget(dialog)
    dialog.check_pdf(other)
    wait_idle(qtbot)
    assert dialog.verdict.text().startswith("Cannot check")


def test_the_public_key_can_be_exported_for_partners(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    dialog = VerifyDialog(database)
    qtbot.addWidget(dialog)
    dialog.export_key(tmp_path / "key.pem")
    wait_idle(qtbot)
    assert "key.pem" in dialog.verdict.text()
    assert load_pem_public_key((tmp_path / "key.pem").read_bytes()) is not None
    dialog.export_key(tmp_path / "missing" / "key.pem")
    wait_idle(qtbot)
    assert dialog.verdict.text().startswith("Cannot write") and not (tmp_path / "missing").exists()
