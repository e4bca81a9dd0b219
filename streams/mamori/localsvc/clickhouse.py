"""A real ClickHouse engine (26.x, from the pinned ``chdb-core`` wheel) as a local
process serving HTTP and TCP on 127.0.0.1, with least-privilege users.

Users (``users.xml``, written next to the data):

- ``default``: passwordless, loopback only — the engine's internal connection needs it;
- ``mamori_admin``: DDL on ``mamori*`` databases (migrations);
- ``mamori_writer``: INSERT and SELECT on ``mamori*`` databases only (the worker);
- ``mamori_reader``: SELECT only, ``readonly=2`` (dashboards, review packs, exports).
"""

from __future__ import annotations

import hashlib
import sys
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from xml.sax.saxutils import escape

from mamori.localsvc.process import ManagedProcess

#: Databases the Mamori users may touch (tests use ``mamori_test_*``).
DATABASE_PATTERN = "mamori*"

_ROLE_GRANTS: dict[str, tuple[str, tuple[str, ...]]] = {
    # Table engines are a grant of their own since 24.x (ReplacingMergeTree, MV targets).
    "mamori_admin": ("default", (f"GRANT ALL ON {DATABASE_PATTERN}.*", "GRANT TABLE ENGINE ON *")),
    "mamori_writer": ("default", (f"GRANT INSERT, SELECT ON {DATABASE_PATTERN}.*",)),
    "mamori_reader": ("readonly", (f"GRANT SELECT ON {DATABASE_PATTERN}.*",)),
}


def users_xml(passwords: Mapping[str, str]) -> str:
    """users.xml for the roles in ``passwords`` (user name → password)."""
    blocks = [
        "<default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks>"
        "<profile>default</profile><quota>default</quota>"
        "<access_management>1</access_management></default>"
    ]
    for user, password in passwords.items():
        profile, grants = _ROLE_GRANTS[user]
        queries = "".join(f"<query>{escape(g)}</query>" for g in grants)
        digest = hashlib.sha256(password.encode()).hexdigest()
        blocks.append(
            f"<{user}><password_sha256_hex>{digest}</password_sha256_hex>"
            "<networks><ip>127.0.0.1</ip><ip>::1</ip></networks>"
            f"<profile>{profile}</profile><quota>default</quota>"
            f"<grants>{queries}</grants></{user}>"
        )
    return (
        "<clickhouse>\n  <users>\n    " + "\n    ".join(blocks) + "\n  </users>\n"
        "  <profiles><default/><readonly><readonly>2</readonly></readonly></profiles>\n"
        "  <quotas><default/></quotas>\n</clickhouse>\n"
    )


class ClickHouseServer(ManagedProcess):
    def __init__(
        self,
        data_dir: Path,
        http_port: int = 8123,
        tcp_port: int = 9000,
        passwords: Mapping[str, str] | None = None,
    ) -> None:
        self.data_dir = data_dir.resolve()
        self.http_port = http_port
        self.tcp_port = tcp_port
        self.passwords = dict(passwords or {})
        argv = [
            sys.executable,
            "-m",
            "mamori.localsvc.chdb_server",
            "--data-dir",
            str(self.data_dir),
            "--http-port",
            str(http_port),
            "--tcp-port",
            str(tcp_port),
        ]
        if self.passwords:
            argv += ["--users-xml", str(self.data_dir / "users.xml")]
        super().__init__(
            "clickhouse",
            self.data_dir,
            argv,
            healthy=self._answers,
            start_timeout=60,
            stop_timeout=30,
        )

    def start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self.passwords:
            path = self.data_dir / "users.xml"
            path.write_text(users_xml(self.passwords))
            path.chmod(0o600)
        super().start()

    def kill(self) -> None:
        """SIGKILL, as a crash would (outage tests)."""
        self.stop(kill=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def _answers(self) -> bool:
        try:
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
        for role, user in (
            ("WRITER", "mamori_writer"),
            ("READER", "mamori_reader"),
            ("ADMIN", "mamori_admin"),
        ):
            if user in self.passwords:
                env[f"MAMORI_CLICKHOUSE__{role}_USER"] = user
                env[f"MAMORI_CLICKHOUSE__{role}_PASSWORD"] = self.passwords[user]
        return env
