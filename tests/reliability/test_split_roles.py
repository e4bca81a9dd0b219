"""Detection and the ClickHouse sinks in two processes (``mamori worker --role detect`` +
``--role sinks``): the sinks process is killed with ``kill -9`` mid-stream and started
again while detection goes on. Kafka holds the indicators meanwhile; after the restart
ClickHouse holds exactly the replay's indicators and escalations, every malformed
record once as a dead letter, and both processes report in ``pipeline_stats``."""

from __future__ import annotations

import time
from typing import Any

import pytest

from integration.pipeline_harness import PipelineEnv, wait_until

from .helpers import (
    BackgroundPublisher,
    ch_count,
    expected_escalations,
    expected_set,
    stream_with_floods,
    wait_for_escalations,
    wait_for_set,
    wait_ready,
    worker,
)

pytestmark = [pytest.mark.kafka, pytest.mark.clickhouse]

MALFORMED = [
    b"{not json",
    b'{"event_id": "x-1"}',
    b'{"schema_version": 99, "event_id": "x-2", "customer_id": "c"}',
    b"\xff\xfe binary",
]


def test_sinks_process_killed_mid_stream_loses_and_duplicates_nothing(
    pipeline: PipelineEnv, ch_reader: Any
) -> None:
    first, second = stream_with_floods(2400, seed=57)
    valid = first + second
    # Malformed records spread over the stream, so some arrive while no sink runs.
    step = len(valid) // (len(MALFORMED) + 1)
    lines = list(valid)
    for i, bad in enumerate(MALFORMED):
        lines.insert((i + 1) * step + i, bad)
    db = pipeline.settings.clickhouse.database
    expected = expected_set(pipeline, valid)
    escalations = expected_escalations(pipeline, valid)
    detect = worker(pipeline, "detect-only", ("detect",))
    sinks = worker(pipeline, "sinks-only", ("sinks",))
    detect.start()
    sinks.start()
    try:
        wait_ready(detect)
        wait_ready(sinks)
        with BackgroundPublisher(pipeline, lines, rate=200) as publisher:
            wait_until(
                lambda: ch_count(ch_reader, db, "indicators") >= len(expected) // 4,
                120,
                "a quarter of the indicators",
            )
            sinks.stop(kill=True)  # no shutdown, no final commit of the sink offsets
            stored_at_kill = ch_count(ch_reader, db, "indicators")
            assert stored_at_kill < len(expected), "the kill must land mid-stream"
            time.sleep(3)
            # Detection went on without the sinks: nothing new reached ClickHouse.
            assert detect.running(), detect.log_tail()
            assert ch_count(ch_reader, db, "indicators") == stored_at_kill
            sinks.start()
            publisher.join()
        wait_for_set(ch_reader, db, expected, 150, "indicators after the sinks' restart")
        wait_for_escalations(ch_reader, db, escalations, 60, "escalations after the restart")
        wait_until(
            lambda: ch_count(ch_reader, db, "dead_letters") >= len(MALFORMED),
            60,
            "every malformed record as a dead letter",
        )
        assert ch_count(ch_reader, db, "dead_letters") == len(MALFORMED)
        # Each process writes its own pipeline_stats rows: the sinks' lag comes back
        # to zero, and the detect process counts every record it read.
        wait_until(
            lambda: _newest_lag(ch_reader, db, "%-sinks") == 0, 60, "the sinks' lag back to 0"
        )
        wait_until(
            lambda: _detect_counts(ch_reader, db) == (len(valid), len(MALFORMED)),
            60,
            f"the detect process reporting {len(valid)} events and {len(MALFORMED)} dead letters",
        )
    finally:
        sinks.stop()
        detect.stop()


def _newest_lag(ch: Any, db: str, worker_like: str) -> int | None:
    """The lag in the newest pipeline_stats row of the matching workers (None: no row)."""
    rows = ch.query(
        f"SELECT consumer_lag FROM {db}.pipeline_stats WHERE worker LIKE %(w)s"
        " ORDER BY ts DESC LIMIT 1",
        parameters={"w": worker_like},
    ).result_rows
    return int(rows[0][0]) if rows else None


def _detect_counts(ch: Any, db: str) -> tuple[int, int]:
    """(events, dead letters) the processes other than the sinks (here: the detect
    process) reported in pipeline_stats."""
    rows = ch.query(
        f"SELECT sum(events_in), sum(dead_letters) FROM {db}.pipeline_stats"
        " WHERE worker NOT LIKE '%%-sinks'"
    ).result_rows
    return int(rows[0][0] or 0), int(rows[0][1] or 0)
