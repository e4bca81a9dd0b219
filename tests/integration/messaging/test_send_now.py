"""The detect agent's outputs go straight to the Kafka client (``send_now``), on a real
broker: they land on the partition Faust's own send would choose, the producer's flush
(and so every commit) waits for them, and a record the broker refuses fails every later
flush instead of letting a commit acknowledge its input. State writes (``send_after``)
follow the delivery of their batch's outputs, in batch order, and never a refused one."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from mamori.messaging.producer_drain import UndeliveredError, draining_producer
from mamori.settings import KafkaSettings, Settings
from mamori.worker.app import faust_app

pytestmark = pytest.mark.kafka


def _create(settings: KafkaSettings, topic: str, partitions: int, **config: str) -> None:
    from kafka.admin import NewTopic

    from mamori.messaging.topics import _admin

    admin = _admin(settings)
    try:
        admin.create_topics([NewTopic(topic, partitions, 1, topic_configs=config)])
    finally:
        admin.close()


async def _scenario(settings: Settings, topic: str, small: str) -> None:
    from aiokafka import AIOKafkaConsumer
    from aiokafka.partitioner import DefaultPartitioner

    app = faust_app(settings, f"{topic}-app")
    producer = draining_producer(app.producer)
    await producer.start()
    try:
        keys = [f"customer-{n}".encode() for n in range(40)]
        for n, key in enumerate(keys):
            await producer.send_now(topic, key, b"v%d" % n, headers={"h": b"x"} if n else None)
        await producer.send_now(topic, b"pinned", b"state", partition=3)
        await producer.send_now(topic, b"pinned", None, partition=3)  # a tombstone
        await producer.flush()  # everything sent is in Kafka once this returns
        consumer = AIOKafkaConsumer(
            topic,
            bootstrap_servers=settings.kafka.bootstrap_servers,
            auto_offset_reset="earliest",
        )
        await consumer.start()
        try:
            got = []
            while len(got) < 42:
                batch = await asyncio.wait_for(consumer.getmany(timeout_ms=500), 30)
                got += [r for records in batch.values() for r in records]
        finally:
            await consumer.stop()
        partitioner = DefaultPartitioner()
        by_key = {r.key: r for r in got if r.key != b"pinned"}
        assert set(by_key) == set(keys)
        for key, record in by_key.items():
            assert record.partition == partitioner(key, list(range(4)), list(range(4)))
        assert by_key[keys[1]].headers == (("h", b"x"),)
        pinned = [r for r in got if r.key == b"pinned"]
        assert [(r.partition, r.value) for r in pinned] == [(3, b"state"), (3, None)]

        # The broker refuses a record larger than the topic allows: not retriable.
        await producer.send_now(small, b"k", b"x" * 5000)
        with pytest.raises(UndeliveredError):
            await producer.flush()
        await producer.send_now(topic, b"k", b"fine")
        with pytest.raises(UndeliveredError):  # sticky: no later commit goes ahead
            await producer.flush()
    finally:
        await producer.stop()


def test_send_now_partitions_as_faust_and_fails_the_flush_on_a_refused_record(
    kafka_settings: KafkaSettings, unique_topic_prefix: str, tmp_path: Path
) -> None:
    topic, small = f"{unique_topic_prefix}direct", f"{unique_topic_prefix}small"
    _create(kafka_settings, topic, 4)
    _create(kafka_settings, small, 1, **{"max.message.bytes": "1024"})
    settings = Settings(kafka=kafka_settings, state_dir=tmp_path / "state")
    asyncio.run(_scenario(settings, topic, small))


async def _read_all(settings: Settings, topic: str) -> list[tuple[bytes | None, bytes | None]]:
    """Every record of ``topic`` up to its end offsets, in partition order."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.kafka.bootstrap_servers, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        parts = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        if not parts:
            parts = [TopicPartition(topic, 0)]
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        ends = await consumer.end_offsets(parts)
        got: list[tuple[bytes | None, bytes | None]] = []
        while [tp for tp in parts if await consumer.position(tp) < ends[tp]]:
            batch = await asyncio.wait_for(consumer.getmany(timeout_ms=500), 30)
            got += [(r.key, r.value) for records in batch.values() for r in records]
        return got
    finally:
        await consumer.stop()


async def _ordered_scenario(settings: Settings, topic: str, small: str, changelog: str) -> None:
    app = faust_app(settings, f"{topic}-ordered-app")
    producer = draining_producer(app.producer)
    await producer.start()
    try:
        # Batches of outputs, each followed by its state write: every write arrives,
        # in the order of the batches.
        for n in range(20):
            sent = [await producer.send_now(topic, b"c%d" % m, b"out") for m in range(5)]
            await producer.send_after(sent, changelog, [(b"customer", b"state-%d" % n, 0)])
        await producer.flush()
        assert await _read_all(settings, changelog) == [
            (b"customer", b"state-%d" % n) for n in range(20)
        ]
        # An output the broker refuses: the state write of its batch never reaches the
        # changelog (a restart then restores the state from before that batch, and the
        # redelivered batch emits its outputs again), and no commit goes ahead.
        refused = await producer.send_now(small, b"k", b"x" * 5000)
        fine = await producer.send_now(topic, b"k", b"fine")
        await producer.send_after([fine, refused], changelog, [(b"customer", b"ahead", 0)])
        with pytest.raises(UndeliveredError):
            await producer.flush()
        # Nor does any later batch's, whose outputs were delivered.
        later = await producer.send_now(topic, b"k", b"later")
        await producer.send_after([later], changelog, [(b"customer", b"later", 0)])
        with pytest.raises(UndeliveredError):
            await producer.flush()
        assert [v for _, v in await _read_all(settings, changelog)][-1] == b"state-19"
    finally:
        await producer.stop()


def test_state_writes_follow_their_delivered_outputs_and_never_a_refused_one(
    kafka_settings: KafkaSettings, unique_topic_prefix: str, tmp_path: Path
) -> None:
    topic = f"{unique_topic_prefix}outputs"
    small, changelog = f"{unique_topic_prefix}small", f"{unique_topic_prefix}changelog"
    _create(kafka_settings, topic, 4)
    _create(kafka_settings, small, 1, **{"max.message.bytes": "1024"})
    _create(kafka_settings, changelog, 1)
    settings = Settings(kafka=kafka_settings, state_dir=tmp_path / "state")
    asyncio.run(_ordered_scenario(settings, topic, small, changelog))
