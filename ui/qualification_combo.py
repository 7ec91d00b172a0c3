"""A code of the qualification catalogue, picked from a list that filters as you type («0724», «горный»…).

The list shows «code — name» in the interface language.  What is typed and
matches no entry is handed to the service as it is, so its refusal («not in the
qualification catalogue») appears beside the field instead of the text vanishing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from cluster_desktop.services.qualifications import QualificationChoice


class QualificationCombo(QComboBox):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=object_name, editable=True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(40)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = self.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Type part of the code or name, e.g. 0724 or горный"))

    def set_choices(self, choices: Sequence[QualificationChoice]) -> None:
        self.clear()
        for choice in choices:
            shown = choice.shown + (self.tr(" (needs checking)") if choice.needs_checking else "")
            self.addItem(shown, choice.code)
        self.setCurrentIndex(-1)
        self.setEditText("")

    def code(self) -> str:
        """The chosen entry's code, else the text typed (for the service to accept or refuse by name)."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return str(self.itemData(index))
        return text.split(" — ", 1)[0].strip()

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(code or "")
