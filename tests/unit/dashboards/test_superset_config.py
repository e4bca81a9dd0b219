"""Superset's cookie and HTTPS settings come from the environment."""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

import pytest

CONFIG = Path(__file__).resolve().parents[3] / "infra" / "superset" / "superset_config.py"


def load(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, **env: str) -> dict[str, Any]:
    monkeypatch.setenv("SUPERSET_SECRET_KEY", "k" * 40)
    monkeypatch.setenv("MAMORI_SUPERSET_HOME", str(tmp_path))
    for name in ("MAMORI_PROFILE", "MAMORI_SUPERSET_HTTPS", "MAMORI_SUPERSET_PROXY_FIX"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONFIG))


def test_local_runs_plain_http(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cfg = load(monkeypatch, tmp_path)
    assert cfg["SESSION_COOKIE_SECURE"] is False and cfg["TALISMAN_CONFIG"]["force_https"] is False
    assert cfg["SESSION_COOKIE_HTTPONLY"] is True and cfg["SESSION_COOKIE_SAMESITE"] == "Lax"


def test_production_is_https_by_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cfg = load(monkeypatch, tmp_path, MAMORI_PROFILE="production")
    assert cfg["SESSION_COOKIE_SECURE"] is True and cfg["REMEMBER_COOKIE_SECURE"] is True
    assert cfg["PREFERRED_URL_SCHEME"] == "https"
    talisman = cfg["TALISMAN_CONFIG"]
    assert talisman["force_https"] and talisman["session_cookie_secure"]
    assert talisman["strict_transport_security"]


def test_https_and_proxy_fix_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cfg = load(monkeypatch, tmp_path, MAMORI_SUPERSET_HTTPS="true", MAMORI_SUPERSET_PROXY_FIX="1")
    assert cfg["SESSION_COOKIE_SECURE"] is True and cfg["ENABLE_PROXY_FIX"] is True
    off = load(monkeypatch, tmp_path, MAMORI_PROFILE="production", MAMORI_SUPERSET_HTTPS="false")
    assert off["SESSION_COOKIE_SECURE"] is False  # an explicit opt-out, e.g. a closed network
