"""Numbered ClickHouse migrations: ``sql/NNNN_name.up.sql`` (+ ``.down.sql``).

Applied once and in order; each applied file's checksum is recorded in
``{database}.schema_migrations`` and a changed file is refused (migrations are
never edited — write a new one). ``{database}`` in a file is replaced by the
target database, so tests can use a fresh database each.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from mamori.paths import SQL_DIR
from mamori.settings import Settings, get_settings

_FILE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.up\.sql$")
#: A statement ends with ";" at the end of a line (never inside our string literals).
_END = re.compile(r";[ \t]*(?:--[^\n]*)?$", re.MULTILINE)


class MigrationError(RuntimeError):
    pass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    up: Path

    @property
    def down(self) -> Path:
        return self.up.with_name(self.up.name.replace(".up.sql", ".down.sql"))

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.up.read_bytes()).hexdigest()


def discover(sql_dir: Path = SQL_DIR) -> list[Migration]:
    found = []
    for path in sorted(sql_dir.glob("*.up.sql")):
        m = _FILE.match(path.name)
        if m is None:
            raise MigrationError(f"migration file name not NNNN_name.up.sql: {path.name}")
        found.append(Migration(int(m.group(1)), m.group(2), path))
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise MigrationError(f"duplicate migration numbers in {sql_dir}")
    return found


def statements(sql: str, database: str) -> list[str]:
    """Split a migration into statements, dropping comment-only chunks."""
    text = sql.replace("{database}", database)
    out = []
    for chunk in _END.split(text):
        body = "\n".join(
            line
            for line in chunk.splitlines()
            if line.strip() and not line.strip().startswith("--")
        ).strip()
        if body:
            out.append(body)
    return out


def _ensure_bookkeeping(ch: Any, database: str) -> None:
    ch.command(f"CREATE DATABASE IF NOT EXISTS {database}")
    ch.command(
        f"CREATE TABLE IF NOT EXISTS {database}.schema_migrations ("
        " version UInt32, name String, checksum String, applied_at DateTime64(3, 'UTC')"
        ") ENGINE = ReplacingMergeTree ORDER BY version"
    )


def applied_versions(ch: Any, database: str) -> dict[int, str]:
    rows = ch.query(f"SELECT version, checksum FROM {database}.schema_migrations FINAL").result_rows
    return {int(v): str(c) for v, c in rows}


def apply_migrations(ch: Any, database: str, sql_dir: Path = SQL_DIR) -> list[str]:
    """Apply the pending migrations in order; returns the names applied now."""
    _ensure_bookkeeping(ch, database)
    done = applied_versions(ch, database)
    applied: list[str] = []
    for mig in discover(sql_dir):
        if mig.version in done:
            if done[mig.version] != mig.checksum:
                raise MigrationError(
                    f"{mig.up.name} changed after it was applied to {database}; "
                    "migrations are never edited — add a new one"
                )
            continue
        for stmt in statements(mig.up.read_text("utf-8"), database):
            ch.command(stmt)
        ch.insert(
            f"{database}.schema_migrations",
            [(mig.version, mig.name, mig.checksum, datetime.now(UTC))],
            column_names=["version", "name", "checksum", "applied_at"],
        )
        applied.append(mig.up.name)
    return applied


def rollback(ch: Any, database: str, steps: int, sql_dir: Path = SQL_DIR) -> list[str]:
    """Run the ``.down.sql`` of the newest ``steps`` applied migrations."""
    done = applied_versions(ch, database)
    undone = []
    for mig in sorted(
        (m for m in discover(sql_dir) if m.version in done), key=lambda m: -m.version
    )[:steps]:
        if not mig.down.exists():
            raise MigrationError(f"{mig.up.name} has no down migration")
        for stmt in statements(mig.down.read_text("utf-8"), database):
            ch.command(stmt)
        ch.command(f"DELETE FROM {database}.schema_migrations WHERE version = {mig.version}")
        undone.append(mig.down.name)
    return undone


def create_users(ch: Any, settings: Settings) -> None:
    """SQL-driven users for a ClickHouse server (the Docker stack): insert-only writer,
    read-only reader, both limited to the Mamori database."""
    db = settings.clickhouse.database
    c = settings.clickhouse
    for user, password, grant in (
        (c.writer_user, c.writer_password, f"GRANT INSERT, SELECT ON {db}.* TO {c.writer_user}"),
        (c.reader_user, c.reader_password, f"GRANT SELECT ON {db}.* TO {c.reader_user}"),
    ):
        if user == "default":
            continue
        ch.command(
            f"CREATE USER IF NOT EXISTS {user} IDENTIFIED WITH sha256_password BY %(pw)s",
            parameters={"pw": password.get_secret_value()},
        )
        ch.command(grant)
    if c.reader_user != "default":
        ch.command(f"ALTER USER {c.reader_user} SETTINGS readonly = 2")


def migrate_local(settings: Settings) -> list[str]:
    from mamori.chclient import client

    return apply_migrations(client(settings.clickhouse, role="admin"), settings.clickhouse.database)


@click.command("migrate")
@click.option("--database", default=None, help="Target database (default: settings).")
@click.option("--down", "down", type=int, default=0, help="Roll back the newest N migrations.")
@click.option(
    "--create-users",
    "create_users_flag",
    is_flag=True,
    help="Also create the writer/reader users (SQL access control).",
)
def migrate_command(database: str | None, down: int, create_users_flag: bool) -> None:
    """Apply pending ClickHouse migrations (or roll back with --down N)."""
    from mamori.chclient import client

    settings = get_settings()
    db = database or settings.clickhouse.database
    ch = client(settings.clickhouse, role="admin")
    if down:
        for name in rollback(ch, db, down):
            click.echo(f"rolled back {name}")
        return
    for name in apply_migrations(ch, db):
        click.echo(f"applied {name}")
    if create_users_flag:
        create_users(ch, settings)
        click.echo("users ensured")
    click.echo(f"{db}: up to date")
