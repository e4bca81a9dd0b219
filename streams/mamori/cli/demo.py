"""``mamori demo``: the main job on the local stack."""

from __future__ import annotations

import os
import time
from pathlib import Path

import click

from mamori.devstack.process import ServiceError
from mamori.tools.demo import _sample_file, _wait_for, worker_process


@click.command("demo")
@click.option(
    "--events",
    "events_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="JSONL of ContactEvents (default: the shared sample, else a synthetic one).",
)
@click.option("--no-superset", is_flag=True, help="Skip Superset and the dashboards.")
@click.option("--timeout", default=600.0, show_default=True, help="Seconds to wait for indicators.")
def demo_command(events_file: Path | None, no_superset: bool, timeout: float) -> None:
    """Run the whole pipeline locally on a sample stream and print a summary."""
    from mamori.devstack.stack import LocalStack, load_local_secrets

    load_local_secrets()
    os.environ.setdefault("MAMORI_PROFILE", "local")
    from mamori.settings import get_settings

    get_settings.cache_clear()
    settings = get_settings()
    stack = LocalStack(settings)
    sample = _sample_file(events_file)
    echo = click.echo

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
    if not no_superset:
        echo("▶ starting Superset and importing the dashboards")
        try:
            superset = stack.superset()
            superset.start()
            from mamori.dashboards.bundle import import_bundle

            import_bundle(superset)
            extra["Superset"] = f"{superset.url}  (login: {superset.login_hint})"
        except (ServiceError, ImportError, OSError) as exc:  # the summary still stands
            extra["Superset"] = f"not started: {exc}"
    from mamori.reporting.summary import print_summary

    print_summary(settings, extra)
    echo("Services and worker keep running. Stop them with: .venv/bin/mamori services stop")
