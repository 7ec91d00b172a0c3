"""Putting the core's messages into the user's language, and showing failures."""

from __future__ import annotations

import traceback
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cluster_desktop.errors import TRANSLATION_CONTEXT, Problem, UserError, ValidationError


def _translate(text: str) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


def _fill(template: str, params: dict[str, Any]) -> str:
    # String parameters may themselves be marked texts (field labels, «male»): translate them too.
    translated = {k: _translate(v) if isinstance(v, str) else v for k, v in params.items()}
    return _translate(template).format(**translated)


def problem_text(problem: Problem) -> str:
    return _fill(problem.template, problem.params)


def error_text(error: BaseException) -> str:
    """The user's-language text of any failure; unexpected ones say so plainly."""
    if isinstance(error, ValidationError):
        return "\n".join(problem_text(p) for p in error.problems)
    if isinstance(error, UserError):
        return _fill(error.template, error.params)
    return QCoreApplication.translate(
        "Messages", "Something unexpected went wrong and nothing was saved: {error}"
    ).format(error=f"{type(error).__name__}: {error}")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Cluster Desktop"))
    box.setText(error_text(error))
    if not isinstance(error, UserError):
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.open()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before something destructive; the default answer is No."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
