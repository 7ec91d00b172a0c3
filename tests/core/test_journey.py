"""The journey timeline gathers every kind of step of one learner, in date order."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from cluster_desktop.college import load_college_details
from cluster_desktop.db import Database
from cluster_desktop.demo import fill_demo_data
from cluster_desktop.models import Employment, Enrolment, EnrolmentStatus, Placement
from cluster_desktop.services.certificate_files import installation_key
from cluster_desktop.services.certificates import issue_certificate, revoke
from cluster_desktop.services.journey import KIND_ORDER, learner_journey

TODAY = date(2026, 12, 4)  # the demo's and the certificate's day: the test never reads the clock


def test_journey_shows_certificates_placements_jobs_and_follow_ups(database: Database) -> None:
    with database.session() as session:
        fill_demo_data(session, today=TODAY)
    key = installation_key(database)
    with database.session() as session:
        job = session.scalars(select(Employment)).first()
        placed_id = session.scalars(select(Placement.person_id)).first()
        assert job is not None and placed_id is not None, "the demo has jobs and placements"
        person_id = job.person_id
        completed = session.scalars(
            select(Enrolment).where(Enrolment.person_id == person_id, Enrolment.status == EnrolmentStatus.COMPLETED)
        ).first()
        assert completed is not None
        certificate = issue_certificate(session, completed.id, "kk", TODAY, key, load_college_details(session), today=TODAY)
        revoke(session, certificate.id, "Қате басылды", today=TODAY)
    with database.session() as session:
        steps = learner_journey(session, person_id)
        placed = learner_journey(session, placed_id)
    assert {"stage", "enrolment", "certificate", "employment"} <= {s.kind for s in steps}
    placement = next(s for s in placed if s.kind == "placement")
    assert placement.organisation is not None and placement.status in ("practice", "dual")
    assert [(s.started_on, KIND_ORDER.index(s.kind)) for s in steps] == sorted((s.started_on, KIND_ORDER.index(s.kind)) for s in steps)
    printed = next(s for s in steps if s.kind == "certificate")
    assert printed.detail == certificate.registration_number and printed.status == "revoked"
    assert printed.texts == {f"programme_{certificate.language}": certificate.programme_name}  # as printed, in its language
    employed = next(s for s in steps if s.kind == "employment")
    assert employed.detail == job.position and employed.organisation is not None
