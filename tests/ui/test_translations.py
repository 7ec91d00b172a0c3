"""Kazakh and Russian stay complete for every text the program shows; English has the forms of every plural text."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402


@pytest.mark.parametrize("language", translations.ALL)
def test_every_text_is_translated(language: str) -> None:
    assert translations.unfinished(translations.ts_file(language)) == []


def test_ts_files_hold_every_text_in_the_code(tmp_path: Path) -> None:
    for language in translations.ALL:
        shutil.copy(translations.ts_file(language), tmp_path)
    translations.update(tmp_path)
    for language in translations.ALL:
        fresh = set(translations.messages(translations.ts_file(language, tmp_path)))
        committed = set(translations.messages(translations.ts_file(language)))
        assert fresh - committed == set(), "run: python tools/translations.py update, then translate"
        assert committed - fresh == set(), "texts no longer in the code: run python tools/translations.py update"


def test_shipped_qm_files_match_the_ts_files(tmp_path: Path) -> None:
    translations.release(output=tmp_path)
    for language in translations.ALL:
        name = f"cluster_desktop_{language}.qm"
        assert (tmp_path / name).read_bytes() == (translations.TRANSLATIONS / name).read_bytes(), (
            "run: python tools/translations.py release"
        )


def test_placeholders_survive_translation() -> None:
    import re

    for language in translations.ALL:
        for (context, source), message in translations.messages(translations.ts_file(language)).items():
            translation = message.find("translation")
            assert translation is not None
            texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            wanted = set(re.findall(r"\{\w+\}", source))
            for text in texts:
                assert set(re.findall(r"\{\w+\}", text)) == wanted, f"{language} [{context}] {source!r} → {text!r}"


def test_english_plurals_read_as_english(qapp: object) -> None:
    """«%n learner(s)» is «1 learner» and «420 learners» in the English window, not «420 learner(s)»."""
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    i18n.install_language("en")
    assert QCoreApplication.translate("LearnersPage", "%n learner(s)", "", 1) == "1 learner"
    assert QCoreApplication.translate("LearnersPage", "%n learner(s)", "", 420) == "420 learners"
    english = translations.messages(translations.ts_file("en"))
    assert english and all(message.get("numerus") == "yes" for message in english.values())  # plural texts only
