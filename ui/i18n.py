"""Interface language: Kazakh, Russian or English (the source language).

Loads the program's own ``cluster_desktop_<lang>.qm`` and, beside it, Qt's
``qtbase_<lang>.qm`` so that standard buttons and dialogs speak the same language.
English, the language of the source texts, has a file of the plural texts only:
«%n learner(s)» reads «1 learner», «420 learners».
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from cluster_desktop.languages import LANGUAGES
from cluster_desktop.paths import TRANSLATIONS_DIR

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
SETTINGS_KEY = "ui/language"
_installed: list[QTranslator] = []


def saved_language() -> str:
    value = QSettings().value(SETTINGS_KEY)
    if value in LANGUAGES:
        return str(value)
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "kk"


def save_language(language: str) -> None:
    QSettings().setValue(SETTINGS_KEY, language)


def install_language(language: str) -> str:
    """Replace the installed translators with those of ``language``; returns the language in force."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "kk"
    own = QTranslator()
    if own.load(str(TRANSLATIONS_DIR / f"cluster_desktop_{language}.qm")):
        _installed.append(own)
    if language != "en":
        qt = QTranslator()
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Kazakh if language == "kk" else QLocale.Language.Russian if language == "ru" else QLocale.Language.English))
    return language


def current_language() -> str:
    """The language whose texts are now shown (for data stored per language, like programme names)."""
    name = QLocale().name().split("_")[0]
    return name if name in LANGUAGES else "en"
