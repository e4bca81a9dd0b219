"""Worker health: running totals since start, written to ``pipeline_stats`` by the
sinks and read by the demo summary."""

from __future__ import annotations

import logging
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
