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

from mamori.resources import SQL_DIR
from mamori.settings import Settings

_FILE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.up\.sql$")


class MigrationError(RuntimeError):
    pass


#: Database and user names go into SQL text unquoted, so only plain identifiers are accepted.
_DATABASE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


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


def split_statements(sql: str) -> list[str]:
    """Split SQL text on ``;`` that are outside strings, quoted names and comments.

    Comment-only chunks are dropped, and so are comments before a statement; comments
    inside one are kept (ClickHouse accepts them).
    """
    out: list[str] = []
    i = 0
    n = len(sql)
    code_start = -1  # first non-comment character of the current statement, -1 if none
    while i < n:
        ch = sql[i]
        if ch == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if ch == "/" and sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end < 0:
                raise MigrationError("unterminated /* comment")
            i = end + 2
            continue
        if ch in "'\"`":
            code_start = i if code_start < 0 else code_start
            i += 1
            while i < n and sql[i] != ch:
                i += 2 if sql[i] == "\\" else 1  # backslash escapes, as ClickHouse reads them
            if i >= n:
                raise MigrationError(f"unterminated {ch} quote in migration")
            i += 1
            continue
        if ch == ";":
            if code_start >= 0:
                out.append(sql[code_start:i].strip())
            code_start = -1
        elif not ch.isspace() and code_start < 0:
            code_start = i
        i += 1
    if code_start >= 0:
        out.append(sql[code_start:].strip())
    return out


def statements(sql: str, database: str) -> list[str]:
    """The statements of a migration file, with ``{database}`` substituted."""
    if not _DATABASE_NAME.match(database):
        raise MigrationError(f"not a plain database name: {database!r}")
    return split_statements(sql.replace("{database}", database))


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
    """Apply the pending migrations in version order; returns the file names applied now.

    Every applied migration is checked first: a changed or vanished file stops the
    run before anything is executed.
    """
    _ensure_bookkeeping(ch, database)
    done = applied_versions(ch, database)
    found = discover(sql_dir)
    known = {m.version for m in found}
    gone = sorted(set(done) - known)
    if gone:
        raise MigrationError(f"migrations {gone} were applied to {database} but are gone")
    for mig in found:
        if mig.version in done and done[mig.version] != mig.checksum:
            raise MigrationError(
                f"{mig.up.name} changed after it was applied to {database}; "
                "migrations are never edited — add a new one"
            )
    applied: list[str] = []
    for mig in found:
        if mig.version in done:
            continue
        for stmt in statements(mig.up.read_text("utf-8"), database):
            ch.command(stmt)
        # Recorded after its statements: a run cut short re-runs the file, so every
        # statement is written to be repeatable (IF NOT EXISTS).
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
    """SQL-driven users for a ClickHouse server (the Docker stack): one per role of
    :mod:`mamori.storage.roles` with exactly its grants on the Mamori database (the
    same statements the local engine's users.xml carries). Rerunning sets the
    passwords again, so a rotated secret takes effect, and revokes what a role no
    longer has. A role without a password is skipped; ``default`` is never used."""
    from mamori.storage.roles import READONLY_ROLES, ROLES, grants

    db = settings.clickhouse.database
    c = settings.clickhouse
    for role in ROLES:
        user = getattr(c, f"{role}_user")
        password = getattr(c, f"{role}_password").get_secret_value()
        if role == "admin" or not password:
            continue  # the admin runs this; it exists already
        if user == "default" or not _DATABASE_NAME.match(user):
            raise MigrationError(f"user {user!r} of role {role} needs a plain name, not default")
        pw = {"pw": password}
        ch.command(f"CREATE USER IF NOT EXISTS {user} IDENTIFIED BY %(pw)s", parameters=pw)
        ch.command(f"ALTER USER {user} IDENTIFIED WITH sha256_password BY %(pw)s", parameters=pw)
        ch.command(f"REVOKE ALL ON *.* FROM {user}")
        for grant in grants(role, db):
            ch.command(f"{grant} TO {user}")
        if role in READONLY_ROLES:
            ch.command(f"ALTER USER {user} SETTINGS readonly = 2")


def migrate_local(settings: Settings) -> list[str]:
    from mamori.storage.client import client

    return apply_migrations(client(settings.clickhouse, role="admin"), settings.clickhouse.database)
