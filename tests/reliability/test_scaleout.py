"""Several ``mamori worker`` processes in one consumer group: they share the contact
topic's partitions, per-customer state moves with its partition on a rebalance
(changelog recovery), and the indicators and escalations equal the batch replay of the
same input."""

from __future__ import annotations

from typing import Any

import pytest

from integration.pipeline_harness import PipelineEnv, wait_until

from .helpers import (
    expected_escalations,
    expected_set,
    group_assignment,
    partition_of,
    publish,
    stream_with_floods,
    wait_for_escalations,
    wait_for_members,
    wait_for_set,
    worker,
)

pytestmark = [pytest.mark.scaleout, pytest.mark.kafka, pytest.mark.clickhouse]


def test_second_worker_takes_over_partitions_with_their_state(
    pipeline: PipelineEnv, ch_reader: Any
) -> None:
    first, second = stream_with_floods(2000, seed=21)
    db = pipeline.settings.clickhouse.database
    expected_first = expected_set(pipeline, first)
    expected = expected_set(pipeline, first + second)
    with worker(pipeline, "w1"):
        publish(pipeline, first)
        wait_for_set(ch_reader, db, expected_first, 120, "first half by one worker")
        with worker(pipeline, "w2"):
            owned = wait_for_members(pipeline, 2)
            # Flood customers whose window straddles the rebalance live on partitions
            # that moved to the new worker: their windows need the recovered state.
            moved = set.union(*owned.values()) - max(owned.values(), key=len)
            floods = {f"s21-flood-{c:03d}" for c in range(24)}
            assert {partition_of(pipeline, c) for c in floods} & moved
            publish(pipeline, second)
            wait_for_set(ch_reader, db, expected, 150, "second half by two workers")
            escalations = expected_escalations(pipeline, first + second)
            wait_for_escalations(ch_reader, db, escalations, 60, "escalations by two workers")


def test_three_workers_share_partitions_and_agree_with_replay(
    pipeline: PipelineEnv, ch_reader: Any
) -> None:
    first, second = stream_with_floods(2400, seed=31)
    lines = first + second
    db = pipeline.settings.clickhouse.database
    expected = expected_set(pipeline, lines)
    with worker(pipeline, "w1"), worker(pipeline, "w2"), worker(pipeline, "w3"):
        owned = wait_for_members(pipeline, 3)
        assert sorted(len(p) for p in owned.values()) == [2, 3, 3]
        publish(pipeline, lines)
        wait_for_set(ch_reader, db, expected, 150, "indicators from three workers")
        escalations = expected_escalations(pipeline, lines)
        wait_for_escalations(ch_reader, db, escalations, 60, "escalations from three workers")
        # pipeline_stats rows are written on a 5 s timer, after the indicators: a
        # worker's share of 2,400 events can be done before its next row is due.
        per_worker: dict[str, int] = {}

        def each_worker_reported() -> bool:
            rows = ch_reader.query(
                f"SELECT worker, sum(events_in) FROM {db}.pipeline_stats GROUP BY worker"
            ).result_rows
            per_worker.update({str(w): int(n) for w, n in rows})
            # A redelivery after a rebalance may count an event twice, never zero times.
            everything = sum(per_worker.values()) >= len(lines)
            return everything and sum(1 for n in per_worker.values() if n > 0) == 3

        try:
            wait_until(each_worker_reported, 30, "pipeline_stats rows from each worker")
        except AssertionError as exc:
            raise AssertionError(
                f"each worker processed part of the stream: {exc}; events per worker "
                f"{per_worker}; group now {group_assignment(pipeline)}"
            ) from None
