"""The languages the program speaks and writes, named once.

The window, certificates and programmes come in Kazakh, Russian and English;
papers that go to the state or a partner (agreements, outcome reports) in the
two official languages of Kazakhstan.
"""

from __future__ import annotations

from typing import TypeVar

LANGUAGES = ("kk", "ru", "en")
OFFICIAL_LANGUAGES = ("kk", "ru")

T = TypeVar("T")


def in_language(language: str, kazakh: T, russian: T) -> T:
    """The Kazakh of a name kept in both official languages for ``language`` «kk», else the Russian (English screens show it too)."""
    return kazakh if language == "kk" else russian
