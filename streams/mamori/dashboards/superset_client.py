"""The Superset REST client (login, CSRF, asset import/export) and the ClickHouse
database entry the bundle links to. Production code talks to any Superset through
this; the dev stack only starts and stops the local Superset process."""

from __future__ import annotations

import io
import json
import os
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass
from http.cookiejar import CookieJar
from typing import Any, Final, Protocol

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


class SupersetEndpoint(Protocol):
    """What an import needs from a running Superset (the dev stack's server has it)."""

    @property
    def url(self) -> str: ...

    @property
    def admin_password(self) -> str: ...

    @property
    def clickhouse(self) -> ClickHouseTarget | None: ...


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
