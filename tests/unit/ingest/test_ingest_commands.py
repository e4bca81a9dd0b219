"""The ingest commands fail closed: no tokens → the endpoint does not start; no
support addresses or IMAP credentials → a clear error, nothing read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mamori.devstack.paths import REPO_ROOT


def _run(
    *args: str, env: dict[str, str] | None = None, cwd: Path = REPO_ROOT
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_INGEST")}
    return subprocess.run(
        [sys.executable, "-m", "mamori", "ingest", *args],
        capture_output=True,
        text=True,
        env={**clean, **(env or {})},
        cwd=cwd,
        check=False,
        timeout=120,
    )


def test_serve_refuses_to_start_without_tokens(tmp_path: Path) -> None:
    run = _run("serve", "--port", "1", cwd=tmp_path)
    assert run.returncode != 0
    assert "no ingest tokens configured" in run.stderr


def test_mail_needs_support_addresses_and_imap_credentials(tmp_path: Path) -> None:
    run = _run("mail", "--imap", "--once", cwd=tmp_path)
    assert run.returncode != 0 and "no support addresses" in run.stderr
    run = _run(
        "mail",
        "--imap",
        "--once",
        "--support-address",
        "support@example.co.jp",
        env={
            "MAMORI_INGEST__IMAP__HOST": "127.0.0.1",
            "MAMORI_KAFKA__BOOTSTRAP_SERVERS": "127.0.0.1:1",
        },
        cwd=tmp_path,
    )
    assert run.returncode != 0
    assert (
        "MAMORI_INGEST__IMAP__USERNAME" in run.stderr
        and "MAMORI_INGEST__IMAP__PASSWORD" in run.stderr
    )


def test_token_command_prints_a_token_and_only_its_hash(tmp_path: Path) -> None:
    run = _run("token", "pbx-tokyo", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    token = run.stdout.split("token:")[1].split()[0]
    settings_line = run.stdout.split("settings:")[1].strip()
    assert token not in settings_line and '"source":"pbx-tokyo"' in settings_line


def test_mail_files_reingested_give_the_same_events(tmp_path: Path) -> None:
    from email.mime.text import MIMEText

    inbox = tmp_path / "saved"
    inbox.mkdir()
    for i in range(3):
        msg = MIMEText(f"問い合わせ {i}", "plain", "utf-8")
        msg["From"] = f"c{i}@example.jp"
        msg["To"] = "support@example.co.jp"
        msg["Date"] = "Mon, 06 Jul 2026 10:15:00 +0900"
        msg["Message-ID"] = f"<file-{i}@example.jp>"
        (inbox / f"{i}.eml").write_bytes(msg.as_bytes())
    (inbox / "broken.eml").write_bytes(b"not a mail at all")
    outputs = []
    for n in range(2):
        out = tmp_path / f"run{n}.jsonl"
        run = _run(
            "mail",
            str(inbox),
            "--support-address",
            "support@example.co.jp",
            "-o",
            str(out),
            cwd=tmp_path,
        )
        assert run.returncode == 2, run.stderr  # one rejected, the rest written
        assert "3 events written, 1 rejected" in run.stderr and "broken.eml" in run.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and outputs[0].count(b"\n") == 3
