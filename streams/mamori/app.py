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
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import click
import faust
import orjson

from mamori.detect.state import CustomerState
from mamori.kafka_config import faust_broker_kwargs
from mamori.pipeline import DetectionStep, build_engine, limits_from
from mamori.settings import Settings, get_settings
from mamori.validation import Rejection

if TYPE_CHECKING:
    from mamori.alerts.agents import AlertParts

log = logging.getLogger("mamori.worker")

#: Headers of a dead-letter record; its value is the original bytes, unchanged.
DLQ_REASON_HEADER = "mamori-dlq-reason"
DLQ_DETAIL_HEADER = "mamori-dlq-detail"
DLQ_SOURCE_HEADER = "mamori-dlq-source"
#: Original size in bytes, present when the value is only the record's first bytes.
DLQ_TRUNCATED_HEADER = "mamori-dlq-truncated"
#: A record over this is dead-lettered as its first bytes: the whole value would
#: exceed the producer's and the DLQ topic's message size limits and stall the agent.
DLQ_MAX_VALUE_BYTES = 900_000


class _Batch:
    """Per-batch working set: each customer's newest state and source partition."""

    __slots__ = ("events", "states")

    def __init__(self) -> None:
        self.events = 0
        self.states: dict[bytes, tuple[int, CustomerState]] = {}


class Counters:
    """Worker totals since start, for pipeline_stats and the demo summary."""

    def __init__(self) -> None:
        self.events = 0
        self.dead_letters = 0
        self.indicators = 0
        self.escalations = 0


def faust_app(settings: Settings, app_id: str) -> faust.App:
    """A Faust app (= consumer group ``app_id``) with the worker's broker and stream settings."""
    k = settings.kafka
    # Faust creates only the last directory level; on a fresh clone .local/ is absent.
    settings.state_dir.mkdir(parents=True, exist_ok=True)
    return faust.App(
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
        broker_max_poll_records=2000,
        producer_linger=0.005,
        producer_max_batch_size=262144,
    )


def create_app(
    settings: Settings | None = None,
    alerts: AlertParts | None = None,
    *,
    with_alerts: bool = True,
) -> faust.App:
    """The worker's Faust app: detection and the ClickHouse sinks, and (``with_alerts``)
    the alert agents. ``alerts``: the alert rules and destinations, built and checked by
    the caller (``mamori worker`` refuses to start on a bad rules file or an unreachable
    destination); built here when not given and alerts are enabled."""
    settings = settings or get_settings()
    k = settings.kafka
    app = faust_app(settings, settings.app_id)
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
            headers = {
                DLQ_REASON_HEADER: decoded.reason.encode(),
                DLQ_DETAIL_HEADER: decoded.detail.encode(),
                DLQ_SOURCE_HEADER: f"{msg.topic}/{msg.partition}/{msg.offset}".encode(),
            }
            if len(raw) > DLQ_MAX_VALUE_BYTES:
                headers[DLQ_TRUNCATED_HEADER] = str(len(raw)).encode()
            dlq_topic.send_soon(key=msg.key, value=raw[:DLQ_MAX_VALUE_BYTES], headers=headers)
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

    from mamori.sink_agents import install_sink_agents

    install_sink_agents(app, settings, indicators_topic, escalations_topic, dlq_topic, counters)
    if with_alerts and settings.alerts.enabled:
        from mamori.alerts.agents import AlertParts, install_alert_agents

        install_alert_agents(app, settings, alerts or AlertParts(settings, staff_teams(settings)))
    return app


def create_alerts_app(settings: Settings, alerts: AlertParts) -> faust.App:
    """Only the alert agents, as their own consumer group (``<app_id>-alerts``): run
    beside ``--role detect`` workers so alerts never queue behind a backlog of contact
    events in the same process (docs/alerts.md)."""
    from mamori.alerts.agents import install_alert_agents

    app = faust_app(settings, f"{settings.app_id}-alerts")
    install_alert_agents(app, settings, alerts)
    return app


@click.command("worker")
@click.option("--loglevel", default="info", show_default=True)
@click.option(
    "--role",
    type=click.Choice(["all", "detect", "alerts"]),
    default="all",
    show_default=True,
    help="all = detection, sinks and alerts in one process; detect / alerts = one part each "
    "(alerts then run in their own consumer group).",
)
def worker_command(loglevel: str, role: str) -> None:
    """Run the Faust worker (detection + ClickHouse sinks + alerts) until stopped."""
    from mamori.publish import ensure_topics

    settings = get_settings()
    alerts = _alert_parts(settings) if role != "detect" else None
    if role == "alerts" and alerts is None:
        raise click.ClickException("--role alerts with MAMORI_ALERTS__ENABLED=false")
    ensure_topics(settings.kafka)
    if role == "alerts":
        assert alerts is not None
        app = create_alerts_app(settings, alerts)
    else:
        app = create_app(settings, alerts, with_alerts=role == "all")
    started = time.monotonic()
    log.info("worker %s starting", settings.app_id)
    worker = faust.Worker(app, loglevel=loglevel.upper(), quiet=True)
    # Faust's terminal spinner lowers the root logger to DEBUG so that it can spin on
    # every record: aiokafka and Faust then build a LogRecord per message sent
    # (~10 % of the worker's CPU in py-spy). A service has no terminal to spin on.
    worker.spinner = None
    try:
        worker.execute_from_commandline()
    finally:
        log.info("worker stopped after %.0fs", time.monotonic() - started)


def _alert_parts(settings: Settings) -> AlertParts | None:
    """Rules, destinations and (unless turned off) a reachability probe, before anything
    starts: a bad rules file or a dead receiver is an error now, not a silent worker."""
    if not settings.alerts.enabled:
        return None
    from mamori.alerts.agents import AlertParts
    from mamori.alerts.config import AlertsConfigError

    try:
        parts = AlertParts(settings, staff_teams(settings))
        if settings.alerts.check_at_start:
            parts.preflight()
    except AlertsConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    log.info(
        "alerts: %d rules, destinations %s",
        len(parts.evaluator.rules.active),
        sorted(parts.deliverer.destinations) or "none (alerts recorded as undelivered)",
    )
    return parts


def staff_teams(settings: Settings) -> dict[str, str] | None:
    """The staff directory (``MAMORI_ALERTS__STAFF_DIRECTORY``) as agent_key → team."""
    path = settings.alerts.staff_directory
    if path is None:
        return None
    from mamori.export import read_teams

    try:
        return read_teams(path, settings.pseudonym_secret)
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"staff directory {path}: {exc}") from exc
