"""`mamori publish` and `mamori topics` against the real broker: every line arrives
byte for byte (malformed ones too), keyed by customer_id, spread over partitions."""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import orjson
import pytest
from click.testing import CliRunner

from mamori.cli import main
from mamori.devstack.kafka import KafkaBroker
from mamori.messaging.kafka_config import kafka_python_kwargs
from mamori.messaging.publisher import PublishError, publish_lines, record_key
from mamori.messaging.topics import ensure_topics
from mamori.settings import KafkaSettings
from mamori.tools.synthetic import synthetic_lines

pytestmark = pytest.mark.kafka

MALFORMED = [
    b"not json at all",
    b'{"event_id": "x-1", "customer_id": ',  # truncated JSON
    b"[1, 2, 3]",  # JSON, not an object
    b'{"event_id": "x-2", "customer_id": 12345}',  # customer_id of the wrong type
    b'\xff\xfe{"customer_id": "cust-bad-utf8"}',  # invalid UTF-8
    b'{"customer_id": "cust-only", "text": "\xe3\x81\x82 missing required fields"}',
    b'  {"customer_id": "cust-spaced"}  ',  # leading/trailing spaces kept as is
]


def read_all(settings: KafkaSettings, topic: str) -> list[Any]:
    """Every record of ``topic`` from the beginning up to the current end offsets."""
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(
        **kafka_python_kwargs(settings), enable_auto_commit=False, group_id=None
    )
    try:
        parts = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)]
        consumer.assign(parts)
        consumer.seek_to_beginning(*parts)
        end = consumer.end_offsets(parts)
        records: list[Any] = []
        deadline = time.monotonic() + 30
        while any(consumer.position(tp) < end[tp] for tp in parts):
            assert time.monotonic() < deadline, "timed out reading back the topic"
            for batch in consumer.poll(timeout_ms=500).values():
                records.extend(batch)
        return records
    finally:
        consumer.close()


def test_publish_cli_delivers_every_line_unchanged_with_keys(
    kafka_settings: KafkaSettings, tmp_path: Path
) -> None:
    valid = list(synthetic_lines(300, customers=40, seed=7))
    lines = valid[:150] + MALFORMED + valid[150:]
    src = tmp_path / "events.jsonl"
    # Windows line ends and a blank line are framing, not records.
    src.write_bytes(b"\n".join(lines[:5]) + b"\r\n\n" + b"\n".join(lines[5:]) + b"\n")
    ensure_topics(kafka_settings)

    result = CliRunner().invoke(
        main,
        [
            "publish",
            str(src),
            "--topic",
            kafka_settings.contact_topic,
            "--bootstrap",
            kafka_settings.bootstrap_servers,
            "--no-progress",
        ],
    )
    assert result.exit_code == 0, result.output
    assert f"published {len(lines)} events" in result.output

    records = read_all(kafka_settings, kafka_settings.contact_topic)
    assert Counter(r.value for r in records) == Counter(lines)
    for r in records:
        assert r.key == record_key(r.value)
    by_value = {r.value: r for r in records}
    for line in valid:
        assert by_value[line].key == orjson.loads(line)["customer_id"].encode()
    assert by_value[MALFORMED[0]].key is None
    assert by_value[MALFORMED[3]].key is None  # wrong type → no key, still published
    assert by_value[MALFORMED[5]].key == b"cust-only"

    # One customer → one partition; 40 customers → most of the 8 partitions.
    partitions_of: dict[bytes, set[int]] = defaultdict(set)
    for r in records:
        if r.key is not None:
            partitions_of[r.key].add(r.partition)
    assert all(len(p) == 1 for p in partitions_of.values())
    assert len({r.partition for r in records}) >= 6
    # The publisher partitions like aiokafka (Faust) and the Java client: murmur2.
    from aiokafka.partitioner import DefaultPartitioner

    for key, (partition,) in partitions_of.items():
        assert DefaultPartitioner()(key, list(range(8)), list(range(8))) == partition


def test_publish_lines_rate_and_limit(kafka_settings: KafkaSettings) -> None:
    ensure_topics(kafka_settings, partitions=2)
    lines = list(synthetic_lines(40, customers=5, seed=3))
    started = time.monotonic()
    stats = publish_lines(
        lines, kafka_settings.contact_topic, kafka_settings, rate=100, progress=False
    )
    elapsed = time.monotonic() - started
    assert stats.sent == 40 and stats.unkeyed == 0
    assert elapsed >= 0.38  # 40 events at 100/s: the 40th is due after 0.39 s
    assert len(read_all(kafka_settings, kafka_settings.contact_topic)) == 40


def test_publish_to_missing_topic_fails_loudly(kafka_settings: KafkaSettings) -> None:
    """Auto topic creation is off: a typo in the topic name is an error, not a new topic."""
    started = time.monotonic()
    with pytest.raises(PublishError, match="typo"):
        publish_lines(
            [b'{"customer_id": "c"}'],
            kafka_settings.contact_topic + "-typo",
            kafka_settings,
            progress=False,
            metadata_timeout=2.0,
        )
    assert time.monotonic() - started < 15


def test_ensure_topics_idempotent(
    kafka_settings: KafkaSettings, caplog: pytest.LogCaptureFixture
) -> None:
    from kafka import KafkaAdminClient

    ensure_topics(kafka_settings)
    ensure_topics(kafka_settings)  # second run: all exist, no error
    admin = KafkaAdminClient(**kafka_python_kwargs(kafka_settings))
    try:
        described = {t["name"]: len(t["partitions"]) for t in admin.describe_topics()}
        # A topic made elsewhere with fewer partitions is kept, with a warning.
        small = kafka_settings.model_copy(
            update={"indicator_topic": kafka_settings.contact_topic + "-small"}
        )
        admin.create_topics({small.indicator_topic: {"num_partitions": 2, "replication_factor": 1}})
    finally:
        admin.close()
    assert described[kafka_settings.contact_topic] >= 8
    assert described[kafka_settings.indicator_topic] == described[kafka_settings.contact_topic]
    assert described[kafka_settings.escalation_topic] == described[kafka_settings.contact_topic]
    assert described[kafka_settings.dlq_topic] == 1
    with caplog.at_level(logging.WARNING, logger="mamori.publish"):
        ensure_topics(small)
    assert "fewer than the 8 configured" in caplog.text


def test_topics_cli(kafka_broker: KafkaBroker, unique_topic_prefix: str) -> None:
    env = {
        "MAMORI_KAFKA__CONTACT_TOPIC": f"{unique_topic_prefix}contact-events",
        "MAMORI_KAFKA__INDICATOR_TOPIC": f"{unique_topic_prefix}harassment-indicators",
        "MAMORI_KAFKA__ESCALATION_TOPIC": f"{unique_topic_prefix}customer-escalations",
        "MAMORI_KAFKA__DLQ_TOPIC": f"{unique_topic_prefix}contact-events-dlq",
    }
    from mamori.settings import get_settings

    runner = CliRunner(env=env)
    get_settings.cache_clear()
    try:
        boot = ["--bootstrap", kafka_broker.bootstrap_servers]
        created = runner.invoke(main, ["topics", "create", "--partitions", "3", *boot])
        listed = runner.invoke(main, ["topics", "list", *boot])
        described = runner.invoke(
            main, ["topics", "describe", f"{unique_topic_prefix}contact-events", *boot]
        )
    finally:
        get_settings.cache_clear()
    assert created.exit_code == 0, created.output
    assert f"{unique_topic_prefix}customer-escalations" in created.output
    assert listed.exit_code == 0, listed.output
    assert set(env.values()) <= set(listed.output.split())
    assert described.exit_code == 0, described.output
    assert "partitions=3" in described.output and "replication=1" in described.output
