"""``kill -9`` of a worker in the middle of a stream: after a restart the indicators and
the escalations equal an uninterrupted run (the batch replay). Uncommitted events are redelivered;
the changelog restores per-customer state; deterministic ids make the repeats collapse."""

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


def test_kill_9_mid_stream_then_restart_gives_the_uninterrupted_result(
    pipeline: PipelineEnv, ch_reader: Any
) -> None:
    first, second = stream_with_floods(3000, seed=41)
    lines = first + second
    db = pipeline.settings.clickhouse.database
    expected = expected_set(pipeline, lines)
    escalations = expected_escalations(pipeline, lines)
    w = worker(pipeline, "crashy")
    w.start()
    try:
        wait_ready(w)
        # Paced, so the kill surely lands while events are still arriving.
        with BackgroundPublisher(pipeline, lines, rate=200) as publisher:
            wait_until(
                lambda: ch_count(ch_reader, db, "indicators") >= len(expected) // 4,
                120,
                "a quarter of the indicators",
            )
            w.stop(kill=True)  # SIGKILL to the process group: no shutdown, no final commit
            assert not w.running()
            stored_at_kill = ch_count(ch_reader, db, "indicators")
            assert stored_at_kill < len(expected), "the kill must land mid-stream"
            time.sleep(3)  # events keep arriving while no worker runs
            w.start()
            publisher.join()
        wait_for_set(ch_reader, db, expected, 150, "indicators after the restart")
        # Redelivered events must not add risk again: the same stage crossings, no more.
        wait_for_escalations(ch_reader, db, escalations, 60, "escalations after the restart")
    finally:
        w.stop()
