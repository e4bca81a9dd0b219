"""HTTP ingest benchmark on a private real Kafka broker.

    .venv/bin/python bench/bench_ingest.py [--events 50000] [--single-events 3000] [--concurrency 8]

1. Starts its own Kafka broker (free ports, temp dir) and ``mamori ingest serve`` as a
   separate process (uvicorn, httptools, uvloop), one token.
2. Ingest: synthetic events POSTed as NDJSON batches of 100 (and of 1) by
   ``--concurrency`` parallel httpx clients; events/s = accepted events / wall time,
   p50/p99 = per-request latency (every 202 means Kafka acknowledged all its records).
3. Reference in the same run: a bare aiokafka producer with the same settings
   (acks=all, idempotent) sending the same records in groups of 100 (and 1) with the
   same concurrency, awaiting each group's acknowledgements — what the HTTP layer costs
   on top of Kafka itself.

The load generator, the server and the broker share the machine's cores; the figures
are a floor for a server with cores of its own. Because a loaded machine hands each
process only a share of a core, the CPU time per event of the server and the broker
(from /proc, whatever the load) is printed too: it is the figure that transfers.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import orjson

from mamori.devstack.kafka import KafkaBroker
from mamori.devstack.paths import REPO_ROOT
from mamori.devstack.process import ManagedProcess, free_port
from mamori.ingest.auth import new_token
from mamori.messaging.kafka_config import aiokafka_kwargs
from mamori.messaging.topics import ensure_topics
from mamori.settings import KafkaSettings
from mamori.tools.synthetic import synthetic_lines


def _lines(n: int, topic_tag: str) -> list[bytes]:
    out = []
    for i, raw in enumerate(synthetic_lines(n, customers=max(100, n // 20), seed=3)):
        obj = orjson.loads(raw)
        obj["event_id"] = f"{topic_tag}-{i}"
        obj["source"] = "bench"
        out.append(orjson.dumps(obj))
    return out


def _cpu_seconds(pid: int | None) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def _http_run(
    url: str, token: str, lines: list[bytes], batch: int, conc: int
) -> dict[str, float]:
    bodies = [b"\n".join(lines[i : i + batch]) for i in range(0, len(lines), batch)]
    latencies: list[float] = []
    accepted = 0
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    headers = {"authorization": f"Bearer {token}", "content-type": "application/x-ndjson"}

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal accepted
        while not queue.empty():
            body = queue.get_nowait()
            t0 = time.perf_counter()
            r = await client.post(url, content=body, headers=headers)
            latencies.append(time.perf_counter() - t0)
            if r.status_code != 202:
                raise RuntimeError(f"{r.status_code}: {r.text[:300]}")
            accepted += r.json()["accepted"]

    limits = httpx.Limits(max_connections=conc, max_keepalive_connections=conc)
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(conc)))
        seconds = time.perf_counter() - started
    return {
        "events": accepted,
        "seconds": seconds,
        "eps": accepted / seconds,
        "p50_ms": _percentile(latencies, 0.50) * 1000,
        "p99_ms": _percentile(latencies, 0.99) * 1000,
    }


async def _kafka_run(
    k: KafkaSettings, lines: list[bytes], batch: int, conc: int
) -> dict[str, float]:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(
        **aiokafka_kwargs(k),
        acks="all",
        enable_idempotence=True,
        linger_ms=2,
        max_batch_size=256 * 1024,
    )
    await producer.start()
    groups = [lines[i : i + batch] for i in range(0, len(lines), batch)]
    latencies: list[float] = []
    queue: asyncio.Queue[list[bytes]] = asyncio.Queue()
    for g in groups:
        queue.put_nowait(g)

    async def worker() -> None:
        while not queue.empty():
            group = queue.get_nowait()
            t0 = time.perf_counter()
            futures = []
            for raw in group:
                key = orjson.loads(raw)["customer_id"].encode()
                futures.append(await producer.send(k.contact_topic, raw, key=key))
            await asyncio.gather(*futures)
            latencies.append(time.perf_counter() - t0)

    try:
        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(conc)))
        seconds = time.perf_counter() - started
    finally:
        await producer.stop()
    return {
        "events": len(lines),
        "seconds": seconds,
        "eps": len(lines) / seconds,
        "p50_ms": _percentile(latencies, 0.50) * 1000,
        "p99_ms": _percentile(latencies, 0.99) * 1000,
    }


def _row(name: str, r: dict[str, float]) -> str:
    server = f"{r['server_us']:,.0f}" if "server_us" in r else "—"
    return (
        f"| {name} | {int(r['events']):,} | {r['eps']:,.0f} | {r['p50_ms']:.1f} | "
        f"{r['p99_ms']:.1f} | {server} | {r['broker_us']:,.0f} |"
    )


def _measured(
    run: Any, events: int, server_pid: int | None, broker_pid: int | None
) -> dict[str, float]:
    """Run one coroutine; add the server's and broker's CPU µs per event."""
    s0, b0 = _cpu_seconds(server_pid), _cpu_seconds(broker_pid)
    result: dict[str, float] = asyncio.run(run)
    if server_pid is not None:
        result["server_us"] = (_cpu_seconds(server_pid) - s0) * 1e6 / events
    result["broker_us"] = (_cpu_seconds(broker_pid) - b0) * 1e6 / events
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=50_000, help="events sent in batches of 100")
    parser.add_argument("--single-events", type=int, default=3_000, help="events sent one by one")
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="mamori-bench-ingest-") as tmp:
        root = Path(tmp)
        broker = KafkaBroker(root / "kafka", port=free_port(), controller_port=free_port())
        broker.start()
        try:
            k = KafkaSettings(bootstrap_servers=broker.bootstrap_servers)
            ensure_topics(k)
            token, digest = new_token()
            port = free_port()
            env = {
                "MAMORI_KAFKA__BOOTSTRAP_SERVERS": broker.bootstrap_servers,
                "MAMORI_INGEST__TOKENS": orjson.dumps(
                    [{"source": "bench", "sha256": digest}]
                ).decode(),
                "MAMORI_INGEST__RATE_PER_SECOND": "1000000",
                "MAMORI_INGEST__RATE_BURST": "1000000",
            }
            url = f"http://127.0.0.1:{port}"

            def healthy() -> bool:
                try:
                    return httpx.get(url + "/readyz", timeout=2).status_code == 200
                except httpx.HTTPError:
                    return False

            server = ManagedProcess(
                "ingest",
                root,
                [sys.executable, "-m", "mamori", "ingest", "serve", "--port", str(port)],
                healthy=healthy,
                env=env,
                cwd=REPO_ROOT,
                start_timeout=60,
            )
            with server:
                post = url + "/v1/contact-events"
                asyncio.run(_http_run(post, token, _lines(2_000, "warm"), 100, args.concurrency))
                results: list[tuple[str, dict[str, Any]]] = []
                sp, bp = server.pid(), broker.pid()
                n, n1, c = args.events, args.single_events, args.concurrency
                results.append(
                    (
                        "HTTP, batches of 100",
                        _measured(_http_run(post, token, _lines(n, "h100"), 100, c), n, sp, bp),
                    )
                )
                results.append(
                    (
                        "bare aiokafka, groups of 100 (reference)",
                        _measured(_kafka_run(k, _lines(n, "k100"), 100, c), n, None, bp),
                    )
                )
                results.append(
                    (
                        "HTTP, batches of 1",
                        _measured(_http_run(post, token, _lines(n1, "h1"), 1, c), n1, sp, bp),
                    )
                )
                results.append(
                    (
                        "bare aiokafka, groups of 1 (reference)",
                        _measured(_kafka_run(k, _lines(n1, "k1"), 1, c), n1, None, bp),
                    )
                )
        finally:
            broker.stop()

    load = os.getloadavg()
    print(
        f"\n{platform.node()} · {os.cpu_count()} CPUs · Python {platform.python_version()} · "
        f"load average at end {load[0]:.1f} · concurrency {args.concurrency}"
    )
    print(
        "| run | events | events/s | p50 request ms | p99 request ms | server CPU µs/event | broker CPU µs/event |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, r in results:
        print(_row(name, r))


if __name__ == "__main__":
    main()
