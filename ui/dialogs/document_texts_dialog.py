"""Settings → Document texts: the words each kind of agreement prints, per language, with placeholders.

The text is JSON in the database; here it is a form: heading lines, the
clauses as plain text (``== Section title`` lines, one clause per paragraph),
party and signature labels.  Saving is refused, with the placeholder named,
when the text uses one the program cannot fill.
"""

from __future__ import annotations

import contextlib
import copy
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.languages import OFFICIAL_LANGUAGES
from cluster_desktop.models import AgreementKind
from cluster_desktop.services import document_texts as texts

from ..changes import Kind
from ..labels import agreement_kind_name, language_name
from ..messages import confirm, error_text
from ..operations import change, query
from ..unsaved import ConfirmsDiscard, ask_to_discard
from ..widgets import ErrorLabel

HEADING_FIELDS = ("title", "subtitle", "number", "place", "date")


def _application() -> QApplication:
    """The running application: the dialog lives only inside one, and focusChanged is QApplication's."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


class DocumentTextsDialog(ConfirmsDiscard, QDialog):
    """Edits the text of one kind of agreement in one language at a time."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._loaded: dict[str, Any] | None = None  # what the database holds for the kind and language shown
        self._shown: tuple[AgreementKind, str] | None = None
        self._busy = False
        self._last_editor: QLineEdit | QPlainTextEdit | None = None
        self.setWindowTitle(self.tr("Document texts"))
        self._build()
        _application().focusChanged.connect(self._focus_changed)
        self._load()

    # -- layout ----------------------------------------------------------------
    def _build(self) -> None:
        self.kind = QComboBox(objectName="kind")
        for kind in AgreementKind:
            self.kind.addItem(agreement_kind_name(kind), kind)
        self.language = QComboBox(objectName="language")
        for code in OFFICIAL_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.kind.currentIndexChanged.connect(self._choice_changed)
        self.language.currentIndexChanged.connect(self._choice_changed)
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Document")))
        choice.addWidget(self.kind, 1)
        choice.addWidget(QLabel(self.tr("Language")))
        choice.addWidget(self.language)

        self.heading_edits = {name: QLineEdit(objectName=name) for name in HEADING_FIELDS}
        self.preamble = QPlainTextEdit(objectName="preamble")
        self.preamble.setMaximumHeight(110)
        self.heading_form = QFormLayout()
        self.heading_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        captions = {
            "title": self.tr("Title"),
            "subtitle": self.tr("Subtitle"),
            "number": self.tr("Number line"),
            "place": self.tr("Place line"),
            "date": self.tr("Date line"),
        }
        for name, edit in self.heading_edits.items():
            self.heading_form.addRow(captions[name], edit)
        self.heading_form.addRow(self.tr("Parties paragraph"), self.preamble)
        heading = QWidget()
        heading.setLayout(self.heading_form)

        self.body = QPlainTextEdit(objectName="body")
        self.body_hint = QLabel(wordWrap=True)
        body_page = QWidget()
        body_layout = QVBoxLayout(body_page)
        body_layout.addWidget(self.body_hint)
        body_layout.addWidget(self.body, 1)

        self.labels_form = QFormLayout()
        self.labels_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels_inner = QWidget()
        labels_inner.setLayout(self.labels_form)
        labels_page = QScrollArea()
        labels_page.setWidget(labels_inner)
        labels_page.setWidgetResizable(True)
        self.party_edits: dict[str, QLineEdit] = {}
        self.label_edits: dict[str, QLineEdit] = {}

        self.tabs = QTabWidget()
        self.tabs.addTab(heading, self.tr("Heading"))
        self.tabs.addTab(body_page, self.tr("Clauses"))
        self.tabs.addTab(labels_page, self.tr("Parties and labels"))

        self.placeholders = QListWidget(objectName="placeholders")
        self.placeholders.itemDoubleClicked.connect(self._insert_placeholder)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Placeholders (double-click to insert):"), wordWrap=True))
        side_layout.addWidget(self.placeholders, 1)
        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([640, 200])

        self.summary = ErrorLabel(self)
        self.summary.setObjectName("summary")
        self.status = QLabel(objectName="status")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.reset_button = QPushButton(self.tr("Reset to default…"), objectName="reset")
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self.reset_to_default)

        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(980, 680)

    def _caption(self, key: str) -> str:
        captions = {
            "college": self.tr("The college (party)"),
            "partner": self.tr("The partner (party)"),
            "learner": self.tr("The learner (party)"),
            "requisites": self.tr("Requisites heading"),
            "name": self.tr("Name"),
            "full_name": self.tr("Full name"),
            "bin": self.tr("BIN"),
            "iin": self.tr("IIN"),
            "address": self.tr("Address"),
            "bank": self.tr("Bank"),
            "iban": self.tr("IBAN"),
            "bic": self.tr("BIC"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "contact": self.tr("Contact person"),
            "representative": self.tr("Legal representative"),
            "director": self.tr("Director signs as"),
            "signatory": self.tr("Partner signs as"),
            "learner_signatory": self.tr("Learner signs as"),
            "signature": self.tr("Under the signature line"),
            "seal": self.tr("Place of the seal"),
            "extra_conditions": self.tr("Section of extra conditions"),
            "page": self.tr("Page numbers ({page}, {pages})"),
            "registered_by": self.tr("Registered by"),
            "registered_on": self.tr("Date of registration"),
            "notes": self.tr("Notes"),
        }
        return captions.get(key, key)

    # -- showing ---------------------------------------------------------------
    def chosen(self) -> tuple[AgreementKind, str]:
        return self.kind.currentData(), self.language.currentData()

    def _run(self, work: Any, done: Any, writes: bool = False) -> None:
        """Run ``work(session)`` off the GUI thread, then ``done(result)``; errors go to the summary."""
        self._busy = True
        self.setEnabled(False)

        def finished(result: Any) -> None:
            self._busy = False
            self.setEnabled(True)
            done(result)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.setEnabled(True)
            self.summary.show_messages([error_text(exc)])

        if writes:
            change(self, self._db, work, finished, touches={Kind.SETTINGS}, on_error=failed)
        else:
            query(self, self._db, work, finished, on_error=failed)

    def _load(self) -> None:
        kind, language = self.chosen()
        self._run(lambda session: texts.load_text(session, kind, language), lambda content: self._show(kind, language, content))

    def _show(self, kind: AgreementKind, language: str, content: dict[str, Any]) -> None:
        self._loaded = content
        self._shown = (kind, language)
        card = content.get("layout") == texts.CARD
        for name, edit in self.heading_edits.items():
            edit.setText(content.get(name, ""))
            self.heading_form.setRowVisible(edit, name in content or not card)
        self.preamble.setPlainText(content.get("preamble", ""))
        self.heading_form.setRowVisible(self.preamble, not card)
        if card:
            self.body.setPlainText(texts.fields_as_text(content.get("fields", [])))
            self.body_hint.setText(self.tr("One row of the card per line: «Label = value»."))
        else:
            self.body.setPlainText(texts.sections_as_text(content.get("sections", [])))
            self.body_hint.setText(
                self.tr("A line «== Title» starts a section; each paragraph under it is one clause, numbered when printed.")
            )
        while self.labels_form.rowCount():
            self.labels_form.removeRow(0)
        self.party_edits = {role: QLineEdit(text, objectName=f"party_{role}") for role, text in content.get("parties", {}).items()}
        self.label_edits = {key: QLineEdit(text, objectName=f"label_{key}") for key, text in content.get("labels", {}).items()}
        for key, edit in (*self.party_edits.items(), *self.label_edits.items()):
            self.labels_form.addRow(self._caption(key), edit)
        self.placeholders.clear()
        for name in sorted(texts.known_placeholders(kind)):
            self.placeholders.addItem(QListWidgetItem(f"{{{name}}}"))
        self.summary.show_messages([])
        self.status.setText("")

    def current_content(self) -> dict[str, Any]:
        """The text as the form now says, in the stored JSON shape."""
        content = copy.deepcopy(self._loaded or {})
        card = content.get("layout") == texts.CARD
        for name, edit in self.heading_edits.items():
            if name in content or (not card and edit.text()):
                content[name] = edit.text()
        if not card:
            content["preamble"] = self.preamble.toPlainText().strip()
            content["sections"] = texts.sections_from_text(self.body.toPlainText())
        else:
            content["fields"] = texts.fields_from_text(self.body.toPlainText())
        content["parties"] = {role: edit.text() for role, edit in self.party_edits.items()}
        content["labels"] = {key: edit.text() for key, edit in self.label_edits.items()}
        return content

    def has_unsaved_changes(self) -> bool:
        return self._loaded is not None and self.current_content() != self._normalised(self._loaded)

    @staticmethod
    def _normalised(content: dict[str, Any]) -> dict[str, Any]:
        """``content`` as the form would give it back (clauses trimmed), so that an untouched form is unchanged."""
        copied = copy.deepcopy(content)
        if "sections" in copied:
            copied["sections"] = texts.sections_from_text(texts.sections_as_text(copied["sections"]))
        if "fields" in copied:
            copied["fields"] = texts.fields_from_text(texts.fields_as_text(copied["fields"]))
        if "preamble" in copied:
            copied["preamble"] = copied["preamble"].strip()
        return copied

    # -- actions ---------------------------------------------------------------
    def _choice_changed(self) -> None:
        if self._shown is None or self.chosen() == self._shown:
            return
        if self.has_unsaved_changes() and not ask_to_discard(
            self, self.tr("The text shown has unsaved changes. Show another without saving?")
        ):
            kind, language = self._shown
            for combo, value in ((self.kind, kind), (self.language, language)):
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(value))
                combo.blockSignals(False)
            return
        self._load()

    def save(self) -> None:
        if self._busy or self._shown is None:
            return
        kind, language = self._shown
        content = self.current_content()

        def saved(stored: dict[str, Any]) -> None:
            self._loaded = stored
            self.summary.show_messages([])
            self.status.setText(self.tr("Saved. Agreements print with this text from now on."))

        self.status.setText("")
        self._run(lambda session: texts.save_text(session, kind, language, content), saved, writes=True)

    def reset_to_default(self) -> None:
        if self._busy or self._shown is None:
            return
        kind, language = self._shown
        question = self.tr("Replace the text of «{document}» ({language}) with the text the program came with? Your edits are lost.")
        if not confirm(self, self.tr("Reset to default?"), question.format(document=agreement_kind_name(kind), language=language_name(language))):
            return

        def reset(session: Session) -> dict[str, Any]:
            return texts.reset_text(session, kind, language)

        def done(content: dict[str, Any]) -> None:
            self._show(kind, language, content)
            self.status.setText(self.tr("The default text is back."))

        self._run(reset, done, writes=True)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, (QLineEdit, QPlainTextEdit)) and self.isAncestorOf(new):
            self._last_editor = new

    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        editor = self._last_editor or self.body
        if isinstance(editor, QLineEdit):
            editor.insert(item.text())
        else:
            editor.insertPlainText(item.text())
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def closing_refused(self) -> bool:
        return self._busy

    def discard_question(self) -> str:
        return self.tr("The document text has unsaved changes. Close without saving?")

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            _application().focusChanged.disconnect(self._focus_changed)
        super().done(result)
