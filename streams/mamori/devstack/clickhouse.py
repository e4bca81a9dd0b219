"""A real ClickHouse engine (26.x, from the pinned ``chdb-core`` wheel) as a local
process serving HTTP and TCP on 127.0.0.1, with least-privilege users.

Access control is ``users.xml`` (written next to the data, mode 0600, passwords as
SHA-256): it is the only user store this engine loads (SQL ``CREATE USER`` has no
writable storage here, and it is not reloaded while the engine runs), and it keeps
the grants in code. One user per role of :mod:`mamori.storage.roles`, granted per
table of the databases it serves:

- ``default``: the engine's internal session logs in as ``default`` without a
  password, so it cannot have one; instead it holds no grant on any database (only
  the listener statements and the stop pipe, :data:`LOCAL_DEFAULT_GRANTS`) and is
  loopback only. A login as ``default`` reads and writes nothing of Mamori's;
- ``mamori_<role>`` for writer, reviewer, sealer, dashboard, reader, admin (the admin
  also reads ``system.view_refreshes``: it defines the ``refresh_status`` view).

``databases`` names the databases the users are granted on (the demo: the one of the
settings). Without it (the test session's shared server, which hosts a database per
test) the pattern ``mamori*`` is used and table-level grants are impossible
(ClickHouse has no ``db*.table`` wildcard): each role then gets the broad grant of its
kind (writers INSERT/SELECT, readers SELECT). Tests of privileges start a server with
explicit databases. Passwords come from the environment
(``MAMORI_CLICKHOUSE__WRITER_PASSWORD`` …, see :mod:`mamori.devstack.secrets`); a role
without a password is not created.
"""

from __future__ import annotations

import hashlib
import os
import sys
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final
from xml.sax.saxutils import escape

from mamori.devstack.process import ManagedProcess
from mamori.storage.roles import LOCAL_DEFAULT_GRANTS, READONLY_ROLES, ROLES, Role, grants

#: Databases the Mamori users may touch on a shared test server (``mamori_test_*``).
DATABASE_PATTERN: Final = "mamori*"
#: Standard user name per role (``MAMORI_CLICKHOUSE__<ROLE>_USER`` may rename it).
DEFAULT_USERS: Final[dict[Role, str]] = {role: f"mamori_{role}" for role in ROLES}
_PATTERN_GRANTS: Final[dict[Role, tuple[str, ...]]] = {
    # SELECT on system.view_refreshes: the admin defines `refresh_status` (sql/0007), a
    # DEFINER view through which the readers see the dashboard refreshes' health.
    "admin": (
        f"GRANT ALL ON {DATABASE_PATTERN}.*",
        "GRANT TABLE ENGINE ON *",
        "GRANT SELECT ON system.view_refreshes",
    ),
    "writer": (f"GRANT INSERT, SELECT ON {DATABASE_PATTERN}.*",),
    "reviewer": (f"GRANT INSERT, SELECT ON {DATABASE_PATTERN}.*",),
    "sealer": (f"GRANT INSERT, SELECT ON {DATABASE_PATTERN}.*",),
    "dashboard": (f"GRANT SELECT ON {DATABASE_PATTERN}.*",),
    "reader": (f"GRANT SELECT ON {DATABASE_PATTERN}.*",),
}
_LOOPBACK = "<networks><ip>127.0.0.1</ip><ip>::1</ip></networks>"


def accounts_from_env(env: Mapping[str, str] | None = None) -> dict[Role, tuple[str, str]]:
    """role → (user, password) for every role whose password is set in ``env``."""
    env = os.environ if env is None else env
    accounts: dict[Role, tuple[str, str]] = {}
    for role in ROLES:
        password = env.get(f"MAMORI_CLICKHOUSE__{role.upper()}_PASSWORD", "")
        user = env.get(f"MAMORI_CLICKHOUSE__{role.upper()}_USER") or DEFAULT_USERS[role]
        if password and user != "default":
            accounts[role] = (user, password)
    return accounts


def role_grants(role: Role, databases: Sequence[str] | None) -> tuple[str, ...]:
    if databases is None:
        return _PATTERN_GRANTS[role]
    out: list[str] = []
    for db in databases:
        out.extend(g for g in grants(role, db) if g not in out)
    return tuple(out)


def users_xml(
    accounts: Mapping[Role, tuple[str, str]], databases: Sequence[str] | None = None
) -> str:
    """users.xml with a grant-less ``default`` plus one user per role in ``accounts``."""
    default_grants = "".join(f"<query>{escape(g)}</query>" for g in LOCAL_DEFAULT_GRANTS)
    blocks = [
        f"<default><password></password>{_LOOPBACK}"
        f"<profile>default</profile><quota>default</quota><grants>{default_grants}</grants>"
        "</default>"
    ]
    for role, (user, password) in accounts.items():
        profile = "readonly" if role in READONLY_ROLES else "default"
        queries = "".join(f"<query>{escape(g)}</query>" for g in role_grants(role, databases))
        digest = hashlib.sha256(password.encode()).hexdigest()
        blocks.append(
            f"<{user}><password_sha256_hex>{digest}</password_sha256_hex>{_LOOPBACK}"
            f"<profile>{profile}</profile><quota>default</quota>"
            f"<grants>{queries}</grants></{user}>"
        )
    return (
        "<clickhouse>\n  <users>\n    " + "\n    ".join(blocks) + "\n  </users>\n"
        # readonly=2: no writes or DDL, but clients (Superset) may still set query settings.
        "  <profiles><default/><readonly><readonly>2</readonly></readonly></profiles>\n"
        "  <quotas><default/></quotas>\n</clickhouse>\n"
    )


class ClickHouseServer(ManagedProcess):
    """``with ClickHouseServer(path, http_port=…, tcp_port=…) as ch: …``

    ``passwords`` (user name → password, for the standard user names) overrides the
    environment; tests pass their own.
    """

    def __init__(
        self,
        data_dir: Path,
        http_port: int = 8123,
        tcp_port: int = 9000,
        passwords: Mapping[str, str] | None = None,
        databases: Sequence[str] | None = None,
    ) -> None:
        self.databases = tuple(databases) if databases is not None else None
        self.data_dir = data_dir.resolve()
        self.http_port = http_port
        self.tcp_port = tcp_port
        if passwords is None:
            self.accounts = accounts_from_env()
        else:
            by_user = {u: r for r, u in DEFAULT_USERS.items()}
            self.accounts = {by_user[u]: (u, p) for u, p in passwords.items()}
        argv = [
            sys.executable,
            "-m",
            "mamori.devstack.chdb_server",
            "--data-dir",
            str(self.data_dir),
            "--http-port",
            str(http_port),
            "--tcp-port",
            str(tcp_port),
            "--users-xml",
            str(self.users_file),
        ]
        super().__init__(
            "clickhouse",
            self.data_dir,
            argv,
            healthy=self._answers,
            start_timeout=60,
            stop_timeout=30,
        )

    @property
    def users_file(self) -> Path:
        return self.data_dir / "users.xml"

    @property
    def passwords(self) -> dict[str, str]:
        """user name → password of the Mamori users."""
        return dict(self.accounts.values())

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        # Rewritten on every start, so rotated passwords take effect on restart.
        fd = os.open(self.users_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(users_xml(self.accounts, self.databases))
        super().start()

    def kill(self) -> None:
        """SIGKILL, as a crash would (outage tests)."""
        self.stop(kill=True)

    def _answers(self) -> bool:
        """HTTP ``/ping`` answers and a query runs (the listener alone is not enough)."""
        try:
            with urllib.request.urlopen(f"{self.url}/ping", timeout=2) as resp:
                if resp.read().strip() != b"Ok.":
                    return False
            with urllib.request.urlopen(f"{self.url}/?query=SELECT%201", timeout=2) as resp:
                return bool(resp.read().strip() == b"1")
        except (urllib.error.URLError, OSError):
            return False

    def client_env(self, database: str) -> dict[str, str]:
        """MAMORI_CLICKHOUSE__* variables that point a Mamori process at this server."""
        env = {
            "MAMORI_CLICKHOUSE__HOST": "127.0.0.1",
            "MAMORI_CLICKHOUSE__HTTP_PORT": str(self.http_port),
            "MAMORI_CLICKHOUSE__TCP_PORT": str(self.tcp_port),
            "MAMORI_CLICKHOUSE__DATABASE": database,
        }
        for role, (user, password) in self.accounts.items():
            env[f"MAMORI_CLICKHOUSE__{role.upper()}_USER"] = user
            env[f"MAMORI_CLICKHOUSE__{role.upper()}_PASSWORD"] = password
        return env

    def __enter__(self) -> ClickHouseServer:
        self.start()
        return self
