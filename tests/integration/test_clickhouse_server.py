"""The embedded engine as a server: fails loudly if a chdb-core upgrade breaks the
undocumented entry point, and checks least privilege by trying forbidden statements."""

from __future__ import annotations

import socket
from pathlib import Path

import clickhouse_connect
import pytest
from clickhouse_connect.driver.exceptions import DatabaseError

from mamori.localsvc.clickhouse import ClickHouseServer
from mamori.localsvc.process import free_port

pytestmark = pytest.mark.clickhouse


def test_server_answers_http_and_tcp_and_keeps_data(tmp_path: Path) -> None:
    server = ClickHouseServer(tmp_path / "ch", http_port=free_port(), tcp_port=free_port())
    with server:
        ch = clickhouse_connect.get_client(
            host="127.0.0.1", port=server.http_port, username="default"
        )
        version = ch.query("SELECT version()").result_rows[0][0]
        assert version.startswith("26."), version
        ch.command("CREATE DATABASE mamori_keep")
        ch.command("CREATE TABLE mamori_keep.t (a UInt8) ENGINE = MergeTree ORDER BY a")
        ch.insert("mamori_keep.t", [(1,), (2,)], column_names=["a"])
        with socket.create_connection(("127.0.0.1", server.tcp_port), timeout=2):
            pass  # the native TCP listener is up too
    assert not server.running()
    with server:
        ch = clickhouse_connect.get_client(
            host="127.0.0.1", port=server.http_port, username="default"
        )
        assert ch.query("SELECT sum(a) FROM mamori_keep.t").result_rows[0][0] == 3
        check = "CHECK TABLE mamori_keep.t SETTINGS check_query_single_value_result = 1"
        assert ch.query(check).result_rows[0][0] == 1


def test_server_binds_loopback_only(clickhouse_server: ClickHouseServer) -> None:
    cfg = (clickhouse_server.data_dir / "run" / "config.xml").read_text()
    assert "<listen_host>127.0.0.1</listen_host>" in cfg
    assert "0.0.0.0" not in cfg and "::" not in cfg.replace("::1", "")


def _try(server: ClickHouseServer, user: str, sql: str) -> bool:
    ch = clickhouse_connect.get_client(
        host="127.0.0.1", port=server.http_port, username=user, password=server.passwords[user]
    )
    try:
        ch.command(sql)
    except DatabaseError as exc:
        assert "Not enough privileges" in str(exc) or "readonly" in str(exc).lower(), exc
        return False
    return True


def test_least_privilege_users(clickhouse_server: ClickHouseServer, ch_database) -> None:  # type: ignore[no-untyped-def]
    db = ch_database.name
    s = clickhouse_server
    admin_default = clickhouse_connect.get_client(
        host="127.0.0.1", port=s.http_port, username="default"
    )
    admin_default.command("CREATE DATABASE IF NOT EXISTS other_app")
    admin_default.command("CREATE TABLE IF NOT EXISTS other_app.t (a UInt8) ENGINE = Memory")
    # The writer inserts into Mamori's tables and nothing else.
    assert _try(
        s,
        "mamori_writer",
        f"INSERT INTO {db}.decisions (decision_id, customer_key, action, decided_by, decided_at, note) VALUES ('d', 'c', 'a', 'b', now64(3), '')",
    )
    assert not _try(s, "mamori_writer", f"DROP TABLE {db}.indicators")
    assert not _try(s, "mamori_writer", f"ALTER TABLE {db}.indicators DELETE WHERE 1")
    assert not _try(s, "mamori_writer", f"TRUNCATE TABLE {db}.indicators")
    assert not _try(s, "mamori_writer", "SELECT * FROM other_app.t")
    assert not _try(s, "mamori_writer", "INSERT INTO other_app.t VALUES (1)")
    assert not _try(s, "mamori_writer", "CREATE USER intruder")
    # The dashboard user only reads.
    assert _try(s, "mamori_reader", f"SELECT count() FROM {db}.indicators")
    assert not _try(s, "mamori_reader", f"INSERT INTO {db}.decisions (decision_id) VALUES ('x')")
    assert not _try(s, "mamori_reader", f"CREATE TABLE {db}.x (a UInt8) ENGINE = Memory")
    assert not _try(s, "mamori_reader", "SELECT * FROM other_app.t")
    admin_default.command("DROP DATABASE other_app")
