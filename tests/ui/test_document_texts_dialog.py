"""Settings → Document texts: edit an agreement's clauses, refuse unknown placeholders, reset, ask before losing edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.models import AgreementKind
from cluster_desktop.services import document_texts as texts
from tests.ui.conftest import wait_idle
from ui.dialogs.document_texts_dialog import DocumentTextsDialog
from ui.main_window import MainWindow


def answer(monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> list[object]:
    """Every question gets ``reply``; the list collects each question's default button."""
    defaults: list[object] = []

    def question(parent: QWidget | None, title: str, text: str, buttons: QMessageBox.StandardButton, default: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
        defaults.append(default)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return defaults


def open_dialog(qtbot: QtBot, database: Database) -> DocumentTextsDialog:
    dialog = DocumentTextsDialog(database)
    qtbot.addWidget(dialog)
    dialog.open()
    wait_idle(qtbot)
    return dialog


def click_save(qtbot: QtBot, dialog: DocumentTextsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)


def test_edit_save_refuse_and_reset(qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, database)
    assert dialog.chosen() == (AgreementKind.MEMORANDUM, "kk")
    assert dialog.heading_edits["title"].text() == "ЫНТЫМАҚТАСТЫҚ ТУРАЛЫ МЕМОРАНДУМ"
    assert "{partner_name}" in [dialog.placeholders.item(i).text() for i in range(dialog.placeholders.count())]
    assert not dialog.has_unsaved_changes()

    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    dialog._insert_placeholder(dialog.placeholders.findItems("{partner_name}", Qt.MatchFlag.MatchExactly)[0])
    assert dialog.body.toPlainText().endswith("{partner_name}") and dialog.has_unsaved_changes()
    dialog.body.undo()
    dialog.body.appendPlainText("\nСеріктес {mentor} тағайындайды.")
    click_save(qtbot, dialog)
    assert "{mentor}" in dialog.summary.text() and dialog.summary.isVisible()
    with database.session() as session:
        assert texts.is_default(session, AgreementKind.MEMORANDUM, "kk")

    dialog.body.setPlainText(dialog.body.toPlainText().replace("{mentor}", "{partner_name}"))
    dialog.heading_edits["title"].setText("МЕМОРАНДУМ")
    click_save(qtbot, dialog)
    assert not dialog.summary.isVisible() and not dialog.has_unsaved_changes()
    with database.session() as session:
        stored = texts.load_text(session, AgreementKind.MEMORANDUM, "kk")
    assert stored["title"] == "МЕМОРАНДУМ"
    assert stored["sections"][-1]["clauses"][-1] == "Серіктес {partner_name} тағайындайды."

    defaults = answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert defaults == [QMessageBox.StandardButton.No]
    assert dialog.heading_edits["title"].text() == "МЕМОРАНДУМ"
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert dialog.heading_edits["title"].text() == "ЫНТЫМАҚТАСТЫҚ ТУРАЛЫ МЕМОРАНДУМ"
    with database.session() as session:
        assert texts.is_default(session, AgreementKind.MEMORANDUM, "kk")


def test_switching_or_closing_asks_before_losing_edits(qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, database)
    dialog.label_edits["seal"].setText("М.О. (бар болса)")
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert asked and dialog.chosen() == (AgreementKind.MEMORANDUM, "kk")
    assert dialog.label_edits["seal"].text() == "М.О. (бар болса)"
    dialog.reject()
    assert dialog.isVisible()

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.kind.setCurrentIndex(dialog.kind.findData(AgreementKind.RECEIVED_DOCUMENT))
    wait_idle(qtbot)
    assert dialog.heading_edits["title"].text() == "ТІРКЕУ КАРТОЧКАСЫ"
    assert dialog.body.toPlainText().startswith("Құжаттың атауы = {title}")
    assert not dialog.heading_edits["number"].isVisibleTo(dialog)
    assert not dialog.has_unsaved_changes()
    dialog.reject()
    assert not dialog.isVisible()


def test_settings_menu_opens_the_dialog(qtbot: QtBot, database: Database) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.document_texts_action.isEnabled()
    window.attach_database(database)
    wait_idle(qtbot)
    assert window.document_texts_action.isEnabled()
    dialog = window.edit_document_texts()
    assert isinstance(dialog, DocumentTextsDialog)
    wait_idle(qtbot)
    assert dialog.heading_edits["title"].text()
    dialog.reject()


def test_every_label_has_a_caption_and_the_signatory_placeholders_are_offered(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    offered = [dialog.placeholders.item(i).text() for i in range(dialog.placeholders.count())]
    assert {"{college_director_genitive}", "{partner_signatory_genitive}", "{partner_signatory_position_genitive}"} <= set(offered)
    captions = {}
    for key, edit in dialog.label_edits.items():
        label = dialog.labels_form.labelForField(edit)
        assert isinstance(label, QLabel)
        captions[label.text()] = key
    assert {"Bank": "bank", "IBAN": "iban", "BIC": "bic"}.items() <= captions.items()
    assert all(caption != key for caption, key in captions.items()), "a label shown by its raw key"
    assert dialog.label_edits["bic"].text() == "БСК"  # Kazakh: банктің сәйкестендіру коды
    dialog.reject()
