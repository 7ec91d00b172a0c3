"""Guidance activity kinds: a session's kind, hours and instructor (college staff or an enterprise specialist), and the list's filter by kind."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cluster_desktop.db import Database
from cluster_desktop.errors import ValidationError
from cluster_desktop.models import GuidanceStage
from cluster_desktop.models.outcomes import InstructorKind, SessionKind
from cluster_desktop.services import guidance_sessions as G
from cluster_desktop.services.session_list import SessionFilter, SessionSort, count_sessions, session_page
from tests import factories

TODAY = date(2026, 3, 10)


def talk() -> G.GuidanceSessionInput:
    return G.GuidanceSessionInput(
        date(2026, 2, 12),
        "№1 мектеп",
        "Кен мамандықтары",
        GuidanceStage.SCHOOL,
        head_counts=(G.HeadCount("9 сынып", 25),),
        kind=SessionKind.TALK,
        hours=1,
        instructor_kind=InstructorKind.STAFF,
        instructor_name="Исаев С. Н.",
        instructor_position="өндірістік оқыту шебері",
    )


def test_a_session_keeps_its_kind_hours_and_instructor(database: Database) -> None:
    with database.session() as s:
        donskoy = factories.employer(s).id
        staff_id = G.create_session(s, talk(), TODAY).id
        master_class = replace(
            talk(),
            topic_kk="Шеберлік сабағы",
            kind=SessionKind.MASTER_CLASS,
            hours=2,
            instructor_kind=InstructorKind.SPECIALIST,
            instructor_name=" Петров А. В. ",
            instructor_position="забыто с прошлого выбора",
            instructor_organisation_id=donskoy,
        )
        specialist_id = G.create_session(s, master_class, TODAY).id
    with database.session() as s:
        staff, _names = G.session_input(s, staff_id)
        assert (staff.kind, staff.hours, staff.instructor_kind, staff.instructor_name, staff.instructor_position) == (
            SessionKind.TALK,
            1,
            InstructorKind.STAFF,
            "Исаев С. Н.",
            "өндірістік оқыту шебері",
        )
        specialist, _names = G.session_input(s, specialist_id)
        # a specialist has an organisation, not a position: the stale position is dropped
        assert (specialist.instructor_name, specialist.instructor_position, specialist.instructor_organisation_id) == (
            "Петров А. В.",
            None,
            donskoy,
        )
        rows = {r.id: r for r in session_page(s, SessionFilter(language="ru"))}
        assert rows[staff_id].instructor("ru") == "Исаев С. Н., өндірістік оқыту шебері"
        assert rows[specialist_id].instructor("ru") == "Петров А. В. (Донской ГОК)"
        assert rows[specialist_id].instructor("kk") == "Петров А. В. (Дон ТКБК)"
        assert (rows[specialist_id].kind, rows[specialist_id].hours) == (SessionKind.MASTER_CLASS, 2)
        assert [r.id for r in session_page(s, SessionFilter(kind=SessionKind.MASTER_CLASS))] == [specialist_id]
        assert count_sessions(s, SessionFilter(kind=SessionKind.EXCURSION)) == 0
        assert [r.id for r in session_page(s, SessionFilter(text="Петров"))] == [specialist_id]
        assert [r.hours for r in session_page(s, sort=SessionSort.HOURS, descending=True)] == [2, 1]
        G.update_session(s, staff_id, replace(staff, kind=SessionKind.EXCURSION, hours=4), TODAY)
    with database.session() as s:
        assert [r.id for r in session_page(s, SessionFilter(kind=SessionKind.EXCURSION))] == [staff_id]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"hours": 0}, "hours"),
        ({"hours": 41}, "hours"),
        ({"hours": True}, "hours"),
        ({"instructor_name": "  "}, "instructor_name"),
        ({"instructor_position": None}, "instructor_position"),
        ({"instructor_kind": InstructorKind.SPECIALIST}, "instructor_organisation_id"),  # a specialist without a partner
        ({"instructor_kind": InstructorKind.SPECIALIST, "instructor_organisation_id": 999}, "instructor_organisation_id"),
        ({"instructor_kind": None}, "instructor_kind"),  # a name without saying who it is
        ({"instructor_name": "Исаев\u10d0"}, "instructor_name"),  # a Georgian letter cannot be printed
    ],
)
def test_a_bad_session_is_refused_naming_its_field(database: Database, changes: dict[str, object], field: str) -> None:
    with database.session() as s, pytest.raises(ValidationError) as refused:
        G.create_session(s, replace(talk(), **changes), TODAY)  # type: ignore[arg-type]
    assert field in [p.field for p in refused.value.problems]


def test_no_instructor_and_no_hours_is_allowed(database: Database) -> None:
    with database.session() as s:
        made = G.create_session(s, replace(talk(), hours=None, instructor_kind=None, instructor_name=None), TODAY)
        assert (made.kind, made.hours, made.instructor_kind, made.instructor_name, made.instructor_position) == (
            SessionKind.TALK,
            None,
            None,
            None,
            None,
        )
