"""``mamori ingest mail --imap`` against a real IMAP server (Dovecot) and the real
broker: only new messages, remembered by UID; a restart neither skips nor repeats;
a Kafka outage leaves the checkpoint where it was; a broken message is dead-lettered
and the others go through."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from email.mime.text import MIMEText
from pathlib import Path

import orjson
import pytest
from imapclient import IMAPClient

from mamori.devstack.dovecot import DovecotServer
from mamori.devstack.paths import REPO_ROOT
from mamori.devstack.process import free_port
from mamori.messaging.topics import ensure_topics
from mamori.settings import KafkaSettings

from .support import kafka_env, read_topic

pytestmark = [pytest.mark.kafka]


def _mail(n: int) -> bytes:
    msg = MIMEText(f"{n}回目の問い合わせです。返金してください。", "plain", "iso-2022-jp")
    msg["From"] = f"customer{n % 2}@example.jp"
    msg["To"] = "support@example.co.jp"
    msg["Subject"] = f"問い合わせ {n}"
    msg["Date"] = "Mon, 06 Jul 2026 10:15:00 +0900"
    msg["Message-ID"] = f"<imap-{n}@example.jp>"
    return msg.as_bytes()


def _append(server: DovecotServer, messages: list[bytes]) -> None:
    client = IMAPClient("127.0.0.1", port=server.port, ssl=False)
    client.login(server.username, server.password)
    for raw in messages:
        client.append("INBOX", raw)
    client.logout()


def _ingest(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mamori", "ingest", "mail", "--imap", "--once", "--source", "imap"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        cwd=REPO_ROOT,
        check=False,
        timeout=120,
    )


def test_imap_polling_remembers_uids(
    imap_server: DovecotServer, kafka_settings: KafkaSettings, tmp_path: Path
) -> None:
    ensure_topics(kafka_settings, partitions=2)
    checkpoint = tmp_path / "imap.json"
    env = {
        **kafka_env(kafka_settings),
        "MAMORI_INGEST__SUPPORT_ADDRESSES": '["support@example.co.jp"]',
        "MAMORI_INGEST__IMAP__HOST": "127.0.0.1",
        "MAMORI_INGEST__IMAP__PORT": str(imap_server.port),
        "MAMORI_INGEST__IMAP__SSL": "false",
        "MAMORI_INGEST__IMAP__USERNAME": imap_server.username,
        "MAMORI_INGEST__IMAP__PASSWORD": imap_server.password,
        "MAMORI_INGEST__IMAP__CHECKPOINT": str(checkpoint),
        "MAMORI_INGEST__IMAP__FETCH_BATCH": "2",
        "MAMORI_INGEST__ACK_TIMEOUT_SECONDS": "3",
    }
    broken = b"From: someone@example.jp\r\nSubject: no id\r\n\r\nbody without Message-ID"
    _append(imap_server, [_mail(1), broken, _mail(2)])

    first = _ingest(env)
    assert first.returncode == 2, first.stderr  # 2 = some rejected, the rest published
    assert "2 events published, 1 rejected" in first.stderr
    assert "uid 2" in first.stderr and "Message-ID" in first.stderr
    assert json.loads(checkpoint.read_text())["last_uid"] == 3

    def event_ids() -> list[str]:
        return sorted(
            orjson.loads(r.value)["event_id"]
            for r in read_topic(kafka_settings, kafka_settings.contact_topic, timeout_ms=3000)
        )

    assert len(event_ids()) == 2
    dead = read_topic(kafka_settings, kafka_settings.dlq_topic, timeout_ms=3000)
    assert [dict(d.headers)["mamori-dlq-reason"] for d in dead] == [b"mail_unparseable"]
    assert dead[0].value.replace(b"\r\n", b"\n") == broken.replace(b"\r\n", b"\n")

    # Nothing new: a second run publishes nothing and keeps the checkpoint.
    again = _ingest(env)
    assert again.returncode == 0, again.stderr
    assert "0 events published" in again.stderr
    assert len(event_ids()) == 2

    # Kafka away while new mail arrives: the run fails clearly, the checkpoint stays.
    _append(imap_server, [_mail(3), _mail(4), _mail(5)])
    down = _ingest({**env, "MAMORI_KAFKA__BOOTSTRAP_SERVERS": f"127.0.0.1:{free_port()}"})
    assert down.returncode != 0
    assert "Kafka" in down.stderr
    assert json.loads(checkpoint.read_text())["last_uid"] == 3

    # Back: exactly the three new messages, once each.
    back = _ingest(env)
    assert back.returncode == 0, back.stderr
    assert "3 events published, 0 rejected" in back.stderr
    ids = event_ids()
    assert len(ids) == 5 and len(set(ids)) == 5
    assert json.loads(checkpoint.read_text())["last_uid"] == 6
