"""The Faust worker: contact events → detection → indicator topics → ClickHouse.

This module only wires Faust: the app, its topics, the customer-state table and the
agents. The per-batch logic is :class:`~mamori.worker.handler.DetectHandler` (no Faust,
unit-tested with in-memory records), the detection itself :mod:`mamori.detect` (the
replay runs the same code); Faust's objects are converted in
:mod:`mamori.worker.faust_adapter`.

Topology (every topic keyed by customer, so one customer's events, state and
indicators stay on one partition and one worker):

    contact-events ──detect──► harassment-indicators ──sink──► ClickHouse indicators
          │                ├─► customer-escalations  ──sink──► ClickHouse escalations
          │                └─► table customer-state (changelog = recovery on restart/rebalance)
          └─(malformed)──────► contact-events-dlq     ──sink──► ClickHouse dead_letters

The ClickHouse sinks read their own topics and acknowledge a batch only after it
is stored, so a ClickHouse outage only builds lag (backpressure) — nothing is dropped.
They run in the detecting process, or in a process of their own (``parts`` without
``detect``: consumer group ``<app_id>-sinks``), so that at a high rate their small
batches do not wait behind the contact events in one event loop and one consumer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Final

import faust

from mamori.detect.step import DetectionStep, build_engine, limits_from
from mamori.messaging.kafka_config import faust_broker_kwargs
from mamori.messaging.producer_drain import draining_producer
from mamori.settings import Settings, get_settings
from mamori.worker.faust_adapter import OutputTopics, TableState, contact_records, send_output
from mamori.worker.handler import DetectHandler
from mamori.worker.health import Counters
from mamori.worker.heap import release_freed_heap
from mamori.worker.sinks import install_pipeline_stats, install_sink_agents, storage_for
from mamori.worker.transport import mamori_transport

log = logging.getLogger("mamori.worker")

#: Partition batches buffered per agent before the consumer waits (backpressure).
BATCHES_BUFFERED = 8

#: What one worker process can run (``mamori worker --role``); the alert agents are
#: installed by the command (mamori.alerts).
DETECT: Final = "detect"
SINKS: Final = "sinks"


def faust_app(
    settings: Settings, app_id: str, batched_topics: frozenset[str] = frozenset()
) -> faust.App:
    """A Faust app (= consumer group ``app_id``) with the worker's broker and stream
    settings; the alert agents run on one of these too (``mamori worker --role alerts``).
    ``batched_topics`` arrive as one Faust event per partition poll (worker.batching)."""
    k = settings.kafka
    # Faust creates only the last directory level; on a fresh clone .local/ is absent.
    settings.state_dir.mkdir(parents=True, exist_ok=True)
    app = faust.App(
        app_id,
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
        # Records per poll: a partition batch of the detect agent is at most this.
        broker_max_poll_records=settings.detect_batch_size,
        producer_linger=0.005,
        producer_max_batch_size=262144,
    )
    app.transport = mamori_transport(app, batched_topics)
    return app


def create_app(
    settings: Settings | None = None, parts: frozenset[str] = frozenset({DETECT, SINKS})
) -> faust.App:
    """The worker's app running ``parts``: detection, the ClickHouse sinks, or both.
    With detection the group is ``app_id``; the sinks alone are ``<app_id>-sinks``
    (their own offsets: a sinks process never shares partitions with detection)."""
    settings = settings or get_settings()
    if not parts or not parts <= {DETECT, SINKS}:
        raise ValueError(f"worker parts must be a non-empty subset of detect, sinks: {parts}")
    k = settings.kafka
    step = DetectionStep(build_engine(settings), limits_from(settings)) if DETECT in parts else None
    if step is not None:
        release_freed_heap()  # the build's temporaries, before the worker's buffers grow
    sink_topics = {k.indicator_topic, k.escalation_topic, k.dlq_topic}
    read_topics = ({k.contact_topic} if DETECT in parts else set()) | (
        sink_topics if SINKS in parts else set()
    )
    # The topics the agents read arrive as one Faust event per partition poll
    # (worker.batching); a few such events buffered are thousands of records.
    # The sinks alone are a group (and pipeline_stats worker names) of their own.
    suffix = "" if DETECT in parts else "-sinks"
    app = faust_app(settings, f"{settings.app_id}{suffix}", frozenset(read_topics))
    counters = Counters()
    app.mamori_counters = counters  # type: ignore[attr-defined]
    storage = storage_for(app, settings)

    if step is not None:
        contacts = app.topic(k.contact_topic, internal=False, maxsize=BATCHES_BUFFERED)
        _install_detect_agent(
            app,
            settings,
            step,
            counters,
            contacts,
            # Without sinks in this process, a handled batch is its progress (health file).
            on_batch=None if SINKS in parts else storage.progressed,
        )
    if SINKS in parts:
        indicators_topic = app.topic(
            k.indicator_topic, partitions=k.partitions, internal=True, maxsize=BATCHES_BUFFERED
        )
        escalations_topic = app.topic(
            k.escalation_topic, partitions=k.partitions, internal=True, maxsize=BATCHES_BUFFERED
        )
        dlq_topic = app.topic(k.dlq_topic, partitions=1, internal=True, maxsize=BATCHES_BUFFERED)
        install_sink_agents(app, settings, storage, indicators_topic, escalations_topic, dlq_topic)
    # Lag of the topics this process reads; not the table changelog, which it writes.
    install_pipeline_stats(app, settings, storage, counters, read_topics, suffix)
    return app


def _install_detect_agent(
    app: faust.App,
    settings: Settings,
    step: DetectionStep,
    counters: Counters,
    contacts: Any,
    on_batch: Callable[[], None] | None,
) -> None:
    # One compact value per customer (bytes), keyed by the pseudonym: the changelog
    # never holds a raw customer id. Co-partitioned with contact-events.
    customer_state = app.Table(
        "customer-state", partitions=settings.kafka.partitions, key_type=bytes, value_type=bytes
    )
    handler = DetectHandler(step)
    state = TableState(customer_state)
    k = settings.kafka
    topics = OutputTopics(
        indicators=k.indicator_topic,
        escalations=k.escalation_topic,
        dead_letters=k.dlq_topic,
        contacts=k.contact_topic,
        state_changelog=customer_state.changelog_topic.get_topic_name(),
    )

    @app.agent(contacts)
    async def detect(stream: Any) -> None:
        sender = draining_producer(app.producer)
        # One event = one partition's records of one poll, acknowledged (and so
        # committed) only after this body has handled it and handed every output to
        # the Kafka client, whose flush precedes each commit (messaging.producer_drain).
        # The client's full batches are the backpressure: a send waits while its
        # partition's batch is full.
        async for event in stream.events():
            out = handler.handle(contact_records(event), state, datetime.now(UTC))
            await send_output(out, sender, topics)
            state.apply(out)
            counters.add(out)
            if on_batch is not None:
                on_batch()
