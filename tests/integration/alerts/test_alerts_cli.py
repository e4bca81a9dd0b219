"""``mamori alerts test`` to real receivers and ``mamori alerts list`` from a real
ClickHouse database (the command run as a process, settings from the environment)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from fixtures.alert_receivers import SmtpServer, WebhookReceiver
from mamori.alerts.delivery import STATUS_COLUMNS, Outcome, status_record, status_row
from mamori.alerts.model import Alert
from mamori.devstack.paths import REPO_ROOT


def mamori(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
    return subprocess.run(
        [sys.executable, "-m", "mamori", *args],
        env={**clean, **env},
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_alerts_test_sends_a_signed_test_alert(
    webhook_receiver: WebhookReceiver, smtp_server: SmtpServer
) -> None:
    env = {
        "MAMORI_ALERTS__WEBHOOK__URL": webhook_receiver.url,
        "MAMORI_ALERTS__WEBHOOK__SECRET": webhook_receiver.secret,
        "MAMORI_ALERTS__EMAIL__HOST": smtp_server.host,
        "MAMORI_ALERTS__EMAIL__PORT": str(smtp_server.port),
        "MAMORI_ALERTS__EMAIL__CAFILE": str(smtp_server.cafile),
        "MAMORI_ALERTS__EMAIL__USERNAME": smtp_server.username,
        "MAMORI_ALERTS__EMAIL__PASSWORD": smtp_server.password,
        "MAMORI_ALERTS__EMAIL__RECIPIENTS": json.dumps(["sv@example.jp"]),
    }
    result = mamori("alerts", "test", "all", env=env)
    assert result.returncode == 0, result.stderr
    assert "webhook: sent" in result.stdout and "email: sent" in result.stdout
    [hook] = webhook_receiver.events()
    assert hook.error is None  # verified by standardwebhooks
    assert hook.event["type"] == "jp.mamori.alert.test"
    assert hook.headers["webhook-id"] in result.stdout
    [mail] = smtp_server.wait_for(1)
    assert "テスト" in mail["Subject"] and "TEST" in mail["Subject"]


def test_alerts_test_fails_clearly(webhook_receiver: WebhookReceiver) -> None:
    result = mamori("alerts", "test", "slack", env={})
    assert result.returncode == 1 and "not configured: slack" in result.stderr
    webhook_receiver.status = 500
    env = {
        "MAMORI_ALERTS__WEBHOOK__URL": webhook_receiver.url,
        "MAMORI_ALERTS__WEBHOOK__SECRET": webhook_receiver.secret,
        "MAMORI_ALERTS__ATTEMPTS": "2",
        "MAMORI_ALERTS__BACKOFF_INITIAL_SECONDS": "0.05",
    }
    result = mamori("alerts", "test", "webhook", env=env)
    assert result.returncode == 1
    assert "webhook: retrying after 2 attempt(s)" in result.stdout and "HTTP 500" in result.stdout


@pytest.mark.clickhouse
def test_alerts_list_shows_the_newest_status(ch_database: Any, clickhouse_server: Any) -> None:
    now = datetime.now(UTC)
    alert = Alert(
        alert_id="msg_" + "a" * 32,
        rule_id="violence-threat",
        kind="indicator",
        source_id="ind-1",
        customer_key="c_0317ce6e76632eba63cc4bdb",
        occurred_at="2026-07-06T01:00:00.000Z",
        category="violence_threat",
        severity="high",
        detected_at="2026-07-06T01:00:00.000Z",
    )
    retrying = status_row(
        status_record(
            alert,
            Outcome(alert.alert_id, "webhook", "retrying", 1, "HTTP 503"),
            now - timedelta(seconds=5),
        )
    )
    sent = status_row(
        status_record(alert, Outcome(alert.alert_id, "webhook", "sent", 2, sent_at=now), now)
    )
    ch_database.writer.insert(
        f"{ch_database.name}.alerts", [retrying, sent], column_names=STATUS_COLUMNS
    )
    result = mamori(
        "alerts", "list", "--since", "1h", env=clickhouse_server.client_env(ch_database.name)
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if alert.alert_id in line]
    assert len(lines) == 1 and " sent " in lines[0] and "violence-threat" in lines[0]
    old = mamori(
        "alerts",
        "list",
        "--since",
        (now + timedelta(minutes=1)).isoformat(),
        env=clickhouse_server.client_env(ch_database.name),
    )
    assert "no alerts since" in old.stdout
