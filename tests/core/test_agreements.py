"""Agreements: every rule of bad input, learners, termination, the status by date, the register's filters.

Runs on PostgreSQL too when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cluster_desktop.db import Database
from cluster_desktop.errors import NotFoundError, ValidationError
from cluster_desktop.ids import Sex, make_bin, make_iin
from cluster_desktop.models import (
    Agreement,
    AgreementKind,
    AgreementLearner,
    AgreementStatus,
    ConsentGiver,
    OrganisationKind,
    Stage,
)
from cluster_desktop.services import agreements as A
from cluster_desktop.services.agreement_list import (
    AgreementChoice,
    AgreementFilter,
    AgreementSort,
    agreement_page,
    agreements_by_partner,
    agreements_list,
    count_agreements,
)
from cluster_desktop.services.agreements import AgreementInput, AttachedLearner
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.list_export import export_list
from cluster_desktop.services.organisations import (
    OrganisationInput,
    create_organisation,
)

TODAY = date(2026, 3, 10)


def setup(database: Database) -> dict[str, int]:
    with database.session() as session:
        ids = {
            "employer": create_organisation(session, OrganisationInput(OrganisationKind.EMPLOYER, "Дон ТКБК", "Донской ГОК", make_bin(1995, 12, 4, 1))).id,
            "university": create_organisation(session, OrganisationInput(OrganisationKind.UNIVERSITY, "Носов атындағы МГТУ", "МГТУ им. Носова")).id,
            "school": create_organisation(session, OrganisationInput(OrganisationKind.SCHOOL, "№3 мектеп", "Школа №3")).id,
        }
        for serial, surname in enumerate(("Қасымов", "Әбілов"), start=1):
            ids[surname] = create_learner(session, LearnerInput(
                iin=make_iin(date(2005, 4, 1), Sex.MALE, serial), surname=surname, given_name="Нұрлан", stage=Stage.COLLEGE,
                consent_given_by=ConsentGiver.SELF, consent_date=date(2024, 9, 1),
            )).id
        return ids


def dual(ids: dict[str, int], **changes: object) -> AgreementInput:
    data = AgreementInput(
        kind=AgreementKind.DUAL_EDUCATION, number="ДО-12", partner_id=ids["employer"], signed_on=date(2025, 9, 1),
        starts_on=date(2025, 9, 1), ends_on=date(2026, 6, 30), workplace_ru="Карьер «10 лет Независимости»", mentor="Ержанов Б.",
        pay="150 000 ₸", hours=720, learners=(AttachedLearner(ids["Қасымов"]),),
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def agreement_count(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Agreement)) or 0


def refused(database: Database, data: AgreementInput) -> ValidationError:
    with database.session() as session, pytest.raises(ValidationError) as caught:
        A.create_agreement(session, data)
    return caught.value


def test_create_dual_education_with_a_learner(database: Database) -> None:
    ids = setup(database)
    with database.session() as session:
        agreement = A.create_agreement(session, dual(ids, number=" ДО-12 "))
        assert (agreement.number, agreement.year, len(agreement.learners)) == ("ДО-12", 2025, 1)
        assert A.agreement_status(agreement, TODAY) is AgreementStatus.ACTIVE
        assert [p.surname for _l, p in A.agreement_learners(session, agreement.id)] == ["Қасымов"]


def test_bad_input_is_refused_and_nothing_saved(database: Database) -> None:
    ids = setup(database)
    with database.session() as session:
        A.create_agreement(session, dual(ids))
    # Duplicate number in the same year; the same number in another year is fine.
    error = refused(database, dual(ids, learners=(AttachedLearner(ids["Әбілов"]),)))
    assert error.problems[0].field == "number" and "Agreement No. ДО-12 of 2025 already exists." in error.message
    error = refused(database, dual(ids, number=" ", ends_on=date(2025, 8, 1)))
    assert {p.field for p in error.problems} == {"number", "ends_on"}
    error = refused(database, dual(ids, number="ДО-13", learners=()))
    assert [p.template for p in error.problems] == [A.NEEDS_LEARNER]
    error = refused(database, dual(ids, number="ДО-13", learners=(AttachedLearner(ids["Қасымов"]),) * 2))
    assert [p.template for p in error.problems] == [A.LEARNER_TWICE]
    error = refused(database, dual(ids, number="ДО-13", learners=(AttachedLearner(ids["Қасымов"], date(2025, 8, 1)),)))
    assert [p.template for p in error.problems] == [A.LEARNER_OUTSIDE]
    error = refused(database, dual(ids, number="ДО-13", partner_id=ids["school"]))
    assert [p.template for p in error.problems] == [A.PARTNER_KIND_MISMATCH]
    error = refused(database, dual(ids, kind=AgreementKind.ACADEMIC, number="А-1"))
    assert {p.template for p in error.problems} == {A.PARTNER_KIND_MISMATCH, A.NO_LEARNERS_HERE}
    error = refused(database, dual(ids, number="ДО-13", hours=0))
    assert [p.field for p in error.problems] == ["hours"]
    assert agreement_count(database) == 1
    with database.session() as session:
        # A draft of a tripartite agreement may wait for its learner; the next year may reuse the number.
        assert A.create_agreement(session, dual(ids, number="ДО-13", learners=(), is_draft=True)).is_draft
        A.create_agreement(session, dual(ids, signed_on=date(2026, 1, 5), starts_on=date(2026, 1, 5)))


def test_fields_a_kind_does_not_use_are_dropped(database: Database) -> None:
    ids = setup(database)
    with database.session() as session:
        memo = A.create_agreement(session, dual(ids, kind=AgreementKind.MEMORANDUM, number="М-1", partner_id=ids["school"], learners=()))
        assert (memo.workplace_ru, memo.pay, memo.hours) == (None, None, None)
        received = dual(ids, kind=AgreementKind.RECEIVED_DOCUMENT, number="01", learners=(), title_kk=None, title_ru=None)
        with pytest.raises(ValidationError) as caught:
            A.create_agreement(session, received)
        assert [p.field for p in caught.value.problems] == ["title_kk"]


def test_update_attach_detach(database: Database) -> None:
    ids = setup(database)
    with database.session() as session:
        agreement_id = A.create_agreement(session, dual(ids)).id
    with database.session() as session:
        A.attach_learner(session, agreement_id, ids["Әбілов"], date(2025, 10, 1), date(2026, 5, 31))
    with database.session() as session, pytest.raises(ValidationError) as caught:
        A.attach_learner(session, agreement_id, ids["Әбілов"])
    assert caught.value.problems[0].template == A.LEARNER_TWICE
    with database.session() as session:
        A.detach_learner(session, agreement_id, ids["Қасымов"])
    with database.session() as session, pytest.raises(ValidationError) as caught:
        A.detach_learner(session, agreement_id, ids["Әбілов"])
    assert caught.value.problems[0].template == A.NEEDS_LEARNER
    with database.session() as session:
        [(link, person)] = A.agreement_learners(session, agreement_id)
        assert (person.surname, link.starts_on, link.ends_on) == ("Әбілов", date(2025, 10, 1), date(2026, 5, 31))
        A.update_agreement(session, agreement_id, replace(A.agreement_input(A.get_agreement(session, agreement_id)), mentor="Жаңа тәлімгер"))
    with database.session() as session:
        assert A.get_agreement(session, agreement_id).mentor == "Жаңа тәлімгер"
        A.delete_agreement(session, agreement_id)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(AgreementLearner)) == 0
        with pytest.raises(NotFoundError):
            A.get_agreement(session, agreement_id)


@pytest.mark.parametrize(
    ("draft", "terminated", "ends", "status"),
    [
        (True, None, date(2026, 12, 31), AgreementStatus.DRAFT),
        (False, date(2026, 1, 5), date(2026, 12, 31), AgreementStatus.TERMINATED),
        (False, None, TODAY - timedelta(days=1), AgreementStatus.EXPIRED),
        (False, None, TODAY, AgreementStatus.EXPIRING),
        (False, None, TODAY + timedelta(days=60), AgreementStatus.EXPIRING),
        (False, None, TODAY + timedelta(days=61), AgreementStatus.ACTIVE),
        (False, None, None, AgreementStatus.ACTIVE),
    ],
)
def test_status_by_date(draft: bool, terminated: date | None, ends: date | None, status: AgreementStatus) -> None:
    assert A.status_of(draft, terminated, ends, TODAY) is status
    assert A.agreement_status(Agreement(is_draft=draft, terminated_on=terminated, ends_on=ends), TODAY) is status


def test_terminate(database: Database) -> None:
    ids = setup(database)
    with database.session() as session:
        agreement_id = A.create_agreement(session, dual(ids)).id
        draft_id = A.create_agreement(session, dual(ids, number="ДО-14", is_draft=True)).id
    with database.session() as session, pytest.raises(ValidationError) as caught:
        A.terminate_agreement(session, agreement_id, " ", TODAY + timedelta(days=1), today=TODAY)
    assert {p.field for p in caught.value.problems} == {"reason", "terminated_on"}
    with database.session() as session, pytest.raises(ValidationError):
        A.terminate_agreement(session, draft_id, "Ненужный", today=TODAY)
    with database.session() as session, pytest.raises(ValidationError) as caught:
        A.terminate_agreement(session, agreement_id, "Late", date(2026, 7, 1), today=date(2026, 8, 1))
    assert caught.value.problems[0].template == A.ENDED_BEFORE_TERMINATION
    with database.session() as session:
        agreement = A.terminate_agreement(session, agreement_id, "Кәсіпорынның өтініші бойынша", date(2026, 2, 1), today=TODAY)
        assert A.agreement_status(agreement, TODAY) is AgreementStatus.TERMINATED
    with database.session() as session, pytest.raises(ValidationError) as caught:
        A.terminate_agreement(session, agreement_id, "Again", today=TODAY)
    assert "01.02.2026" in caught.value.message


def test_register_filters_sorts_and_expiring(database: Database) -> None:
    ids = setup(database)
    with database.session() as session:
        A.create_agreement(session, dual(ids, number="ДО-2", ends_on=TODAY + timedelta(days=20)))
        A.create_agreement(session, dual(ids, number="ДО-10", ends_on=TODAY + timedelta(days=200)))
        A.create_agreement(session, dual(ids, kind=AgreementKind.ACADEMIC, number="А-1", partner_id=ids["university"], learners=(),
                                         title_kk="Академиялық серіктестік", ends_on=TODAY - timedelta(days=3)))
        A.create_agreement(session, dual(ids, kind=AgreementKind.MEMORANDUM, number="М-1", partner_id=ids["school"], learners=(), ends_on=None))
    with database.session() as session:
        flt = AgreementFilter(today=TODAY, language="ru")
        assert [r.number for r in agreement_page(session, flt)] == ["А-1", "М-1", "ДО-2", "ДО-10"]  # shorter numbers first: 2 before 10
        by_status = agreement_page(session, flt, AgreementSort.STATUS)
        assert [r.status for r in by_status] == [AgreementStatus.EXPIRING, AgreementStatus.ACTIVE, AgreementStatus.ACTIVE, AgreementStatus.EXPIRED]
        for status, expected in ((AgreementStatus.EXPIRING, 1), (AgreementStatus.ACTIVE, 2), (AgreementStatus.EXPIRED, 1)):
            assert count_agreements(session, replace(flt, status=status)) == expected
        assert count_agreements(session, replace(flt, kind=AgreementKind.DUAL_EDUCATION)) == 2
        assert count_agreements(session, replace(flt, partner_id=ids["university"])) == 1
        assert [r.number for r in agreement_page(session, replace(flt, text="носова"))] == ["А-1"]
        assert [r.number for r in agreement_page(session, replace(flt, text="академиялық"))] == ["А-1"]
        assert [r.number for r in agreement_page(session, replace(flt, text="до-1"))] == ["ДО-10"]
        assert agreement_page(session, replace(flt, text="ДО-2"))[0].learners == 1
        assert [a.number for a in A.expiring_agreements(session, TODAY)] == ["ДО-2"]
        assert [a.number for a in A.expiring_agreements(session, TODAY, days=365)] == ["ДО-2", "ДО-10"]


def test_export_of_the_register(database: Database, tmp_path: Path) -> None:
    ids = setup(database)
    with database.session() as session:
        A.create_agreement(session, dual(ids))
    path = tmp_path / "agreements.csv"
    with database.session() as session:
        assert export_list(session, agreements_list(AgreementFilter(today=TODAY, language="ru")), path) == 1
    text = path.read_text(encoding="utf-8-sig")
    assert "ДО-12" in text and "Донской ГОК" in text and "Dual-education agreement (tripartite)" in text


def test_agreements_by_partner_offers_each_partners_own(database: Database) -> None:
    ids = setup(database)
    with database.session() as session:
        first = A.create_agreement(session, dual(ids, number="ДО-2")).id
        second = A.create_agreement(session, dual(ids, number="ДО-1", signed_on=date(2026, 1, 15), starts_on=date(2026, 1, 15))).id
        assert agreements_by_partner(session) == {ids["employer"]: [
            AgreementChoice(first, "ДО-2", 2025, AgreementKind.DUAL_EDUCATION),
            AgreementChoice(second, "ДО-1", 2026, AgreementKind.DUAL_EDUCATION),
        ]}
        assert agreements_by_partner(session, [ids["university"]]) == {}
