"""Issuing certificates: numbering, duplicates, revoking, verifying, the pending list and the registry.

Runs on PostgreSQL too when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set; the
concurrency tests run only there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import count
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cluster_desktop.college import MISSING_DETAIL, CollegeDetails
from cluster_desktop.db import Database
from cluster_desktop.errors import UserError, ValidationError
from cluster_desktop.ids import Sex, make_bin, make_iin
from cluster_desktop.models import (
    Certificate,
    CertificateCounter,
    CertificateStatus,
    ConsentGiver,
    EnrolmentStatus,
    ProgrammeKind,
    Stage,
)
from cluster_desktop.services.certificate_blanks import blank_for, blanks_for_ids, draft_blank
from cluster_desktop.services.certificate_checks import Verdict, verify
from cluster_desktop.services.certificate_registry import (
    PendingFilter,
    PendingSort,
    RegistryFilter,
    RegistrySort,
    count_pending,
    count_registry,
    pending_ids,
    pending_page,
    registry_page,
)
from cluster_desktop.services.certificates import (
    ALREADY_ISSUED,
    NOT_COMPLETED,
    allocate_number,
    find_by_number,
    issue_certificate,
    issue_duplicate,
    revoke,
)
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.programmes import (
    GroupInput,
    ProgrammeInput,
    create_group,
    create_programme,
    enrol,
    record_result,
)
from cluster_desktop.services.settings import save_college_details
from cluster_desktop.signing import (
    InstallationKey,
    SignedFields,
    load_or_create_key,
    sign_fields,
)

ISSUED = date(2026, 1, 15)
FINISHED = date(2025, 12, 20)
_serial = count(1)
_used_iins: set[str] = set()
COLLEGE = CollegeDetails(
    name_kk="Хромтау тау-кен техникалық колледжі",
    name_ru="Хромтауский горно-технический колледж",
    name_en="Khromtau Mining and Technical College",
    bin=make_bin(1998, 8, 4, 1207),
    director_kk="Сейтқалиев Бауыржан Қайратұлы",
    director_ru="Сейтқалиев Бауыржан Қайратұлы",
    director_en="Seitkaliev Bauyrzhan Kairatuly",
    city_kk="Хромтау",
    city_ru="Хромтау",
    city_en="Khromtau",
)
COURSE = ProgrammeInput(
    kind=ProgrammeKind.PROFESSIONAL_COURSE, name_kk="Электргазбен дәнекерлеуші", name_ru="Электрогазосварщик",
    name_en="Electric and gas welder", hours=108,
)
SESSION = ProgrammeInput(
    kind=ProgrammeKind.CAREER_GUIDANCE, name_kk="«Кішкентай зертханашы»", name_ru="«Маленький лаборант»", hours=8
)
NAMES = ("Қасымова", "Әбілов", "Сергеев", "Нұрланов", "Жұмабаева", "Ильин")


@dataclass
class Cluster:
    course_group: int
    session_group: int
    completed: list[int]  # enrolments of the course group
    session_completed: list[int]
    enrolled: int  # still studying


def _new_iin(birth: date) -> str:
    """A fresh IIN (a serial without a check digit falls through to the next one, so skip repeats)."""
    while True:
        iin = make_iin(birth, Sex.FEMALE, next(_serial))
        if iin not in _used_iins:
            _used_iins.add(iin)
            return iin


def _learner(session: Session, surname: str) -> int:
    birth = date(2009, 4, 1)
    data = LearnerInput(
        iin=_new_iin(birth), surname=surname, given_name="Әйгерім", patronymic="Нұрланқызы",
        birth_date=birth, sex=Sex.FEMALE, representative_name="Қасымов Серік", representative_relation="әкесі / отец",
        consent_given_by=ConsentGiver.REPRESENTATIVE, consent_date=date(2024, 9, 1), stage=Stage.SCHOOL,
    )
    return create_learner(session, data).id


def make_cluster(database: Database, learners: int = 6, college: bool = True) -> Cluster:
    with database.session() as session:
        if college:
            save_college_details(session, COLLEGE)
        course = create_programme(session, COURSE).id
        play = create_programme(session, SESSION).id
        course_group = create_group(session, GroupInput(course, "ЭГС-25-А", "kk", date(2025, 9, 15), FINISHED)).id
        session_group = create_group(session, GroupInput(play, "КЗ-25-1", "ru", date(2025, 10, 1), FINISHED)).id
        completed, session_completed = [], []
        for i in range(learners):
            person = _learner(session, NAMES[i % len(NAMES)])
            enrolment = enrol(session, person, course_group, date(2025, 9, 15)).id
            record_result(session, enrolment, EnrolmentStatus.COMPLETED, FINISHED, Decimal("87.5") + i % 10)
            completed.append(enrolment)
            if i < 2:
                other = enrol(session, person, session_group, date(2025, 10, 1)).id
                record_result(session, other, EnrolmentStatus.COMPLETED, FINISHED, Decimal(90))
                session_completed.append(other)
        still = enrol(session, _learner(session, "Оқушыев"), course_group, date(2025, 9, 15)).id
    return Cluster(course_group, session_group, completed, session_completed, still)


@pytest.fixture
def key(database: Database) -> InstallationKey:
    return load_or_create_key(database.data_dir)


def issue(database: Database, enrolment_id: int, key: InstallationKey, language: str = "kk", on: date = ISSUED) -> str:
    with database.session() as session:
        return issue_certificate(session, enrolment_id, language, on, key, COLLEGE).registration_number


def counter(database: Database, series: str, year: int) -> int | None:
    with database.session() as session:
        row = session.get(CertificateCounter, (series, year))
        return None if row is None else row.last_number


def certificates(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Certificate)) or 0


# --- numbering -------------------------------------------------------------------------------


def test_numbers_run_without_gaps_per_series_and_year(database: Database, key: InstallationKey) -> None:
    cluster = make_cluster(database)
    assert [issue(database, e, key) for e in cluster.completed[:3]] == ["KP-2026-000001", "KP-2026-000002", "KP-2026-000003"]
    assert issue(database, cluster.session_completed[0], key) == "KB-2026-000001"
    assert issue(database, cluster.completed[3], key, on=date(2025, 12, 28)) == "KP-2025-000001"
    assert issue(database, cluster.completed[4], key) == "KP-2026-000004"


def test_snapshot_holds_what_is_printed(database: Database, key: InstallationKey) -> None:
    cluster = make_cluster(database)
    with database.session() as session:
        certificate = issue_certificate(session, cluster.completed[0], "ru", ISSUED, key, COLLEGE)
        assert certificate.full_name == "Қасымова Әйгерім Нұрланқызы"
        assert certificate.programme_name == COURSE.name_ru and certificate.hours == 108
        assert certificate.result_percent == Decimal("87.5") and certificate.place == "Хромтау"
        assert (certificate.starts_on, certificate.ends_on) == (date(2025, 9, 15), FINISHED)
        blank = blank_for(session, certificate, COLLEGE)
        assert blank.registration_number == "KP-2026-000001" and blank.payload == certificate.payload
        assert blank.duplicate_of is None and not blank.draft


def test_a_rolled_back_issue_consumes_no_number(database: Database, key: InstallationKey) -> None:
    cluster = make_cluster(database)
    with pytest.raises(RuntimeError), database.session() as session:
        assert issue_certificate(session, cluster.completed[0], "kk", ISSUED, key, COLLEGE).number == 1
        raise RuntimeError("the printer caught fire")
    assert certificates(database) == 0
    assert issue(database, cluster.completed[0], key) == "KP-2026-000001"


def test_draft_takes_no_number(database: Database, key: InstallationKey) -> None:
    cluster = make_cluster(database)
    with database.session() as session:
        blank = draft_blank(session, cluster.completed[0], "en", COLLEGE, ISSUED)
        assert blank.draft and blank.registration_number == "KP-2026-______"
        assert blank.programme_name == COURSE.name_en
        assert verify(session, blank.payload).verdict is not Verdict.VALID
    assert counter(database, "KP", 2026) is None and certificates(database) == 0


# --- refusals --------------------------------------------------------------------------------


def _refused(database: Database, call: Callable[[Session], object], error: type[UserError] = UserError) -> UserError:
    with pytest.raises(error) as raised, database.session() as session:  # the error leaves the transaction: rollback
        call(session)
    return raised.value


def test_refusals_take_no_number(database: Database, key: InstallationKey) -> None:
    cluster = make_cluster(database)
    error = _refused(database, lambda s: issue_certificate(s, cluster.enrolled, "kk", ISSUED, key, COLLEGE))
    assert error.template == NOT_COMPLETED and "Оқушыев" in error.message
    error = _refused(database, lambda s: issue_certificate(s, cluster.completed[0], "kk", ISSUED, key, CollegeDetails()), ValidationError)
    assert isinstance(error, ValidationError) and {p.template for p in error.problems} == {MISSING_DETAIL}
    assert "BIN" in error.message and "Director" in error.message
    _refused(database, lambda s: issue_certificate(s, cluster.completed[0], "de", ISSUED, key, COLLEGE))
    _refused(database, lambda s: issue_certificate(s, cluster.session_completed[0], "en", ISSUED, key, COLLEGE))
    _refused(database, lambda s: issue_certificate(s, cluster.completed[0], "kk", date(2025, 12, 1), key, COLLEGE), ValidationError)
    _refused(database, lambda s: issue_certificate(s, 10_000, "kk", ISSUED, key, COLLEGE))
    assert counter(database, "KP", 2026) is None and certificates(database) == 0
    number = issue(database, cluster.completed[0], key)
    error = _refused(database, lambda s: issue_certificate(s, cluster.completed[0], "ru", ISSUED, key, COLLEGE))
    assert error.template == ALREADY_ISSUED and number in error.message
    assert counter(database, "KP", 2026) == 1


# --- duplicates and revoking ------------------------------------------------------------------


def test_duplicate_has_its_own_number_and_points_to_the_original(database: Database, key: InstallationKey) -> None:
    cluster = make_cluster(database)
    original = issue(database, cluster.completed[0], key)
    issue(database, cluster.completed[1], key)
    with database.session() as session:
        source = find_by_number(session, original)
        duplicate = issue_duplicate(session, source.id, key, COLLEGE, issued_on=date(2026, 2, 1), language="ru")
        assert duplicate.registration_number == "KP-2026-000003"
        assert duplicate.duplicate_of_id == source.id and duplicate.programme_name == COURSE.name_ru
        again = issue_duplicate(session, duplicate.id, key, COLLEGE, issued_on=date(2026, 2, 2))
        assert again.duplicate_of_id == source.id  # a duplicate of a duplicate points to the original
        assert blank_for(session, again, COLLEGE).duplicate_of == original
        reprints = blanks_for_ids(session, [again.id, source.id], COLLEGE)  # the same numbers, printed again
        assert [b.registration_number for b in reprints] == [again.registration_number, original]
        assert verify(session, duplicate.payload).verdict is Verdict.VALID
    with database.session() as session:  # duplicates do not make the enrolment pending again
        assert cluster.completed[0] not in pending_ids(session)


def test_revoke_keeps_the_number_and_refuses_reprints(database: Database, key: InstallationKey) -> None:
    cluster = make_cluster(database)
    number = issue(database, cluster.completed[0], key)
    with database.session() as session:
        source = find_by_number(session, number)
        duplicate = issue_duplicate(session, source.id, key, COLLEGE, issued_on=date(2026, 2, 1))
        duplicate_payload, source_id = duplicate.payload, source.id
    _refused(database, lambda s: revoke(s, source_id, "   ", date(2026, 3, 1)), ValidationError)
    _refused(database, lambda s: revoke(s, source_id, "wrong", date(2025, 1, 1)), ValidationError)
    with database.session() as session:
        revoked = revoke(session, source_id, "  Аты-жөні қате жазылған ", date(2026, 3, 1))
        assert revoked.status is CertificateStatus.REVOKED and revoked.revoke_reason == "Аты-жөні қате жазылған"
        assert revoked.registration_number == number
        assert verify(session, revoked.payload).verdict is Verdict.REVOKED
        assert verify(session, duplicate_payload).verdict is Verdict.REVOKED  # its original is revoked
    error = _refused(database, lambda s: issue_duplicate(s, source_id, key, COLLEGE))
    assert "revoked" in error.message and "Аты-жөні қате жазылған" in error.message
    _refused(database, lambda s: blanks_for_ids(s, [source_id], COLLEGE))
    _refused(database, lambda s: revoke(s, source_id, "again"))
    with database.session() as session:  # a revoked original may be replaced
        assert cluster.completed[0] in pending_ids(session)
    assert issue(database, cluster.completed[0], key) == "KP-2026-000003"


# --- verifying ------------------------------------------------------------------------------


def test_verify_verdicts(database: Database, key: InstallationKey, tmp_path: Path) -> None:
    cluster = make_cluster(database)
    number = issue(database, cluster.completed[0], key)
    with database.session() as session:
        payload = find_by_number(session, number).payload
        result = verify(session, payload)
        assert result.verdict is Verdict.VALID and result.certificate is not None
        assert result.fields is not None and result.fields.full_name == "Қасымова Әйгерім Нұрланқызы"
        assert verify(session, f"  {payload[:40]}\n{payload[40:]} ").verdict is Verdict.VALID  # as scanned, wrapped

        prefix, body, signature = payload.split(".")
        for position in (5, len(body) // 2, len(body) - 3):
            flipped = body[:position] + ("B" if body[position] == "A" else "A") + body[position + 1 :]
            assert verify(session, f"{prefix}.{flipped}.{signature}").verdict in (Verdict.ALTERED, Verdict.UNKNOWN)
        flipped_signature = ("B" if signature[0] == "A" else "A") + signature[1:]
        assert verify(session, f"{prefix}.{body}.{flipped_signature}").verdict is Verdict.ALTERED

        stated = result.fields
        stranger = load_or_create_key(tmp_path / "stranger")
        forged = SignedFields(stated.registration_number, stated.full_name, stated.programme_name, stated.issued_on, stranger.key_id)
        assert verify(session, sign_fields(stranger, forged)).verdict is Verdict.UNKNOWN  # a key this database does not know
        posing = InstallationKey(stranger.private_key, key.public_raw, key.key_id)  # claims our key, signs with another
        assert verify(session, sign_fields(posing, stated)).verdict is Verdict.ALTERED
        renamed = SignedFields(stated.registration_number, "Басқа Адам", stated.programme_name, stated.issued_on, key.key_id)
        assert verify(session, sign_fields(key, renamed)).verdict is Verdict.UNKNOWN  # not what the registry holds
        missing = SignedFields("KP-2026-000999", stated.full_name, stated.programme_name, stated.issued_on, key.key_id)
        assert verify(session, sign_fields(key, missing)).verdict is Verdict.UNKNOWN
        for text in ("", "hello", "https://egov.kz", "CD9.abc.def"):
            assert verify(session, text).verdict is Verdict.NOT_OURS


# --- pending list and registry ------------------------------------------------------------------


def test_pending_excludes_issued_and_filters(database: Database, key: InstallationKey) -> None:
    cluster = make_cluster(database)
    with database.session() as session:
        assert count_pending(session) == 8
        assert set(pending_ids(session)) == set(cluster.completed + cluster.session_completed)
    issue(database, cluster.completed[0], key)
    with database.session() as session:
        assert count_pending(session) == 7 and cluster.completed[0] not in pending_ids(session)
        assert count_pending(session, PendingFilter(group_id=cluster.session_group)) == 2
        assert count_pending(session, PendingFilter(kind=ProgrammeKind.PROFESSIONAL_COURSE)) == 5
        assert count_pending(session, PendingFilter(text="әбіл")) == 2  # Kazakh case folded: «Әбілов»
        rows = pending_page(session, PendingFilter(text="әбіл"), PendingSort.GROUP, False, 0, 10, 2)
        assert [r.group_name for r in rows] == ["КЗ-25-1", "ЭГС-25-А"]
        assert rows[0].full_name == "Әбілов Әйгерім Нұрланқызы" and rows[0].programme_name("kk") == SESSION.name_kk
        page = pending_page(session, PendingFilter(), PendingSort.NAME, True, 2, 3, 7)
        assert len(page) == 3
        iin = rows[1].iin
        by_iin = pending_page(session, PendingFilter(text=iin), PendingSort.NAME, False, 0, 10, 2)
        assert {r.enrolment_id for r in by_iin} == {r.enrolment_id for r in rows}


def test_registry_lists_filters_and_sorts(database: Database, key: InstallationKey) -> None:
    cluster = make_cluster(database)
    numbers = [issue(database, e, key) for e in cluster.completed[:4]]
    issue(database, cluster.session_completed[0], key)
    with database.session() as session:
        first = find_by_number(session, numbers[0])
        duplicate = issue_duplicate(session, first.id, key, COLLEGE, issued_on=date(2026, 2, 1))
        revoke(session, find_by_number(session, numbers[1]).id, "Қате", date(2026, 2, 2))
        duplicate_number = duplicate.registration_number
    with database.session() as session:
        assert count_registry(session) == 6
        assert count_registry(session, RegistryFilter(series="KB")) == 1
        assert count_registry(session, RegistryFilter(status=CertificateStatus.REVOKED)) == 1
        assert count_registry(session, RegistryFilter(year=2025)) == 0
        assert count_registry(session, RegistryFilter(kind=ProgrammeKind.PROFESSIONAL_COURSE)) == 5
        assert count_registry(session, RegistryFilter(duplicates_only=True)) == 1
        assert count_registry(session, RegistryFilter(text="қасымова")) == 3  # course original, its duplicate, the session
        assert count_registry(session, RegistryFilter(text=numbers[2].lower())) == 1
        rows = registry_page(session, RegistryFilter(), RegistrySort.NUMBER, False, 0, 100, 6)
        assert [r.registration_number for r in rows] == sorted([*numbers, duplicate_number, "KB-2026-000001"])
        by_number = {r.registration_number: r for r in rows}
        assert by_number[duplicate_number].duplicate_of_number == numbers[0]
        assert by_number[numbers[1]].status is CertificateStatus.REVOKED and by_number[numbers[1]].revoke_reason == "Қате"
        newest = registry_page(session, RegistryFilter(), RegistrySort.ISSUED_ON, True, 0, 1, 6)
        assert newest[0].registration_number == duplicate_number


def test_registry_search_folds_kazakh_case_and_sorts_names_in_kazakh_order(database: Database, key: InstallationKey) -> None:
    cluster = make_cluster(database)
    for enrolment in cluster.completed:
        issue(database, enrolment, key)
    with database.session() as session:
        assert count_registry(session, RegistryFilter(text="ӘБІЛОВ")) == 1
        assert count_registry(session, RegistryFilter(text="әйгерім нұрланқызы")) == 6
        rows = registry_page(session, RegistryFilter(), RegistrySort.NAME, False, 0, 100, 6)
        surnames = [r.full_name.split()[0] for r in rows]
        # Kazakh order: Ә after А, Ж before И, Қ after К, Н and Ң before О, С after Р.
        assert surnames == ["Әбілов", "Жұмабаева", "Ильин", "Қасымова", "Нұрланов", "Сергеев"]


def test_the_database_itself_refuses_a_second_original_in_force(database: Database, key: InstallationKey) -> None:
    cluster = make_cluster(database)
    issue(database, cluster.completed[0], key)
    with pytest.raises(IntegrityError), database.session() as session:
        original = session.scalars(select(Certificate)).one()
        session.add(
            Certificate(**{c.key: getattr(original, c.key) for c in Certificate.__table__.columns if c.key != "id"} | {"number": 99})
        )
        session.flush()


# --- concurrency (PostgreSQL) ----------------------------------------------------------------------


def _postgres_only(database: Database) -> None:
    if database.backend != "postgresql":
        pytest.skip("concurrent issuing is tested on PostgreSQL (set CLUSTER_DESKTOP_TEST_DB_URL)")


def test_concurrent_issuers_never_share_or_skip_a_number(database: Database, key: InstallationKey) -> None:
    _postgres_only(database)
    cluster = make_cluster(database, learners=24)
    halves = [cluster.completed[0::2], cluster.completed[1::2]]
    start = threading.Barrier(2)
    taken: list[list[int]] = [[], []]
    errors: list[BaseException] = []

    def worker(index: int) -> None:
        try:
            start.wait()
            for enrolment_id in halves[index]:
                with database.session() as session:
                    taken[index].append(issue_certificate(session, enrolment_id, "kk", ISSUED, key, COLLEGE).number)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    assert sorted(taken[0] + taken[1]) == list(range(1, 25))
    assert counter(database, "KP", 2026) == 24


def test_a_waiting_issuer_gets_the_number_a_rolled_back_one_gave_back(database: Database, key: InstallationKey) -> None:
    _postgres_only(database)
    make_cluster(database, learners=1)
    holding = threading.Event()
    results: dict[str, int] = {}

    def first() -> None:
        try:
            with database.session() as session:
                results["first"] = allocate_number(session, "PR", 2026)
                holding.set()
                threading.Event().wait(0.5)  # the second issuer is now waiting on the counter row
                raise RuntimeError("rendering failed")
        except RuntimeError:
            pass

    def second() -> None:
        holding.wait(10)
        with database.session() as session:
            results["second"] = allocate_number(session, "PR", 2026)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert results == {"first": 1, "second": 1}
    assert counter(database, "PR", 2026) == 1


# --- demo data --------------------------------------------------------------------------------


def test_demo_database_can_print_at_once(database: Database) -> None:
    from cluster_desktop.college import load_college_details
    from cluster_desktop.demo import fill_demo_data

    with database.session() as session:
        fill_demo_data(session, learners=20)
    with database.session() as session:
        details = load_college_details(session)
        assert all(not details.missing(language) for language in ("kk", "ru", "en"))
        assert details.city_kk == "Хромтау қ."


def test_demo_keeps_college_details_entered_by_a_user(database: Database) -> None:
    from cluster_desktop.college import load_college_details
    from cluster_desktop.demo import fill_demo_data

    with database.session() as session:
        save_college_details(session, CollegeDetails(name_ru="Наш колледж", director_ru="Иванов Иван"))
        fill_demo_data(session, learners=5)
    with database.session() as session:
        assert load_college_details(session).name_ru == "Наш колледж"
