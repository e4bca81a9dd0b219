"""Apache Superset 6.1 as a local process (its own venv, ``.venv-superset/``), bound to
127.0.0.1, with a SQLite metadata database in its run directory, and a small REST
client for what Mamori needs from it (login, bundle import, listing, chart data).

First start initialises the metadata database (``superset db upgrade``,
``fab create-admin``, ``superset init``) and records that in the run directory, so
later starts only launch the server. The ClickHouse connection is part of the
dashboard bundle (``dashboards/databases``); :meth:`SupersetServer.ensure_database`
imports it on its own with this server's ClickHouse address and dashboard password.
"""

from __future__ import annotations

import os
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING, Final

from mamori.dashboards.superset_client import (
    ADMIN_USER,
    DATABASE_FILE,
    ClickHouseTarget,
    SupersetClient,
    database_config,
)
from mamori.devstack.paths import REPO_ROOT
from mamori.devstack.process import ManagedProcess, ServiceError

if TYPE_CHECKING:
    from mamori.settings import Settings

SUPERSET_VENV: Final = REPO_ROOT / ".venv-superset"
CONFIG_FILE: Final = REPO_ROOT / "infra" / "superset" / "superset_config.py"


class SupersetServer(ManagedProcess):
    """``with SupersetServer(run_dir, port, clickhouse=ClickHouseTarget(...)) as s: …``

    ``admin_password`` defaults to ``MAMORI_SUPERSET_ADMIN_PASSWORD`` and ``secret_key``
    to ``SUPERSET_SECRET_KEY`` (both generated into ``.local/secrets.env`` by the
    local stack); tests pass their own.
    """

    def __init__(
        self,
        run_dir: Path,
        port: int = 8088,
        clickhouse: ClickHouseTarget | None = None,
        *,
        admin_password: str | None = None,
        secret_key: str | None = None,
        venv: Path = SUPERSET_VENV,
    ) -> None:
        self.port = port
        self.clickhouse = clickhouse
        self.venv = venv
        self.admin_password = admin_password or os.environ.get("MAMORI_SUPERSET_ADMIN_PASSWORD", "")
        key = secret_key or os.environ.get("SUPERSET_SECRET_KEY", "")
        if not self.admin_password or not key:
            raise ServiceError(
                "Superset needs SUPERSET_SECRET_KEY and MAMORI_SUPERSET_ADMIN_PASSWORD "
                "(the local stack generates both into .local/secrets.env)"
            )
        run_dir = run_dir.resolve()
        self._env = {
            "SUPERSET_CONFIG_PATH": str(CONFIG_FILE),
            "SUPERSET_SECRET_KEY": key,
            "MAMORI_SUPERSET_HOME": str(run_dir),
            "SUPERSET_HOME": str(run_dir),
            "FLASK_APP": "superset.app:create_app()",
            "PYTHONUNBUFFERED": "1",
        }
        argv = [
            str(venv / "bin" / "gunicorn"),
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--threads",
            "8",
            "--worker-class",
            "gthread",
            "--timeout",
            "120",
            "--limit-request-line",
            "0",
            "--limit-request-field_size",
            "0",
            "superset.app:create_app()",
        ]
        super().__init__(
            "superset",
            run_dir,
            argv,
            healthy=self._answers,
            env=self._env,
            cwd=run_dir,
            start_timeout=180,
            stop_timeout=30,
        )

    @classmethod
    def from_settings(cls, run_dir: Path, settings: Settings, port: int = 8088) -> SupersetServer:
        ch = settings.clickhouse
        target = ClickHouseTarget(
            host=ch.host,
            http_port=ch.http_port,
            database=ch.database,
            # The dashboard reader: counts only (mamori.storage.roles).
            user=ch.dashboard_user,
            password=ch.dashboard_password.get_secret_value(),
        )
        port = int(os.environ.get("MAMORI_SUPERSET_PORT", port))
        return cls(run_dir, port=port, clickhouse=target)

    # -- addresses -----------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def login_hint(self) -> str:
        return f"{ADMIN_USER} / MAMORI_SUPERSET_ADMIN_PASSWORD in .local/secrets.env"

    @property
    def _init_stamp(self) -> Path:
        return self.run_dir / "initialized"

    # -- lifecycle -----------------------------------------------------------------------
    def _superset(self, *args: str) -> None:
        cmd = [str(self.venv / "bin" / "superset"), *args]
        with self.log_file.open("ab") as log:
            done = subprocess.run(  # noqa: S603 - argv built by us
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.run_dir,
                env={**os.environ, **self._env},
                check=False,
                timeout=600,
            )
        if done.returncode != 0:
            raise ServiceError(
                f"`superset {' '.join(args[:2])}` failed ({done.returncode}); "
                f"log {self.log_file}:\n{self.log_tail()}"
            )

    def initialise(self) -> None:
        """Create the metadata database, the admin user and the roles (once)."""
        if self._init_stamp.exists():
            return
        if not (self.venv / "bin" / "superset").exists():
            raise ServiceError(
                f"Superset is not installed in {self.venv}: run `scripts/bootstrap.sh superset`"
            )
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self._superset("db", "upgrade")
        self._superset(
            "fab",
            "create-admin",
            "--username",
            ADMIN_USER,
            "--firstname",
            "Mamori",
            "--lastname",
            "Admin",
            "--email",
            "admin@mamori.invalid",
            "--password",
            self.admin_password,
        )
        self._superset("init")
        self._init_stamp.write_text("ok\n")

    def start(self) -> None:
        self.run_dir.mkdir(parents=True, exist_ok=True)
        if not self.running():
            self.initialise()
        super().start()
        if self.clickhouse is not None:
            self.ensure_database()

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/health", timeout=2) as resp:
                return bool(resp.status == 200)
        except (urllib.error.URLError, OSError):
            return False

    # -- REST ----------------------------------------------------------------------------
    def client(self) -> SupersetClient:
        return SupersetClient(self.url, ADMIN_USER, self.admin_password)

    def ensure_database(self, client: SupersetClient | None = None) -> None:
        """Create or update the ClickHouse connection (read-only user) by its stable UUID."""
        if self.clickhouse is None:
            raise ServiceError("no ClickHouse target configured for Superset")
        import yaml

        files = {
            "metadata.yaml": yaml.safe_dump(
                {"timestamp": "2026-01-01T00:00:00+00:00", "type": "assets", "version": "1.0.0"}
            ),
            DATABASE_FILE: yaml.safe_dump(database_config(self.clickhouse), sort_keys=True),
        }
        (client or self.client()).import_assets(files, {DATABASE_FILE: self.clickhouse.password})
