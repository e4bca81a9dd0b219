"""Helpers shared by the pipeline integration tests: a worker process wired to the
test's own Kafka topics and ClickHouse database, and the input streams."""

from __future__ import annotations

import secrets
import sys
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from mamori.devstack.paths import REPO_ROOT
from mamori.devstack.process import ManagedProcess
from mamori.settings import Settings

PSEUDONYM_KEY = secrets.token_hex(32)


@dataclass
class PipelineEnv:
    """One isolated pipeline: topics, consumer group and database of its own."""

    env: dict[str, str]
    settings: Settings
    run_dir: Path

    def worker(self, name: str = "worker") -> ManagedProcess:
        return ManagedProcess(
            name,
            self.run_dir,
            [sys.executable, "-m", "mamori", "worker", "--loglevel", "info"],
            healthy=lambda: True,
            env=self.env,
            cwd=REPO_ROOT,
            stop_timeout=30,
        )


def make_env(bootstrap: str, clickhouse: dict[str, str], run_dir: Path) -> PipelineEnv:
    tag = uuid.uuid4().hex[:8]
    env = {
        "MAMORI_PSEUDONYM_KEY": PSEUDONYM_KEY,
        "MAMORI_APP_ID": f"mamori-test-{tag}",
        "MAMORI_STATE_DIR": str(run_dir / "faust"),
        "MAMORI_KAFKA__BOOTSTRAP_SERVERS": bootstrap,
        "MAMORI_KAFKA__CONTACT_TOPIC": f"t{tag}-contact-events",
        "MAMORI_KAFKA__INDICATOR_TOPIC": f"t{tag}-harassment-indicators",
        "MAMORI_KAFKA__ESCALATION_TOPIC": f"t{tag}-customer-escalations",
        "MAMORI_KAFKA__DLQ_TOPIC": f"t{tag}-contact-events-dlq",
        "MAMORI_SINK__MAX_BATCH_SECONDS": "0.5",
        "MAMORI_SINK__RETRY_MAX_SECONDS": "2",
        **clickhouse,
    }
    settings = _settings_from(env)
    return PipelineEnv(env=env, settings=settings, run_dir=run_dir)


def _settings_from(env: dict[str, str]) -> Settings:
    import os

    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        return Settings()
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


JST_START = datetime(2026, 7, 6, 10, 0, tzinfo=UTC) - timedelta(hours=9)  # Monday 10:00 JST


def contact(n: int, customer: str, at: datetime, text: str, **extra: Any) -> dict[str, Any]:
    return {
        "event_id": f"it-{n:06d}",
        "occurred_at": at.isoformat(),
        "channel": extra.pop("channel", "chat"),
        "direction": "inbound",
        "customer_id": customer,
        "agent_id": extra.pop("agent_id", "staff-007"),
        "text": text,
        **extra,
    }


def mixed_stream() -> tuple[list[bytes], int]:
    """A stream with harassment, legitimate complaints, a burst, a long call and
    malformed records; returns (lines, number of malformed lines)."""
    from mamori.tools.synthetic import synthetic_lines

    lines = list(synthetic_lines(600, customers=120, seed=11))
    at = JST_START
    n = 0
    extra_events = []
    for i in range(9):  # a burst from one customer
        n += 1
        extra_events.append(
            contact(n, "burst-customer-1", at + timedelta(minutes=3 * i), "返事は？まだですか")
        )
    n += 1
    extra_events.append(
        contact(
            n,
            "long-caller-9",
            at,
            "客: いい加減にしろ、土下座しろ",
            channel="phone",
            duration_s=4000,
        )
    )
    lines += [orjson.dumps(e) for e in extra_events]
    malformed = [
        b"{not json",
        b"\xff\xfe\x00",
        b"[]",
        orjson.dumps({"event_id": "bad-1", "channel": "phone"}),
        orjson.dumps(contact(900001, "c", at, "x") | {"occurred_at": "yesterday"}),
        orjson.dumps(contact(900002, "c", at, "x") | {"channel": "fax"}),
        orjson.dumps(contact(900003, "c", at, "x" * 30_000)),
    ]
    return lines + malformed, len(malformed)


def wait_until(check: Callable[[], bool], timeout: float, what: str, step: float = 0.5) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


def wire_set(indicators: Iterable[dict[str, Any]]) -> set[tuple[Any, ...]]:
    """What must be equal between replay and ClickHouse: id, category, severity, evidence ids."""
    return {
        (i["indicator_id"], i["category"], i["severity"], tuple(i["event_ids"])) for i in indicators
    }
