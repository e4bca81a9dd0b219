"""Alert latency: contact event published → signed webhook received, full worker running.

    .venv/bin/python bench/bench_alerts.py [--rates 200,1000] [--seconds 30] [--threat-share 0.05]

For each rate: a private Kafka broker and ClickHouse engine (shared by the rates), fresh
topics, database and consumer group, one ``mamori worker`` process with a webhook
destination pointing at an HTTP receiver in this process (it verifies every signature
with ``standardwebhooks``, as a real receiver would). Synthetic contacts with a share of
chat threats (each from a new customer, so no throttle holds one back) are published at
a steady rate; per alert, latency = receive time − publish time of the alert's last
evidence event. Reference in the same run: the same events' indicators read from the
indicator topic by a bare consumer (publish → indicator on Kafka), i.e. what detection
alone costs before the alert path.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import platform
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import orjson

from mamori.devstack.clickhouse import ClickHouseServer
from mamori.devstack.kafka import KafkaBroker
from mamori.devstack.paths import REPO_ROOT
from mamori.devstack.process import ManagedProcess, free_port
from mamori.tools.synthetic import synthetic_lines

THREATS = ("お前の店に行って殺すぞ", "ぶっ殺してやるからな", "家族がどうなっても知らんぞ")


class Receiver:
    def __init__(self, secret: str) -> None:
        from standardwebhooks.webhooks import Webhook

        self.port = free_port()
        self.arrivals: dict[str, tuple[float, str]] = {}  # webhook-id → (time, last event id)
        self.bad = 0
        verifier = Webhook(secret)
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                at = time.time()
                try:
                    event = verifier.verify(body, {k.lower(): v for k, v in self.headers.items()})
                    receiver.arrivals.setdefault(
                        event["id"], (at, (event["data"]["event_ids"] or [""])[-1])
                    )
                    self.send_response(200)
                except Exception:  # noqa: BLE001 - counted, answered 400
                    receiver.bad += 1
                    self.send_response(400)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def indicator_watch(
    bootstrap: str, topic: str, seen: dict[str, float], stop: threading.Event
) -> None:
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    while not stop.is_set():
        for records in consumer.poll(timeout_ms=200).values():
            for r in records:
                ids = orjson.loads(r.value)["event_ids"]
                seen.setdefault(ids[-1], time.time())
    consumer.close()


def stream(rate: float, seconds: float, share: float, tag: str) -> list[bytes]:
    n = int(rate * seconds)
    base = list(synthetic_lines(n, customers=max(1000, n // 10), seed=13))
    start = datetime(2026, 7, 6, 1, 0, tzinfo=UTC)
    out: list[bytes] = []
    every = max(1, round(1 / share)) if share > 0 else 0
    for i, line in enumerate(base):
        if every and i % every == 0:
            out.append(
                orjson.dumps(
                    {
                        "event_id": f"{tag}-threat-{i}",
                        "occurred_at": (start + timedelta(seconds=i)).isoformat(),
                        "channel": "chat",
                        "direction": "inbound",
                        "customer_id": f"{tag}-threat-customer-{i}",
                        "agent_id": "staff-007",
                        "text": THREATS[i % len(THREATS)],
                    }
                )
            )
        else:
            out.append(line)
    return out


def pct(values: list[float], p: float) -> float:
    return values[min(len(values) - 1, int(p * len(values)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rates", default="200,1000")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--threat-share", type=float, default=0.05)
    parser.add_argument(
        "--modes",
        default="all,split",
        help="all = one `mamori worker`; split = `--role detect`, `--role sinks` and `--role alerts` processes",
    )
    parser.add_argument("--worker-loglevel", default="warning", help="e.g. info: the timeline")
    args = parser.parse_args()

    from mamori.messaging.publisher import contact_producer
    from mamori.messaging.topics import ensure_topics
    from mamori.settings import Settings
    from mamori.storage.client import client
    from mamori.storage.migrations import apply_migrations

    work = Path(tempfile.mkdtemp(prefix="mamori-bench-alerts-"))
    passwords = {
        u: secrets.token_hex(12) for u in ("mamori_admin", "mamori_writer", "mamori_reader")
    }
    results: list[str] = []
    with (
        KafkaBroker(work / "kafka", port=free_port(), controller_port=free_port()) as kafka,
        ClickHouseServer(
            work / "ch", http_port=free_port(), tcp_port=free_port(), passwords=passwords
        ) as chs,
    ):
        runs = [(float(r), m) for r in args.rates.split(",") for m in args.modes.split(",")]
        for rate, mode in runs:
            tag = f"ba{int(rate)}{mode}"
            secret = "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
            receiver = Receiver(secret)
            db = f"mamori_bench_alerts_{tag}"
            env = {
                "MAMORI_PSEUDONYM_KEY": secrets.token_hex(32),
                "MAMORI_APP_ID": f"mamori-bench-{tag}",
                "MAMORI_STATE_DIR": str(work / f"faust-{tag}"),
                "MAMORI_KAFKA__BOOTSTRAP_SERVERS": kafka.bootstrap_servers,
                **{
                    f"MAMORI_KAFKA__{k.upper()}_TOPIC": f"{tag}-{k}"
                    for k in (
                        "contact",
                        "indicator",
                        "escalation",
                        "dlq",
                        "alert",
                        "alert_outbox",
                        "alert_status",
                    )
                },
                "MAMORI_ALERTS__WEBHOOK__URL": f"http://127.0.0.1:{receiver.port}/hook",
                "MAMORI_ALERTS__WEBHOOK__SECRET": secret,
                **chs.client_env(db),
            }
            os.environ.update(env)
            settings = Settings()
            apply_migrations(client(settings.clickhouse, role="admin"), db)
            ensure_topics(settings.kafka)
            lines = stream(rate, args.seconds, args.threat_share, tag)
            roles = ["all"] if mode == "all" else ["detect", "sinks", "alerts"]
            workers = [
                ManagedProcess(
                    f"worker-{tag}-{role}",
                    work,
                    [
                        sys.executable,
                        "-m",
                        "mamori",
                        "worker",
                        "--loglevel",
                        args.worker_loglevel,
                    ]
                    + ["--role", role],
                    healthy=lambda: True,
                    cwd=REPO_ROOT,
                    env={**env, "MAMORI_STATE_DIR": str(work / f"faust-{tag}-{role}")},
                )
                for role in roles
            ]
            for worker in workers:
                worker.start()
            time.sleep(10)  # group join and recovery before the clock starts
            seen_ind: dict[str, float] = {}
            stop = threading.Event()
            watcher = threading.Thread(
                target=indicator_watch,
                args=(kafka.bootstrap_servers, settings.kafka.indicator_topic, seen_ind, stop),
                daemon=True,
            )
            watcher.start()
            producer = contact_producer(settings.kafka)  # as mamori publish sends
            sent_at: dict[str, float] = {}
            interval, t_next = 1.0 / rate, time.time()
            t_start = time.time()
            for raw in lines:
                obj = orjson.loads(raw)
                now = time.time()
                if now < t_next:
                    time.sleep(t_next - now)
                t_next += interval
                sent_at[obj["event_id"]] = time.time()
                producer.send(
                    settings.kafka.contact_topic, key=obj["customer_id"].encode(), value=raw
                )
            producer.flush()
            offered = len(lines) / (time.time() - t_start)
            # Drain: until every threat's alert arrived (each threat is a new customer, so
            # no throttle holds one back) and nothing new came for 5 s, or 10 min.
            threats = sum(1 for raw in lines if b"-threat-" in raw)
            drain_from, last_n, last_change = time.time(), -1, time.time()
            while time.time() - drain_from < 600:
                n = len(receiver.arrivals)
                if n != last_n:
                    last_n, last_change = n, time.time()
                if n >= threats and time.time() - last_change > 5:
                    break
                time.sleep(0.5)
            drained = time.time() - drain_from
            stop.set()
            watcher.join(5)
            for worker in workers:
                worker.stop()
            receiver.server.shutdown()
            lat = sorted(
                at - sent_at[eid] for at, eid in receiver.arrivals.values() if eid in sent_at
            )
            ref = sorted(t - sent_at[e] for e, t in seen_ind.items() if e in sent_at)
            # Where the tail sits in the run (seconds after the first publish): a start-up
            # effect, a periodic stall or a steady backlog look different here.
            slow = sorted(
                (sent_at[eid] - t_start, at - sent_at[eid])
                for at, eid in receiver.arrivals.values()
                if eid in sent_at and at - sent_at[eid] >= pct(lat, 0.95)
            )
            if slow:
                results.append(
                    f"{'':>6}  slowest 5 % published at "
                    + ", ".join(f"{t:.1f}s ({d * 1000:,.0f} ms)" for t, d in slow[:20])
                )
            if lat:
                results.append(
                    f"{rate:>6,.0f} ev/s {mode:>5} (offered {offered:,.0f}): publish→webhook "
                    f"p50 {pct(lat, 0.5) * 1000:,.0f} ms, p95 {pct(lat, 0.95) * 1000:,.0f} ms, "
                    f"p99 {pct(lat, 0.99) * 1000:,.0f} ms, max {lat[-1] * 1000:,.0f} ms "
                    f"({len(lat)} alerts, {receiver.bad} bad signatures; drained "
                    f"{drained:.0f}s after the last publish)"
                )
            if ref:
                results.append(
                    f"{'':>6}  reference publish→indicator on Kafka: p50 {pct(ref, 0.5) * 1000:,.0f} ms, "
                    f"p95 {pct(ref, 0.95) * 1000:,.0f} ms, p99 {pct(ref, 0.99) * 1000:,.0f} ms ({len(ref)} indicators)"
                )
    cpu = subprocess.run(
        ["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    print(f"date    : {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load avg {os.getloadavg()[0]:.1f}")
    print(f"machine : {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}")
    for line in results:
        print(line)
    print(json.dumps({"ok": bool(results)}))


if __name__ == "__main__":
    main()
