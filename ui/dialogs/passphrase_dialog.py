"""Asking for a backup's passphrase: twice when a new one is chosen, so a typo cannot lock the data away."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from cluster_desktop.commands.backup import MIN_PASSPHRASE

from ..widgets import ErrorLabel


class PassphraseDialog(QDialog):
    def __init__(self, confirm: bool, explanation: str, parent: QWidget | None = None, offer_new: bool = False) -> None:
        """``confirm``: a new passphrase, typed twice; ``offer_new``: the user may switch to a new one."""
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(self.tr("Backup passphrase"))
        self._confirm = confirm
        self.passphrase = QLineEdit(objectName="passphrase", echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(objectName="again", echoMode=QLineEdit.EchoMode.Password)
        self.error = ErrorLabel(self)
        self.error.setObjectName("passphrase_error")
        text = QLabel(explanation, wordWrap=True)
        self.new_passphrase = QCheckBox(self.tr("Use a new passphrase from now on"), objectName="new_passphrase")
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("The same again:"), self.again)
        if offer_new:
            form.addRow("", self.new_passphrase)
        self.new_passphrase.setVisible(offer_new)
        self.new_passphrase.toggled.connect(self._set_confirm)
        form.setRowVisible(self.again, confirm)
        self._form = form
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._check)
        self.again.textChanged.connect(self._check)
        self._check()
        self.resize(420, self.sizeHint().height())

    def _set_confirm(self, confirm: bool) -> None:
        self._confirm = confirm
        self._form.setRowVisible(self.again, confirm)
        self._check()

    def is_new(self) -> bool:
        """Whether the passphrase was typed twice as a new one."""
        return self._confirm

    def value(self) -> str:
        return self.passphrase.text()

    def _problems(self) -> list[str]:
        problems = []
        if len(self.passphrase.text()) < MIN_PASSPHRASE and self._confirm:
            problems.append(self.tr("At least %n characters.", "", MIN_PASSPHRASE))
        if self._confirm and self.again.text() and self.again.text() != self.passphrase.text():
            problems.append(self.tr("The two passphrases differ."))
        return problems

    def _check(self) -> None:
        problems = self._problems()
        self.error.show_messages(problems if self.passphrase.text() else [])
        ready = not problems and bool(self.passphrase.text()) and (not self._confirm or self.again.text() == self.passphrase.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def accept(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            super().accept()
