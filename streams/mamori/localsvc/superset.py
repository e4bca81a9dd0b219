"""Apache Superset 6.1 as a local process (its own venv, ``.venv-superset/``), bound to
127.0.0.1, with a SQLite metadata database in its run directory, and a small REST
client for what Mamori needs from it (login, bundle import, listing, chart data).

First start initialises the metadata database (``superset db upgrade``,
``fab create-admin``, ``superset init``) and records that in the run directory, so
later starts only launch the server. The ClickHouse connection is part of the
dashboard bundle (``dashboards/databases``); :meth:`SupersetServer.ensure_database`
imports it on its own with this server's ClickHouse address and reader password.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass
from http.cookiejar import CookieJar
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from mamori.localsvc.process import ManagedProcess, ServiceError
from mamori.paths import REPO_ROOT

if TYPE_CHECKING:
    from mamori.settings import Settings

SUPERSET_VENV: Final = REPO_ROOT / ".venv-superset"
CONFIG_FILE: Final = REPO_ROOT / "infra" / "superset" / "superset_config.py"
ADMIN_USER: Final = "admin"
#: Name of the ClickHouse connection in Superset (also in the bundle's database YAML).
DATABASE_NAME: Final = "Mamori ClickHouse"
#: Stable UUID of that connection; the bundle's datasets point at it.
DATABASE_UUID: Final = "6f1d3c9e-3b0a-4d53-9a51-6d616d6f7269"
DATABASE_FILE: Final = "databases/Mamori_ClickHouse.yaml"


@dataclass(frozen=True)
class ClickHouseTarget:
    """Where Superset reads from: ClickHouse HTTP address, database, read-only user."""

    host: str
    http_port: int
    database: str
    user: str
    password: str

    @property
    def sqlalchemy_uri(self) -> str:
        """URI with the password masked, as Superset bundles carry it."""
        user = urllib.parse.quote(self.user, safe="")
        return f"clickhousedb://{user}:XXXXXXXXXX@{self.host}:{self.http_port}/{self.database}"


def database_config(target: ClickHouseTarget) -> dict[str, Any]:
    """The bundle's database YAML content for ``target`` (no password)."""
    return {
        "allow_ctas": False,
        "allow_cvas": False,
        "allow_dml": False,
        "allow_file_upload": False,
        "allow_run_async": False,
        "cache_timeout": None,
        "database_name": DATABASE_NAME,
        "expose_in_sqllab": True,
        "extra": {
            "allows_virtual_table_explore": True,
            "engine_params": {},
            "metadata_cache_timeout": {},
            "schemas_allowed_for_file_upload": [],
        },
        "impersonate_user": False,
        "sqlalchemy_uri": target.sqlalchemy_uri,
        "uuid": DATABASE_UUID,
        "version": "1.0.0",
    }


def bundle_zip(files: dict[str, str], root: str = "mamori_bundle") -> bytes:
    """A Superset import ZIP from ``relative path → YAML text``."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in sorted(files.items()):
            zf.writestr(f"{root}/{name}", text)
    return buf.getvalue()


class SupersetError(RuntimeError):
    """Superset answered a REST call with an error."""


class SupersetClient:
    """Session-authenticated REST client: JWT for the API, plus the session cookie,
    CSRF token and Referer that Superset's import endpoints also insist on."""

    def __init__(self, url: str, user: str, password: str, timeout: float = 120.0) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        self._token = ""
        self._csrf = ""
        self._opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        login = self.request(
            "POST",
            "/api/v1/security/login",
            {"username": user, "password": password, "provider": "db", "refresh": False},
        )
        self._token = str(login["access_token"])
        self._csrf = str(self.request("GET", "/api/v1/security/csrf_token/")["result"])

    def _headers(self) -> dict[str, str]:
        headers = {"Referer": self.url + "/", "Accept": "application/json"}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        if self._csrf:
            headers["X-CSRFToken"] = self._csrf
        return headers

    def _send(self, req: urllib.request.Request) -> Any:
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                body = resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode(errors="replace")[:2000]
            raise SupersetError(f"{req.method} {req.full_url}: {exc.code} {detail}") from exc
        return json.loads(body) if body else {}

    def request(self, method: str, path: str, payload: Any = None) -> Any:
        headers = self._headers()
        data = None
        if payload is not None:
            data = json.dumps(payload).encode()
            headers["Content-Type"] = "application/json"
        req = urllib.request.Request(self.url + path, data=data, headers=headers, method=method)
        return self._send(req)

    def upload(
        self, path: str, zip_bytes: bytes, fields: dict[str, str], file_field: str = "bundle"
    ) -> Any:
        """multipart/form-data POST of a bundle ZIP plus plain fields (``bundle`` is the
        file field of the assets endpoint, ``formData`` that of the per-type ones)."""
        boundary = "mamori" + os.urandom(12).hex()
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
            f"{value}\r\n".encode()
            for name, value in fields.items()
        ]
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; '
            'filename="bundle.zip"\r\nContent-Type: application/zip\r\n\r\n'.encode()
            + zip_bytes
            + b"\r\n"
        )
        parts.append(f"--{boundary}--\r\n".encode())
        headers = self._headers()
        headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        req = urllib.request.Request(
            self.url + path, data=b"".join(parts), headers=headers, method="POST"
        )
        return self._send(req)

    def list_all(self, resource: str, columns: list[str]) -> list[dict[str, Any]]:
        """Every row of ``/api/v1/<resource>/`` (paged), with the given columns."""
        rows: list[dict[str, Any]] = []
        page = 0
        while True:
            q = _rison({"columns": columns, "page": page, "page_size": 100})
            result = self.request("GET", f"/api/v1/{resource}/?q={urllib.parse.quote(q)}")
            rows.extend(result["result"])
            if len(result["result"]) < 100:
                return rows
            page += 1

    def import_assets(self, files: dict[str, str], passwords: dict[str, str]) -> None:
        """Import a bundle through ``/api/v1/assets/import/``: it overwrites databases,
        datasets, charts and dashboards alike and re-links each dashboard's charts."""
        self.upload(
            "/api/v1/assets/import/", bundle_zip(files), {"passwords": json.dumps(passwords)}
        )

    def export_assets(self) -> bytes:
        """``/api/v1/assets/export/``: every asset as a ZIP of YAML files."""
        req = urllib.request.Request(
            self.url + "/api/v1/assets/export/", headers=self._headers(), method="GET"
        )
        with self._opener.open(req, timeout=self.timeout) as resp:
            data: bytes = resp.read()
        return data


def _rison(value: Any) -> str:
    """The little of Rison (Superset's ``q=`` encoding) that list queries need."""
    if isinstance(value, dict):
        return "(" + ",".join(f"{k}:{_rison(v)}" for k, v in value.items()) + ")"
    if isinstance(value, list):
        return "!(" + ",".join(_rison(v) for v in value) + ")"
    if isinstance(value, bool):
        return "!t" if value else "!f"
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    return "'" + text.replace("!", "!!").replace("'", "!'") + "'"


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
            user=ch.reader_user,
            password=ch.reader_password.get_secret_value(),
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
