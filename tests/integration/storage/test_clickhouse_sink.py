"""The batch writer on the real engine: batches land, a server outage in the middle
of a stream of batches delays but never loses or doubles a row, identical
re-inserts collapse, and mistakes that waiting cannot fix raise."""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from clickhouse_connect.driver.exceptions import DatabaseError

from fixtures.clickhouse import settings_for
from mamori.devstack.clickhouse import ClickHouseServer
from mamori.devstack.process import free_port
from mamori.domain.contract import rfc3339
from mamori.settings import Settings, SinkSettings
from mamori.storage.client import client
from mamori.storage.migrations import apply_migrations
from mamori.storage.rows import (
    DEAD_LETTER_COLUMNS,
    ESCALATION_COLUMNS,
    INDICATOR_COLUMNS,
    dead_letter_row,
    escalation_row,
    indicator_row,
)
from mamori.storage.writer import BatchWriter, SchemaMismatch

pytestmark = pytest.mark.clickhouse
T0 = datetime(2026, 8, 13, 5, 0, tzinfo=UTC)


def wire(i: int, minutes: int = 0, tag: str = "t") -> dict[str, Any]:
    """An IndicatorEvent wire dict; ``minutes`` moves its evidence later (a newer version)."""
    start = T0 + timedelta(seconds=i)
    return {
        "indicator_id": f"{tag}-{i:08d}",
        "category": "contact_flood" if i % 2 else "abusive_language",
        "severity": ("low", "medium", "high")[i % 3],
        "score": 0.5,
        "customer_key": f"c_{i % 97:024x}",
        "agent_key": None if i % 5 else f"a_{i % 7:024x}",
        "channel": "chat",
        "event_ids": [f"e-{i}", f"e-{i + 1}"],
        "window_start": rfc3339(start) if i % 2 else None,
        "window_end": rfc3339(start + timedelta(hours=1)) if i % 2 else None,
        "occurred_at": rfc3339(start + timedelta(minutes=minutes)),
        "detected_at": rfc3339(start + timedelta(minutes=minutes, seconds=1)),
        "evidence": f"{i} contacts",
        "detector": "window@1",
    }


def rows(n: int, first: int = 0, minutes: int = 0, tag: str = "t") -> list[tuple[Any, ...]]:
    return [indicator_row(wire(i, minutes, tag), i % 8, i) for i in range(first, first + n)]


def fast(db: Any) -> Settings:
    return db.app_settings(retry_initial_seconds=0.1, retry_max_seconds=1.0)  # type: ignore[no-any-return]


def counts(reader: Any, table: str) -> tuple[int, int, int]:
    """(rows, rows after FINAL, distinct ids)."""
    raw = reader.query(f"SELECT count() FROM {table}").result_rows[0][0]
    final, ids = reader.query(
        f"SELECT count(), uniqExact(indicator_id) FROM {table} FINAL"
    ).result_rows[0]
    return int(raw), int(final), int(ids)


def test_batches_land(ch_database: Any) -> None:
    table = f"{ch_database.name}.indicators"
    writer = BatchWriter(fast(ch_database))

    async def run() -> None:
        for b in range(3):
            await writer.write(table, INDICATOR_COLUMNS, rows(1000, first=b * 1000))
        await writer.write(table, INDICATOR_COLUMNS, [])  # nothing to do, no insert
        esc = {
            "escalation_id": "esc-1",
            "customer_key": "c_1",
            "stage": "warn",
            "previous_stage": "watch",
            "risk": 2.5,
            "crossed_at": "2026-08-13T06:00:00.000Z",
            "detected_at": "2026-08-13T06:00:01.000Z",
            "indicator_ids": ["t-00000001"],
            "event_ids": ["e-1"],
            "categories": ["contact_flood"],
        }
        await writer.write(
            f"{ch_database.name}.escalations", ESCALATION_COLUMNS, [escalation_row(esc, 0, 0)]
        )
        dlq = dead_letter_row(
            reason="invalid_json",
            detail="line 1",
            source_topic="contact-events",
            partition=2,
            offset=41,
            size_bytes=12,
            received_at=T0,
        )
        await writer.write(f"{ch_database.name}.dead_letters", DEAD_LETTER_COLUMNS, [dlq])
        await writer.close()

    asyncio.run(run())
    assert counts(ch_database.reader, table) == (3000, 3000, 3000)
    assert (writer.batches, writer.rows, writer.retries, writer.last_error) == (5, 3002, 0, None)
    for t in ("escalations", "dead_letters"):
        n = ch_database.reader.query(f"SELECT count() FROM {ch_database.name}.{t}").result_rows
        assert n[0][0] == 1, t


def test_identical_reinserts_collapse_and_newer_evidence_wins(ch_database: Any) -> None:
    table = f"{ch_database.name}.indicators"
    writer = BatchWriter(fast(ch_database))
    batch = rows(500)

    async def run() -> None:
        await writer.write(table, INDICATOR_COLUMNS, batch)
        await writer.write(table, INDICATOR_COLUMNS, batch)  # a redelivery
        await writer.write(table, INDICATOR_COLUMNS, rows(10, minutes=30))  # grown windows
        await writer.close()

    asyncio.run(run())
    assert counts(ch_database.reader, table) == (1010, 500, 500)
    newest = ch_database.reader.query(
        f"SELECT indicator_id, occurred_at FROM {table} FINAL WHERE indicator_id < 't-00000010'"
    ).result_rows
    assert len(newest) == 10
    for ind_id, occurred in newest:
        i = int(ind_id.split("-")[1])
        assert occurred.replace(tzinfo=UTC) == T0 + timedelta(seconds=i, minutes=30), ind_id
    ch_database.admin.command(f"OPTIMIZE TABLE {table} FINAL")
    assert counts(ch_database.reader, table) == (500, 500, 500)


def test_errors_that_waiting_cannot_fix_raise(ch_database: Any, clickhouse_server: Any) -> None:
    writer = BatchWriter(fast(ch_database))

    async def attempt(table: str, columns: list[str]) -> None:
        try:
            await writer.write(table, columns, rows(3))
        finally:
            await writer.close()

    started = time.monotonic()
    with pytest.raises(DatabaseError):  # unknown table
        asyncio.run(attempt(f"{ch_database.name}.no_such_table", INDICATOR_COLUMNS))
    with pytest.raises(SchemaMismatch, match="no_such_column"):
        asyncio.run(
            attempt(f"{ch_database.name}.indicators", [*INDICATOR_COLUMNS[:-1], "no_such_column"])
        )
    # A table the worker has no grant on (ACCESS_DENIED) is not retried either: see
    # tests/integration/storage/test_roles.py (this shared server grants by pattern).
    assert time.monotonic() - started < 10  # raised, not retried
    assert writer.retries == 0 and writer.batches == 0
    assert writer.last_error is not None


@pytest.mark.reliability
@pytest.mark.parametrize("outage", ["stop", "kill"])
def test_outage_mid_stream_delays_but_loses_and_doubles_nothing(
    tmp_path: Path, outage: str
) -> None:
    """A stream of batches; the server goes away after the third and comes back.
    Every awaited write returns only once stored, and each row is there once."""
    server = ClickHouseServer(
        tmp_path / "ch",
        http_port=free_port(),
        tcp_port=free_port(),
        passwords={u: uuid.uuid4().hex for u in ("mamori_admin", "mamori_writer", "mamori_reader")},
    )
    database = f"mamori_test_{uuid.uuid4().hex[:10]}"
    table = f"{database}.indicators"
    n_batches, per_batch = 12, 2000
    with server:
        ch_settings = settings_for(server, database)
        apply_migrations(client(ch_settings, role="admin"), database)
        settings = Settings(
            clickhouse=ch_settings,
            sink=SinkSettings(retry_initial_seconds=0.1, retry_max_seconds=0.8),
        )
        writer = BatchWriter(settings)
        returned: list[int] = []  # batches whose write() returned

        async def stream() -> None:
            for b in range(n_batches):
                await writer.write(table, INDICATOR_COLUMNS, rows(per_batch, first=b * per_batch))
                returned.append(b)

        async def outage_then_recover() -> tuple[int, int]:
            task = asyncio.create_task(stream())
            while writer.batches < 3:
                await asyncio.sleep(0.01)
            await asyncio.to_thread(server.kill if outage == "kill" else server.stop)
            down_at = len(returned)
            while writer.retries < 3:  # the writer keeps trying against a dead server
                assert not task.done(), "write() returned while ClickHouse was down"
                await asyncio.sleep(0.05)
            assert len(returned) == down_at
            await asyncio.to_thread(server.start)
            await asyncio.wait_for(task, timeout=120)
            await writer.close()
            return down_at, writer.retries

        down_at, retries = asyncio.run(outage_then_recover())
        assert down_at < n_batches and retries >= 3
        assert returned == list(range(n_batches))
        reader = client(ch_settings, role="reader")
        raw, final, ids = counts(reader, table)
        assert final == ids == n_batches * per_batch, (raw, final, ids)
        # A batch cut off by the outage may have been stored before the retry stored it
        # again; never more than the one batch in flight.
        assert n_batches * per_batch <= raw <= (n_batches + 1) * per_batch
        check = f"CHECK TABLE {table} SETTINGS check_query_single_value_result = 1"
        assert client(ch_settings, role="admin").query(check).result_rows[0][0] == 1
        assert writer.stats.stalled_since is None and writer.last_error is not None


@pytest.mark.slow
def test_insert_throughput_10k_row_batches(ch_database: Any) -> None:
    """Recorded in docs/local-services.md; the floor only catches a gross regression."""
    table = f"{ch_database.name}.indicators"
    writer = BatchWriter(fast(ch_database))
    batches = [rows(10_000, first=b * 10_000, tag="p") for b in range(10)]

    async def run() -> float:
        await writer.write(table, INDICATOR_COLUMNS, batches[0][:10])  # warm the client
        started = time.perf_counter()
        for batch in batches:
            await writer.write(table, INDICATOR_COLUMNS, batch)
        elapsed = time.perf_counter() - started
        await writer.close()
        return elapsed

    elapsed = asyncio.run(run())
    rate = 100_000 / elapsed
    print(
        f"\nBatchWriter: 100k indicator rows in 10k-row batches: {elapsed:.2f}s, {rate:,.0f} rows/s"
    )
    assert counts(ch_database.reader, table)[1] == 100_000
    assert rate > 5_000  # one insert per row would be ~100 rows/s
