"""Faust agents for supervisor alerts (docs/alerts.md): only decode, call the pure
modules of :mod:`mamori.alerts`, re-set one table value and send. Installed on the
worker's app by the ``mamori worker`` command.

    harassment-indicators ─┐
                           ├─evaluate (table alert-state)─► alerts ─deliver─► destinations
    customer-escalations ──┘                                  │            │
                                                               │            └─► alerts-outbox ─retry─┐
                                                               └──────── alert-status ◄──────────────┘
                                                                               └─sink─► ClickHouse alerts

Alerts read the indicator and escalation topics, never ClickHouse: an alert waits for
no sink and no dashboard refresh. Every agent acknowledges a batch only after its
outputs are in Kafka (sends are flushed before Faust commits), so a crash repeats work
with the same alert ids rather than losing it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import faust
import orjson

from mamori.alerts.batch import AlertBatchHandler, AlertStateWrite, state_write, unpack
from mamori.alerts.config import (
    AlertsConfigError,
    build_destinations,
    build_evaluator,
    check_rule_destinations,
)
from mamori.alerts.delivery import STATUS_COLUMNS, Deliverer, settle, status_row
from mamori.alerts.evaluate import AlertEvaluator
from mamori.alerts.model import Alert
from mamori.messaging.producer_drain import draining_producer
from mamori.settings import Settings
from mamori.storage.writer import BatchWriter

log = logging.getLogger("mamori.alerts")


class AlertParts:
    """What the agents need, built (and checked) before the worker starts.
    ``teams``: the staff directory (agent_key → team), read by the caller."""

    def __init__(self, settings: Settings, teams: Mapping[str, str] | None = None) -> None:
        self.evaluator: AlertEvaluator = build_evaluator(settings, teams)
        destinations = build_destinations(settings.alerts)
        check_rule_destinations(self.evaluator, destinations)
        cfg = settings.alerts
        self.deliverer = Deliverer(
            destinations,
            attempts=cfg.attempts,
            backoff_initial=cfg.backoff_initial_seconds,
            backoff_max=cfg.backoff_max_seconds,
            max_wait=cfg.max_pacing_wait_seconds,
        )
        # The outbox makes one attempt per round and waits for rate-limit slots (it
        # shares the agent's pacing, so together they keep each destination's limit);
        # its own idea of which receiver is down.
        self.retrier = Deliverer(
            destinations,
            attempts=1,
            backoff_initial=cfg.backoff_initial_seconds,
            backoff_max=cfg.backoff_max_seconds,
            share_pacing_with=self.deliverer,
        )

    def preflight(self) -> None:
        """Refuse to start if a configured destination cannot be reached."""
        problems = asyncio.run(self.deliverer.probe())
        if problems:
            raise AlertsConfigError(
                "alert destinations unreachable at start (MAMORI_ALERTS__CHECK_AT_START=false "
                "to start anyway):\n  " + "\n  ".join(f"{k}: {v}" for k, v in problems.items())
            )


def _records(events: Any) -> list[tuple[str, int, int, bytes, bytes]]:
    """(topic, partition, offset, key, value) of each record the events carry. The
    worker delivers the indicator and escalation topics as one event per partition
    poll (``worker.batching``: the message carries ``records``); other apps deliver one
    record per event."""
    out: list[tuple[str, int, int, bytes, bytes]] = []
    for event in events:
        msg = event.message
        batch = getattr(msg, "records", None)
        if batch is None:
            value = event.value if isinstance(event.value, bytes) else b""
            out.append((msg.topic, msg.partition, msg.offset, msg.key or b"", value))
        else:
            out.extend(
                (r.topic, r.partition, r.offset, r.key or b"", r.value or b"") for r in batch
            )
    return out


def install_alert_agents(app: faust.App, settings: Settings, parts: AlertParts) -> None:
    k = settings.kafka
    cfg = settings.alerts
    evaluator, deliverer, retrier = parts.evaluator, parts.deliverer, parts.retrier
    sources = app.topic(
        k.indicator_topic, k.escalation_topic, partitions=k.partitions, internal=True
    )
    alert_topic = app.topic(k.alert_topic, partitions=k.partitions, internal=True)
    outbox_topic = app.topic(k.alert_outbox_topic, partitions=k.partitions, internal=True)
    status_topic = app.topic(k.alert_status_topic, partitions=k.partitions, internal=True)
    alert_state = app.Table(
        "alert-state", partitions=k.partitions, key_type=bytes, value_type=bytes
    )

    #: Keys with a pending digest, so the timer does not decode every value each tick.
    #: A full scan now and then also finds values recovered from the changelog.
    digest_keys: set[bytes] = set()
    ticks = [0]

    changelog = alert_state.changelog_topic.get_topic_name()

    async def send_out(alerts: list[tuple[bytes, Alert]], writes: list[AlertStateWrite]) -> None:
        """The alerts handed to the Kafka client, then the state writes to the table
        (its local data now, its changelog once those alerts are delivered:
        messaging.producer_drain). A state restored after a crash is never ahead of the
        alerts it says were sent, so none is lost to a cool-down or a digest."""
        sender = draining_producer(app.producer)
        sent = [
            await sender.send_now(k.alert_topic, key, orjson.dumps(alert.to_wire()))
            for key, alert in alerts
        ]
        records: list[tuple[bytes, bytes | None, int]] = []
        for write in writes:
            key, value = write.key, write.value
            if write.has_digests:
                digest_keys.add(key)
            else:
                digest_keys.discard(key)
            if value is None:
                if key in alert_state.data:
                    del alert_state.data[key]
                    records.append((key, None, write.partition))
                continue
            alert_state.data[key] = value
            records.append((key, value, write.partition))
        await sender.send_after(sent, changelog, records)

    handler = AlertBatchHandler(evaluator, k.escalation_topic)

    @app.agent(sources)
    async def evaluate_alerts(stream: Any) -> None:
        async for events in stream.take_events(1000, within=0.02):
            out = handler.handle(_records(events), alert_state.data, time.time())
            await send_out(out.alerts, out.writes)

    @app.timer(interval=cfg.digest_check_seconds)  # type: ignore[untyped-decorator]  # faust decorators are untyped
    async def flush_digests() -> None:
        now = time.time()
        if ticks[0] % 10 == 0:
            digest_keys.update(alert_state.data.keys())
        ticks[0] += 1
        for key in list(digest_keys):
            raw = alert_state.data.get(key)
            if raw is None:
                digest_keys.discard(key)
                continue
            partition, state = unpack(raw)
            if not state.digests:
                digest_keys.discard(key)
                continue
            alerts = evaluator.flush_digests(key.decode(), state, now)
            if alerts:
                await send_out([(key, a) for a in alerts], [state_write(key, partition, state)])

    def send_status(key: bytes, records: list[dict[str, Any]]) -> None:
        for rec in records:
            status_topic.send_soon(key=key, value=orjson.dumps(rec))

    @app.agent(alert_topic)
    async def deliver_alerts(stream: Any) -> None:
        async for events in stream.take_events(500, within=0.02):
            batch: dict[str, tuple[bytes, Alert]] = {}
            for event in events:
                try:
                    alert = Alert.from_wire(orjson.loads(event.value))
                except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
                    log.exception("unreadable alert at %s", event.message.offset)
                    continue
                batch[alert.alert_id] = (event.message.key or b"", alert)  # redeliveries: once
            outcomes = await deliverer.deliver([a for _, a in batch.values()])
            now = datetime.now(UTC)
            by_alert: dict[str, list[Any]] = {}
            for o in outcomes:
                by_alert.setdefault(o.alert_id, []).append(o)
            for alert_id, (key, alert) in batch.items():
                statuses, retry = settle(
                    alert,
                    by_alert.get(alert_id, []),
                    now,
                    None,
                    give_up_after=cfg.give_up_after_seconds,
                    backoff_initial=cfg.backoff_initial_seconds,
                    backoff_max=cfg.backoff_max_seconds,
                )
                send_status(key, statuses)
                if retry is not None:
                    outbox_topic.send_soon(key=key, value=orjson.dumps(retry))

    @app.agent(outbox_topic)
    async def retry_alerts(stream: Any) -> None:
        async for events in stream.take_events(500, within=0.2):
            records = []
            for event in events:
                try:
                    records.append((event.message.key or b"", orjson.loads(event.value)))
                except orjson.JSONDecodeError:
                    log.exception("unreadable outbox record at %s", event.message.offset)
            if not records:
                continue
            # Wait for the latest due time of the batch (bounded by the backoff cap): the
            # records were queued in failure order, so they come due about together.
            due = max(r["next_attempt_at"] for _, r in records)
            wait = min(due - time.time(), cfg.backoff_max_seconds)
            if wait > 0:
                await asyncio.sleep(wait)
            alerts = {r["alert"]["alert_id"]: (key, r) for key, r in records}
            outcomes = await retrier.deliver(
                [Alert.from_wire(r["alert"]) for _, r in alerts.values()],
                only={a: r["pending"] for a, (_, r) in alerts.items()},
                prior_attempts={a: int(r["attempts"]) for a, (_, r) in alerts.items()},
            )
            now = datetime.now(UTC)
            by_alert: dict[str, list[Any]] = {}
            for o in outcomes:
                by_alert.setdefault(o.alert_id, []).append(o)
            for alert_id, (key, rec) in alerts.items():
                statuses, retry = settle(
                    Alert.from_wire(rec["alert"]),
                    by_alert.get(alert_id, []),
                    now,
                    float(rec["first_failed_at"]),
                    give_up_after=cfg.give_up_after_seconds,
                    backoff_initial=cfg.backoff_initial_seconds,
                    backoff_max=cfg.backoff_max_seconds,
                )
                send_status(key, statuses)
                if retry is not None:
                    outbox_topic.send_soon(key=key, value=orjson.dumps(retry))

    async def close_destinations(app: Any, *args: Any, signal: Any, **kwargs: Any) -> None:
        await deliverer.close()
        await retrier.close()
        await writer.close()

    # Faust's stub types the receiver as a union it cannot express; an async receiver is
    # what the signal awaits.
    app.on_before_shutdown.connect(close_destinations)  # type: ignore[arg-type]

    writer = BatchWriter(settings)
    table = f"{settings.clickhouse.database}.alerts"

    @app.agent(status_topic)
    async def sink_alert_status(stream: Any) -> None:
        sink = settings.sink
        async for events in stream.take_events(sink.max_batch_rows, within=sink.max_batch_seconds):
            rows = []
            for e in events:
                try:
                    rows.append(status_row(orjson.loads(e.value)))
                except (orjson.JSONDecodeError, KeyError, ValueError, TypeError):
                    log.exception("unreadable alert status at %s", e.message.offset)
            # Same contract as the other sinks: acknowledged only once stored.
            while True:
                try:
                    await writer.write(table, STATUS_COLUMNS, rows)
                    break
                except Exception:  # noqa: BLE001 - never acknowledge unstored rows
                    log.exception("ClickHouse sink stalled on %s", table)
                    await asyncio.sleep(sink.retry_max_seconds)
