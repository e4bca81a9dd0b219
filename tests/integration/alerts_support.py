"""Helpers for the alert tests on the real pipeline: the worker's alert settings for the
test's own receivers, the alerts an uninterrupted run must deliver (the same rules over
the batch replay of the same input), and what ClickHouse recorded."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from fixtures.alert_receivers import SmtpServer, WebhookReceiver
from integration.pipeline_harness import PipelineEnv
from mamori.alerts.evaluate import AlertEvaluator, CustomerAlertState, no_teams
from mamori.alerts.model import Alert
from mamori.alerts.rules import load_rules
from mamori.detect.step import DetectionStep, build_engine, limits_from
from mamori.tools.replay import replay

TEAM = "東京第2チーム"


def alert_env(
    tmp_path: Path,
    webhook: WebhookReceiver | None = None,
    smtp: SmtpServer | None = None,
    **extra: str,
) -> dict[str, str]:
    staff = tmp_path / "staff.csv"
    staff.write_text(f"agent_id,team\nstaff-007,{TEAM}\n", encoding="utf-8")
    env = {
        "MAMORI_ALERTS__STAFF_DIRECTORY": str(staff),
        "MAMORI_ALERTS__BACKOFF_MAX_SECONDS": "2",
        "MAMORI_ALERTS__BACKOFF_INITIAL_SECONDS": "0.2",
    }
    if webhook is not None:
        env |= {
            "MAMORI_ALERTS__WEBHOOK__URL": webhook.url,
            "MAMORI_ALERTS__WEBHOOK__SECRET": webhook.secret,
        }
    if smtp is not None:
        env |= {
            "MAMORI_ALERTS__EMAIL__HOST": smtp.host,
            "MAMORI_ALERTS__EMAIL__PORT": str(smtp.port),
            "MAMORI_ALERTS__EMAIL__CAFILE": str(smtp.cafile),
            "MAMORI_ALERTS__EMAIL__USERNAME": smtp.username,
            "MAMORI_ALERTS__EMAIL__PASSWORD": smtp.password,
            "MAMORI_ALERTS__EMAIL__SENDER": "mamori@example.jp",
            "MAMORI_ALERTS__EMAIL__RECIPIENTS": json.dumps(["supervisors@example.jp"]),
            "MAMORI_ALERTS__EMAIL__MAX_PER_SECOND": "20",
        }
    return env | extra


def expected_alerts(pipe: PipelineEnv, lines: Iterable[bytes]) -> dict[str, Alert]:
    """Alert id → alert of every immediate (non-digest) alert the default rules give for
    ``lines``, evaluated customer by customer in stream order."""
    step = DetectionStep(build_engine(pipe.settings), limits_from(pipe.settings))
    result = replay(lines, step)
    evaluator = AlertEvaluator(load_rules(pipe.settings.alerts.rules_path), no_teams)
    states: dict[str, CustomerAlertState] = {}
    out: dict[str, Alert] = {}
    for ind in result.indicators:
        wire = ind.to_wire()
        state = states.setdefault(wire["customer_key"], CustomerAlertState())
        for a in evaluator.on_indicator(wire, state, 0.0):
            out[a.alert_id] = a
    for esc in result.escalations:
        wire = esc.to_wire()
        state = states.setdefault(wire["customer_key"], CustomerAlertState())
        for a in evaluator.on_escalation(wire, state, 0.0):
            out[a.alert_id] = a
    return out


def ch_statuses(ch: Any, db: str) -> dict[tuple[str, str], tuple[str, int]]:
    """(alert_id, destination) → (newest status, attempts)."""
    rows = ch.query(
        f"SELECT alert_id, destination, status, attempts FROM {db}.alerts FINAL"
    ).result_rows
    return {(r[0], r[1]): (r[2], int(r[3])) for r in rows}


def topic_status_history(pipe: Any) -> list[tuple[str, str, str]]:
    """Every delivery status the worker published, from its alert-status topic: the
    durable history (the ``alerts`` table keeps only the newest status per alert and
    destination once a background merge has run)."""
    from kafka import KafkaConsumer

    from mamori.messaging.kafka_config import kafka_python_kwargs

    consumer = KafkaConsumer(
        pipe.settings.kafka.alert_status_topic,
        auto_offset_reset="earliest",
        consumer_timeout_ms=5000,
        **kafka_python_kwargs(pipe.settings.kafka),
    )
    try:
        records = [orjson.loads(m.value) for m in consumer]
    finally:
        consumer.close()
    return [(r["alert_id"], r["destination"], r["status"]) for r in records]
