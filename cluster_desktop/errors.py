"""Errors the user can act on, with texts that the window translates.

The core never imports Qt, yet every message must reach the user in Kazakh or
Russian.  So a message is an English *template* marked with
``QT_TRANSLATE_NOOP("Errors", ...)`` (which ``pyside6-lupdate`` collects into the
``.ts`` files) plus named parameters.  The command line prints the English text;
the window looks the template up with ``QCoreApplication.translate("Errors", …)``
and fills in the same parameters.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

TRANSLATION_CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the user's input, tied to the field it concerns."""

    field: str
    template: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)  # `field` here is the attribute above

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class UserError(Exception):
    """A failure explained in plain words; never shown as a traceback."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ValidationError(UserError):
    """The input breaks one or more rules; nothing was saved."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("{details}", details=" ".join(p.message for p in self.problems))

    def for_field(self, name: str) -> list[Problem]:
        return [p for p in self.problems if p.field == name]


class NotFoundError(UserError):
    """The record the user asked for does not exist (any more)."""


class DatabaseError(UserError):
    """The database cannot be opened or used as it is; the message says why."""
