"""``mamori demo``: the main job on local defaults, in one command.

Starts Kafka and ClickHouse (and Superset with the dashboards) as local processes,
applies migrations, starts the worker, publishes the sample stream, waits until
every indicator the replay predicts for that stream is in ClickHouse, and prints
a summary. The services and the worker keep running for exploration; stop them
with ``mamori services stop``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mamori.devstack.paths import LOCAL_DIR, REPO_ROOT
from mamori.devstack.process import ManagedProcess, ServiceError

SHARED_SAMPLE = REPO_ROOT.parent / "shared" / "data" / "sample" / "events.jsonl"
OWN_SAMPLE = LOCAL_DIR / "synthetic-sample.jsonl"


def _sample_file(path: Path | None) -> Path:
    if path is not None:
        return path
    if SHARED_SAMPLE.exists():
        return SHARED_SAMPLE
    from mamori.tools.synthetic import synthetic_lines

    OWN_SAMPLE.parent.mkdir(parents=True, exist_ok=True)
    OWN_SAMPLE.write_bytes(b"\n".join(synthetic_lines(20_000, customers=2_000)) + b"\n")
    return OWN_SAMPLE


def worker_process(run_dir: Path) -> ManagedProcess:
    return ManagedProcess(
        "worker",
        run_dir,
        [sys.executable, "-m", "mamori", "worker", "--loglevel", "warning"],
        healthy=lambda: True,
        cwd=REPO_ROOT,
        start_timeout=60,
    )


def _wait_for(
    ch: Any, database: str, expected: set[str], timeout: float, worker: ManagedProcess
) -> float:
    """Block until every expected indicator id is in ClickHouse; returns when."""
    deadline = time.monotonic() + timeout
    ids = list(expected)
    seen = 0
    while time.monotonic() < deadline:
        if not worker.running():
            raise ServiceError(f"worker exited; log {worker.log_file}:\n{worker.log_tail()}")
        seen = int(
            ch.query(
                f"SELECT uniqExact(indicator_id) FROM {database}.indicators"
                " WHERE indicator_id IN {ids:Array(String)}",
                parameters={"ids": ids},
            ).result_rows[0][0]
        )
        if seen >= len(expected):
            return time.monotonic()
        time.sleep(0.5)
    raise ServiceError(f"only {seen}/{len(expected)} indicators arrived within {timeout:.0f}s")


def run_demo(
    events_file: Path | None,
    *,
    superset: bool = True,
    timeout: float = 600.0,
    echo: Callable[[str], None] = print,
) -> None:
    """The whole pipeline on the local stack (see the module docstring); ``echo``
    reports progress."""
    from mamori.devstack.stack import LocalStack, load_local_secrets

    load_local_secrets()
    os.environ.setdefault("MAMORI_PROFILE", "local")
    from mamori.settings import get_settings

    get_settings.cache_clear()
    settings = get_settings()
    stack = LocalStack(settings)
    sample = _sample_file(events_file)

    echo("▶ starting Kafka and ClickHouse (local processes on 127.0.0.1)")
    stack.kafka().start()
    stack.clickhouse().start()

    from mamori.messaging.publisher import publish_lines
    from mamori.messaging.topics import ensure_topics
    from mamori.storage.client import client
    from mamori.storage.migrations import migrate_local
    from mamori.tools.replay import read_lines, replay

    applied = migrate_local(settings)
    echo(f"▶ migrations applied: {len(applied)} new")
    ensure_topics(settings.kafka)

    echo("▶ computing the expected indicators with the batch replay (same detectors)")
    from mamori.detect.step import DetectionStep, build_engine, limits_from

    step = DetectionStep(build_engine(settings), limits_from(settings))
    expected = replay(read_lines(sample), step)
    expected_ids = {i.indicator_id for i in expected.indicators}

    worker = worker_process(stack.root / "worker")
    echo("▶ starting the worker (mamori worker)")
    worker.start()

    lines = list(read_lines(sample))
    echo(f"▶ publishing {len(lines)} events from {sample}")
    started = time.monotonic()
    publish_lines(lines, settings.kafka.contact_topic, settings.kafka)
    ch = client(settings.clickhouse, role="reader")
    done = _wait_for(ch, settings.clickhouse.database, expected_ids, timeout, worker)
    elapsed = done - started
    from mamori.dashboards.bundle import refresh_counts

    # The dashboard counts refresh every minute; do it now so the charts show the sample.
    refresh_counts(client(settings.clickhouse, role="admin"), settings.clickhouse.database)

    extra = {
        "events published": str(len(lines)),
        "rejected by validation (replay)": str(len(expected.rejections)),
        "end-to-end events/s (publish → indicators queryable)": f"{len(lines) / elapsed:,.0f}",
        "matches batch replay": f"{len(expected_ids)} indicator ids, all present",
    }
    if superset:
        echo("▶ starting Superset and importing the dashboards")
        try:
            server = stack.superset()
            server.start()
            from mamori.dashboards.bundle import import_bundle

            import_bundle(server)
            extra["Superset"] = f"{server.url}  (login: {server.login_hint})"
        except (ServiceError, ImportError, OSError) as exc:  # the summary still stands
            extra["Superset"] = f"not started: {exc}"
    from mamori.reporting.summary import print_summary

    print_summary(settings, extra)
    echo("Services and worker keep running. Stop them with: .venv/bin/mamori services stop")
