"""The embedded engine as a server. The first test fails loudly if a chdb-core
upgrade breaks the undocumented entry point (mamori.devstack.chdb_server); the
others check loopback binding, local secrets, and least privilege by trying
forbidden statements as each user."""

from __future__ import annotations

import os
import socket
import stat
import time
from pathlib import Path
from typing import Any

import clickhouse_connect
import pytest
from clickhouse_connect.driver.exceptions import DatabaseError

from mamori.devstack.clickhouse import ClickHouseServer, accounts_from_env
from mamori.devstack.process import free_port, port_open
from mamori.devstack.secrets import ensure_local_secrets
from mamori.storage.roles import ROLES

pytestmark = pytest.mark.clickhouse


ADMIN = {"mamori_admin": "admin-pw-for-this-test"}


def admin_client(server: ClickHouseServer) -> Any:
    return clickhouse_connect.get_client(
        host="127.0.0.1", port=server.http_port, username="mamori_admin",
        password=ADMIN["mamori_admin"],
    )  # fmt: skip


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _string(s: str) -> bytes:
    raw = s.encode()
    return _varint(len(raw)) + raw


def native_hello(port: int, user: str = "default", password: str = "") -> bytes:
    """Send the native protocol's client Hello; return the server's first reply bytes."""
    hello = (
        _varint(0)  # packet: Hello
        + _string("mamori-test")
        + _varint(1)
        + _varint(0)
        + _varint(54449)  # a protocol revision every 2x server accepts
        + _string("default")
        + _string(user)
        + _string(password)
    )
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(hello)
        return sock.recv(256)


def test_entry_point_serves_http_and_tcp_and_keeps_data(tmp_path: Path) -> None:
    """If this fails after a chdb-core upgrade, the wrapper needs work: see
    docs/local-services.md#clickhouse before changing the pin."""
    server = ClickHouseServer(
        tmp_path / "ch", http_port=free_port(), tcp_port=free_port(), passwords=ADMIN
    )
    started = time.monotonic()
    with server:
        first_start = time.monotonic() - started
        ch = admin_client(server)
        version = ch.query("SELECT version()").result_rows[0][0]
        assert version.startswith("26."), version
        reply = native_hello(server.tcp_port)
        assert reply[:1] == b"\x00" and b"ClickHouse" in reply, reply  # server Hello
        ch.command("CREATE DATABASE mamori_keep")
        ch.command("CREATE TABLE mamori_keep.t (a UInt8) ENGINE = MergeTree ORDER BY a")
        ch.insert("mamori_keep.t", [(1,), (2,)], column_names=["a"])
        ch.close()
    assert not server.running()
    assert not port_open(server.http_port) and not port_open(server.tcp_port)
    assert "error" not in server.log_tail().lower(), server.log_tail()
    with server:
        ch = admin_client(server)
        assert ch.query("SELECT sum(a) FROM mamori_keep.t").result_rows[0][0] == 3
        check = "CHECK TABLE mamori_keep.t SETTINGS check_query_single_value_result = 1"
        assert ch.query(check).result_rows[0][0] == 1
        ch.close()
    assert first_start < 30, f"start took {first_start:.1f}s"


def test_restart_after_kill(tmp_path: Path) -> None:
    server = ClickHouseServer(
        tmp_path / "ch", http_port=free_port(), tcp_port=free_port(), passwords=ADMIN
    )
    with server:
        ch = admin_client(server)
        ch.command("CREATE DATABASE mamori_k")
        ch.command("CREATE TABLE mamori_k.t (a UInt32) ENGINE = MergeTree ORDER BY a")
        ch.insert("mamori_k.t", [(i,) for i in range(1000)], column_names=["a"])
        server.kill()
        assert not server.healthy()
        server.start()
        assert ch.query("SELECT count() FROM mamori_k.t").result_rows[0][0] == 1000


def test_server_binds_loopback_only(clickhouse_server: ClickHouseServer) -> None:
    cfg = (clickhouse_server.data_dir / "run" / "config.xml").read_text()
    assert "<listen_host>127.0.0.1</listen_host>" in cfg
    assert cfg.count("<listen_host>") == 1
    users = clickhouse_server.users_file
    assert stat.S_IMODE(users.stat().st_mode) == 0o600
    for password in clickhouse_server.passwords.values():
        assert password not in users.read_text()  # only SHA-256 digests


def test_local_secrets_feed_the_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / ".local" / "secrets.env"
    values = ensure_local_secrets(path)
    assert ensure_local_secrets(path) == values  # generated once
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(values["MAMORI_PSEUDONYM_KEY"]) >= 32
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    assert set(accounts_from_env()) == set(ROLES)
    server = ClickHouseServer(tmp_path / "ch", http_port=free_port(), tcp_port=free_port())
    with server:
        writer = clickhouse_connect.get_client(
            host="127.0.0.1",
            port=server.http_port,
            username=os.environ["MAMORI_CLICKHOUSE__WRITER_USER"],
            password=os.environ["MAMORI_CLICKHOUSE__WRITER_PASSWORD"],
        )
        assert writer.query("SELECT currentUser()").result_rows[0][0] == "mamori_writer"
        with pytest.raises(DatabaseError, match="(?i)authentication|password"):
            clickhouse_connect.get_client(
                host="127.0.0.1", port=server.http_port, username="mamori_writer", password="x"
            )
        reply = native_hello(
            server.tcp_port, "mamori_reader", os.environ["MAMORI_CLICKHOUSE__READER_PASSWORD"]
        )
        assert reply[:1] == b"\x00", reply


def _try_as(ch: Any, sql: str) -> bool:
    try:
        ch.command(sql)
    except DatabaseError as exc:
        assert "Not enough privileges" in str(exc) or "readonly" in str(exc).lower(), exc
        return False
    return True


def _try(server: ClickHouseServer, user: str, sql: str) -> bool:
    ch = clickhouse_connect.get_client(
        host="127.0.0.1", port=server.http_port, username=user, password=server.passwords[user]
    )
    try:
        ch.command(sql)
    except DatabaseError as exc:
        assert "Not enough privileges" in str(exc) or "readonly" in str(exc).lower(), exc
        return False
    finally:
        ch.close()
    return True


def test_least_privilege_users(clickhouse_server: ClickHouseServer, ch_database: Any) -> None:
    db = ch_database.name
    s = clickhouse_server
    # `default` holds no grant on any database (only the engine's own listener
    # statements); no user can create a database outside mamori* any more, so the
    # "other application's data" checks are this refusal. Per-table grants:
    # tests/integration/storage/test_roles.py.
    root = clickhouse_connect.get_client(host="127.0.0.1", port=s.http_port, username="default")
    assert not _try_as(root, f"SELECT count() FROM {db}.indicators")
    assert not _try_as(root, "CREATE DATABASE other_app")
    try:
        # The writer inserts into and reads Mamori's tables, and nothing else.
        assert _try(
            s,
            "mamori_writer",
            f"INSERT INTO {db}.decisions (decision_id, customer_key, action, decided_by, "
            "decided_at, note) VALUES ('d', 'c', 'a', 'b', now64(3), '')",
        )
        assert _try(s, "mamori_writer", f"SELECT count() FROM {db}.indicators")
        assert not _try(s, "mamori_writer", f"DROP TABLE {db}.indicators")
        assert not _try(s, "mamori_writer", f"ALTER TABLE {db}.indicators DELETE WHERE 1")
        assert not _try(s, "mamori_writer", f"ALTER TABLE {db}.indicators ADD COLUMN x UInt8")
        assert not _try(s, "mamori_writer", f"TRUNCATE TABLE {db}.indicators")
        assert not _try(s, "mamori_writer", f"DELETE FROM {db}.indicators WHERE 1")
        assert not _try(s, "mamori_writer", f"CREATE TABLE {db}.x (a UInt8) ENGINE = Memory")
        assert not _try(s, "mamori_writer", f"DROP DATABASE {db}")
        assert not _try(s, "mamori_writer", "CREATE USER intruder")
        # The dashboard user only reads, and only Mamori's tables.
        assert _try(s, "mamori_reader", f"SELECT count() FROM {db}.indicators")
        assert not _try(
            s, "mamori_reader", f"INSERT INTO {db}.decisions (decision_id) VALUES ('x')"
        )
        assert not _try(s, "mamori_reader", f"CREATE TABLE {db}.x (a UInt8) ENGINE = Memory")
        assert not _try(s, "mamori_reader", f"DROP TABLE {db}.indicators")
        # The migration user owns the Mamori databases, but no other.
        assert _try(s, "mamori_admin", f"CREATE TABLE {db}.x (a UInt8) ENGINE = Memory")
        assert _try(s, "mamori_admin", f"DROP TABLE {db}.x")
        assert not _try(s, "mamori_admin", "CREATE USER intruder")
        assert not _try(s, "mamori_admin", "CREATE DATABASE other_app")
    finally:
        root.close()
