"""Check a certificate: a typed number finds its record; a PDF is judged by what its page shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.services.certificate_files import issue_to_folder
from cluster_desktop.services.certificates import find_by_number, revoke
from tests.core.test_certificates import ISSUED, make_cluster
from tests.ui.conftest import wait_idle
from ui.dialogs.verify_dialog import VerifyDialog


@pytest.fixture
def pdfs(database: Database, tmp_path: Path) -> list[Path]:
    cluster = make_cluster(database, learners=2)
    return [item.path for item in issue_to_folder(database, cluster.completed, "ru", tmp_path / "out", ISSUED)]


def checked(qtbot: QtBot, dialog: VerifyDialog, typed: str) -> str:
    dialog.payload.setText(typed)
    dialog.check_payload()
    wait_idle(qtbot)
    return dialog.verdict.text()


def test_a_typed_number_shows_its_record_and_status(qtbot: QtBot, database: Database, pdfs: list[Path]) -> None:
    dialog = VerifyDialog(database)
    qtbot.addWidget(dialog)
    number = pdfs[0].stem  # KP-2026-000001
    assert checked(qtbot, dialog, "кр 2026 000001") == f"Valid: {number} is a certificate of this college in force."
    details = dialog.details.toPlainText()
    assert f"Number: {number}" in details and "Name: " in details and "name on the paper must be exactly" in details
    assert checked(qtbot, dialog, "KP-2026-000999").startswith("Unknown: there is no certificate KP-2026-000999")
    with database.session() as session:
        revoke(session, find_by_number(session, number).id, "Выдан по ошибке", ISSUED)
    assert checked(qtbot, dialog, number.lower()).startswith("Revoked")
    assert "Выдан по ошибке" in dialog.details.toPlainText()


def test_a_number_needs_a_login(qtbot: QtBot, database: Database, pdfs: list[Path]) -> None:
    database.actor = None
    dialog = VerifyDialog(database)
    qtbot.addWidget(dialog)
    assert checked(qtbot, dialog, pdfs[0].stem).startswith("Cannot check: Nobody is logged in")
    assert not dialog.details.toPlainText()


def test_a_pdf_with_something_appended_is_altered(qtbot: QtBot, database: Database, pdfs: list[Path], tmp_path: Path) -> None:
    dialog = VerifyDialog(database)
    qtbot.addWidget(dialog)
    genuine, other = pdfs
    dialog.check_pdf(genuine)
    wait_idle(qtbot)
    assert dialog.verdict.text().startswith("Valid")
    forged = tmp_path / "forged.pdf"
    data = other.read_bytes()
    forged.write_bytes(genuine.read_bytes() + data[data.index(b"<?xpacket begin") :])
    dialog.check_pdf(forged)
    wait_idle(qtbot)
    assert dialog.verdict.text() == "Altered or forged: The file was changed after it was printed: something was added after its end."
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data[: len(data) // 2])
    dialog.check_pdf(broken)
    wait_idle(qtbot)
    assert dialog.verdict.text().startswith("Cannot check: The PDF cannot be read")
    dialog.check_pdf(tmp_path / "gone.pdf")
    wait_idle(qtbot)
    assert dialog.verdict.text().startswith("Cannot check: Cannot read")
    assert dialog.check_button.isEnabled() and dialog.open_button.isEnabled()
