"""The cluster DDL (sql/cluster/) on the real engine: every statement parses, and read
back as single-node DDL it gives exactly the single-node migrations' schema.

A replicated cluster needs Keeper and several servers, which this machine does not
run; what can drift silently — a column added to a local migration but not to its
cluster twin, a typo in an engine clause, a sharding key naming a missing column — is
checked here."""

from __future__ import annotations

import re
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mamori.resources import SQL_DIR
from mamori.storage.migrations import apply_migrations, discover, split_statements

pytestmark = [pytest.mark.clickhouse]

CLUSTER_DIR = SQL_DIR / "cluster"
#: Migrations whose cluster twin is still to be written (docs/scaling.md says so).
PENDING: set[int] = set()

_ON_CLUSTER = re.compile(r"\s+ON CLUSTER '\{cluster\}'")
_REPLICATED = re.compile(r"Replicated(\w*MergeTree)\('[^']*',\s*'[^']*'(?:,\s*)?")
_DISTRIBUTED = re.compile(
    r"ENGINE = Distributed\('\{cluster\}', '\{database\}', '(\w+)', (.+)\)\s*$", re.S
)


def single_node(sql: str) -> list[str]:
    """The cluster file as single-node DDL: no ON CLUSTER, plain MergeTree engines, no
    Distributed tables, and ``X_local`` named ``X`` (what the Distributed table serves)."""
    out = []
    for stmt in split_statements(sql):
        if _DISTRIBUTED.search(stmt):
            continue
        stmt = _REPLICATED.sub(r"\1(", _ON_CLUSTER.sub("", stmt))
        out.append(re.sub(r"\b(\w+)_local\b", r"\1", stmt))
    return out


def test_every_migration_has_a_cluster_twin() -> None:
    local = {m.version: m.name for m in discover(SQL_DIR)}
    cluster = {m.version: m.name for m in discover(CLUSTER_DIR)}
    assert {v: n for v, n in local.items() if v not in PENDING} == cluster
    for m in discover(CLUSTER_DIR):
        assert m.down.exists(), f"{m.down} missing"


@pytest.fixture
def two_databases(ch_database: Any) -> Iterator[tuple[Any, str, str]]:
    admin = ch_database.admin
    other = f"mamori_cluster_{uuid.uuid4().hex[:10]}"
    try:
        yield admin, ch_database.name, other
    finally:
        admin.command(f"DROP DATABASE IF EXISTS {other}")


def test_cluster_statements_parse_on_the_real_engine(ch_database: Any) -> None:
    admin = ch_database.admin
    count = 0
    for m in discover(CLUSTER_DIR):
        for path in (m.up, m.down):
            for stmt in split_statements(path.read_text()):
                sql = stmt.replace("{database}", "mamori")
                formatted = admin.query("SELECT formatQuery({q:String})", parameters={"q": sql})
                if not sql.startswith("INSERT"):  # backfills go through Distributed tables
                    assert "ON CLUSTER" in formatted.result_rows[0][0], stmt[:80]
                count += 1
    assert count >= 12


def _schema(ch: Any, database: str) -> dict[str, Any]:
    tables = ch.query(
        "SELECT name, engine, sorting_key, partition_key, primary_key, as_select FROM system.tables "
        # (a refresh in flight may show its temporary '.tmp…' table: not schema)
        "WHERE database = {d:String} AND name != 'schema_migrations' AND NOT startsWith(name, '.')",
        parameters={"d": database},
    ).result_rows
    columns = ch.query(
        "SELECT table, name, type, position, default_kind, default_expression, comment "
        "FROM system.columns WHERE database = {d:String} AND table != 'schema_migrations'"
        " AND NOT startsWith(table, '.')",
        parameters={"d": database},
    ).result_rows
    # View queries name their database; compare them without it.
    # (refresh_status names its database as a string literal too.)
    tables = [
        (*t[:-1], t[-1].replace(f"{database}.", "{database}.").replace(f"'{database}'", "'{db}'"))
        for t in tables
    ]
    return {"tables": sorted(tables), "columns": sorted(columns)}


def test_cluster_ddl_describes_the_single_node_schema(
    two_databases: tuple[Any, str, str], tmp_path: Path
) -> None:
    admin, _, other = two_databases
    # Reference: the single-node migrations that have a cluster twin, in a fresh database.
    ref_dir = tmp_path / "local"
    ref_dir.mkdir()
    twins = discover(CLUSTER_DIR)
    for m in discover(SQL_DIR):
        if m.version in {t.version for t in twins}:
            shutil.copy(m.up, ref_dir)
            shutil.copy(m.down, ref_dir)
    reference = f"{other}_ref"
    try:
        apply_migrations(admin, reference, sql_dir=ref_dir)
        admin.command(f"CREATE DATABASE {other}")
        for m in twins:
            for stmt in single_node(m.up.read_text()):
                admin.command(stmt.replace("{database}", other))
        expected = _schema(admin, reference)
        assert len(expected["tables"]) >= 6 and len(expected["columns"]) >= 60
        assert _schema(admin, other) == expected
    finally:
        admin.command(f"DROP DATABASE IF EXISTS {reference}")


def test_distributed_tables_shard_by_existing_columns(ch_database: Any) -> None:
    """Each Distributed table fronts a ``_local`` table of the same file, and its sharding
    key uses only that table's columns (customer tables by customer_key)."""
    admin = ch_database.admin
    db = f"mamori_shard_{uuid.uuid4().hex[:8]}"
    admin.command(f"CREATE DATABASE {db}")
    try:
        for m in discover(CLUSTER_DIR):
            sql = m.up.read_text()
            for stmt in single_node(sql):
                admin.command(stmt.replace("{database}", db))
            for stmt in split_statements(sql):
                found = _DISTRIBUTED.search(stmt)
                if not found:
                    continue
                local, key = found.group(1), found.group(2)
                table = local.removesuffix("_local")
                assert f"{{database}}.{table} ON CLUSTER" in stmt
                columns = {
                    r[0]
                    for r in admin.query(
                        "SELECT name FROM system.columns WHERE database = {d:String} "
                        "AND table = {t:String}",
                        parameters={"d": db, "t": table},
                    ).result_rows
                }
                used = set(re.findall(r"\b([a-z_]\w*)\b(?!\()", key))
                assert used and used <= columns, (table, key)
                if "customer_key" in columns:
                    assert used == {"customer_key"}, f"{table} must shard by customer"
    finally:
        admin.command(f"DROP DATABASE IF EXISTS {db}")
