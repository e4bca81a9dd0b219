"""Pacing and status ordering with explicit times."""

from __future__ import annotations

from datetime import UTC, datetime

from mamori.alerts.delivery import Outcome, backoff, status_record, status_row
from mamori.alerts.model import Alert
from mamori.alerts.ratelimit import Pacer, batches


def test_pacer_spaces_messages_evenly() -> None:
    p = Pacer(1.0)
    assert p.delay(100.0) == 0.0
    p.take(100.0)
    assert p.delay(100.25) == 0.75
    p.take(101.0)
    assert p.delay(101.0) == 1.0
    assert p.delay(105.0) == 0.0  # idle time does not build up a burst allowance
    p.take(105.0)
    assert p.delay(105.0) == 1.0


def test_batches_keep_order_and_lose_nothing() -> None:
    items = list(range(25))
    parts = batches(items, 10)
    assert [len(b) for b in parts] == [10, 10, 5] and sum(parts, []) == items


def test_backoff_doubles_up_to_the_cap() -> None:
    assert [backoff(n, 0.5, 3.0) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_status_version_orders_by_time_and_sent_wins_a_tie() -> None:
    alert = Alert(
        alert_id="msg_1",
        rule_id="r",
        kind="indicator",
        source_id="i",
        customer_key="c_1",
        occurred_at="2026-07-06T01:00:00.000Z",
        detected_at="2026-07-06T01:00:00.000Z",
    )
    at = datetime(2026, 7, 6, 1, 0, 1, tzinfo=UTC)
    retrying = status_row(status_record(alert, Outcome("msg_1", "webhook", "retrying", 1), at))
    sent = status_row(status_record(alert, Outcome("msg_1", "webhook", "sent", 2, sent_at=at), at))
    assert sent[-1] > retrying[-1]
    assert sent[17] == 1000.0  # latency_ms from the source's detected_at
