"""The journey panel words every kind of step."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.models import Stage
from cluster_desktop.services.journey import JourneyStep
from ui.pages.journey_view import JourneyView

DONSKOY = {"kk": "Дон тау-кен байыту комбинаты", "ru": "Донской ГОК"}


def test_outcome_steps_are_worded(qtbot: QtBot, database: Database) -> None:
    view = JourneyView(database)
    qtbot.addWidget(view)
    steps = [
        JourneyStep("session", Stage.SCHOOL, date(2022, 3, 1), date(2022, 3, 1),
                    texts={"topic_kk": "Кен байыту", "topic_ru": "Обогащение руды", "place_kk": "№1 мектеп"}),
        JourneyStep("certificate", Stage.SCHOOL, date(2023, 5, 30), None, texts={"programme_ru": "Электрогазосварщик"},
                    status="issued", detail="KP-2023-000007"),
        JourneyStep("placement", Stage.COLLEGE, date(2025, 2, 1), date(2025, 5, 30), organisation=DONSKOY, status="dual",
                    extra={"mentor": "Ержанов Б. С."}),
        JourneyStep("employment", Stage.EMPLOYMENT, date(2026, 7, 1), None, organisation=DONSKOY, detail="Горнорабочий"),
        JourneyStep("follow_up", Stage.EMPLOYMENT, date(2027, 1, 10), date(2027, 1, 10), status="employed", extra={"months": "6"}),
        JourneyStep("destination", Stage.COLLEGE, date(2027, 9, 1), None, organisation={"kk": "МГТУ", "ru": "МГТУ"}, status="further_study"),
    ]
    html = view.html("Қасымов Әлішер", "060314500010", steps)
    view.setHtml(html)
    text = view.toPlainText()
    # English is kept for neither: the Russian topic, then the Kazakh place, each marked with its language.
    for expected in ("Career-guidance session: Обогащение руды (in Russian)", "№1 мектеп (in Kazakh)", "Certificate KP-2023-000007", "Электрогазосварщик (in Russian)", "Dual-education period",
                     "mentor Ержанов Б. С.", "Employed as Горнорабочий", "Follow-up after 6 months", "still employed",
                     "01.07.2026", "Донской ГОК", "After graduation: Further study", "МГТУ"):
        assert expected in text, expected
