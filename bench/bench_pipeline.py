"""End-to-end pipeline benchmark on the real local Kafka broker and ClickHouse engine.

    .venv/bin/python bench/bench_pipeline.py [--events 100000] [--rate 2000]

1. Starts a private Kafka broker and ClickHouse server (free ports, temp dirs).
2. Reference ceiling: a bare aiokafka consumer that only reads and decodes the topic.
3. Throughput: N synthetic events pre-published, then one `mamori worker` process
   drains them; events/s = N / time until its consumer lag is 0 and the indicator
   count in ClickHouse matches the replay.
4. Latency: a second run publishes at a steady --rate and waits until EVERY indicator
   the batch replay expects is stored (its newest version; up to --wait seconds, and
   says how many did not arrive); latency = ClickHouse `inserted_at` − publish time of
   its last evidence event, reported up to the maximum.
5. Peak RSS of the worker process (VmHWM).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import secrets
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from mamori.devstack.clickhouse import ClickHouseServer
from mamori.devstack.kafka import KafkaBroker
from mamori.devstack.paths import REPO_ROOT
from mamori.devstack.process import ManagedProcess, free_port
from mamori.tools.synthetic import synthetic_lines


def _env(
    bootstrap: str, ch_http: int, db: str, app_id: str, key: str, topics: str
) -> dict[str, str]:
    return {
        "MAMORI_PSEUDONYM_KEY": key,
        "MAMORI_KAFKA__BOOTSTRAP_SERVERS": bootstrap,
        "MAMORI_KAFKA__CONTACT_TOPIC": f"{topics}-contact-events",
        "MAMORI_KAFKA__INDICATOR_TOPIC": f"{topics}-harassment-indicators",
        "MAMORI_KAFKA__ESCALATION_TOPIC": f"{topics}-customer-escalations",
        "MAMORI_KAFKA__DLQ_TOPIC": f"{topics}-contact-events-dlq",
        "MAMORI_CLICKHOUSE__HTTP_PORT": str(ch_http),
        "MAMORI_CLICKHOUSE__DATABASE": db,
        "MAMORI_APP_ID": app_id,
    }


def _wait_stable(bootstrap: str, group: str, timeout: float = 180.0) -> float:
    """Seconds until consumer group ``group`` is Stable with members, then 2 s more
    for the first fetch (Faust's recovery of its tables ends after the assignment)."""
    from kafka import KafkaAdminClient
    from kafka.errors import KafkaError

    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    t0 = time.monotonic()
    try:
        while time.monotonic() - t0 < timeout:
            try:
                described = admin.describe_groups([group]).get(group, {})
            except KafkaError:  # the coordinator is not up yet
                described = {}
            if described.get("group_state") == "Stable" and described.get("members"):
                break
            time.sleep(0.5)
        else:
            raise SystemExit(f"consumer group {group} not Stable after {timeout:.0f} s")
    finally:
        admin.close()
    time.sleep(2)
    return time.monotonic() - t0


def _peak_rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        pass
    return float("nan")


async def _reader(bootstrap: str, topic: str) -> Any:
    """A started aiokafka consumer of ``topic`` from the beginning, in no group."""
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        group_id=None,
        enable_auto_commit=False,
    )
    await consumer.start()
    return consumer


async def _indicator_times(
    bootstrap: str, topic: str, wanted: set[tuple[str, str]]
) -> dict[tuple[str, str], float]:
    """Kafka timestamp (seconds) of the first record of each (indicator id, last
    evidence event) on the indicator topic: when the detect agent produced it."""
    consumer = await _reader(bootstrap, topic)
    found: dict[tuple[str, str], float] = {}
    try:
        while True:
            batch = await consumer.getmany(timeout_ms=3000, max_records=10_000)
            if not batch:
                break
            for records in batch.values():
                for r in records:
                    obj = orjson.loads(r.value)
                    key = (obj["indicator_id"], obj["event_ids"][-1])
                    if key in wanted and key not in found:
                        found[key] = r.timestamp / 1000
    finally:
        await consumer.stop()
    return found


async def bare_consumer(bootstrap: str, topic: str, count: int) -> float:
    consumer = await _reader(bootstrap, topic)
    seen = 0
    t = time.perf_counter()
    try:
        while seen < count:
            batch = await consumer.getmany(timeout_ms=1000, max_records=10_000)
            for records in batch.values():
                for r in records:
                    orjson.loads(r.value)
                seen += len(records)
    finally:
        await consumer.stop()
    return count / (time.perf_counter() - t)


def _expected_newest(lines: list[bytes], settings: Any) -> set[tuple[str, str]]:
    """(indicator id, its newest version's last evidence event) for every indicator the
    batch replay of ``lines`` produces: what the worker must store."""
    from mamori.detect.step import DetectionStep, build_engine, limits_from
    from mamori.tools.replay import replay

    step = DetectionStep(build_engine(settings), limits_from(settings))
    newest: dict[str, str] = {}
    for ind in replay(lines, step).indicators:
        newest[ind.indicator_id] = ind.event_ids[-1]
    return set(newest.items())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rate", type=float, default=2000.0)
    parser.add_argument("--latency-events", type=int, default=20_000)
    parser.add_argument("--phases", default="throughput,latency", help="Comma-separated.")
    parser.add_argument(
        "--wait", type=float, default=600.0, help="Longest wait for the last indicator (s)."
    )
    parser.add_argument(
        "--split",
        action="store_true",
        help="Three processes, `mamori worker --role detect`, `--role sinks` and "
        "`--role alerts`, instead of one `mamori worker` running all three parts.",
    )
    parser.add_argument(
        "--timeline", action="store_true", help="Detect-stage delay by publish second."
    )
    args = parser.parse_args()

    from mamori.messaging.publisher import publish_lines
    from mamori.messaging.topics import ensure_topics
    from mamori.settings import Settings
    from mamori.storage.client import client
    from mamori.storage.migrations import apply_migrations

    work = Path(tempfile.mkdtemp(prefix="mamori-bench-"))
    kport, chport, chtcp = free_port(), free_port(), free_port()
    passwords = {
        u: secrets.token_hex(12) for u in ("mamori_admin", "mamori_writer", "mamori_reader")
    }
    with (
        KafkaBroker(work / "kafka", port=kport, controller_port=free_port()) as kafka,
        ClickHouseServer(
            work / "ch", http_port=chport, tcp_port=chtcp, passwords=passwords
        ) as chserver,
    ):
        key = secrets.token_hex(32)
        results: dict[str, str] = {}
        for phase in args.phases.split(","):
            topics = f"bench{phase}"
            env = _env(
                kafka.bootstrap_servers,
                chport,
                f"mamori_bench_{phase}",
                f"mamori-bench-{phase}",
                key,
                topics,
            )
            env.update(chserver.client_env(f"mamori_bench_{phase}"))
            os.environ.update(env)
            settings = Settings()
            apply_migrations(
                client(settings.clickhouse, role="admin"), settings.clickhouse.database
            )
            ensure_topics(settings.kafka)
            n = args.events if phase == "throughput" else args.latency_events
            lines = list(synthetic_lines(n, customers=max(1000, n // 10), seed=7))
            ch = client(settings.clickhouse, role="reader")
            db = settings.clickhouse.database
            workers = [
                ManagedProcess(
                    f"worker-{phase}-{'-'.join(roles) or 'all'}",
                    work,
                    [sys.executable, "-m", "mamori", "worker", "--loglevel", "warning"]
                    + [arg for role in roles for arg in ("--role", role)],
                    healthy=lambda: True,
                    cwd=REPO_ROOT,
                    # One state directory (Faust data, health file) per process.
                    env={**env, "MAMORI_STATE_DIR": str(work / f"state-{phase}-{i}")},
                )
                for i, roles in enumerate(
                    [("detect",), ("sinks",), ("alerts",)] if args.split else [()]
                )
            ]
            groups = [settings.app_id] + (
                [f"{settings.app_id}-sinks", f"{settings.app_id}-alerts"] if args.split else []
            )
            if phase == "throughput":
                publish_lines(lines, settings.kafka.contact_topic, settings.kafka, progress=False)
                ref = asyncio.run(
                    bare_consumer(kafka.bootstrap_servers, settings.kafka.contact_topic, n)
                )
                results["bare consumer (read + JSON decode)"] = f"{ref:,.0f} events/s"
                t0 = time.monotonic()
                for worker in workers:
                    worker.start()
                processed = 0
                # The first health row with events marks the end of start-up (group
                # join, recovery); the steady rate counts from there.
                first: tuple[float, int] | None = None
                while processed < n:
                    time.sleep(0.5)
                    processed = int(
                        ch.query(f"SELECT sum(events_in) FROM {db}.pipeline_stats").result_rows[0][
                            0
                        ]
                        or 0
                    )
                    if first is None and processed:
                        first = (time.monotonic(), processed)
                    if time.monotonic() - t0 > 1800:
                        break
                elapsed = time.monotonic() - t0
                results["worker throughput (detectors on, incl. start-up)"] = (
                    f"{processed / elapsed:,.0f} events/s ({processed} events in {elapsed:.1f}s)"
                )
                if first is not None and processed > first[1]:
                    steady_s = time.monotonic() - first[0]
                    results["worker throughput (after the first health row)"] = (
                        f"{(processed - first[1]) / steady_s:,.0f} events/s"
                        f" ({processed - first[1]} events in {steady_s:.1f}s)"
                    )
                for worker in workers:
                    results[f"{worker.name} peak RSS"] = (
                        f"{_peak_rss_mib(worker.pid() or 0):,.0f} MiB"
                    )
                    worker.stop()
            else:
                for worker in workers:
                    worker.start()
                # The clock starts once the workers own their partitions (groups Stable),
                # as a production worker always does, not after a guessed pause.
                waited = sum(_wait_stable(kafka.bootstrap_servers, g) for g in groups)
                results["worker start-up (until its groups are Stable)"] = f"{waited:.1f} s"
                sent_at: dict[str, float] = {}
                interval = 1.0 / args.rate
                t_next = time.time()
                from mamori.messaging.publisher import contact_producer

                # The product's publisher (mamori publish): its batching and compression.
                producer = contact_producer(settings.kafka)
                # The load generator shares the two cores with the worker: ids are read
                # before the clock, and its CPU per event is reported with the result.
                outgoing = [
                    (obj["event_id"], obj["customer_id"].encode(), raw)
                    for raw in lines
                    for obj in (orjson.loads(raw),)
                ]
                cpu0 = time.process_time()
                for event_id, key, raw in outgoing:
                    now = time.time()
                    if now < t_next:
                        time.sleep(t_next - now)
                    t_next += interval
                    sent_at[event_id] = time.time()
                    producer.send(settings.kafka.contact_topic, key=key, value=raw)
                producer.flush()
                published = time.time()
                results["load generator CPU (this process, while publishing)"] = (
                    f"{(time.process_time() - cpu0) / len(outgoing) * 1e6:.0f} µs per event"
                )
                # Every indicator the replay expects, in its newest version (ClickHouse
                # keeps the newest): wait for all of them, however long the tail is.
                expected = _expected_newest(lines, settings)
                landed: dict[tuple[str, str], float] = {}
                while len(landed) < len(expected) and time.time() - published < args.wait:
                    time.sleep(0.5)
                    rows = ch.query(
                        f"SELECT indicator_id, event_ids[-1],"
                        f" toUnixTimestamp64Milli(min(inserted_at)) FROM {db}.indicators"
                        " GROUP BY 1, 2"
                    ).result_rows
                    landed = {(i, e): ms / 1000 for i, e, ms in rows if (i, e) in expected}
                lat = sorted(at - sent_at[eid] for (_, eid), at in landed.items())
                missing = len(expected) - len(landed)
                label = f"latency at {args.rate:,.0f} events/s ({len(lat)} of {len(expected)} indicators"
                label += f", {missing} NOT stored within {args.wait:.0f} s)" if missing else ")"
                if lat:

                    def pct(p: float, lat: list[float] = lat) -> float:
                        return lat[min(len(lat) - 1, int(p * len(lat)))]

                    results[label] = (
                        f"p50 {pct(0.5) * 1000:.0f} ms, p95 {pct(0.95) * 1000:.0f} ms,"
                        f" p99 {pct(0.99) * 1000:.0f} ms, max {lat[-1] * 1000:.0f} ms"
                    )
                    # Where the time goes: publish → indicator record in Kafka (the
                    # detect agent), then that record → stored row (the sink agent).
                    produced = asyncio.run(
                        _indicator_times(
                            kafka.bootstrap_servers, settings.kafka.indicator_topic, set(landed)
                        )
                    )
                    both = [k for k in landed if k in produced]
                    detect = sorted(produced[k] - sent_at[k[1]] for k in both)
                    sink = sorted(landed[k] - produced[k] for k in both)
                    if args.timeline:
                        # Detect-stage delay by publish second: a delay that grows through
                        # the run is a rate above capacity; a flat one is a fixed cost.
                        start = min(sent_at.values())
                        buckets: dict[int, list[float]] = {}
                        for k in both:
                            second = int(sent_at[k[1]] - start) // 2 * 2
                            buckets.setdefault(second, []).append(produced[k] - sent_at[k[1]])
                        for second in sorted(buckets):
                            values = sorted(buckets[second])
                            results[f"  detect, published at {second:3d}-{second + 2} s"] = (
                                f"p50 {values[len(values) // 2] * 1000:.0f} ms,"
                                f" max {values[-1] * 1000:.0f} ms ({len(values)} indicators)"
                            )
                    for stage, values in (("  of which detect", detect), ("  of which sink", sink)):
                        if values:
                            results[stage] = (
                                f"p50 {pct(0.5, values) * 1000:.0f} ms,"
                                f" p99 {pct(0.99, values) * 1000:.0f} ms,"
                                f" max {values[-1] * 1000:.0f} ms"
                            )
                else:
                    results[label] = "nothing stored"
                for worker in workers:
                    worker.stop()
        cpu = subprocess.run(
            ["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"],
            capture_output=True,
            text=True,
        ).stdout.strip()
        print(f"date    : {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
        print(f"machine : {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}")
        for k, v in results.items():
            print(f"{k:55} {v}")


if __name__ == "__main__":
    main()
