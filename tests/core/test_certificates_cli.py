"""``python main.py certificates …`` run as a user would run it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cluster_desktop.documents.certificate import payloads_in_pdf
from tests.cli import run_cli, where


@pytest.fixture
def demo(database_url: str, data_dir: Path) -> list[str]:
    args = where(database_url, data_dir)
    result = run_cli(*args, "demo", "--learners", "30")
    assert result.returncode == 0, result.stderr
    return args


def _issued_lines(stdout: str) -> list[tuple[str, str]]:
    return [tuple(line.split("\t")) for line in stdout.splitlines() if "\t" in line]  # type: ignore[misc]


def test_issue_pending_twice_issues_nothing_new(demo: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_cli(*demo, "certificates", "issue", "--pending", "--lang", "kk", "--out", str(out))
    assert first.returncode == 0, first.stderr
    lines = _issued_lines(first.stdout)
    assert lines and sorted(p.name for p in out.iterdir()) == sorted(f"{number}.pdf" for number, _ in lines)
    for number, path in lines:
        assert Path(path) == out / f"{number}.pdf"
    again = run_cli(*demo, "certificates", "issue", "--pending", "--lang", "ru", "--out", str(out))
    assert again.returncode == 0, again.stderr
    assert "Nothing to issue" in again.stdout and not _issued_lines(again.stdout)
    assert len(list(out.iterdir())) == len(lines)


def test_verify_exit_codes(demo: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_cli(*demo, "certificates", "issue", "--pending", "--lang", "ru", "--out", str(out)).returncode == 0
    pdf = min(out.iterdir())
    payload = payloads_in_pdf(pdf.read_bytes())[0]
    valid = run_cli(*demo, "certificates", "verify", payload)
    assert valid.returncode == 0 and valid.stdout.startswith("VALID"), valid.stderr
    assert run_cli(*demo, "certificates", "verify", str(pdf)).returncode == 0

    prefix, body, signature = payload.split(".")
    tampered = f"{prefix}.{body}.{'A' if signature[0] != 'A' else 'B'}{signature[1:]}"
    altered = run_cli(*demo, "certificates", "verify", tampered)
    assert altered.returncode == 1 and altered.stdout.startswith("ALTERED")
    foreign = run_cli(*demo, "certificates", "verify", "https://example.kz/certificate/42")
    assert foreign.returncode == 1 and foreign.stdout.startswith("NOT OURS")
    text_file = tmp_path / "notes.pdf"
    text_file.write_text("just words")
    not_pdf = run_cli(*demo, "certificates", "verify", str(text_file))
    assert not_pdf.returncode == 1 and "not a PDF" in not_pdf.stderr and "Traceback" not in not_pdf.stderr

    number = pdf.stem
    revoked = run_cli(*demo, "certificates", "revoke", number, "--reason", "Тегі қате жазылған")
    assert revoked.returncode == 0, revoked.stderr
    after = run_cli(*demo, "certificates", "verify", payload)
    assert after.returncode == 1 and after.stdout.startswith("REVOKED") and "Тегі қате жазылған" not in after.stdout
    by_number = run_cli(*demo, "certificates", "verify", number)  # needs a login, so may show the reason
    assert by_number.stdout.startswith("REVOKED") and "Тегі қате жазылған" in by_number.stdout
    reprint = run_cli(*demo, "certificates", "duplicate", number, "--out", str(tmp_path / "dup"))
    assert reprint.returncode == 1 and "revoked" in reprint.stderr


def test_duplicate_registry_and_key(demo: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    issued = run_cli(*demo, "certificates", "issue", "--pending", "--lang", "kk", "--out", str(out))
    number = _issued_lines(issued.stdout)[0][0]
    duplicate = run_cli(*demo, "certificates", "duplicate", number, "--lang", "ru", "--out", str(tmp_path / "dup"))
    assert duplicate.returncode == 0, duplicate.stderr
    [(copy_number, copy_path)] = _issued_lines(duplicate.stdout)
    assert copy_number != number and Path(copy_path).exists()

    book = run_cli(*demo, "certificates", "registry", "--out", str(tmp_path / "book.xlsx"))
    assert book.returncode == 0, book.stderr
    assert (tmp_path / "book.xlsx").stat().st_size > 0
    try:
        import cluster_desktop.documents.registry  # noqa: F401
    except ImportError:
        pass
    else:
        pdf_book = run_cli(*demo, "certificates", "registry", "--out", str(tmp_path / "book.pdf"), "--lang", "kk")
        assert pdf_book.returncode == 0, pdf_book.stderr
        assert (tmp_path / "book.pdf").read_bytes().startswith(b"%PDF")

    key = run_cli(*demo, "certificates", "export-key", str(tmp_path / "public.pem"))
    assert key.returncode == 0, key.stderr
    assert (tmp_path / "public.pem").read_text().startswith("-----BEGIN PUBLIC KEY-----")


def test_bad_input_exits_non_zero_and_takes_no_number(demo: list[str], tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    refused = run_cli(*demo, "certificates", "issue", "--pending", "--lang", "kk", "--out", str(blocker / "out"))
    assert refused.returncode != 0 and "Cannot write certificates" in refused.stderr
    assert "Traceback" not in refused.stderr
    unknown = run_cli(*demo, "certificates", "revoke", "KP-1999-000001", "--reason", "x")
    assert unknown.returncode != 0 and "no certificate KP-1999-000001" in unknown.stderr
    issued = run_cli(*demo, "certificates", "issue", "--pending", "--lang", "kk", "--out", str(tmp_path / "out"))
    numbers = sorted(number for number, _ in _issued_lines(issued.stdout))
    series = {n.split("-")[0] for n in numbers}
    for code in series:  # every series starts at 1: the refused run took nothing
        assert min(n for n in numbers if n.startswith(code)).endswith("-000001")


def test_verify_reads_the_page_and_finds_a_typed_number(demo: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_cli(*demo, "certificates", "issue", "--pending", "--lang", "kk", "--out", str(out)).returncode == 0
    first, second = sorted(out.iterdir())[:2]
    # A registrar types the printed number on a Cyrillic layout, in lower case, with spaces.
    typed = first.stem.replace("K", "К").replace("P", "Р").lower().replace("-", " ")
    found = run_cli(*demo, "certificates", "verify", typed)
    assert found.returncode == 0 and found.stdout.startswith("VALID"), found.stderr
    assert f"number: {first.stem}" in found.stdout and "name on the paper must be exactly" in found.stdout
    unknown = run_cli(*demo, "certificates", "verify", "KP-2099-000001")
    assert unknown.returncode == 1 and unknown.stdout.startswith("UNKNOWN") and "KP-2099-000001" in unknown.stdout

    other = second.read_bytes()
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(first.read_bytes() + other[other.index(b"<?xpacket begin") :])
    altered = run_cli(*demo, "certificates", "verify", str(forged))
    assert altered.returncode == 1 and altered.stdout.startswith("ALTERED"), altered.stdout
    assert "added after its end" in altered.stdout
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(first.read_bytes()[:5000])
    unreadable = run_cli(*demo, "certificates", "verify", str(broken))
    assert unreadable.returncode == 1 and "cannot be read" in unreadable.stderr and "Traceback" not in unreadable.stderr

    assert run_cli(*demo, "certificates", "revoke", first.stem, "--reason", "Қате").returncode == 0
    revoked = run_cli(*demo, "certificates", "verify", first.stem)
    assert revoked.returncode == 1 and revoked.stdout.startswith("REVOKED") and "Қате" in revoked.stdout
    # The same certificate checked by its PDF, which needs no login: the revocation shows, not its free-text reason.
    by_pdf = run_cli(*demo, "certificates", "verify", str(first))
    assert by_pdf.stdout.startswith("REVOKED") and "revoked on:" in by_pdf.stdout and "Қате" not in by_pdf.stdout
