"""``mamori demo``: the main job on local defaults, in one command.

Starts Kafka and ClickHouse (and Superset with the dashboards) as local processes,
applies migrations, starts the worker, publishes the sample stream, waits until
every indicator the replay predicts for that stream is in ClickHouse, checks that the
stored indicators and escalations *equal* the replay's, and prints a summary (and fails
when they differ). The services and the worker keep running for exploration; stop them
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
    seen = 0
    while time.monotonic() < deadline:
        if not worker.running():
            raise ServiceError(f"worker exited; log {worker.log_file}:\n{worker.log_tail()}")
        # The stored ids, compared here: tens of thousands of expected ids sent as one
        # query parameter exceed the HTTP interface's form-field limit.
        stored = ch.query(f"SELECT DISTINCT indicator_id FROM {database}.indicators")
        seen = len(expected.intersection(r[0] for r in stored.result_rows))
        if seen >= len(expected):
            return time.monotonic()
        time.sleep(0.5)
    raise ServiceError(f"only {seen}/{len(expected)} indicators arrived within {timeout:.0f}s")


def replay_differences(
    expected_indicators: dict[str, tuple[Any, ...]],
    stored_indicators: dict[str, tuple[Any, ...]],
    expected_escalations: dict[str, tuple[Any, ...]],
    stored_escalations: dict[str, tuple[Any, ...]],
) -> list[str]:
    """What differs between the replay and ClickHouse, id → comparable content, for
    indicators (newest version) and escalations alike: missing, extra, different."""
    out: list[str] = []
    for kind, want, got in (
        ("indicators", expected_indicators, stored_indicators),
        ("escalations", expected_escalations, stored_escalations),
    ):
        missing = sorted(set(want) - set(got))
        extra = sorted(set(got) - set(want))
        changed = sorted(k for k in set(want) & set(got) if want[k] != got[k])
        for label, ids in (("missing", missing), ("extra", extra), ("different", changed)):
            if ids:
                out.append(f"{kind}: {len(ids)} {label} (e.g. {', '.join(ids[:3])})")
    return out


def _stored(
    ch: Any, database: str
) -> tuple[dict[str, tuple[Any, ...]], dict[str, tuple[Any, ...]]]:
    inds = ch.query(
        f"SELECT indicator_id, category, toString(severity), customer_key, event_ids"
        f" FROM {database}.indicators FINAL"
    ).result_rows
    escs = ch.query(
        f"SELECT escalation_id, customer_key, stage, previous_stage, indicator_ids"
        f" FROM {database}.escalations FINAL"
    ).result_rows
    return (
        {r[0]: (r[1], r[2], r[3], tuple(r[4])) for r in inds},
        {r[0]: (r[1], r[2], r[3], tuple(r[4])) for r in escs},
    )


def _expected(result: Any) -> tuple[dict[str, tuple[Any, ...]], dict[str, tuple[Any, ...]]]:
    inds: dict[str, tuple[Any, ...]] = {}
    for i in result.indicators:  # event-time order: the newest version wins, as FINAL does
        w = i.to_wire()
        inds[w["indicator_id"]] = (
            w["category"],
            w["severity"],
            w["customer_key"],
            tuple(w["event_ids"]),
        )
    escs: dict[str, tuple[Any, ...]] = {}
    for e in result.escalations:
        w = e.to_wire()
        escs[w["escalation_id"]] = (
            w["customer_key"],
            w["stage"],
            w["previous_stage"],
            tuple(w["indicator_ids"]),
        )
    return inds, escs


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
    # Equality, not "every expected id arrived": the same indicators (newest versions)
    # and the same escalations, nothing missing, nothing extra, nothing different.
    want_inds, want_escs = _expected(expected)
    diff: list[str] = []
    deadline = time.monotonic() + 30  # escalations travel their own topic: let them land
    while True:
        got_inds, got_escs = _stored(ch, settings.clickhouse.database)
        diff = replay_differences(want_inds, got_inds, want_escs, got_escs)
        if not diff or time.monotonic() > deadline:
            break
        time.sleep(1)
    from mamori.dashboards.bundle import refresh_counts

    # The dashboard counts refresh every minute; do it now so the charts show the sample.
    refresh_counts(client(settings.clickhouse, role="admin"), settings.clickhouse.database)

    extra = {
        "events published": str(len(lines)),
        "rejected by validation (replay)": str(len(expected.rejections)),
        "end-to-end events/s (publish → indicators queryable)": f"{len(lines) / elapsed:,.0f}",
        "matches batch replay": (
            f"yes: {len(want_inds)} indicators and {len(want_escs)} escalations, equal"
            if not diff
            else "NO: " + "; ".join(diff)
        ),
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
    if diff:
        raise ServiceError(
            "the pipeline's output differs from the batch replay: " + "; ".join(diff)
        )
