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


def _alert() -> Alert:
    return Alert(
        alert_id="msg_2",
        rule_id="r",
        kind="indicator",
        source_id="i",
        customer_key="c_1",
        occurred_at="2026-07-06T01:00:00.000Z",
    )


def test_settle_keeps_pending_destinations_in_the_outbox() -> None:
    from mamori.alerts.delivery import settle

    now = datetime(2026, 7, 6, 1, 0, 10, tzinfo=UTC)
    outcomes = [
        Outcome("msg_2", "webhook", "sent", 1, sent_at=now),
        Outcome("msg_2", "email", "retrying", 3, "timeout", None, 0.5),
    ]
    statuses, outbox = settle(
        _alert(), outcomes, now, None, give_up_after=60, backoff_initial=0.5, backoff_max=30
    )
    assert [(s["destination"], s["status"]) for s in statuses] == [
        ("webhook", "sent"),
        ("email", "retrying"),
    ]
    assert outbox is not None and outbox["pending"] == ["email"] and outbox["attempts"] == 3
    assert outbox["first_failed_at"] == now.timestamp()
    assert outbox["next_attempt_at"] == now.timestamp() + 2.0  # backoff(3) = 0.5 * 4


def test_settle_gives_up_after_the_limit_and_records_failed() -> None:
    from mamori.alerts.delivery import settle

    now = datetime(2026, 7, 6, 2, 0, tzinfo=UTC)
    first = now.timestamp() - 3600
    outcomes = [Outcome("msg_2", "webhook", "queued", 9, "rate limit", None, 1.0)]
    statuses, outbox = settle(
        _alert(), outcomes, now, first, give_up_after=3600, backoff_initial=0.5, backoff_max=30
    )
    assert outbox is None
    assert statuses[0]["status"] == "failed" and "gave up after 3600s" in statuses[0]["error"]


def test_settle_without_destinations_records_the_alert_as_undelivered() -> None:
    from mamori.alerts.delivery import settle

    now = datetime(2026, 7, 6, 2, 0, tzinfo=UTC)
    statuses, outbox = settle(
        _alert(), [], now, None, give_up_after=60, backoff_initial=0.5, backoff_max=30
    )
    assert outbox is None
    assert [(s["destination"], s["status"]) for s in statuses] == [("", "undelivered")]
