"""Alert delivery under faults, on the real broker, worker, HTTP receiver and ClickHouse:
the receiver down for 30 s under load, and ``kill -9`` of the worker mid-stream. The
reference is an uninterrupted run of the same rules over the batch replay of the same
input (the same code the worker runs)."""

from __future__ import annotations

import time
from collections import defaultdict
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest

from fixtures.alert_receivers import WebhookReceiver
from integration.alerts_support import (
    alert_env,
    ch_statuses,
    expected_alerts,
    topic_status_history,
)
from integration.pipeline_harness import JST_START, PipelineEnv, contact, wait_until

from .helpers import BackgroundPublisher, wait_ready, worker

pytestmark = [pytest.mark.kafka, pytest.mark.clickhouse, pytest.mark.slow]

THREATS = ("お前の店に行って殺すぞ", "ぶっ殺してやるからな", "家族がどうなっても知らんぞ")


def loaded_stream(count: int, threats: int, seed: int) -> list[bytes]:
    """Synthetic contacts with ``threats`` chat threats from distinct customers mixed in."""
    from mamori.tools.synthetic import synthetic_lines

    base = list(synthetic_lines(count, customers=max(50, count // 5), seed=seed))
    extra = [
        orjson.dumps(
            contact(
                seed * 100_000 + i,
                f"s{seed}-threat-{i:04d}",
                JST_START + timedelta(seconds=7 * i),
                THREATS[i % len(THREATS)],
            )
        )
        for i in range(threats)
    ]
    step = max(1, len(base) // max(1, threats))
    out: list[bytes] = []
    for i, line in enumerate(base):
        out.append(line)
        if i % step == 0 and extra:
            out.append(extra.pop())
    return out + extra


def received_by_id(receiver: WebhookReceiver) -> dict[str, set[bytes]]:
    got: dict[str, set[bytes]] = defaultdict(set)
    for r in receiver.events():
        assert r.error is None, r.error  # every request verified with standardwebhooks
        got[r.headers["webhook-id"]].add(r.body)
    return got


def test_receiver_down_30s_under_load_everything_arrives_afterwards(
    pipeline: PipelineEnv, ch_reader: Any, webhook_receiver: WebhookReceiver, tmp_path: Path
) -> None:
    lines = loaded_stream(3000, 300, seed=61)
    expected = expected_alerts(pipeline, lines)
    assert len(expected) > 300
    db = pipeline.settings.clickhouse.database
    w = worker(pipeline, "alerts-outage", **alert_env(tmp_path, webhook_receiver))
    w.start()
    try:
        wait_ready(w)
        with BackgroundPublisher(pipeline, lines, rate=100):
            wait_until(lambda: len(received_by_id(webhook_receiver)) >= 10, 90, "first alerts")
            webhook_receiver.stop()  # connection refused from now on
            down_at = time.monotonic()
            time.sleep(30)
            during = len(webhook_receiver.events())
            webhook_receiver.start()
            assert time.monotonic() - down_at >= 30
        wait_until(
            lambda: set(received_by_id(webhook_receiver)) >= set(expected),
            240,
            "every alert after the outage",
        )
        wait_until(
            lambda: all(
                ch_statuses(ch_reader, db).get((a, "webhook"), ("", 0))[0] == "sent"
                for a in expected
            ),
            120,
            "sent statuses in ClickHouse",
        )
    finally:
        w.stop()
    got = received_by_id(webhook_receiver)
    assert set(got) == set(expected), (len(got), len(expected))
    # A webhook-id delivered twice carries the same bytes (a receiver can deduplicate).
    assert all(len(bodies) == 1 for bodies in got.values())
    assert during < len(expected), "the outage must land while alerts were still coming"
    # The history from the status topic: a merge may already have collapsed the table's.
    history = topic_status_history(pipeline)
    retried = {a for a, d, s in history if s == "retrying"}
    assert retried, "the outage left no retrying status"
    assert {s for a, d, s in history if a in retried} >= {"retrying", "sent"}
    final = ch_statuses(ch_reader, db)
    assert {final[(a, "webhook")][0] for a in expected} == {"sent"}
    # Retried alerts record their attempts across rounds.
    assert max(final[(a, "webhook")][1] for a in retried) > 1


def test_kill_9_mid_stream_delivers_the_uninterrupted_set(
    pipeline: PipelineEnv, ch_reader: Any, webhook_receiver: WebhookReceiver, tmp_path: Path
) -> None:
    lines = loaded_stream(3000, 300, seed=71)
    expected = expected_alerts(pipeline, lines)
    w = worker(pipeline, "alerts-crashy", **alert_env(tmp_path, webhook_receiver))
    w.start()
    try:
        wait_ready(w)
        with BackgroundPublisher(pipeline, lines, rate=150) as publisher:
            wait_until(
                lambda: len(received_by_id(webhook_receiver)) >= len(expected) // 4,
                120,
                "a quarter of the alerts",
            )
            w.stop(kill=True)  # SIGKILL: no shutdown, no final commit
            assert not w.running()
            at_kill = len(received_by_id(webhook_receiver))
            assert at_kill < len(expected), "the kill must land mid-stream"
            time.sleep(3)
            w.start()
            wait_ready(w)
            publisher.join()
        wait_until(
            lambda: set(received_by_id(webhook_receiver)) >= set(expected),
            240,
            "every alert after the restart",
        )
        time.sleep(3)  # any late duplicate would show up now
    finally:
        w.stop()
    got = received_by_id(webhook_receiver)
    assert set(got) == set(expected)
    # Duplicates only as exact redeliveries: one body per webhook-id.
    assert all(len(bodies) == 1 for bodies in got.values())
    # What the receiver got is what the rules say for that id.
    for alert_id, bodies in got.items():
        data = orjson.loads(next(iter(bodies)))["data"]
        assert data["rule_id"] == expected[alert_id].rule_id
        assert data["source_id"] == expected[alert_id].source_id
