"""The local broker process itself: health, restart and crash keep the data.

These tests start their own broker (not the session one), because they stop it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mamori.devstack.kafka import KafkaBroker
from mamori.devstack.process import ServiceError, free_port
from mamori.messaging.kafka_config import kafka_python_kwargs
from mamori.messaging.publisher import publish_lines
from mamori.messaging.topics import ensure_topics
from mamori.settings import KafkaSettings
from mamori.tools.synthetic import synthetic_lines

pytestmark = [pytest.mark.kafka, pytest.mark.reliability]


@pytest.fixture
def own_broker(tmp_path: Path) -> Iterator[KafkaBroker]:
    broker = KafkaBroker(tmp_path / "kafka", port=free_port(), controller_port=free_port())
    try:
        yield broker
    finally:
        broker.stop()


def topic_values(settings: KafkaSettings, topic: str) -> list[bytes]:
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(**kafka_python_kwargs(settings), enable_auto_commit=False)
    try:
        parts = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)]
        consumer.assign(parts)
        consumer.seek_to_beginning(*parts)
        end = consumer.end_offsets(parts)
        values: list[bytes] = []
        deadline = time.monotonic() + 30
        while any(consumer.position(tp) < end[tp] for tp in parts):
            assert time.monotonic() < deadline
            for batch in consumer.poll(timeout_ms=500).values():
                values.extend(r.value for r in batch)
        return values
    finally:
        consumer.close()


def test_restart_and_crash_keep_topics_and_records(own_broker: KafkaBroker) -> None:
    settings = KafkaSettings(bootstrap_servers=own_broker.bootstrap_servers)
    assert not own_broker.healthy()

    started = time.monotonic()
    with own_broker:
        first_start = time.monotonic() - started
        assert own_broker.healthy()
        cluster = own_broker.cluster_id()
        ensure_topics(settings)
        batch1 = list(synthetic_lines(500, customers=50, seed=11))
        publish_lines(batch1, settings.contact_topic, settings, progress=False)
    assert not own_broker.running() and not own_broker.healthy()
    assert first_start < 60

    own_broker.start()  # graceful stop → start: same cluster, same data
    assert own_broker.cluster_id() == cluster
    assert sorted(topic_values(settings, settings.contact_topic)) == sorted(batch1)
    batch2 = list(synthetic_lines(300, customers=50, seed=12))
    publish_lines(batch2, settings.contact_topic, settings, progress=False)  # acks=all

    own_broker.kill()  # SIGKILL: acknowledged records must survive
    assert not own_broker.running()
    own_broker.start()
    assert sorted(topic_values(settings, settings.contact_topic)) == sorted(batch1 + batch2)
    from kafka import KafkaAdminClient

    admin = KafkaAdminClient(**kafka_python_kwargs(settings))
    try:
        parts = admin.describe_topics([settings.contact_topic])[0]["partitions"]
    finally:
        admin.close()
    assert len(parts) == settings.partitions


def test_port_taken_by_another_broker_is_not_mistaken_for_ours(
    kafka_broker: KafkaBroker, tmp_path: Path
) -> None:
    """Health means *this* cluster answers: a second broker configured on the session
    broker's port must fail (cannot bind), not report the other one as healthy."""
    clash = KafkaBroker(
        tmp_path / "clash", port=kafka_broker.port, controller_port=free_port(), heap="256m"
    )
    clash.start_timeout = 40
    try:
        with pytest.raises(ServiceError):
            clash.start()
    finally:
        clash.stop()
    assert kafka_broker.healthy()
