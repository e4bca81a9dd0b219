"""Faust agents that move records from Kafka into ClickHouse, plus the health timer.

Each agent takes a batch (size or time bound), builds rows and awaits the writer,
which retries until ClickHouse has the batch. Faust acknowledges the batch's
offsets only after the loop body returns, so nothing is committed that is not
stored: a ClickHouse outage becomes consumer lag (backpressure), not loss.

The sinks run in the detecting process (``mamori worker``) or in one of their own
(``--role sinks``, consumer group ``<app_id>-sinks``); every worker process has the
health timer (``pipeline_stats`` rows and the health file).
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import faust
import orjson

from mamori.settings import Settings
from mamori.storage.rows import (
    DEAD_LETTER_COLUMNS,
    ESCALATION_COLUMNS,
    INDICATOR_COLUMNS,
    dead_letter_row,
    escalation_row,
    indicator_row,
)
from mamori.storage.writer import BatchWriter
from mamori.worker.dlq import (
    DLQ_DETAIL_HEADER,
    DLQ_REASON_HEADER,
    DLQ_SOURCE_HEADER,
    DLQ_TRUNCATED_HEADER,
)
from mamori.worker.faust_adapter import consumer_lag, records_in
from mamori.worker.health import PIPELINE_STATS_COLUMNS, Counters, write_health

log = logging.getLogger("mamori.sink")


class Storage:
    """One worker process's ClickHouse writer, and when it last made progress: a
    batch stored (sinks) or, in a process without sinks, a contact batch handled."""

    def __init__(self, settings: Settings) -> None:
        self.writer = BatchWriter(settings)
        self.retry_seconds = settings.sink.retry_max_seconds
        self.last_progress_at: float | None = None

    def progressed(self) -> None:
        self.last_progress_at = time.time()

    async def store(self, table: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
        """Write a batch, never giving up. Faust acknowledges a take_events batch even
        when the loop body raises, so an exception here would commit offsets of rows
        that were never stored: errors retrying cannot fix (missing migration, lost
        grant) stall the agent loudly instead — lag grows until an operator fixes it."""
        while True:
            try:
                await self.writer.write(table, columns, rows)
                if rows:
                    self.progressed()
                return
            except Exception:  # noqa: BLE001 - see docstring
                log.exception(
                    "ClickHouse sink stalled on %s; retrying in %.0fs", table, self.retry_seconds
                )
                await asyncio.sleep(self.retry_seconds)


def storage_for(app: faust.App, settings: Settings) -> Storage:
    """The process's :class:`Storage`, its HTTP sessions closed at shutdown."""
    storage = Storage(settings)

    async def close_writer(app: Any, *args: Any, signal: Any, **kwargs: Any) -> None:
        await storage.writer.close()  # the HTTP sessions of its clients, not left to the GC

    app.on_before_shutdown.connect(close_writer)  # type: ignore[arg-type]  # see alerts.agents
    return storage


def install_sink_agents(
    app: faust.App,
    settings: Settings,
    storage: Storage,
    indicators_topic: Any,
    escalations_topic: Any,
    dlq_topic: Any,
) -> None:
    sink = settings.sink
    store = storage.store
    database = settings.clickhouse.database

    def json_rows(
        events: list[Any], build: Callable[[dict[str, Any], int, int], tuple[Any, ...]]
    ) -> list[tuple[Any, ...]]:
        rows = []
        for r in records_in(events):
            try:
                rows.append(build(orjson.loads(r.value or b""), r.partition, r.offset))
            except (orjson.JSONDecodeError, KeyError, ValueError, TypeError):
                # Our own topic: a bad record is a bug upstream; keep it visible, never stall on it.
                log.exception("unreadable record at %s/%s", r.partition, r.offset)
        return rows

    @app.agent(indicators_topic)
    async def sink_indicators(stream: Any) -> None:
        async for events in stream.take_events(sink.max_batch_rows, within=sink.max_batch_seconds):
            await store(
                f"{database}.indicators", INDICATOR_COLUMNS, json_rows(events, indicator_row)
            )

    @app.agent(escalations_topic)
    async def sink_escalations(stream: Any) -> None:
        async for events in stream.take_events(sink.max_batch_rows, within=sink.max_batch_seconds):
            await store(
                f"{database}.escalations", ESCALATION_COLUMNS, json_rows(events, escalation_row)
            )

    @app.agent(dlq_topic)
    async def sink_dead_letters(stream: Any) -> None:
        async for events in stream.take_events(sink.max_batch_rows, within=sink.max_batch_seconds):
            rows = []
            for r in records_in(events):
                # "topic/partition/offset" of the original record (topic names have no "/").
                parts = r.headers.get(DLQ_SOURCE_HEADER, b"").decode("utf-8", "replace").split("/")
                truncated = r.headers.get(DLQ_TRUNCATED_HEADER)
                rows.append(
                    dead_letter_row(
                        reason=r.headers.get(DLQ_REASON_HEADER, b"").decode("utf-8", "replace"),
                        detail=r.headers.get(DLQ_DETAIL_HEADER, b"").decode("utf-8", "replace"),
                        source_topic=parts[0] if len(parts) == 3 else settings.kafka.contact_topic,
                        partition=int(parts[1]) if len(parts) == 3 else r.partition,
                        offset=int(parts[2]) if len(parts) == 3 else r.offset,
                        size_bytes=int(truncated) if truncated else len(r.value or b""),
                        received_at=datetime.fromtimestamp(r.timestamp, UTC)
                        if r.timestamp
                        else datetime.now(UTC),
                    )
                )
            await store(f"{database}.dead_letters", DEAD_LETTER_COLUMNS, rows)


def install_pipeline_stats(
    app: faust.App,
    settings: Settings,
    storage: Storage,
    counters: Counters,
    read_topics: set[str],
    name_suffix: str = "",
) -> None:
    """Every 5 s: a ``pipeline_stats`` row (this process's events, dead letters and
    indicators since the last row, and the lag of ``read_topics``) and the health file."""
    writer = storage.writer
    database = settings.clickhouse.database
    health_path = settings.health_path()
    # The pid tells apart several workers of one group on the same host (scale-out).
    worker_name = f"{socket.gethostname()}-{settings.app_id}-{os.getpid()}{name_suffix}"
    last = {"t": time.monotonic(), "events": 0, "dlq": 0, "ind": 0}
    # Rows wait here while ClickHouse is down, so the health rows of an outage (the
    # lag growing) are stored afterwards instead of the timer blocking on one row.
    pending: deque[tuple[Any, ...]] = deque(maxlen=10_000)
    in_flight: list[asyncio.Task[None]] = []

    @app.timer(interval=5.0)  # type: ignore[untyped-decorator]  # faust decorators are untyped
    async def pipeline_stats() -> None:
        now = time.monotonic()
        lag = await _consumer_lag(app, read_topics)
        try:
            write_health(
                health_path,
                now=time.time(),
                consumer_lag=lag,
                last_insert_at=storage.last_progress_at,
                last_error=writer.last_error,
            )
        except OSError:
            log.exception("health file %s not written", health_path)
        pending.append(
            (
                worker_name,
                datetime.now(UTC),
                counters.events - last["events"],
                counters.dead_letters - last["dlq"],
                counters.indicators - last["ind"],
                now - last["t"],
                lag,
            )
        )
        last.update(
            t=now, events=counters.events, dlq=counters.dead_letters, ind=counters.indicators
        )
        if in_flight:
            if not in_flight[0].done():
                return
            if not in_flight[0].cancelled() and in_flight[0].exception() is not None:
                log.error("pipeline_stats rows not stored", exc_info=in_flight[0].exception())
        in_flight.clear()
        rows = list(pending)
        pending.clear()
        in_flight.append(
            asyncio.ensure_future(
                writer.write(f"{database}.pipeline_stats", PIPELINE_STATS_COLUMNS, rows)
            )
        )


async def _consumer_lag(app: faust.App, topics: set[str]) -> int:
    """Records not yet acknowledged on this worker's partitions of ``topics`` (contact
    events and the sink topics, so a ClickHouse outage shows up as lag); -1 if unknown."""
    try:
        return await consumer_lag(app.consumer, topics)
    except Exception:  # noqa: BLE001 - health figures must never break the worker
        return -1
