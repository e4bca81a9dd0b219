"""``mamori demo``: the main job on local defaults, in one command.

Starts Kafka and ClickHouse (and Superset with the dashboards) as local processes,
applies migrations, starts the worker, publishes the sample stream, waits until
every indicator the replay predicts for that stream is in ClickHouse, and prints
a summary. The services and the worker keep running for exploration; stop them
with ``mamori services stop``.
"""

from __future__ import annotations

import sys
import time
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
