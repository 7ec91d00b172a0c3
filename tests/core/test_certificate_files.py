"""Issuing certificates into PDF files, one transaction each, and the registry book."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import BinaryIO

import pytest

from cluster_desktop.db import Database
from cluster_desktop.documents import certificate as certificate_pdf
from cluster_desktop.documents.blank import BlankData
from cluster_desktop.errors import UserError
from cluster_desktop.ids import mask_id_number
from cluster_desktop.models import CertificateCounter
from cluster_desktop.services.certificate_checks import Verdict, overall, verify_pdf
from cluster_desktop.services.certificate_files import (
    duplicate_to_folder,
    issue_to_folder,
    write_registry_report,
)
from cluster_desktop.services.certificates import find_by_number, revoke
from tests.core.test_certificates import (
    ISSUED,
    make_cluster,
)
from tests.narrowing import present


def _counter(database: Database) -> int | None:
    with database.session() as session:
        row = session.get(CertificateCounter, ("KP", 2026))
        return None if row is None else row.last_number


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_issue_to_folder_writes_one_verifiable_pdf_each(database: Database, tmp_path: Path) -> None:
    cluster = make_cluster(database, learners=3)
    steps: list[tuple[int, int]] = []
    out = tmp_path / "out" / "new"
    issued = issue_to_folder(database, cluster.completed, "kk", out, ISSUED, on_step=lambda d, t: steps.append((d, t)))
    numbers = ["KP-2026-000001", "KP-2026-000002", "KP-2026-000003"]
    assert [i.number for i in issued] == numbers
    assert _files(out) == [f"{n}.pdf" for n in numbers]
    assert steps == [(1, 3), (2, 3), (3, 3)]
    with database.session() as session:
        results = verify_pdf(session, issued[0].path.read_bytes())
        assert [r.verdict for r in results] == [Verdict.VALID]
        assert results[0].certificate is not None and results[0].certificate.registration_number == numbers[0]


def break_render(monkeypatch: pytest.MonkeyPatch, at_call: int, error: Exception) -> None:
    """The renderer raises ``error`` on its ``at_call``-th call (counting from 1) and renders otherwise."""
    real = certificate_pdf.render_certificates
    calls = {"n": 0}

    def flaky(blanks: Iterable[BlankData], target: Path | BinaryIO, on_page: Callable[[], None] | None = None) -> int:
        calls["n"] += 1
        if calls["n"] == at_call:
            raise error
        return real(blanks, target, on_page)

    monkeypatch.setattr(certificate_pdf, "render_certificates", flaky)


def test_failed_render_consumes_no_number_and_leaves_no_file(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    cluster = make_cluster(database, learners=3)
    real = certificate_pdf.render_certificates
    break_render(monkeypatch, at_call=2, error=OSError(28, "No space left on device"))
    with pytest.raises(UserError, match="No space left"):
        issue_to_folder(database, cluster.completed, "ru", out, ISSUED)
    assert _files(out) == ["KP-2026-000001.pdf"]
    assert _counter(database) == 1
    monkeypatch.setattr(certificate_pdf, "render_certificates", real)
    issued = issue_to_folder(database, cluster.completed[1:], "ru", out, ISSUED)
    assert [i.number for i in issued] == ["KP-2026-000002", "KP-2026-000003"]


def test_cancel_between_certificates_keeps_those_issued(database: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cluster = make_cluster(database, learners=3)

    def cancel(done: int, total: int) -> None:
        if done == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        issue_to_folder(database, cluster.completed, "kk", out, ISSUED, on_step=cancel)
    assert _files(out) == ["KP-2026-000001.pdf"] and _counter(database) == 1


def test_unwritable_folder_is_refused_before_any_number(database: Database, tmp_path: Path) -> None:
    cluster = make_cluster(database, learners=1)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="Cannot write certificates to the folder"):
        issue_to_folder(database, cluster.completed, "kk", blocker / "out", ISSUED)
    assert _counter(database) is None


def test_missing_college_details_are_refused_before_any_number(database: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cluster = make_cluster(database, learners=1, college=False)
    with pytest.raises(UserError, match="missing from the college's details"):
        issue_to_folder(database, cluster.completed, "kk", out, ISSUED)
    assert _counter(database) is None and _files(out) == []


def test_a_file_already_there_is_not_overwritten(database: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    cluster = make_cluster(database, learners=1)
    (out / "KP-2026-000001.pdf").write_bytes(b"someone else's")
    with pytest.raises(UserError, match="already holds a file"):
        issue_to_folder(database, cluster.completed, "kk", out, ISSUED)
    assert (out / "KP-2026-000001.pdf").read_bytes() == b"someone else's"
    assert _counter(database) is None


def test_duplicate_to_folder_and_revoked_refused(database: Database, tmp_path: Path) -> None:
    cluster = make_cluster(database, learners=1)
    [first] = issue_to_folder(database, cluster.completed, "kk", tmp_path / "a", ISSUED)
    with database.session() as session:
        original_id = find_by_number(session, first.number).id
    copy = duplicate_to_folder(database, original_id, tmp_path / "b", issued_on=date(2026, 2, 1))
    assert copy.number == "KP-2026-000002" and copy.path.exists()
    with database.session() as session:
        revoke(session, original_id, "Lost and found to be forged", date(2026, 3, 1))
        assert overall(verify_pdf(session, copy.path.read_bytes())) is Verdict.REVOKED
    with pytest.raises(UserError, match="revoked"):
        duplicate_to_folder(database, original_id, tmp_path / "c")
    assert _counter(database) == 2


def test_not_a_pdf_is_refused(database: Database) -> None:
    with database.session() as session, pytest.raises(UserError):
        verify_pdf(session, b"PK\x03\x04 a spreadsheet")


def test_registry_book_xlsx_and_pdf(database: Database, tmp_path: Path) -> None:
    cluster = make_cluster(database, learners=2)
    issue_to_folder(database, cluster.completed, "kk", tmp_path / "out", ISSUED)
    with database.session() as session:
        xlsx = write_registry_report(session, tmp_path / "book.xlsx", "kk")
    from openpyxl import load_workbook

    rows = list(present(load_workbook(xlsx).active).iter_rows(values_only=True))
    assert rows[0][0] == "Тіркеу нөмірі" and [r[0] for r in rows[1:]] == ["KP-2026-000001", "KP-2026-000002"]
    assert len(str(rows[1][3])) == 12  # the IIN in full in the spreadsheet
    with database.session() as session:
        csv_book = write_registry_report(session, tmp_path / "book.csv", "ru")
        pdf = write_registry_report(session, tmp_path / "book.pdf", "ru")
    assert csv_book.read_text(encoding="utf-8-sig").splitlines()[1].startswith("KP-2026-000001,")
    assert pdf.read_bytes().startswith(b"%PDF")
    with database.session() as session, pytest.raises(UserError, match=r"\.xlsx, \.csv or \.pdf"):
        write_registry_report(session, tmp_path / "book.docx")


def test_iin_is_masked_but_its_last_four_digits() -> None:
    assert mask_id_number("090401650017") == "••••••••0017"


def test_batches_grow_from_one_to_the_limit() -> None:
    from cluster_desktop.services.certificate_files import BATCH_LIMIT, _batches

    sizes = [len(batch) for batch in _batches(300)]
    assert sizes[:7] == [1, 2, 4, 8, 16, 32, 64] and set(sizes[7:-1]) == {BATCH_LIMIT} and sum(sizes) == 300
    assert [list(batch) for batch in _batches(4)] == [[0], [1, 2], [3]]
    assert _batches(0) == []


def test_a_failure_inside_a_batch_takes_back_the_whole_batch_and_nothing_else(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches of 1, 2, 4: the 5th render fails, in the third batch, after two certificates of it were written."""
    out = tmp_path / "out"
    cluster = make_cluster(database, learners=6)
    real = certificate_pdf.render_certificates
    break_render(monkeypatch, at_call=5, error=RuntimeError("the renderer broke"))
    steps: list[int] = []
    with pytest.raises(RuntimeError, match="renderer broke"):
        issue_to_folder(database, cluster.completed, "kk", out, ISSUED, on_step=lambda done, _total: steps.append(done))
    first_three = ["KP-2026-000001", "KP-2026-000002", "KP-2026-000003"]
    assert steps == [1, 2, 3]
    assert _files(out) == [f"{n}.pdf" for n in first_three]  # no temporary file of the failed batch is left either
    assert _counter(database) == 3
    with database.session() as session:
        assert [find_by_number(session, n).registration_number for n in first_three] == first_three
        with pytest.raises(UserError):
            find_by_number(session, "KP-2026-000004")
    monkeypatch.setattr(certificate_pdf, "render_certificates", real)
    again = issue_to_folder(database, cluster.completed[3:], "kk", out, ISSUED)
    assert [i.number for i in again] == ["KP-2026-000004", "KP-2026-000005", "KP-2026-000006"]  # no gap


def test_files_already_renamed_are_removed_when_the_batch_cannot_finish(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder sync fails after the second batch's files got their names: they go, and so do their numbers."""
    from cluster_desktop import files

    out = tmp_path / "out"
    cluster = make_cluster(database, learners=3)
    real_sync = files._sync_folder
    calls = {"n": 0}

    def failing_sync(folder: Path) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            assert len(_files(folder)) == 3  # both files of the batch were in place
            raise OSError(5, "Input/output error")
        real_sync(folder)

    monkeypatch.setattr(files, "_sync_folder", failing_sync)
    with pytest.raises(UserError, match="Input/output error"):
        issue_to_folder(database, cluster.completed, "kk", out, ISSUED)
    assert _files(out) == ["KP-2026-000001.pdf"] and _counter(database) == 1


def test_a_certificate_is_reported_only_once_its_file_and_record_are_kept(database: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cluster = make_cluster(database, learners=5)
    seen: list[tuple[int, int, int]] = []

    def step(done: int, _total: int) -> None:
        with database.session() as session:  # another session sees only what is committed
            committed = session.get(CertificateCounter, ("KP", 2026))
            seen.append((done, len([p for p in out.iterdir() if p.suffix == ".pdf"]), committed.last_number if committed else 0))

    issue_to_folder(database, cluster.completed, "kk", out, ISSUED, on_step=step)
    assert all(files >= done and committed >= done for done, files, committed in seen)
    assert [done for done, _f, _c in seen] == [1, 2, 3, 4, 5]
