"""Service outages under load: ClickHouse down for 60 s while events keep arriving,
and a Kafka broker restart. Nothing is lost, the lag shows in pipeline_stats during
the outage, and the worker catches up by itself."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fixtures.pipeline import migrated_pipeline
from integration.pipeline_harness import PipelineEnv, wait_until
from mamori.devstack.kafka import KafkaBroker
from mamori.devstack.process import free_port

from .helpers import (
    BackgroundPublisher,
    ch_count,
    expected_set,
    publish,
    stream_with_floods,
    wait_for_set,
    worker,
)

pytestmark = [pytest.mark.kafka, pytest.mark.clickhouse, pytest.mark.slow]

OUTAGE_SECONDS = int(os.environ.get("MAMORI_TEST_OUTAGE_SECONDS", "60"))


def test_clickhouse_outage_of_a_minute_under_load_loses_nothing(
    pipeline: PipelineEnv, ch_reader: Any, clickhouse_server: Any
) -> None:
    first, second = stream_with_floods(6000, seed=51)
    db = pipeline.settings.clickhouse.database
    expected = expected_set(pipeline, first + second)
    with worker(pipeline, "w1") as w:
        publish(pipeline, first[:500])
        wait_until(lambda: ch_count(ch_reader, db, "indicators") > 0, 120, "first indicators")
        down_at = datetime.now(UTC)
        clickhouse_server.stop()
        try:
            # The rest arrives during the outage, at ~90 events/s.
            with BackgroundPublisher(pipeline, first[500:] + second, rate=90):
                time.sleep(OUTAGE_SECONDS)
                assert w.running(), "the worker must survive a ClickHouse outage"
        finally:
            clickhouse_server.start()
        up_at = datetime.now(UTC)
        wait_for_set(ch_reader, db, expected, 150, "catch-up after the outage")

        def lag_rows(since: datetime, until: datetime) -> list[int]:
            rows = ch_reader.query(
                f"SELECT consumer_lag FROM {db}.pipeline_stats "
                "WHERE ts BETWEEN {a:DateTime64(3)} AND {b:DateTime64(3)} ORDER BY ts",
                parameters={"a": since, "b": until},
            ).result_rows
            return [int(r[0]) for r in rows]

        # Rows computed during the outage are stored afterwards (at the next health tick
        # once ClickHouse answers) and show the lag growing.
        expected_rows = OUTAGE_SECONDS // 5 - 2
        wait_until(
            lambda: len(lag_rows(down_at, up_at)) >= expected_rows, 30, "health rows of the outage"
        )
        during = lag_rows(down_at, up_at)
        assert max(during) > 100, f"lag not visible during the outage: {during}"
        # Caught up: the newest health row reports no lag.
        wait_until(lambda: lag_rows(up_at, datetime.now(UTC))[-1:] == [0], 60, "lag back to zero")
    assert ch_count(ch_reader, db, "indicators") == len(expected)


@pytest.fixture
def own_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KafkaBroker]:
    """A broker of this test's own: restarting it must not disturb other tests."""
    broker = KafkaBroker(
        tmp_path_factory.mktemp("kafka-restart"), port=free_port(), controller_port=free_port()
    )
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()


@pytest.fixture
def pipeline_on_own_broker(
    own_broker: KafkaBroker, clickhouse_server: Any, tmp_path: Path
) -> Iterator[PipelineEnv]:
    with migrated_pipeline(own_broker.bootstrap_servers, clickhouse_server, tmp_path) as pipe:
        yield pipe


def test_kafka_broker_restart_under_load_resumes_from_committed_offsets(
    pipeline_on_own_broker: PipelineEnv, own_broker: KafkaBroker, clickhouse_server: Any
) -> None:
    from mamori.storage.client import client

    pipe = pipeline_on_own_broker
    ch = client(pipe.settings.clickhouse, role="reader")
    first, second = stream_with_floods(3000, seed=61)
    db = pipe.settings.clickhouse.database
    expected = expected_set(pipe, first + second)
    with worker(pipe, "w1") as w:
        publish(pipe, first)
        wait_until(lambda: ch_count(ch, db, "indicators") > 0, 120, "first indicators")
        time.sleep(2)
        own_broker.kill()  # a crash, not a controlled shutdown
        time.sleep(10)
        assert w.running(), "the worker must wait for the broker, not exit"
        own_broker.start()
        publish(pipe, second)  # the producer reconnects too
        wait_for_set(ch, db, expected, 180, "indicators after the broker restart")
        assert w.running()
