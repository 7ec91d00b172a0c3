"""The Sessions page's list: stage, year and text filters and every sort in SQL, attendance by name or by head count."""

from __future__ import annotations

from datetime import date

import pytest

from cluster_desktop.db import Database
from cluster_desktop.errors import UserError
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import ConsentGiver, GuidanceStage, OrganisationKind, Stage
from cluster_desktop.services import guidance_sessions as G
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.organisations import OrganisationInput, create_organisation
from cluster_desktop.services.session_list import (
    SessionFilter,
    SessionSort,
    count_sessions,
    session_attendance,
    session_page,
    session_years,
)

TODAY = date(2026, 3, 10)


def setup(database: Database) -> dict[str, int]:
    with database.session() as s:
        kindergarten = create_organisation(s, OrganisationInput(OrganisationKind.KINDERGARTEN, "Балдырған", "Балдырган")).id
        school = create_organisation(s, OrganisationInput(OrganisationKind.SCHOOL, "№1 мектеп", "Школа №1")).id
        pupils = [
            create_learner(s, LearnerInput(
                iin=make_iin(date(2010, 5, 1), Sex.FEMALE, serial), surname=surname, given_name="Айгерім", stage=Stage.SCHOOL,
                consent_given_by=ConsentGiver.REPRESENTATIVE, consent_date=date(2025, 9, 1), representative_name="Ата-ана",
            )).id
            for serial, surname in enumerate(("Серікова", "Әбілова", "Ахметова"), start=1)
        ]
        ids = {
            "kids": G.create_session(s, G.GuidanceSessionInput(
                date(2026, 2, 12), "«Балдырған» балабақшасы", "Кішкентай зертханашы", GuidanceStage.PRESCHOOL, kindergarten,
                head_counts=(G.HeadCount("4–5 жас", 12), G.HeadCount("5–6 жас", 15)),
            ), today=TODAY).id,
            "pupils": G.create_session(s, G.GuidanceSessionInput(
                date(2025, 11, 3), "№1 мектеп", "Тау-кен мамандықтары", GuidanceStage.SCHOOL, school, attendees=tuple(pupils),
            ), today=TODAY).id,
            "open_day": G.create_session(s, G.GuidanceSessionInput(
                date(2025, 4, 20), "Колледж", "Ашық есік күні", GuidanceStage.SCHOOL, head_counts=(G.HeadCount("9 сынып", 40),),
            ), today=TODAY).id,
        }
        return ids


def test_filters_and_sorts(database: Database) -> None:
    ids = setup(database)
    with database.session() as s:
        assert count_sessions(s) == 3
        rows = session_page(s, SessionFilter(), SessionSort.DATE, descending=True)
        assert [r.id for r in rows] == [ids["kids"], ids["pupils"], ids["open_day"]]
        assert [(r.named, r.counted, r.total) for r in rows] == [(0, 27, 27), (3, 0, 3), (0, 40, 40)]
        assert rows[0].organiser("ru") == "Балдырган" and rows[2].organiser("kk") == ""
        assert [r.id for r in session_page(s, SessionFilter(), SessionSort.ATTENDANCE)] == [ids["pupils"], ids["kids"], ids["open_day"]]
        assert next(r.id for r in session_page(s, SessionFilter(language="kk"), SessionSort.ORGANISER)) == ids["open_day"]  # none first
        for sort in SessionSort:
            assert len(session_page(s, SessionFilter(), sort)) == 3
        assert count_sessions(s, SessionFilter(stage=GuidanceStage.SCHOOL)) == 2
        assert count_sessions(s, SessionFilter(year=2025)) == 2
        assert count_sessions(s, SessionFilter(year=2025, stage=GuidanceStage.PRESCHOOL)) == 0
        assert [r.id for r in session_page(s, SessionFilter(text="балдырган"))] == [ids["kids"]]  # the organiser's Russian name
        assert [r.id for r in session_page(s, SessionFilter(text="ашық"))] == [ids["open_day"]]  # the topic, in Kazakh
        assert count_sessions(s, SessionFilter(text="мектеп тау-кен")) == 1  # every word must match
        assert session_years(s) == [2026, 2025]
        assert session_page(s, SessionFilter(), SessionSort.DATE, offset=2, limit=5)[0].id == ids["kids"]


def test_attendance_by_name_or_by_head_count(database: Database) -> None:
    ids = setup(database)
    with database.session() as s:
        named = session_attendance(s, ids["pupils"])
        assert [name for _id, name, _iin in named.learners] == ["Ахметова Айгерім", "Әбілова Айгерім", "Серікова Айгерім"]  # Kazakh order
        assert named.head_counts == [] and named.total == 3
        counted = session_attendance(s, ids["kids"])
        assert counted.learners == [] and counted.head_counts == [("4–5 жас", 12), ("5–6 жас", 15)] and counted.total == 27
        G.delete_session(s, ids["kids"])
    with database.session() as s, pytest.raises(UserError, match="no longer exists"):
        session_attendance(s, ids["kids"])
