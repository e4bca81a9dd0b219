"""The worker's client stack against the real broker: aiokafka 0.14 (idempotent
producer, consumer groups, committed offsets, end offsets) and a tiny faust-streaming
0.15 app whose table must come back from its changelog after a restart — the
behaviour a Kafka-compatible stand-in got wrong (see docs/local-services.md)."""

from __future__ import annotations

import asyncio
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mamori.devstack.paths import REPO_ROOT
from mamori.devstack.process import ManagedProcess
from mamori.messaging.publisher import publish_lines
from mamori.messaging.topics import ensure_topics
from mamori.settings import KafkaSettings

pytestmark = pytest.mark.kafka


async def _produce_consume(settings: KafkaSettings, group: str) -> None:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

    topic = settings.contact_topic
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers, acks="all", enable_idempotence=True
    )
    await producer.start()
    try:
        for batch in range(5):  # several batches: end offsets must count records, not batches
            for i in range(40):
                key = f"cust-{i % 10}".encode()
                await producer.send(topic, key=key, value=f"{batch}:{i}".encode())
            await producer.flush()
    finally:
        await producer.stop()

    def consumer() -> AIOKafkaConsumer:
        return AIOKafkaConsumer(
            topic,
            bootstrap_servers=settings.bootstrap_servers,
            group_id=group,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
            session_timeout_ms=10_000,
            heartbeat_interval_ms=3_000,
        )

    first = consumer()
    await first.start()
    try:
        seen: list[bytes] = []
        deadline = time.monotonic() + 30
        while len(seen) < 150:
            assert time.monotonic() < deadline, f"only {len(seen)} records consumed"
            for records in (
                await first.getmany(timeout_ms=500, max_records=150 - len(seen))
            ).values():
                seen.extend(r.value for r in records)
        # Commit exactly what was consumed (positions), then a second member resumes.
        await first.commit()
        parts = [TopicPartition(topic, p) for p in first.partitions_for_topic(topic) or ()]
        end = await first.end_offsets(parts)
        assert sum(end.values()) == 200
    finally:
        await first.stop()

    second = consumer()
    await second.start()
    try:
        rest: list[bytes] = []
        deadline = time.monotonic() + 30
        while len(rest) < 50:
            assert time.monotonic() < deadline, f"resumed with only {len(rest)} records"
            for records in (await second.getmany(timeout_ms=500)).values():
                rest.extend(r.value for r in records)
        extra = await second.getmany(timeout_ms=1000)
        assert not any(extra.values()), "records delivered twice after commit"
    finally:
        await second.stop()
    expected = {f"{b}:{i}".encode() for b in range(5) for i in range(40)}
    assert len(seen) + len(rest) == 200
    assert set(seen) | set(rest) == expected


def test_aiokafka_idempotent_produce_group_consume_and_commit(
    kafka_settings: KafkaSettings, unique_topic_prefix: str
) -> None:
    ensure_topics(kafka_settings, partitions=4)
    asyncio.run(_produce_consume(kafka_settings, f"{unique_topic_prefix}group"))


async def _codec_round_trip(settings: KafkaSettings, topic: str) -> None:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

    sent: dict[str, list[bytes]] = {}
    for codec in ("gzip", "lz4", "snappy", "zstd"):
        producer = AIOKafkaProducer(
            bootstrap_servers=settings.bootstrap_servers, compression_type=codec
        )
        await producer.start()
        try:
            sent[codec] = [f"{codec} {i} コンタクト".encode() * 20 for i in range(30)]
            for value in sent[codec]:
                await producer.send(topic, key=codec.encode(), value=value)
            await producer.flush()
        finally:
            await producer.stop()
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=settings.bootstrap_servers, auto_offset_reset="earliest"
    )
    await consumer.start()
    got: dict[str, list[bytes]] = {codec: [] for codec in sent}
    try:
        deadline = time.monotonic() + 30
        while sum(map(len, got.values())) < 120 and time.monotonic() < deadline:
            for records in (await consumer.getmany(timeout_ms=500)).values():
                for r in records:
                    got[(r.key or b"").decode()].append(r.value or b"")
    finally:
        await consumer.stop()
    assert got == sent


def test_the_worker_client_reads_batches_of_every_codec(
    kafka_settings: KafkaSettings, unique_topic_prefix: str
) -> None:
    # A contact system may publish with any codec Kafka knows; a batch the worker's
    # client cannot decompress raises UnsupportedCodecError and stops the worker.
    from kafka.admin import NewTopic

    from mamori.messaging.topics import _admin

    topic = f"{unique_topic_prefix}codecs"
    admin = _admin(kafka_settings)
    try:
        admin.create_topics([NewTopic(topic, 1, 1)])
    finally:
        admin.close()
    asyncio.run(_codec_round_trip(kafka_settings, topic))


FAUST_APP = textwrap.dedent(
    """
    import json
    import os

    import faust

    from mamori.messaging.kafka_config import faust_broker_kwargs
    from mamori.settings import KafkaSettings
    from mamori.worker.transport import mamori_transport

    settings = KafkaSettings(bootstrap_servers=os.environ["T_BOOTSTRAP"])
    app = faust.App(
        os.environ["T_APP_ID"],
        **faust_broker_kwargs(settings),
        store="memory://",
        datadir=os.environ["T_DATADIR"],
        key_serializer="raw",
        value_serializer="raw",
        topic_partitions=4,
        topic_disable_leader=True,
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=10.0,
        broker_heartbeat_interval=3.0,
        broker_commit_interval=0.5,
        web_enabled=False,
    )
    # Mamori's transport (nothing batched): stock Faust may drop the records it fetches
    # at the end of a recovery (worker.rebalance_hold), and run 2 then stalls.
    app.transport = mamori_transport(app, frozenset())
    source = app.topic(os.environ["T_TOPIC"])
    counts = app.Table("counts", default=int, partitions=4, key_type=bytes, value_type=int)
    out = open(os.environ["T_OUT"], "ab", buffering=0)


    @app.agent(source)
    async def count(stream):
        async for event in stream.events():
            key = event.key
            counts[key] += 1
            n = json.loads(event.value)["n"]
            out.write(b"%s %d %d\\n" % (key, counts[key], n))


    if __name__ == "__main__":
        app.main()
    """
)


def _wait_for(
    path: Path, done: Callable[[list[tuple[str, int, int]]], bool], worker: ManagedProcess
) -> list[tuple[str, int, int]]:
    """Rows (customer, count, n) the Faust agent wrote, once ``done(rows)`` holds."""
    # Generous: on a loaded 2-core CI machine a Faust rebalance alone can take 30 s+.
    deadline = time.monotonic() + 150
    rows: list[tuple[str, int, int]] = []
    while time.monotonic() < deadline:
        text = path.read_text() if path.exists() else ""
        rows = [(c, int(k), int(n)) for c, k, n in (line.split() for line in text.splitlines())]
        if done(rows):
            return rows
        assert worker.running(), f"faust worker exited:\n{worker.log_tail(60)}"
        time.sleep(0.2)
    raise AssertionError(f"faust wrote {rows}:\n{worker.log_tail(60)}")


def test_faust_app_consumes_and_recovers_table_from_changelog(
    kafka_settings: KafkaSettings, unique_topic_prefix: str, tmp_path: Path
) -> None:
    """Run 1 counts 40 events of 4 customers; run 2 (new process, in-memory store)
    must rebuild the counts from the changelog and go on from 10, not restart at 1.

    At-least-once: run 2 may see a few events of run 1 again (those whose offsets were
    not committed yet); each of those raises the count too, so per customer run 2's
    counts are consecutive from 11, and its new event comes last."""
    ensure_topics(kafka_settings, partitions=4)
    app_file = tmp_path / "tiny_faust_app.py"
    app_file.write_text(FAUST_APP)
    out = tmp_path / "out.txt"
    env = {
        "T_BOOTSTRAP": kafka_settings.bootstrap_servers,
        "T_APP_ID": f"{unique_topic_prefix}faust",
        "T_DATADIR": str(tmp_path / "faust-data"),
        "T_TOPIC": kafka_settings.contact_topic,
        "T_OUT": str(out),
        "PYTHONPATH": str(REPO_ROOT / "streams"),
    }
    worker = ManagedProcess(
        "faust",
        tmp_path,
        [sys.executable, str(app_file), "worker", "--loglevel", "info"],
        healthy=lambda: True,
        env=env,
        cwd=tmp_path,
        stop_timeout=20,
    )
    customers = [f"c{i}" for i in range(4)]

    def publish(rounds: range) -> None:
        lines = [f'{{"customer_id": "{c}", "n": {n}}}'.encode() for n in rounds for c in customers]
        publish_lines(lines, kafka_settings.contact_topic, kafka_settings, progress=False)

    publish(range(10))
    with worker:
        run1 = _wait_for(out, lambda rows: len(rows) >= 40, worker)
        time.sleep(1.5)  # let periodic offset commits (every 0.5 s) follow
    assert sorted(run1) == sorted((c, n + 1, n) for c in customers for n in range(10))

    publish(range(10, 11))
    with worker:
        rows = _wait_for(
            out,
            lambda rows: (
                {(c, n) for c, _, n in rows[40:] if n == 10} == {(c, 10) for c in customers}
            ),
            worker,
        )
    run2 = rows[40:]
    for c in customers:
        mine = [(k, n) for cust, k, n in run2 if cust == c]
        counts = [k for k, _ in mine]
        assert counts == list(range(11, 11 + len(mine))), (c, run2)  # state was recovered
        assert mine[-1][1] == 10  # the new event, after any redelivered ones
        assert len(mine) <= 5, f"{c}: committed offsets were not used ({mine})"
