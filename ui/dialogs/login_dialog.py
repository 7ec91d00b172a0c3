"""The login dialog: username and password, in the language the user picks on it.

Checking a password takes Argon2 a noticeable moment on purpose, so it runs
off the GUI thread.  What went wrong is the core's message: a failed login
never says whether the username or the password was wrong, and a locked
account says how long to wait.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from cluster_desktop.db import Database

from ..i18n import LANGUAGE_NAMES, LANGUAGES, current_language
from ..messages import error_text
from ..tasks import Progress, run_in_background
from ..widgets import ErrorLabel


def language_combo() -> QComboBox:
    """The interface languages, the one in force chosen: the first thing a new user may need to change."""
    combo = QComboBox(objectName="language")
    for code in LANGUAGES:
        combo.addItem(LANGUAGE_NAMES[code], code)
    combo.setCurrentIndex(max(0, combo.findData(current_language())))
    return combo


class LoginDialog(QDialog):
    logged_in = Signal(object)  # the Actor
    language_requested = Signal(str)

    def __init__(self, database: Database, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self._db = database
        self.checking = False
        self.setWindowTitle(self.tr("Log in — Cluster Desktop"))
        self.language = language_combo()
        self.username = QLineEdit(username, objectName="username")
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.error = ErrorLabel(self)
        self.error.setObjectName("error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

        top = QHBoxLayout()
        intro = QLabel(self.tr("Who is working? Log in with your staff account."), wordWrap=True)
        top.addWidget(intro, 1)
        top.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

        self.buttons.accepted.connect(self.log_in)
        self.buttons.rejected.connect(self.reject)
        self.language.currentIndexChanged.connect(lambda _i: self.language_requested.emit(str(self.language.currentData())))
        self.username.textChanged.connect(lambda _t: self._update_button())
        self.password.textChanged.connect(lambda _t: self._update_button())
        self._update_button()
        (self.password if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_button(self) -> None:
        self.ok_button.setEnabled(not self.checking and bool(self.username.text().strip() and self.password.text()))

    def log_in(self) -> None:
        """Check the password in the background; on success emit :attr:`logged_in` and close."""
        username, password = self.username.text().strip(), self.password.text()
        if self.checking or not username or not password:
            return
        self.checking = True
        self._set_busy(True)
        self._show_error(self.tr("Checking…"))
        database = self._db

        def work(_p: Progress) -> object:
            from cluster_desktop.services.login import authenticate

            return authenticate(database, username, password)

        def done(actor: object) -> None:
            self.checking = False
            self.accept()
            self.logged_in.emit(actor)

        def fail(exc: BaseException) -> None:
            self.checking = False
            self._set_busy(False)
            self._show_error(error_text(exc))
            self.password.clear()
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)

        run_in_background(work, done, fail, parent=self)

    def _show_error(self, text: str) -> None:
        """``text`` under the fields; the dialog grows to a message wrapped onto several lines.

        Qt sizes a window by its layout's minimum, which does not count the lines of a wrapped
        label: without this, the fields were squeezed to half their height after a wrong password.
        """
        self.error.show_messages([text])
        layout = self.layout()
        if layout is not None and self.isVisible():
            layout.activate()
            needed = self.heightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.language):
            widget.setEnabled(not busy)
        self._update_button()
