"""An async batch writer that returns only when ClickHouse has stored the batch.

While ClickHouse is unreachable, restarting or overloaded, ``write`` retries with
exponential backoff, forever: the Faust agent awaiting it stops consuming, Kafka
keeps the records and the consumer lag grows (backpressure); nothing is
acknowledged that is not stored. Errors that waiting cannot fix (an unknown table
or column, a type mismatch, a permission or authentication error) raise at once,
so a deployment mistake stops the worker loudly instead of stalling it silently.

A retried batch may have been stored by the failed attempt already (the
connection dropped after the server committed): the tables are
ReplacingMergeTree keyed by deterministic ids, so the copy collapses.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Final

from clickhouse_connect.driver.exceptions import DatabaseError, OperationalError

from mamori.settings import Settings

log = logging.getLogger("mamori.sink")

#: ClickHouse error codes that pass on their own: timeouts, overload, too many parts,
#: memory limits, network trouble, a query cancelled by a server shutting down.
TRANSIENT_CODES: Final = frozenset(
    {159, 160, 202, 203, 209, 210, 236, 241, 242, 252, 285, 319, 394, 425, 439, 999, 1000}
)


class SchemaMismatch(RuntimeError):
    """The writer sends a column the table does not have (a migration is missing)."""


def is_transient(exc: BaseException) -> bool:
    """True if retrying the same insert later can succeed."""
    code = getattr(exc, "code", None)
    if isinstance(exc, DatabaseError) and isinstance(code, int):
        return code in TRANSIENT_CODES
    # No server error code: the request never got an answer (refused, reset, timeout,
    # an HTTP 5xx from something in between).
    return isinstance(exc, (OperationalError, OSError, asyncio.TimeoutError)) or (
        isinstance(exc, DatabaseError) and "HTTP status 5" in str(exc)
    )


@dataclass
class WriterStats:
    """Counters for health checks and the pipeline_stats table."""

    batches: int = 0
    rows: int = 0
    retries: int = 0
    last_error: str | None = None
    last_error_at: float | None = None
    #: time.time() since which a batch has been waiting to be stored; None if none.
    stalled_since: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class BatchWriter:
    """``await writer.write(table, columns, rows)`` — one insert per call, retried until stored.

    One HTTP client per table: each Faust agent writes one table, so no client is
    shared by coroutines running at the same time (clickhouse-connect#295).
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.stats = WriterStats()
        self._clients: dict[str, Any] = {}
        #: table → column name → ClickHouse type, so an insert is one request, not two
        #: (the driver would otherwise DESCRIBE the table before every insert).
        self._types: dict[str, dict[str, str]] = {}

    # Counters, flat for callers that only want the numbers.
    @property
    def batches(self) -> int:
        return self.stats.batches

    @property
    def rows(self) -> int:
        return self.stats.rows

    @property
    def retries(self) -> int:
        return self.stats.retries

    @property
    def last_error(self) -> str | None:
        return self.stats.last_error

    async def _client(self, table: str) -> Any:
        if table not in self._clients:
            from mamori.storage.client import async_client

            self._clients[table] = await async_client(self.settings.clickhouse, role="writer")
        return self._clients[table]

    async def _column_types(self, ch: Any, table: str, columns: list[str]) -> list[str]:
        if table not in self._types:
            described = await ch.query(f"DESCRIBE TABLE {table}")
            self._types[table] = {str(r[0]): str(r[1]) for r in described.result_rows}
        known = self._types[table]
        missing = [c for c in columns if c not in known]
        if missing:
            raise SchemaMismatch(f"{table} has no column(s) {missing}: migrations not applied?")
        return [known[c] for c in columns]

    async def _drop_client(self, table: str) -> None:
        self._types.pop(table, None)
        ch = self._clients.pop(table, None)
        if ch is not None:
            try:
                await ch.close()
            except Exception:  # noqa: BLE001 - the connection is already broken
                log.debug("closing a failed ClickHouse client", exc_info=True)

    async def write(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None:
        """Insert ``rows`` into ``table`` as one batch; returns once stored.

        Raises the driver's error if it is not transient (see :func:`is_transient`).
        """
        if not rows:
            return
        sink = self.settings.sink
        delay = sink.retry_initial_seconds
        data = [list(r) for r in rows]
        names = list(columns)
        while True:
            try:
                ch = await self._client(table)
                types = await self._column_types(ch, table, names)
                await ch.insert(table, data, column_names=names, column_type_names=types)
            except Exception as exc:
                await self._drop_client(table)
                self.stats.last_error = f"{type(exc).__name__}: {exc}"[:500]
                self.stats.last_error_at = time.time()
                if not is_transient(exc):
                    self.stats.stalled_since = None
                    log.error("ClickHouse insert into %s failed, not retrying: %s", table, exc)
                    raise
                self.stats.retries += 1
                if self.stats.stalled_since is None:
                    self.stats.stalled_since = time.time()
                log.warning(
                    "ClickHouse insert of %d rows into %s failed (%s); retry in %.1fs",
                    len(data),
                    table,
                    self.stats.last_error[:200],
                    delay,
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, sink.retry_max_seconds)
                continue
            self.stats.batches += 1
            self.stats.rows += len(data)
            self.stats.stalled_since = None
            return

    async def close(self) -> None:
        for table in list(self._clients):
            await self._drop_client(table)
