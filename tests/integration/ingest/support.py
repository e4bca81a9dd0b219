"""Helpers of the ingest tests: a real ``mamori ingest serve`` process on a free
127.0.0.1 port, tokens, events and a consumer that reads a topic back."""

from __future__ import annotations

import ssl
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import orjson

from mamori.devstack.paths import REPO_ROOT
from mamori.devstack.process import ManagedProcess, free_port
from mamori.ingest.auth import new_token
from mamori.settings import KafkaSettings

NDJSON = {"content-type": "application/x-ndjson"}


@dataclass
class Server:
    url: str
    token: str
    metrics_token: str
    process: ManagedProcess

    def headers(self, token: str | None = None, **extra: str) -> dict[str, str]:
        return {"authorization": f"Bearer {token or self.token}", **NDJSON, **extra}


def kafka_env(k: KafkaSettings) -> dict[str, str]:
    return {
        "MAMORI_KAFKA__BOOTSTRAP_SERVERS": k.bootstrap_servers,
        "MAMORI_KAFKA__CONTACT_TOPIC": k.contact_topic,
        "MAMORI_KAFKA__INDICATOR_TOPIC": k.indicator_topic,
        "MAMORI_KAFKA__ESCALATION_TOPIC": k.escalation_topic,
        "MAMORI_KAFKA__DLQ_TOPIC": k.dlq_topic,
    }


@contextmanager
def ingest_server(
    kafka: KafkaSettings,
    run_dir: Path,
    source: str = "pbx-test",
    verify: ssl.SSLContext | None = None,
    **ingest: str,
) -> Iterator[Server]:
    """``mamori ingest serve`` with one ingest token (``source``) and one metrics token;
    ``ingest`` overrides settings, e.g. ``RATE_BURST="3"``."""
    token, digest = new_token()
    metrics_token, metrics_digest = new_token()
    port = free_port()
    tokens = [
        {"source": source, "sha256": digest, "scopes": ["ingest"]},
        {"source": "prometheus", "sha256": metrics_digest, "scopes": ["metrics"]},
    ]
    env = {
        **kafka_env(kafka),
        "MAMORI_INGEST__TOKENS": orjson.dumps(tokens).decode(),
        "MAMORI_INGEST__ACK_TIMEOUT_SECONDS": "5",
        **{f"MAMORI_INGEST__{k.upper()}": v for k, v in ingest.items()},
    }
    # With TLS_CERTFILE/TLS_KEYFILE set the server speaks HTTPS; ``verify`` trusts its CA.
    url = f"{'https' if verify else 'http'}://127.0.0.1:{port}"

    def healthy() -> bool:
        try:
            return httpx.get(f"{url}/healthz", timeout=1, verify=verify or True).status_code == 200
        except httpx.HTTPError:
            return False

    process = ManagedProcess(
        f"ingest-{port}",
        run_dir,
        [sys.executable, "-m", "mamori", "ingest", "serve", "--port", str(port)],
        healthy=healthy,
        env=env,
        cwd=REPO_ROOT,
        start_timeout=60,
        stop_timeout=15,
    )
    with process:
        yield Server(url, token, metrics_token, process)


def event(n: int, customer: str = "cust-1", **extra: Any) -> dict[str, Any]:
    at = datetime(2026, 7, 6, 1, 0, tzinfo=UTC) + timedelta(minutes=n)
    return {
        "event_id": f"http-{n:05d}",
        "occurred_at": at.isoformat(),
        "channel": "chat",
        "direction": "inbound",
        "customer_id": customer,
        "text": f"message {n}",
        **extra,
    }


def ndjson(*lines: bytes | dict[str, Any]) -> bytes:
    return b"\n".join(line if isinstance(line, bytes) else orjson.dumps(line) for line in lines)


def read_topic(k: KafkaSettings, topic: str, timeout_ms: int = 4000) -> list[Any]:
    from kafka import KafkaConsumer

    from mamori.messaging.kafka_config import kafka_python_kwargs

    consumer = KafkaConsumer(
        topic,
        auto_offset_reset="earliest",
        consumer_timeout_ms=timeout_ms,
        **kafka_python_kwargs(k),
    )
    try:
        return list(consumer)
    finally:
        consumer.close()
