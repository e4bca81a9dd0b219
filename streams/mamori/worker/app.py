"""The Faust worker: contact events → detection → indicator topics → ClickHouse.

Agents only decode, call the shared detection step, re-set one table value and
send; all logic lives in :mod:`mamori.detect` (the replay runs the same code).

Topology (every topic keyed by customer, so one customer's events, state and
indicators stay on one partition and one worker):

    contact-events ──detect──► harassment-indicators ──sink──► ClickHouse indicators
          │                ├─► customer-escalations  ──sink──► ClickHouse escalations
          │                └─► table customer-state (changelog = recovery on restart/rebalance)
          └─(malformed)──────► contact-events-dlq     ──sink──► ClickHouse dead_letters

The ClickHouse sinks read their own topics and acknowledge a batch only after it
is stored, so a ClickHouse outage only builds lag (backpressure) — nothing is dropped.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import faust
import orjson

from mamori.detect.state import CustomerState
from mamori.detect.step import DetectionStep, build_engine, limits_from
from mamori.domain.validation import Rejection
from mamori.messaging.kafka_config import faust_broker_kwargs
from mamori.settings import Settings, get_settings
from mamori.worker.dlq import dead_letter
from mamori.worker.health import Counters
from mamori.worker.sinks import install_sink_agents

log = logging.getLogger("mamori.worker")


class _Batch:
    """Per-batch working set: each customer's newest state and source partition."""

    __slots__ = ("events", "states")

    def __init__(self) -> None:
        self.events = 0
        self.states: dict[bytes, tuple[int, CustomerState]] = {}


def create_app(settings: Settings | None = None) -> faust.App:
    settings = settings or get_settings()
    k = settings.kafka
    # Faust creates only the last directory level; on a fresh clone .local/ is absent.
    settings.state_dir.mkdir(parents=True, exist_ok=True)
    app = faust.App(
        settings.app_id,
        **faust_broker_kwargs(k),
        store="memory://",
        datadir=str(settings.state_dir),
        key_serializer="raw",
        value_serializer="raw",
        topic_partitions=k.partitions,
        topic_replication_factor=k.replication_factor,
        topic_allow_declare=True,
        topic_disable_leader=True,
        consumer_auto_offset_reset="earliest",
        # Kafka's group.min.session.timeout.ms is 6 s: Faust's must not be below it.
        broker_session_timeout=10.0,
        broker_heartbeat_interval=3.0,
        broker_commit_interval=1.0,
        producer_acks=-1,
        web_enabled=False,
        table_standby_replicas=0,
        processing_guarantee="at_least_once",
        stream_buffer_maxsize=16384,
        broker_max_poll_records=2000,
        producer_linger=0.005,
        producer_max_batch_size=262144,
    )
    step = DetectionStep(build_engine(settings), limits_from(settings))
    counters = Counters()
    app.mamori_counters = counters  # type: ignore[attr-defined]

    contacts = app.topic(k.contact_topic, internal=False)
    indicators_topic = app.topic(k.indicator_topic, partitions=k.partitions, internal=True)
    escalations_topic = app.topic(k.escalation_topic, partitions=k.partitions, internal=True)
    dlq_topic = app.topic(k.dlq_topic, partitions=1, internal=True)
    # One compact value per customer (bytes), keyed by the pseudonym: the changelog
    # never holds a raw customer id. Co-partitioned with contact-events.
    customer_state = app.Table(
        "customer-state", partitions=k.partitions, key_type=bytes, value_type=bytes
    )

    @app.agent(contacts)
    async def detect(stream: Any) -> None:
        # Batches amortise Faust's per-event cost; within a batch events are handled
        # one by one in partition order, and each customer's state value is written
        # once per batch. take_events acknowledges the batch only after this body
        # has sent everything (at-least-once; detection is idempotent).
        async for events in stream.take_events(settings.detect_batch_size, within=0.05):
            batch = _Batch()
            now = datetime.now(UTC)
            for event in events:
                _handle(event, batch, now)
            for key, (partition, state) in batch.states.items():
                _store_state(key, partition, state)
            counters.events += batch.events

    def _handle(event: Any, batch: _Batch, now: datetime) -> None:
        raw: bytes = event.value if isinstance(event.value, bytes) else b""
        msg = event.message
        decoded = step.decode(raw, now)
        if isinstance(decoded, Rejection):
            counters.dead_letters += 1
            value, headers = dead_letter(
                raw, decoded.reason, decoded.detail, msg.topic, msg.partition, msg.offset
            )
            dlq_topic.send_soon(key=msg.key, value=value, headers=headers)
            return
        key = step.customer_key(decoded).encode()
        if key in batch.states:
            state: CustomerState | None = batch.states[key][1]
        else:
            stored = customer_state.data.get(key)
            state = CustomerState.from_bytes(stored) if stored else None
        detection = step.detect(decoded, state, now)
        batch.states[key] = (msg.partition, detection.state)
        # Buffered sends: Faust flushes the producer before it commits any offset,
        # so nothing is acknowledged before its outputs are in Kafka.
        for ind in detection.indicators:
            indicators_topic.send_soon(key=key, value=orjson.dumps(ind.to_wire()))
        for esc in detection.escalations:
            escalations_topic.send_soon(key=key, value=orjson.dumps(esc.to_wire()))
        batch.events += 1
        counters.indicators += len(detection.indicators)
        counters.escalations += len(detection.escalations)

    def _store_state(key: bytes, partition: int, state: CustomerState) -> None:
        # Equivalent of ``table[key] = value`` with the customer's own source
        # partition (Faust would take the partition of the *current* event, which
        # in a batch may belong to another customer). Idle customers are deleted,
        # which keeps the table bounded by the customers active in the windows.
        if state.is_idle():
            if key in customer_state.data:
                del customer_state.data[key]
                customer_state.send_changelog(partition, key, None, value_serializer="raw")
            return
        value = state.to_bytes()
        customer_state.data[key] = value
        customer_state.send_changelog(partition, key, value)

    install_sink_agents(app, settings, indicators_topic, escalations_topic, dlq_topic, counters)
    return app
