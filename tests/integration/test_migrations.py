"""Migrations apply once and in order, and the live schema is what the code writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from mamori.migrate import (
    MigrationError,
    applied_versions,
    apply_migrations,
    discover,
    rollback,
    statements,
)
from mamori.sink import DEAD_LETTER_COLUMNS, ESCALATION_COLUMNS, INDICATOR_COLUMNS

pytestmark = pytest.mark.clickhouse


def test_applying_twice_is_a_no_op(ch_database) -> None:  # type: ignore[no-untyped-def]
    assert apply_migrations(ch_database.admin, ch_database.name) == []
    assert set(applied_versions(ch_database.admin, ch_database.name)) == {
        m.version for m in discover()
    }


def test_live_schema_matches_what_the_writer_inserts(ch_database) -> None:  # type: ignore[no-untyped-def]
    """snuba's test_no_schema_differences, for our tables."""
    for table, columns in (
        ("indicators", INDICATOR_COLUMNS),
        ("escalations", ESCALATION_COLUMNS),
        ("dead_letters", DEAD_LETTER_COLUMNS),
    ):
        live = {
            r[0]
            for r in ch_database.admin.query(
                "SELECT name FROM system.columns WHERE database = {d:String} AND table = {t:String}",
                parameters={"d": ch_database.name, "t": table},
            ).result_rows
        }
        assert set(columns) <= live, f"{table}: missing {set(columns) - live}"


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


def test_statement_split_ignores_comments() -> None:
    sql = "-- header; with a semicolon\nCREATE TABLE {database}.a (x UInt8) ENGINE = Memory; -- trailing\n\nSELECT 1;\n"
    assert statements(sql, "db") == ["CREATE TABLE db.a (x UInt8) ENGINE = Memory", "SELECT 1"]
