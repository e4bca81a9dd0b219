"""Supervisor alerts end to end on the real services: Kafka broker → ``mamori worker``
→ a real HTTP receiver that verifies Standard Webhooks signatures with the
``standardwebhooks`` library, and a real SMTP server (aiosmtpd, STARTTLS + AUTH) —
plus the worker's refusal to start on bad alert configuration."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest

from fixtures.alert_receivers import SmtpServer, WebhookReceiver
from integration.alerts_support import TEAM, alert_env, ch_statuses
from integration.pipeline_harness import JST_START, PipelineEnv, contact, wait_until
from mamori.devstack.paths import REPO_ROOT
from mamori.devstack.process import ManagedProcess, free_port

pytestmark = [pytest.mark.kafka, pytest.mark.clickhouse]

RAW_CUSTOMER = "090-1234-5678"
THREAT = "山田太郎です。住所は東京都港区芝公園4-2-8。お前の店に行って殺すぞ。覚えておけ"


def publish(pipe: PipelineEnv, lines: list[bytes]) -> None:
    from mamori.messaging.publisher import publish_lines
    from mamori.messaging.topics import ensure_topics

    ensure_topics(pipe.settings.kafka)
    publish_lines(lines, pipe.settings.kafka.contact_topic, pipe.settings.kafka, progress=False)


def start_worker(
    pipe: PipelineEnv, env: dict[str, str], name: str = "alerts-worker", role: str = "all"
) -> Any:
    from reliability.helpers import wait_ready

    w = ManagedProcess(
        name,
        pipe.run_dir,
        [sys.executable, "-m", "mamori", "worker", "--loglevel", "info", "--role", role],
        healthy=lambda: True,
        env={**pipe.env, "MAMORI_STATE_DIR": str(pipe.run_dir / f"faust-{name}"), **env},
        cwd=REPO_ROOT,
        stop_timeout=30,
    )
    w.start()
    wait_ready(w)
    return w


class Workers:
    """``--role all`` as one process, or ``split``: ``--role detect`` + ``--role sinks`` + ``--role alerts``."""

    def __init__(self, pipe: PipelineEnv, env: dict[str, str], mode: str) -> None:
        roles = ["all"] if mode == "all" else ["detect", "sinks", "alerts"]
        self.procs = [start_worker(pipe, env, f"worker-{r}", r) for r in roles]

    def stop(self) -> None:
        for p in self.procs:
            p.stop()


@pytest.mark.parametrize("mode", ["all", "split"])
def test_a_chat_threat_reaches_the_webhook_and_the_mailbox_once(
    pipeline: PipelineEnv,
    ch_reader: Any,
    webhook_receiver: WebhookReceiver,
    smtp_server: SmtpServer,
    tmp_path: Path,
    mode: str,
) -> None:
    lines = [
        orjson.dumps(contact(1, "calm-customer", JST_START, "配送状況を教えてください")),
        orjson.dumps(
            contact(2, RAW_CUSTOMER, JST_START + timedelta(minutes=1), THREAT, thread_id="zd-4711")
        ),
        orjson.dumps(
            contact(3, "calm-customer", JST_START + timedelta(minutes=2), "ありがとうございました")
        ),
    ]
    db = pipeline.settings.clickhouse.database
    w = Workers(pipeline, alert_env(tmp_path, webhook_receiver, smtp_server), mode)
    try:
        publish(pipeline, lines)

        def threat_hooks() -> list[Any]:
            return [
                r
                for r in webhook_receiver.events()
                if r.event and r.event["data"]["rule_id"] == "violence-threat"
            ]

        # Budgets for a loaded CI machine (the full suite runs Superset and a dozen
        # refreshing databases beside this worker); the assertions below are unchanged.
        wait_until(lambda: len(threat_hooks()) >= 1, 300, "the threat alert at the webhook")
        mail = smtp_server.wait_for(1, timeout=180)
        alert_id = threat_hooks()[0].headers["webhook-id"]
        # Both deliveries recorded as sent; then nothing more arrives for this alert.
        wait_until(
            lambda: (
                {d: s for (a, d), (s, _) in ch_statuses(ch_reader, db).items() if a == alert_id}
                == {"webhook": "sent", "email": "sent"}
            ),
            180,
            "sent statuses in ClickHouse",
        )
        time.sleep(3)
    finally:
        w.stop()

    # Once: exactly one request and one mail for the alert, correctly signed.
    hooks = threat_hooks()
    assert len(hooks) == 1, [h.headers["webhook-id"] for h in hooks]
    assert all(r.error is None for r in webhook_receiver.events())  # every request verified
    assert len([m for m in smtp_server.messages if alert_id in m["X-Mamori-Alert-Ids"]]) == 1
    event = hooks[0].event
    data = event["data"]
    assert event["specversion"] == "1.0" and event["id"] == alert_id
    assert hooks[0].headers["content-type"] == "application/cloudevents+json"
    assert data["category"] == "violence_threat" and data["severity"] == "high"
    assert data["event_ids"] == ["it-000002"]  # the live contact's reference
    assert data["team"] == TEAM  # via the staff directory
    assert "殺すぞ" in data["evidence"]
    rendered = data["rendered"]
    assert "暴力・脅迫・威嚇" in rendered["title"] and "Violence" in rendered["title"]
    assert rendered["review_command"] == f"mamori review {data['customer_key']}"
    # Rendered mail: the same alert, in both languages.
    [mine] = [m for m in mail if alert_id in m["X-Mamori-Alert-Ids"]]
    body = mine.get_content()
    assert "暴力・脅迫・威嚇" in body and "Violence, threat, intimidation" in body
    assert data["customer_key"] in body and "it-000002" in body and TEAM in body
    # Never the raw customer id, personal details or the full message.
    for out in (hooks[0].body.decode(), orjson.dumps(event).decode(), body):
        for leak in (RAW_CUSTOMER, "staff-007", "山田", "芝公園", THREAT):
            assert leak not in out
    # The calm customer raised nothing.
    assert {r.event["data"]["customer_key"] for r in webhook_receiver.events()} == {
        data["customer_key"]
    }


def run_worker_expecting_failure(pipe: PipelineEnv, env: dict[str, str]) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "mamori", "worker"],
        env={**os.environ, **pipe.env, **env},
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode != 0, f"the worker started:\n{proc.stdout[-2000:]}"
    return proc.stderr


def test_a_malformed_rules_file_stops_the_worker_with_a_clear_error(
    pipeline: PipelineEnv, tmp_path: Path
) -> None:
    rules = tmp_path / "alerts.toml"
    rules.write_text(
        '[[rule]]\nid = "threats"\ncategories = ["violence_threat"]\n\n'
        '[[rule]]\nid = "typo"\ncategories = ["violense_threat"]\n',
        encoding="utf-8",
    )
    err = run_worker_expecting_failure(
        pipeline, alert_env(tmp_path, MAMORI_ALERTS__RULES_PATH=str(rules))
    )
    assert str(rules) in err and '[[rule]] #2 (id = "typo"): categories' in err, err

    rules.write_text('[[rule]]\nid = "x"\nmin_severity = high\n', encoding="utf-8")
    err = run_worker_expecting_failure(
        pipeline, alert_env(tmp_path, MAMORI_ALERTS__RULES_PATH=str(rules))
    )
    assert "not valid TOML" in err and "line 3" in err, err


def test_an_unreachable_destination_stops_the_worker_with_a_clear_error(
    pipeline: PipelineEnv, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    dead = f"http://127.0.0.1:{free_port()}/hooks"
    env = alert_env(
        tmp_path,
        smtp=smtp_server,
        MAMORI_ALERTS__WEBHOOK__URL=dead,
        MAMORI_ALERTS__WEBHOOK__SECRET="whsec_" + "A" * 43 + "=",
    )
    err = run_worker_expecting_failure(pipeline, env)
    assert "unreachable at start" in err and "webhook" in err and "cannot connect" in err, err
    # Wrong mail password: refused at start as well, naming the reason.
    env = alert_env(tmp_path, smtp=smtp_server, MAMORI_ALERTS__EMAIL__PASSWORD="not-the-password")
    err = run_worker_expecting_failure(pipeline, env)
    assert "email" in err and "authentication failed" in err, err
    # A destination without its secret.
    env = alert_env(tmp_path, MAMORI_ALERTS__WEBHOOK__URL=dead)
    err = run_worker_expecting_failure(pipeline, env)
    assert "MAMORI_ALERTS__WEBHOOK__SECRET" in err, err


def test_digest_rules_send_one_quiet_summary(
    pipeline: PipelineEnv, ch_reader: Any, webhook_receiver: WebhookReceiver, tmp_path: Path
) -> None:
    """A digest rule collects a customer's matches and the worker's timer sends them
    together once the period passed; every match appears in exactly one digest."""
    rules = tmp_path / "alerts.toml"
    rules.write_text(
        'digest_minutes = 0.05\n[[rule]]\nid = "threat-digest"\n'
        'categories = ["violence_threat"]\ndigest = true\n',
        encoding="utf-8",
    )
    customer = "digest-customer"
    texts = ("お前の店に行って殺すぞ", "ぶっ殺してやるからな", "家族がどうなっても知らんぞ")
    lines = [
        orjson.dumps(contact(10 + i, customer, JST_START + timedelta(minutes=i), t))
        for i, t in enumerate(texts)
    ]
    env = alert_env(
        tmp_path,
        webhook_receiver,
        MAMORI_ALERTS__RULES_PATH=str(rules),
        MAMORI_ALERTS__DIGEST_CHECK_SECONDS="1",
    )
    db = pipeline.settings.clickhouse.database
    w = start_worker(pipeline, env, "digest-worker")
    try:
        publish(pipeline, lines)

        def items() -> list[str]:
            return [
                i["source_id"]
                for r in webhook_receiver.events()
                if r.event and r.event["type"] == "jp.mamori.alert.digest"
                for i in r.event["data"]["items"]
            ]

        wait_until(lambda: len(items()) >= 3, 90, "the digest")
        wait_until(
            lambda: {s for (_, d), (s, _) in ch_statuses(ch_reader, db).items()} == {"sent"},
            60,
            "digest status in ClickHouse",
        )
        time.sleep(4)  # a second flush of the same matches would arrive now
    finally:
        w.stop()
    events = webhook_receiver.events()
    assert all(r.error is None for r in events)
    assert {r.event["type"] for r in events} == {"jp.mamori.alert.digest"}  # nothing immediate
    assert len(items()) == len(set(items())) == 3
    digest = events[0].event["data"]
    assert digest["rule_id"] == "threat-digest" and digest["team"] == TEAM
    assert "まとめ" in digest["rendered"]["title"] and "Digest" in digest["rendered"]["title"]
