"""Least privilege on a real ClickHouse: every role is tried at what it must not do.

A server of its own, started with the users the demo stack gets (table-level grants on
one database, a grant-less ``default``): the shared test server hosts a database per
test and can only grant by database pattern.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import clickhouse_connect
import pytest
from clickhouse_connect.driver.exceptions import DatabaseError
from pydantic import SecretStr

from mamori.devstack.clickhouse import DEFAULT_USERS, ClickHouseServer
from mamori.devstack.process import free_port
from mamori.integrity.store import seal, verify
from mamori.settings import ClickHouseSettings, MissingCredentialError, Settings, SinkSettings
from mamori.storage.client import client
from mamori.storage.migrations import apply_migrations
from mamori.storage.roles import DASHBOARD_COLUMNS, DASHBOARD_TABLES, ROLES, Role
from mamori.storage.rows import INDICATOR_COLUMNS
from mamori.storage.writer import BatchWriter

pytestmark = pytest.mark.clickhouse

DB = "mamori_roles"
T0 = datetime(2026, 8, 3, 1, 2, 3, tzinfo=UTC)


@dataclass
class Stack:
    server: ClickHouseServer
    settings: ClickHouseSettings

    def client(self, role: Role) -> Any:
        return client(self.settings, role=role)


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    passwords = {user: secrets.token_hex(12) for user in DEFAULT_USERS.values()}
    server = ClickHouseServer(
        tmp_path_factory.mktemp("roles"),
        http_port=free_port(),
        tcp_port=free_port(),
        passwords=passwords,
        databases=(DB,),
    )
    server.start()
    try:
        env = server.client_env(DB)
        users: dict[str, Any] = {}
        for role in ROLES:
            users[f"{role}_user"] = env[f"MAMORI_CLICKHOUSE__{role.upper()}_USER"]
            users[f"{role}_password"] = env[f"MAMORI_CLICKHOUSE__{role.upper()}_PASSWORD"]
        settings = ClickHouseSettings(http_port=server.http_port, database=DB, **users)
        apply_migrations(client(settings, role="admin"), DB)
        yield Stack(server, settings)
    finally:
        server.stop()


def indicator_row(indicator_id: str) -> tuple[Any, ...]:
    values = {
        "indicator_id": indicator_id, "category": "abusive_language", "axis": "B",
        "severity": "high", "score": 0.9, "customer_key": "ck-1", "agent_key": "ak-1",
        "channel": "phone", "event_ids": ["e1"], "window_start": None, "window_end": None,
        "occurred_at": T0, "detected_at": T0, "evidence": "「ふざけるな」", "detector": "t@1",
        "version": 1, "anchor_at": T0, "_partition": 0, "_offset": 1,
    }  # fmt: skip
    return tuple(values[c] for c in INDICATOR_COLUMNS)


def denied(ch: Any, sql: str, **kw: Any) -> bool:
    try:
        if kw:
            ch.insert(sql, **kw)
        else:
            ch.query(sql)
    except DatabaseError as exc:
        return (
            "ACCESS_DENIED" in str(exc)
            or "Not enough privileges" in str(exc)
            or ("readonly" in str(exc).lower())
        )
    return False


CHAIN_ROW = [(1, "x", 1, T0, "0" * 64, "0" * 64, "0" * 64, "v1", T0)]
CHAIN_COLS = ["seq", "indicator_id", "version", "indicator_inserted_at", "record_hash",
              "prev_hash", "chain_hash", "hash_scheme", "sealed_at"]  # fmt: skip


def test_worker_inserts_through_the_sink_and_nothing_else(stack: Stack) -> None:
    app = Settings(clickhouse=stack.settings, sink=SinkSettings())
    writer = BatchWriter(app)

    async def run() -> None:
        await writer.write(f"{DB}.indicators", INDICATOR_COLUMNS, [indicator_row("w-1")])
        await writer.close()

    asyncio.run(run())
    admin, worker = stack.client("admin"), stack.client("writer")
    # Materialized views run as their definer: the rollups filled without worker grants
    # (those on indicators: 0003's still fed, 0007's, 0011's event-time ones).
    for rollup in (
        "customer_category_summary",
        "customer_activity",
        "indicators_daily_by_event",
        "indicators_hour_of_week_by_event",
        "agent_exposure_daily_by_event",
        "incidents",
    ):
        count = admin.query(f"SELECT count() FROM {DB}.{rollup}").result_rows[0][0]
        assert count >= 1, rollup
    # Through the sink: refused at once and not retried (waiting cannot grant it).
    chain_writer = BatchWriter(app)

    async def forge() -> None:
        try:
            await chain_writer.write(f"{DB}.evidence_chain", CHAIN_COLS, CHAIN_ROW)
        finally:
            await chain_writer.close()

    with pytest.raises(DatabaseError, match="(?i)privileges|access"):
        asyncio.run(forge())
    assert chain_writer.retries == 0
    assert denied(worker, f"SELECT evidence FROM {DB}.indicators")
    assert denied(worker, f"{DB}.evidence_chain", data=CHAIN_ROW, column_names=CHAIN_COLS)
    assert denied(worker, f"{DB}.sealed_indicators", data=[(1,)], column_names=["seq"])
    assert denied(worker, f"{DB}.decisions", data=[("d",)], column_names=["decision_id"])
    assert denied(worker, f"DROP TABLE {DB}.indicators")
    assert denied(worker, f"ALTER TABLE {DB}.indicators DELETE WHERE 1")


def test_only_the_sealer_writes_the_chain(stack: Stack) -> None:
    sealer = stack.client("sealer")
    stack.client("writer").insert(
        f"{DB}.indicators", [indicator_row("s-1")], column_names=INDICATOR_COLUMNS
    )
    assert seal(sealer, DB).appended >= 1
    assert verify(stack.client("reader"), DB).ok
    for role in ("writer", "reviewer", "dashboard", "reader"):
        ch = stack.client(role)  # type: ignore[arg-type]
        assert denied(ch, f"{DB}.evidence_chain", data=CHAIN_ROW, column_names=CHAIN_COLS), role
    assert denied(sealer, f"{DB}.indicators", data=[indicator_row("s-2")],
                  column_names=INDICATOR_COLUMNS)  # fmt: skip
    assert denied(sealer, f"SELECT note FROM {DB}.decisions")


def test_reviewer_inserts_decisions_and_reads_only_keys(stack: Stack) -> None:
    from mamori.reporting.decisions import build_decision, check_references, insert_decision

    stack.client("writer").insert(
        f"{DB}.indicators", [indicator_row("r-1")], column_names=INDICATOR_COLUMNS
    )
    reviewer = stack.client("reviewer")
    decision = build_decision("ck-1", "keep_watching", "lead", "説明済み")
    check_references(reviewer, DB, decision)
    insert_decision(reviewer, DB, decision)
    assert denied(reviewer, f"SELECT evidence FROM {DB}.indicators")
    assert denied(reviewer, f"SELECT note FROM {DB}.decisions")
    assert denied(reviewer, f"{DB}.indicators", data=[indicator_row("r-2")],
                  column_names=INDICATOR_COLUMNS)  # fmt: skip


def test_dashboard_reader_sees_counts_not_excerpts_notes_or_dlq_details(stack: Stack) -> None:
    dash = stack.client("dashboard")
    for table in DASHBOARD_TABLES:
        dash.query(f"SELECT count() FROM {DB}.{table}")
    for table, cols in DASHBOARD_COLUMNS.items():
        dash.query(f"SELECT {', '.join(cols)} FROM {DB}.{table} LIMIT 1")
    # What Superset's DLQ charts send: a count by reason, and column metadata.
    dash.query(f"SELECT reason, count() FROM {DB}.dead_letters GROUP BY reason")
    dash.query(f"DESCRIBE TABLE {DB}.dead_letters")
    assert denied(dash, f"SELECT detail FROM {DB}.dead_letters")
    assert denied(dash, f"SELECT evidence FROM {DB}.indicators")
    assert denied(dash, f"SELECT count() FROM {DB}.indicators")
    assert denied(dash, f"SELECT note FROM {DB}.decisions")
    assert denied(dash, f"SELECT record FROM {DB}.sealed_indicators")
    assert denied(dash, f"SELECT * FROM {DB}.escalations")
    assert denied(dash, f"CREATE TABLE {DB}.x (a Int8) ENGINE = Memory")


def test_report_reader_reads_and_writes_nothing(stack: Stack) -> None:
    reader = stack.client("reader")
    reader.query(f"SELECT evidence FROM {DB}.indicators LIMIT 1")
    assert denied(reader, f"{DB}.decisions", data=[("d",)], column_names=["decision_id"])
    assert denied(reader, f"DROP TABLE {DB}.decisions")


def test_default_user_reaches_no_mamori_data(stack: Stack) -> None:
    default = clickhouse_connect.get_client(
        host="127.0.0.1", port=stack.server.http_port, username="default", password=""
    )
    assert denied(default, f"SELECT count() FROM {DB}.indicators")
    assert denied(default, f"{DB}.indicators", data=[indicator_row("d-1")],
                  column_names=INDICATOR_COLUMNS)  # fmt: skip
    assert denied(default, f"CREATE DATABASE {DB}_evil")


@pytest.mark.parametrize("role", ROLES)
def test_missing_credentials_fail_closed(stack: Stack, role: Role) -> None:
    no_password = stack.settings.model_copy(update={f"{role}_password": SecretStr("")})
    with pytest.raises(MissingCredentialError, match=f"{role.upper()}_PASSWORD"):
        client(no_password, role=role)
    as_default = stack.settings.model_copy(update={f"{role}_user": "default"})
    with pytest.raises(MissingCredentialError, match="default"):
        client(as_default, role=role)
