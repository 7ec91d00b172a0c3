"""The windows obey the consents as the services do: a refusal names the learners in Kazakh or Russian.

A session of the fixed day names a learner who withdrew the journey the day before: the
dialog says so in the user's language, offers to count instead, and saves the head count.
A partner's country is its ISO code, refused beside the field when it is not one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from cluster_desktop.db import Database
from cluster_desktop.models import (
    Consent,
    ConsentPurpose,
    ConsentPurposeGrant,
    GuidanceSession,
    GuidanceStage,
    Organisation,
    OrganisationKind,
)
from tests import factories as F
from tests.factories import count
from tests.narrowing import present
from tests.ui.conftest import FIXED_DAY, wait_idle
from ui import i18n
from ui.dialogs.guidance_session_dialog import GuidanceSessionDialog
from ui.dialogs.organisation_dialog import OrganisationDialog
from ui.widgets import ErrorLabel

pytestmark = pytest.mark.usefixtures("fixed_day")  # the session dialog's day is today: the test fixes which


@pytest.fixture
def language_back() -> Iterator[None]:
    yield
    i18n.install_language("en")


def withdrawn_learner(database: Database) -> int:
    """A pupil whose parent withdrew the journey the day before the fixed day."""
    with database.session() as session:
        person = F.learner(session, "Серікова", "Айгерім", born=FIXED_DAY.replace(year=2011), representative="Серікова Гүлнар")
        session.execute(
            update(ConsentPurposeGrant)
            .where(
                ConsentPurposeGrant.purpose == ConsentPurpose.JOURNEY,
                ConsentPurposeGrant.consent_id.in_(select(Consent.id).where(Consent.person_id == person.id)),
            )
            .values(withdrawn_on=FIXED_DAY - timedelta(days=1))
        )
        return person.id


def save(qtbot: QtBot, dialog: QWidget) -> None:
    buttons = dialog.buttons  # type: ignore[attr-defined]
    qtbot.mouseClick(buttons.button(buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)


def session_dialog(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]) -> GuidanceSessionDialog:
    dialog = GuidanceSessionDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    type_text(dialog.topic_kk, "Кен мамандықтары")
    type_text(dialog.place_kk, "№3 мектеп")
    dialog.stage.set_value(GuidanceStage.SCHOOL)
    dialog.by_name.setChecked(True)
    type_text(dialog.learners.search, "Серікова")
    qtbot.waitUntil(lambda: dialog.learners.found.count() == 1, timeout=5000)
    dialog.learners.attach_selected()
    return dialog


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("kk", ("Серікова Айгерім", "қолданыстағы келісім жоқ", "кластердегі кезеңдер бойынша жол", "жас топтары бойынша санға")),
        ("ru", ("Серікова Айгерім", "нет действующего согласия", "путь по ступеням кластера", "численности по возрастным группам")),
    ],
)
def test_a_learner_who_withdrew_the_journey_is_counted_not_named(
    qtbot: QtBot,
    database: Database,
    type_text: Callable[[QWidget, str], None],
    monkeypatch: pytest.MonkeyPatch,
    language_back: None,
    language: str,
    words: tuple[str, ...],
) -> None:
    withdrawn_learner(database)
    i18n.install_language(language)
    asked: list[str] = []

    def answer(_parent: object, title: str, text: str, *args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = session_dialog(qtbot, database, type_text)
    save(qtbot, dialog)
    summary = present(dialog.findChild(ErrorLabel, "summary"))
    qtbot.waitUntil(summary.isVisible)
    assert all(word in summary.text() for word in words), summary.text()
    assert count(database, GuidanceSession) == 0 and len(asked) == 1
    assert dialog.by_count.isChecked() and dialog.head_count_model.rows == [("", "1")]  # the count offered, its age group to type
    model = dialog.head_count_model
    assert model.setData(model.index(0, 0), "9 сынып", Qt.ItemDataRole.EditRole)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        save(qtbot, dialog)
    with database.session() as session:
        saved = session.scalars(select(GuidanceSession)).one()
        assert saved.attendees == [] and [(h.age_group, h.count) for h in saved.head_counts] == [("9 сынып", 1)]


def test_declining_the_offer_keeps_the_names_and_saves_nothing(
    qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    withdrawn_learner(database)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.No)
    dialog = session_dialog(qtbot, database, type_text)
    save(qtbot, dialog)
    qtbot.waitUntil(present(dialog.findChild(ErrorLabel, "summary")).isVisible)
    assert dialog.by_name.isChecked() and len(dialog.learners.person_ids()) == 1 and count(database, GuidanceSession) == 0
    dialog.done(0)


def test_a_partner_abroad_is_saved_with_its_country_code(
    qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]
) -> None:
    dialog = OrganisationDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    dialog.kind.set_value(OrganisationKind.UNIVERSITY)
    type_text(dialog.name_kk, "Г. И. Носов атындағы МГТУ")
    type_text(dialog.name_ru, "МГТУ им. Г. И. Носова")
    dialog.country.setEditText("R")
    save(qtbot, dialog)
    error = present(dialog.findChild(ErrorLabel, "country_error"))
    assert error.isVisible() and "ISO 3166" in error.text() and "«R»" in error.text()
    assert count(database, Organisation) == 0
    dialog.country.setCurrentIndex(dialog.country.findText("RU"))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        save(qtbot, dialog)
    with database.session() as session:
        saved = session.scalars(select(Organisation)).one()
        assert saved.country == "RU"
        saved_id = saved.id
    again = OrganisationDialog(database, saved_id)
    qtbot.addWidget(again)
    wait_idle(qtbot)
    assert again.country.currentText() == "RU"
    again.done(0)
