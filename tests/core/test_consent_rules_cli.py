"""The command line obeys the consents as the window does, and says so in Kazakh or Russian.

``agreements print`` and ``export learners --for-partner`` run on the real date: the
agreements here are signed in 2025 and open-ended, and a refused learner has no consent
to the purpose at all, so what they answer does not depend on the day the test runs.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select

from cluster_desktop.db import Database
from cluster_desktop.ids import make_bin
from cluster_desktop.models import AgreementKind, Consent, ConsentPurpose, ConsentPurposeGrant, OrganisationKind
from cluster_desktop.services.agreements import AgreementInput, AttachedLearner, create_agreement
from cluster_desktop.services.organisations import OrganisationInput, create_organisation
from tests import factories as F
from tests.cli import run_cli
from tests.core.test_agreement_documents import make_agreements


def take_away(database: Database, person_id: int, purpose: ConsentPurpose) -> None:
    """The learner's consents no longer allow ``purpose`` at all (as if the form never had it)."""
    with database.session() as session:
        session.execute(
            delete(ConsentPurposeGrant).where(
                ConsentPurposeGrant.purpose == purpose,
                ConsentPurposeGrant.consent_id.in_(select(Consent.id).where(Consent.person_id == person_id)),
            )
        )


def test_printing_an_agreement_is_refused_in_the_users_language(database: Database, database_url: str, tmp_path: Path) -> None:
    ids = make_agreements(database)
    with database.session() as session:
        from cluster_desktop.models import Agreement

        agreement = session.get_one(Agreement, ids[AgreementKind.DUAL_EDUCATION])
        number, [link] = agreement.number, list(agreement.learners)
        person_id, name = link.person_id, f"{link.person.surname} {link.person.given_name}"
    take_away(database, person_id, ConsentPurpose.PARTNERS)
    out = tmp_path / "agreement.pdf"
    for language, words in (
        ("kk", ("қолданыстағы келісім жоқ", "серіктес кәсіпорындарға беру")),
        ("ru", ("нет действующего согласия", "передача предприятиям-партнёрам")),
    ):
        result = run_cli(
            "--lang", language, "--db-url", database_url, "agreements", "print", number, "--year", "2026", "--lang", "ru", "--out", str(out)
        )
        assert result.returncode != 0
        assert name in result.stderr and all(w in result.stderr for w in words), result.stderr
        assert "Traceback" not in result.stderr
    assert not out.exists()


def partner_with_learners(database: Database) -> tuple[int, list[int], int]:
    """A partner with an open-ended dual agreement naming two students; a third student is another partner's."""
    with database.session() as session:
        people = [F.learner(session, "Ахметов", given, serial=n) for n, given in enumerate(("Ерлан", "Дәулет", "Сәкен"), start=1)]
        partner, other = (
            create_organisation(session, OrganisationInput(OrganisationKind.EMPLOYER, kk, ru, make_bin(1995, 12, 4, n))).id
            for n, kk, ru in ((11, "Кен орны", "Рудник"), (12, "Зауыт", "Завод"))
        )
        for number, where, named in (("ДО-1", partner, people[:2]), ("ДО-2", other, people[2:])):
            create_agreement(
                session,
                AgreementInput(
                    kind=AgreementKind.DUAL_EDUCATION,
                    number=number,
                    partner_id=where,
                    signed_on=date(2025, 9, 1),
                    starts_on=date(2025, 9, 1),
                    learners=tuple(AttachedLearner(p.id) for p in named),
                ),
            )
        return partner, [p.id for p in people], other


def test_export_for_a_partner_writes_only_its_learners(database: Database, database_url: str, tmp_path: Path) -> None:
    partner, _people, _other = partner_with_learners(database)
    out = tmp_path / "for-partner.csv"
    result = run_cli("--db-url", database_url, "export", "learners", str(out), "--for-partner", str(partner))
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as stream:
        names = sorted(row[0] for row in list(csv.reader(stream))[1:])
    assert names == ["Ахметов Дәулет", "Ахметов Ерлан"]  # not the other partner's Сәкен


def test_export_for_a_partner_is_refused_by_name_without_consent(database: Database, database_url: str, tmp_path: Path) -> None:
    partner, people, _other = partner_with_learners(database)
    take_away(database, people[1], ConsentPurpose.PARTNERS)
    out = tmp_path / "for-partner.xlsx"
    for language, said in (("kk", "қолданыстағы келісім жоқ"), ("ru", "нет действующего согласия")):
        result = run_cli("--lang", language, "--db-url", database_url, "export", "learners", str(out), "--for-partner", str(partner))
        assert result.returncode != 0
        assert "Ахметов Дәулет" in result.stderr and said in result.stderr and "Ерлан" not in result.stderr, result.stderr
    assert not out.exists()


def test_export_for_a_partner_goes_alone_and_needs_a_partner(database: Database, database_url: str, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    for extra in (("groups", str(out), "--for-partner", "1"), ("learners", str(out), "--for-partner", "1", "--search", "Ахм")):
        result = run_cli("--lang", "ru", "--db-url", database_url, "export", *extra)
        assert result.returncode != 0 and "--for-partner" in result.stderr and "Traceback" not in result.stderr, result.stderr
    result = run_cli("--lang", "ru", "--db-url", database_url, "export", "learners", str(out), "--for-partner", "999999")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert not out.exists()


def test_the_partners_export_says_each_partners_country(database: Database, database_url: str, tmp_path: Path) -> None:
    with database.session() as session:
        create_organisation(session, OrganisationInput(OrganisationKind.UNIVERSITY, "Носов атындағы МГТУ", "МГТУ им. Носова", country="ru"))
        create_organisation(session, OrganisationInput(OrganisationKind.EMPLOYER, "Кен орны", "Рудник", make_bin(1995, 12, 4, 11)))
    out = tmp_path / "partners.csv"
    result = run_cli("--db-url", database_url, "export", "partners", str(out), "--lang", "ru")
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as stream:
        header, *rows = list(csv.reader(stream))
    column = header.index("Страна")
    assert sorted((row[1], row[column]) for row in rows) == [("МГТУ им. Носова", "RU"), ("Рудник", "KZ")]


def test_issue_pending_is_refused_whole_naming_three_and_counting_the_rest(database: Database, database_url: str, tmp_path: Path) -> None:
    from cluster_desktop.models import Certificate, Enrolment
    from tests.core.test_certificates import make_cluster

    cluster = make_cluster(database, learners=6)
    with database.session() as session:
        holders = [session.get_one(Enrolment, e).person_id for e in cluster.completed[1:6]]
    for person_id in holders:
        take_away(database, person_id, ConsentPurpose.EDUCATION)
    out = tmp_path / "issued"
    result = run_cli(
        "--lang",
        "ru",
        "--db-url",
        database_url,
        "certificates",
        "issue",
        "--pending",
        "--lang",
        "kk",
        "--out",
        str(out),
        "--date",
        "15.01.2026",
    )
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "и ещё 2" in result.stderr and "учёт обучения" in result.stderr, result.stderr
    assert F.count(database, Certificate) == 0
    assert not out.exists() or list(out.iterdir()) == []
