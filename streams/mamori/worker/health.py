"""Worker health: running totals since start, written to ``pipeline_stats`` by the
sinks and read by the demo summary."""

from __future__ import annotations

from typing import Final

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
