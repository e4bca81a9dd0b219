"""Migrations apply once and in order, and the live schema is what the code writes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import clickhouse_connect
import pytest

from mamori.alerts.delivery import STATUS_COLUMNS
from mamori.resources import SCHEMAS_DIR
from mamori.storage.migrations import (
    MigrationError,
    applied_versions,
    apply_migrations,
    discover,
    rollback,
    statements,
)
from mamori.storage.rows import (
    DEAD_LETTER_COLUMNS,
    ESCALATION_COLUMNS,
    INDICATOR_COLUMNS,
    indicator_row,
)

pytestmark = pytest.mark.clickhouse
EXAMPLES = SCHEMAS_DIR / "examples"


def test_applying_twice_is_a_no_op(ch_database) -> None:  # type: ignore[no-untyped-def]
    assert apply_migrations(ch_database.admin, ch_database.name) == []
    assert set(applied_versions(ch_database.admin, ch_database.name)) == {
        m.version for m in discover()
    }


def _live_columns(ch: Any, database: str, table: str) -> dict[str, tuple[str, str]]:
    rows = ch.query(
        "SELECT name, type, default_kind FROM system.columns"
        " WHERE database = {d:String} AND table = {t:String} ORDER BY position",
        parameters={"d": database, "t": table},
    ).result_rows
    return {name: (type_, kind) for name, type_, kind in rows}


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        ("indicators", INDICATOR_COLUMNS),
        ("escalations", ESCALATION_COLUMNS),
        ("dead_letters", DEAD_LETTER_COLUMNS),
        ("alerts", STATUS_COLUMNS),
    ],
)
def test_no_schema_differences(ch_database: Any, table: str, columns: list[str]) -> None:
    """snuba's test_no_schema_differences: every column the writer sends exists, and
    every live column it does not send fills itself (a DEFAULT), so no insert fails
    and no column silently stays empty."""
    live = _live_columns(ch_database.admin, ch_database.name, table)
    assert len(columns) == len(set(columns))
    missing = set(columns) - set(live)
    assert not missing, f"{table}: the writer sends columns the table lacks: {missing}"
    unfilled = {c for c, (_, kind) in live.items() if c not in columns and kind != "DEFAULT"}
    assert not unfilled, f"{table}: live columns nobody writes and without DEFAULT: {unfilled}"


def test_written_rows_read_back_as_sent(ch_database: Any) -> None:
    """Types agree too: wire examples go through the row builder, the writer user
    inserts them, and every value reads back unchanged."""
    wires = [json.loads(p.read_text()) for p in sorted(EXAMPLES.glob("indicator_event.*.json"))]
    assert wires
    rows = [indicator_row(w, partition=3, offset=100 + i) for i, w in enumerate(wires)]
    table = f"{ch_database.name}.indicators"
    ch_database.writer.insert(table, rows, column_names=INDICATOR_COLUMNS)
    cols = ", ".join(INDICATOR_COLUMNS)
    back = ch_database.reader.query(f"SELECT {cols} FROM {table} FINAL ORDER BY _offset")
    assert [tuple(_norm(v) for v in r) for r in back.result_rows] == [
        tuple(_norm(v) for v in r) for r in rows
    ]


def _norm(value: Any) -> Any:
    if isinstance(value, datetime):  # the driver returns UTC columns as naive UTC
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, float):
        return round(value, 4)  # Float32 column
    return value


def test_an_edited_migration_is_refused(ch_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sql_dir = tmp_path / "sql"
    sql_dir.mkdir()
    for m in discover():
        (sql_dir / m.up.name).write_bytes(m.up.read_bytes())
    first = sorted(sql_dir.glob("*.up.sql"))[0]
    first.write_text(first.read_text() + "\n-- edited\n")
    with pytest.raises(MigrationError, match="never edited"):
        apply_migrations(ch_database.admin, ch_database.name, sql_dir)


def test_down_then_up_round_trips(ch_database) -> None:  # type: ignore[no-untyped-def]
    newest = max(m.version for m in discover())
    rollback(ch_database.admin, ch_database.name, 1)
    assert newest not in applied_versions(ch_database.admin, ch_database.name)
    apply_migrations(ch_database.admin, ch_database.name)
    assert newest in applied_versions(ch_database.admin, ch_database.name)


def test_statement_split_respects_strings_and_comments() -> None:
    sql = (
        "-- header; with a semicolon;\n"
        "CREATE TABLE {database}.a (x UInt8 COMMENT 'a; b;') ENGINE = Memory; -- trailing;\n"
        "/* block;\n comment; */\n"
        "SELECT 'it\\'s; fine', `odd;name`, \"q;\" -- inside;\nFROM t;\n"
        "-- only a comment;\n"
    )
    assert statements(sql, "db") == [
        "CREATE TABLE db.a (x UInt8 COMMENT 'a; b;') ENGINE = Memory",
        "SELECT 'it\\'s; fine', `odd;name`, \"q;\" -- inside;\nFROM t",
    ]


def test_every_migration_file_splits() -> None:
    for mig in discover():
        stmts = statements(mig.up.read_text("utf-8"), "db")
        assert stmts, mig.up.name
        assert all(s and not s.startswith(("--", "/*")) and not s.endswith(";") for s in stmts)


def test_unsafe_database_name_is_refused() -> None:
    with pytest.raises(MigrationError):
        statements("SELECT 1", "db; DROP TABLE x")


def test_unterminated_quote_is_refused() -> None:
    with pytest.raises(MigrationError, match="unterminated"):
        statements("SELECT 'oops;\n", "db")


def test_materialized_views_match_their_target_tables(ch_database: Any) -> None:
    """PostHog's test_schema habit: a TO-view's SELECT names the target's columns, in
    the target's order, with the same types (a mismatch silently fills defaults)."""
    ch = ch_database.admin
    views = ch.query(
        "SELECT name, create_table_query FROM system.tables"
        " WHERE database = {d:String} AND engine = 'MaterializedView'",
        parameters={"d": ch_database.name},
    ).result_rows
    if not views:
        pytest.skip("no materialized views in the migrations")
    for name, create in views:
        match = re.search(r"\bTO\s+`?([\w]+)`?\.`?([\w]+)`?", create)
        assert match, f"{name}: materialized views write TO an explicit table"
        target_db, target = match.groups()
        view_cols = _live_columns(ch, ch_database.name, name)
        target_cols = _live_columns(ch, target_db, target)
        assert list(view_cols) == [c for c in target_cols if c in view_cols], name
        missing = set(view_cols) - set(target_cols)
        assert not missing, f"{name} → {target}: target lacks {missing}"
        for col, (type_, _) in view_cols.items():
            assert _strip(type_) == _strip(target_cols[col][0]), f"{name}.{col}"
        unfilled = {
            c
            for c, (_, kind) in target_cols.items()
            # DEFAULT and MATERIALIZED columns are filled by the target itself.
            if c not in view_cols and kind not in ("DEFAULT", "MATERIALIZED")
        }
        assert not unfilled, f"{name} → {target}: not filled by the view: {unfilled}"


def _strip(type_: str) -> str:
    """The value type: LowCardinality is a storage choice, and a SimpleAggregateFunction
    column stores plain values of its argument type."""
    for pattern in (r"LowCardinality\((.*)\)", r"SimpleAggregateFunction\(\w+, (.*)\)"):
        m = re.fullmatch(pattern, type_)
        if m:
            return _strip(m.group(1))
    return type_


def test_migrate_command(clickhouse_server: Any) -> None:
    """`mamori migrate [--database X] [--down N]` as a user runs it: settings from the
    environment, the admin user's credentials."""
    database = f"mamori_test_{uuid.uuid4().hex[:10]}"
    env = {**os.environ, **clickhouse_server.client_env("mamori_unused")}

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "mamori", "migrate", "--database", database, *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    try:
        first = run()
        assert [f"applied {m.up.name}" for m in discover()] == [
            line for line in first.splitlines() if line.startswith("applied")
        ]
        assert "applied" not in run() and "up to date" in run()
        assert f"rolled back {discover()[-1].down.name}" in run("--down", "1")
        assert f"applied {discover()[-1].up.name}" in run()
    finally:
        clickhouse_connect.get_client(
            host="127.0.0.1",
            port=clickhouse_server.http_port,
            username=env["MAMORI_CLICKHOUSE__ADMIN_USER"],
            password=env["MAMORI_CLICKHOUSE__ADMIN_PASSWORD"],
        ).command(f"DROP DATABASE IF EXISTS {database}")
