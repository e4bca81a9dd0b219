"""An async batch writer that returns only when ClickHouse has stored the batch.

While ClickHouse is unreachable or overloaded it retries with exponential
backoff, forever: the Faust agent awaiting it stops consuming, Kafka keeps the
records and the lag grows (backpressure). Errors that retrying cannot fix (a
schema mismatch, a permission error) are logged loudly and retried at the
longest interval, so an operator can fix and nothing is acknowledged meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from typing import Any

from clickhouse_connect.driver.exceptions import DatabaseError, OperationalError

from mamori.settings import Settings

log = logging.getLogger("mamori.sink")

#: ClickHouse error codes that pass on their own (overload, timeouts, too many parts).
_TRANSIENT_CODES = frozenset({159, 160, 164, 202, 203, 209, 210, 241, 252, 285, 319, 425, 999})


def is_transient(exc: BaseException) -> bool:
    if isinstance(exc, (OperationalError, OSError, asyncio.TimeoutError)):
        return True
    if isinstance(exc, DatabaseError):
        text = str(exc)
        return any(f"Code: {code}." in text for code in _TRANSIENT_CODES) or "Connection" in text
    return False


class BatchWriter:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: Any = None
        self.batches = 0
        self.rows = 0
        self.retries = 0
        self.last_error: str | None = None
        self.last_error_at: float | None = None

    async def _get_client(self) -> Any:
        if self._client is None:
            from mamori.chclient import async_client

            self._client = await async_client(self.settings.clickhouse, role="writer")
        return self._client

    async def write(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None:
        """Insert one batch; retries until stored."""
        if not rows:
            return
        sink = self.settings.sink
        delay = sink.retry_initial_seconds
        while True:
            try:
                ch = await self._get_client()
                await ch.insert(table, list(rows), column_names=list(columns))
                self.batches += 1
                self.rows += len(rows)
                return
            except Exception as exc:  # noqa: BLE001 - every failure means: keep the batch, retry
                self.retries += 1
                self.last_error, self.last_error_at = (
                    f"{type(exc).__name__}: {exc}"[:500],
                    time.time(),
                )
                self._client = None
                if is_transient(exc):
                    log.warning(
                        "ClickHouse insert into %s failed (%s); retry in %.1fs",
                        table,
                        type(exc).__name__,
                        delay,
                    )
                else:
                    delay = sink.retry_max_seconds
                    log.error(
                        "ClickHouse insert into %s failed permanently? %s; retry in %.0fs",
                        table,
                        exc,
                        delay,
                    )
                await asyncio.sleep(delay)
                delay = min(delay * 2, sink.retry_max_seconds)
