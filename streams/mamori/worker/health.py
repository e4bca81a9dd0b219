"""Worker health: running totals since start, written to ``pipeline_stats`` by the
sinks and read by the demo summary; and the health file (lag, last successful insert)
that ``mamori health`` checks for the container health check."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Final

from mamori.worker.dlq import DLQ_REASON_HEADER, PROCESSING_ERROR
from mamori.worker.handler import BatchOutput

PROCESSING_ERROR_B: Final = PROCESSING_ERROR.encode()

log = logging.getLogger("mamori.worker")

#: Columns of the ``pipeline_stats`` table, in insert order.
PIPELINE_STATS_COLUMNS: Final = [
    "worker",
    "ts",
    "events_in",
    "dead_letters",
    "indicators_out",
    "interval_s",
    "consumer_lag",
]


class Counters:
    """Worker totals since start, for pipeline_stats and the demo summary."""

    def __init__(self) -> None:
        self.events = 0
        self.dead_letters = 0
        self.indicators = 0
        self.escalations = 0
        #: Mis-keyed contact records sent again keyed by their customer id.
        self.rekeyed = 0
        #: Stored customer states that could not be decoded (replaced by empty ones).
        self.unreadable_states = 0
        #: Dead letters with reason ``processing_error`` (detection raised).
        self.processing_errors = 0

    def add(self, out: BatchOutput) -> None:
        self.events += out.events
        self.dead_letters += len(out.dead_letters)
        self.indicators += len(out.indicators)
        self.escalations += len(out.escalations)
        self.rekeyed += len(out.forwards)
        if out.forwards:
            # A publisher keys by something else than the customer id: fix it upstream.
            log.warning(
                "%d mis-keyed contact records sent again keyed by customer (%d since start)",
                len(out.forwards),
                self.rekeyed,
            )
        self.unreadable_states += out.unreadable_states
        self.processing_errors += sum(
            1 for d in out.dead_letters if d.headers.get(DLQ_REASON_HEADER) == PROCESSING_ERROR_B
        )


# -- health file: what the compose health check (`mamori health`) reads ----------------
#: Written by the worker's stats timer every few seconds (atomically, by rename).
HEALTH_FILE_NAME: Final = "health.json"


def write_health(
    path: Path,
    *,
    now: float,
    consumer_lag: int,
    last_insert_at: float | None,
    last_error: str | None,
) -> None:
    """Record the worker's health: when it was alive, how far behind it is and when
    its sink last stored a batch (POSIX seconds)."""
    data = {
        "ts": now,
        "consumer_lag": consumer_lag,
        "last_insert_at": last_insert_at,
        "last_error": last_error,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data), "utf-8")
    os.replace(tmp, path)


def health_problems(
    path: Path, *, now: float, max_age_s: float, max_insert_age_s: float, max_lag: int
) -> list[str]:
    """Why the worker is unhealthy (empty: healthy).

    Unhealthy when the file is missing or stale (the event loop or the stats timer is
    stuck), when more than ``max_lag`` records wait, or when records wait and no batch
    was stored for ``max_insert_age_s`` (a stalled sink: ClickHouse down, a lost
    grant). An idle worker with nothing waiting is healthy.
    """
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        return [f"no readable health file at {path}: {exc}"]
    problems: list[str] = []
    age = now - float(data.get("ts", 0))
    if age > max_age_s:
        problems.append(f"health file {age:.0f}s old (> {max_age_s:.0f}s): worker stuck or gone")
    lag = int(data.get("consumer_lag", -1))
    if lag > max_lag:
        problems.append(f"consumer lag {lag} > {max_lag}")
    last = data.get("last_insert_at")
    waiting = lag != 0
    if waiting and (last is None or now - float(last) > max_insert_age_s):
        since = "never" if last is None else f"{now - float(last):.0f}s ago"
        error = data.get("last_error") or "no error recorded"
        problems.append(f"records waiting (lag {lag}) but last insert {since}: {error}")
    return problems
