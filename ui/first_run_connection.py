"""The first-run wizard's page «Where the data lives»: this PC, or a shared PostgreSQL server.

«Test connection» asks the server in the background and says in plain words
what is wrong.  When the server's database is already in use by Cluster
Desktop (another PC set it up), the page becomes the last one: Finish saves
the connection and the user logs in with an existing account.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from cluster_desktop.connection_config import (
    DEFAULT_PORT,
    LOCAL,
    POSTGRESQL,
    ConnectionChoice,
    check_choice,
)

from .messages import error_text, problem_text
from .tasks import Progress, run_in_background
from .widgets import ErrorLabel, with_error


class ConnectionPage(QWizardPage):
    """``choice()`` is what the user picked; ``join_existing`` is True after a test found a database in use."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setObjectName("connection_page")
        self.setTitle(self.tr("Where the data lives"))
        self.setSubTitle(self.tr("On this PC, or on a PostgreSQL server that two or three PCs of the college share."))
        self.join_existing = False
        self.testing = False
        self.local = QRadioButton(self.tr("&This PC (recommended for one computer)"), objectName="local", checked=True)
        folder = QLabel(self.tr("The data is kept in the folder {folder}").format(folder=data_dir), objectName="folder", wordWrap=True)
        folder.setIndent(24)
        self.server = QRadioButton(self.tr("A shared &PostgreSQL server"), objectName="server")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)

        self.host = QLineEdit(objectName="host", placeholderText=self.tr("e.g. 192.168.1.10 or server-name"))
        self.port = QSpinBox(objectName="port", minimum=1, maximum=65535, value=DEFAULT_PORT)
        self.database = QLineEdit(objectName="database", text="cluster")
        self.user = QLineEdit(objectName="user")
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.errors: dict[str, ErrorLabel] = {}
        self.server_box = QWidget(objectName="server_box")
        form = QFormLayout(self.server_box)
        form.setContentsMargins(24, 0, 0, 0)
        for label, name in (
            (self.tr("Server:"), "host"),
            (self.tr("Port:"), "port"),
            (self.tr("Database:"), "database"),
            (self.tr("User:"), "user"),
            (self.tr("Password:"), "password"),
        ):
            box, error = with_error(getattr(self, name))
            error.setObjectName(f"{name}_error")
            self.errors[name] = error
            form.addRow(label, box)
        self.test_button = QPushButton(self.tr("Test &connection"), objectName="test_connection", clicked=self.test)
        self.result = QLabel(objectName="test_result", wordWrap=True)
        self.failure = ErrorLabel(self)
        self.failure.setObjectName("test_failure")
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        form.addRow(test_row)
        form.addRow(self.result)
        form.addRow(self.failure)

        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addWidget(folder)
        layout.addSpacing(8)
        layout.addWidget(self.server)
        layout.addWidget(self.server_box)
        layout.addStretch(1)
        self.server.toggled.connect(self._kind_changed)
        for name in ("host", "database", "user", "password"):
            getattr(self, name).textEdited.connect(self._server_changed)
        self.port.valueChanged.connect(self._server_changed)
        self._kind_changed()

    # -- values ------------------------------------------------------------------
    def choice(self) -> ConnectionChoice:
        if not self.server.isChecked():
            return ConnectionChoice()
        return ConnectionChoice(
            POSTGRESQL, self.host.text().strip(), self.port.value(), self.database.text().strip(), self.user.text().strip(),
            self.password.text(),
        )

    def set_choice(self, choice: ConnectionChoice) -> None:
        if choice.kind == LOCAL:
            self.local.setChecked(True)
            return
        self.server.setChecked(True)
        for name in ("host", "database", "user", "password"):
            getattr(self, name).setText(getattr(choice, name))
        self.port.setValue(choice.port)

    # -- reacting ----------------------------------------------------------------
    def _kind_changed(self) -> None:
        self.server_box.setEnabled(self.server.isChecked())
        self._server_changed()

    def _server_changed(self) -> None:
        """A different server: the last test's verdict no longer applies."""
        self.result.clear()
        self.failure.show_messages([])
        for label in self.errors.values():
            label.show_messages([])
        self._set_join_existing(False)

    def _set_join_existing(self, value: bool) -> None:
        if value != self.join_existing:
            self.join_existing = value
            self.setFinalPage(value)  # makes QWizard look at nextId() again: Finish here, or Next

    def _show_problems(self) -> bool:
        problems = check_choice(self.choice())
        for name, label in self.errors.items():
            label.show_messages([problem_text(p) for p in problems if p.field == name])
        return not problems

    def test(self) -> None:
        """Ask the server in the background; the answer appears under the button."""
        if self.testing or not self._show_problems():
            return
        url = self.choice().url()
        assert url is not None
        self.testing = True
        self.test_button.setEnabled(False)
        self.failure.show_messages([])
        self.result.setText(self.tr("Connecting…"))

        def work(_p: Progress) -> bool:
            from cluster_desktop.connection_config import test_connection

            return test_connection(url)

        def done(in_use: bool) -> None:
            self._tested()
            if in_use:
                self.result.setText(
                    self.tr("Connected. This database is already in use by Cluster Desktop: press Finish, then log in "
                            "with your account.")
                )
            else:
                self.result.setText(self.tr("Connected. The database will be prepared when you press Finish."))
            self._set_join_existing(in_use)

        def fail(exc: BaseException) -> None:
            self._tested()
            self.result.clear()
            self.failure.show_messages([error_text(exc)])

        run_in_background(work, done, fail, parent=self)

    def _tested(self) -> None:
        self.testing = False
        self.test_button.setEnabled(True)

    # -- QWizardPage -------------------------------------------------------------
    def nextId(self) -> int:
        return -1 if self.join_existing and self.server.isChecked() else super().nextId()

    def validatePage(self) -> bool:
        if not self._show_problems():
            return False
        if self.nextId() == -1:  # Finish on this page: join the database that is in use
            return self.wizard().validate_finish(self)  # type: ignore[attr-defined]
        return True

    def show_finishing(self, text: str) -> None:
        self.failure.show_messages([])
        self.result.setText(text)

    def show_failure(self, exc: BaseException) -> None:
        self.result.clear()
        self.failure.show_messages([error_text(exc)])

