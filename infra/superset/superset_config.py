"""Superset configuration for Mamori (local processes and the Docker image).

Loaded by Superset through ``SUPERSET_CONFIG_PATH``. Secrets come from the
environment only: ``SUPERSET_SECRET_KEY`` (the local stack generates it into the
git-ignored ``.local/secrets.env``). The metadata database is SQLite in
``MAMORI_SUPERSET_HOME`` (the run directory), else ``SUPERSET_HOME``; set
``SUPERSET_METADATA_URI`` to use another database (e.g. PostgreSQL in production).
"""

from __future__ import annotations

import os
from pathlib import Path

_secret = os.environ.get("SUPERSET_SECRET_KEY", "")
if len(_secret) < 32:
    raise RuntimeError(
        "SUPERSET_SECRET_KEY is not set (or shorter than 32 characters): generate one, "
        "e.g. `openssl rand -hex 32`; the local stack keeps it in .local/secrets.env"
    )
SECRET_KEY = _secret

_home = Path(
    os.environ.get("MAMORI_SUPERSET_HOME")
    or os.environ.get("SUPERSET_HOME")
    or Path.home() / ".superset"
)
_home.mkdir(parents=True, exist_ok=True)
DATA_DIR = str(_home)
SQLALCHEMY_DATABASE_URI = os.environ.get(
    "SUPERSET_METADATA_URI", f"sqlite:///{_home / 'superset.db'}?check_same_thread=false"
)

# --- Japanese first -------------------------------------------------------------------
BABEL_DEFAULT_LOCALE = "ja"
LANGUAGES = {
    "ja": {"flag": "jp", "name": "日本語"},
    "en": {"flag": "us", "name": "English"},
}
APP_NAME = "Mamori"

# --- Cookies and HTTPS, from the environment --------------------------------------------
# MAMORI_SUPERSET_HTTPS=true (the default when MAMORI_PROFILE=production) marks the
# session and remember-me cookies Secure, redirects HTTP to HTTPS and sends HSTS;
# MAMORI_SUPERSET_PROXY_FIX=true trusts one reverse proxy's X-Forwarded-* headers (TLS
# terminated in front of Superset). Local processes and tests run plain HTTP on
# 127.0.0.1 and leave both off.
_TRUE = {"1", "true", "yes", "on"}
_production = os.environ.get("MAMORI_PROFILE", "local").lower() == "production"
HTTPS = os.environ.get("MAMORI_SUPERSET_HTTPS", "true" if _production else "false").lower() in _TRUE
SESSION_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
REMEMBER_COOKIE_SECURE = HTTPS
REMEMBER_COOKIE_HTTPONLY = True
PREFERRED_URL_SCHEME = "https" if HTTPS else "http"
ENABLE_PROXY_FIX = os.environ.get("MAMORI_SUPERSET_PROXY_FIX", "false").lower() in _TRUE
WTF_CSRF_ENABLED = True

# --- No calls beyond the host ---------------------------------------------------------
# The front end embeds a telemetry pixel on every page with no switch to turn it off;
# a Content-Security-Policy that lists no external host makes the browser refuse it
# (and map tiles, help widgets and remote fonts, which these dashboards do not use).
TALISMAN_ENABLED = True
TALISMAN_CONFIG = {
    "content_security_policy": {
        "base-uri": ["'self'"],
        "default-src": ["'self'"],
        "img-src": ["'self'", "blob:", "data:"],
        "worker-src": ["'self'", "blob:"],
        "connect-src": ["'self'"],
        "object-src": "'none'",
        "style-src": ["'self'", "'unsafe-inline'"],
        "font-src": ["'self'", "data:"],
        "script-src": ["'self'", "'strict-dynamic'"],
    },
    "content_security_policy_nonce_in": ["script-src"],
    "force_https": HTTPS,
    "session_cookie_secure": HTTPS,
    "strict_transport_security": HTTPS,
    "strict_transport_security_max_age": 31536000,
}
TALISMAN_DEV_CONFIG = TALISMAN_CONFIG
# Superset's CORS default names a map-tile host; nothing here is served cross-origin.
ENABLE_CORS = False
MAPBOX_API_KEY = ""
SLACK_API_TOKEN = None
DOCUMENTATION_URL = None
BUG_REPORT_URL = None
PREVENT_UNSAFE_DB_CONNECTIONS = True

# --- Features the dashboards use ------------------------------------------------------
FEATURE_FLAGS = {
    "DASHBOARD_RBAC": False,
    "ENABLE_TEMPLATE_PROCESSING": False,
    "ALERT_REPORTS": False,
    "THUMBNAILS": False,
    "EMBEDDED_SUPERSET": False,
    "DRILL_TO_DETAIL": True,
    "DRILL_BY": True,
    "HORIZONTAL_FILTER_BAR": True,
}

# The rollups are cheap to query: short caches, fresh numbers.
CACHE_CONFIG = {"CACHE_TYPE": "SimpleCache", "CACHE_DEFAULT_TIMEOUT": 300}
DATA_CACHE_CONFIG = {"CACHE_TYPE": "SimpleCache", "CACHE_DEFAULT_TIMEOUT": 120}
FILTER_STATE_CACHE_CONFIG = {"CACHE_TYPE": "SimpleCache", "CACHE_DEFAULT_TIMEOUT": 86400}
EXPLORE_FORM_DATA_CACHE_CONFIG = {"CACHE_TYPE": "SimpleCache", "CACHE_DEFAULT_TIMEOUT": 86400}

ROW_LIMIT = 50000
SQLLAB_TIMEOUT = 60
SUPERSET_WEBSERVER_TIMEOUT = 120
