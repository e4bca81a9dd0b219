"""Side by side, one broker, one topic, one run: how fast can records be consumed?

    .venv/bin/python bench/bench_throughput.py [--events 200000] [--partitions 8]

Starts a private Kafka broker and ClickHouse server (the project's own devstack code,
free ports, temp dirs), publishes N contact events of about 400 bytes keyed by
customer to a topic of P partitions, then drains that same topic three times, each
reader in its own process and consumer group:

1. **bare consumer** — aiokafka ``getmany`` + ``orjson.loads`` per record: what the
   client library delivers (the reference);
2. **Faust no-op** — a Faust agent with the worker's tuning that does nothing
   (``async for value in stream: pass``): Faust's per-message ceiling;
3. **mamori worker** — the real worker: validation, pseudonyms, every detector,
   the customer-state table and changelog, the indicator/escalation/DLQ topics and the
   ClickHouse sinks.

For each: events/s and CPU µs per event (the reader process's user+system CPU time,
all threads) over the steady part of the run — from the first record seen (1, 2) or
the first committed offset (3) to the last — and the two ratios
worker / Faust no-op and worker / bare consumer. The worker's progress is read from
its consumer group's committed offsets, so a record counts only once it is processed
and committed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
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

ROOT = Path(__file__).resolve().parents[1]


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` (all threads), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def padded_lines(n: int, size: int) -> list[bytes]:
    """Synthetic contact events padded (``source`` field) to about ``size`` bytes."""
    from mamori.tools.synthetic import synthetic_events

    lines = []
    for event in synthetic_events(n, customers=max(1000, n // 10), seed=7):
        raw = orjson.dumps(event)
        if len(raw) < size - 20:
            event["source"] = "bench/" + "x" * (size - len(raw) - 20)
            raw = orjson.dumps(event)
        lines.append(raw)
    return lines


# -- readers, each run in a child process (``--role``) ---------------------------------


async def _bare(bootstrap: str, topic: str, count: int) -> dict[str, float]:
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        group_id=None,
        enable_auto_commit=False,
    )
    await consumer.start()
    seen = 0
    first: tuple[float, float] | None = None
    try:
        while seen < count:
            batch = await consumer.getmany(timeout_ms=1000, max_records=10_000)
            for records in batch.values():
                if first is None and records:
                    first = (time.perf_counter(), time.process_time())
                for r in records:
                    orjson.loads(r.value)
                seen += len(records)
    finally:
        end = (time.perf_counter(), time.process_time())
        await consumer.stop()
    assert first is not None
    return {"events": seen, "wall": end[0] - first[0], "cpu": end[1] - first[1]}


def _faust_noop(bootstrap: str, topic: str, count: int, out: Path) -> None:
    import faust

    app = faust.App(
        f"bench-noop-{os.getpid()}",
        broker=f"kafka://{bootstrap}",
        store="memory://",
        datadir=tempfile.mkdtemp(prefix="bench-noop-"),
        value_serializer="raw",
        key_serializer="raw",
        web_enabled=False,
        consumer_auto_offset_reset="earliest",
        topic_disable_leader=True,
        stream_buffer_maxsize=16384,
        broker_max_poll_records=2000,
        broker_commit_interval=1.0,
        broker_session_timeout=10.0,
        broker_heartbeat_interval=3.0,
    )
    source = app.topic(topic, internal=False)
    state: dict[str, Any] = {"seen": 0, "first": None}

    @app.agent(source)
    async def noop(stream: Any) -> None:
        async for _value in stream:
            if state["first"] is None:
                state["first"] = (time.perf_counter(), time.process_time())
            state["seen"] += 1
            if state["seen"] >= count:
                end = (time.perf_counter(), time.process_time())
                first = state["first"]
                out.write_text(
                    json.dumps(
                        {"events": count, "wall": end[0] - first[0], "cpu": end[1] - first[1]}
                    )
                )
                os._exit(0)  # the figure is written; no need for a graceful shutdown

    worker = faust.Worker(app, loglevel="WARNING", quiet=True)
    worker.spinner = None
    worker.execute_from_commandline()


def _child(role: str, bootstrap: str, topic: str, count: int) -> dict[str, float]:
    out = Path(tempfile.mkstemp(prefix=f"bench-{role}-", suffix=".json")[1])
    subprocess.run(
        [
            sys.executable,
            __file__,
            "--role",
            role,
            "--bootstrap",
            bootstrap,
            "--topic",
            topic,
            "--events",
            str(count),
            "--out",
            str(out),
        ],
        check=True,
        cwd=ROOT,
        timeout=3600,
    )
    result: dict[str, float] = json.loads(out.read_text())
    out.unlink()
    return result


def _committed(admin: Any, group: str, topic: str) -> int:
    from kafka.errors import KafkaError

    try:
        offsets = admin.list_group_offsets({group: None}).get(group, {})
    except KafkaError:  # the group's coordinator is not up yet
        return 0
    return sum(max(0, meta.offset) for tp, meta in offsets.items() if tp.topic == topic)


def _py_spy(pid: int, out: Path) -> subprocess.Popen[bytes]:
    """Sample the worker's steady state for 20 s (collapsed stacks, all threads)."""
    spy = Path(sys.executable).with_name("py-spy")
    return subprocess.Popen(
        [
            str(spy),
            "record",
            "--pid",
            str(pid),
            "--duration",
            "20",
            "--rate",
            "200",
            "--format",
            "raw",
            "--nonblocking",
            "--output",
            str(out),
        ],
    )


def _worker(
    work: Path,
    env: dict[str, str],
    bootstrap: str,
    group: str,
    topic: str,
    count: int,
    trace: bool = False,
    profile: Path | None = None,
) -> dict[str, float]:
    from kafka import KafkaAdminClient

    from mamori.devstack.process import ManagedProcess

    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    worker = ManagedProcess(
        "bench-worker",
        work,
        [sys.executable, "-m", "mamori", "worker", "--loglevel", "warning"],
        healthy=lambda: True,
        cwd=ROOT,
        env=env,
    )
    worker.start()
    pid = worker.pid()
    assert pid is not None
    first: tuple[float, float, int] | None = None
    spy: subprocess.Popen[bytes] | None = None
    done = 0
    deadline = time.monotonic() + 3600
    try:
        while done < count and time.monotonic() < deadline:
            time.sleep(0.25)
            done = _committed(admin, group, topic)
            if trace:
                print(f"  t={time.perf_counter():.1f} committed={done} cpu={_cpu_seconds(pid):.1f}")
            if first is None and done:
                first = (time.perf_counter(), _cpu_seconds(pid), done)
                if profile is not None:
                    spy = _py_spy(pid, profile)
        end = (time.perf_counter(), _cpu_seconds(pid))
    finally:
        if spy is not None:
            spy.wait(timeout=60)
        worker.stop()
        admin.close()
    assert first is not None and done >= count, f"worker processed {done}/{count}"
    return {"events": count - first[2], "wall": end[0] - first[0], "cpu": end[1] - first[1]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--size", type=int, default=400)
    parser.add_argument("--role", choices=["bare", "faust-noop"])
    parser.add_argument("--bootstrap")
    parser.add_argument("--topic")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--only", choices=["bare", "faust-noop", "worker"])
    parser.add_argument("--trace", action="store_true", help="Print the worker's progress.")
    parser.add_argument(
        "--profile", type=Path, help="py-spy the worker's steady state; collapsed stacks here."
    )
    args = parser.parse_args()
    if args.role == "bare":
        args.out.write_text(json.dumps(asyncio.run(_bare(args.bootstrap, args.topic, args.events))))
        return
    if args.role == "faust-noop":
        _faust_noop(args.bootstrap, args.topic, args.events, args.out)
        return

    from mamori.devstack.clickhouse import ClickHouseServer
    from mamori.devstack.kafka import KafkaBroker
    from mamori.devstack.process import free_port
    from mamori.messaging.publisher import publish_lines
    from mamori.messaging.topics import ensure_topics
    from mamori.settings import Settings
    from mamori.storage.client import client
    from mamori.storage.migrations import apply_migrations

    load_before = os.getloadavg()
    work = Path(tempfile.mkdtemp(prefix="mamori-bench-tp-"))
    passwords = {
        u: secrets.token_hex(12) for u in ("mamori_admin", "mamori_writer", "mamori_reader")
    }
    chport = free_port()
    with (
        KafkaBroker(work / "kafka", port=free_port(), controller_port=free_port()) as kafka,
        ClickHouseServer(
            work / "ch", http_port=chport, tcp_port=free_port(), passwords=passwords
        ) as chserver,
    ):
        db, app_id = "mamori_bench_tp", "mamori-bench-tp"
        env = {
            "MAMORI_PSEUDONYM_KEY": secrets.token_hex(32),
            "MAMORI_KAFKA__BOOTSTRAP_SERVERS": kafka.bootstrap_servers,
            "MAMORI_KAFKA__PARTITIONS": str(args.partitions),
            "MAMORI_KAFKA__CONTACT_TOPIC": "benchtp-contact-events",
            "MAMORI_KAFKA__INDICATOR_TOPIC": "benchtp-harassment-indicators",
            "MAMORI_KAFKA__ESCALATION_TOPIC": "benchtp-customer-escalations",
            "MAMORI_KAFKA__DLQ_TOPIC": "benchtp-contact-events-dlq",
            "MAMORI_CLICKHOUSE__HTTP_PORT": str(chport),
            "MAMORI_CLICKHOUSE__DATABASE": db,
            "MAMORI_APP_ID": app_id,
            **chserver.client_env(db),
        }
        os.environ.update(env)
        settings = Settings()
        apply_migrations(client(settings.clickhouse, role="admin"), db)
        ensure_topics(settings.kafka)
        topic = settings.kafka.contact_topic
        lines = padded_lines(args.events, args.size)
        publish_lines(lines, topic, settings.kafka, progress=False)
        results: dict[str, dict[str, float]] = {}
        for name, run in (
            ("bare consumer", lambda: _child("bare", kafka.bootstrap_servers, topic, args.events)),
            (
                "Faust no-op",
                lambda: _child("faust-noop", kafka.bootstrap_servers, topic, args.events),
            ),
            (
                "mamori worker",
                lambda: _worker(
                    work,
                    env,
                    kafka.bootstrap_servers,
                    app_id,
                    topic,
                    args.events,
                    args.trace,
                    args.profile,
                ),
            ),
        ):
            if args.only and args.only.split("-")[0] not in name.lower():
                continue
            results[name] = run()
            print(f"{name}: {results[name]}", flush=True)
    load_after = os.getloadavg()
    cpu = subprocess.run(
        ["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    print(f"date     : {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"machine  : {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"load     : 1-min load average {load_before[0]:.1f} before, {load_after[0]:.1f} after")
    avg = sum(map(len, lines)) / len(lines)
    print(
        f"input    : {args.events:,} records, {avg:.0f} bytes average, {args.partitions} partitions"
    )
    rates = {}
    for name, r in results.items():
        rates[name] = r["events"] / r["wall"]
        print(
            f"{name:15}: {rates[name]:>9,.0f} events/s  {r['cpu'] / r['events'] * 1e6:>7.1f} µs CPU/event"
            f"  ({r['events']:,.0f} events in {r['wall']:.1f} s)"
        )
    if len(rates) < 3:
        return
    worker = rates["mamori worker"]
    print(f"worker / Faust no-op   : {worker / rates['Faust no-op']:.2f}")
    print(f"worker / bare consumer : {worker / rates['bare consumer']:.3f}")


if __name__ == "__main__":
    main()
