"""Superset configuration for Mamori's local stack (and the Docker image).

Secrets come from the environment (SUPERSET_SECRET_KEY; the local demo generates it
into .local/secrets.env). Metadata lives in SQLite under SUPERSET_HOME for local use.
"""

import os

SECRET_KEY = os.environ["SUPERSET_SECRET_KEY"]
_HOME = os.environ.get("SUPERSET_HOME", os.path.expanduser("~/.superset"))
SQLALCHEMY_DATABASE_URI = os.environ.get(
    "SUPERSET_METADATA_URI", f"sqlite:///{os.path.join(_HOME, 'superset.db')}?check_same_thread=false"
)

# Japanese first, English available.
BABEL_DEFAULT_LOCALE = "ja"
LANGUAGES = {"ja": {"flag": "jp", "name": "Japanese"}, "en": {"flag": "us", "name": "English"}}

# Local, single-user demo: no CSRF on the API import path is NOT disabled; tests use tokens.
WTF_CSRF_ENABLED = True
TALISMAN_ENABLED = False
FEATURE_FLAGS = {"DASHBOARD_RBAC": False, "ENABLE_TEMPLATE_PROCESSING": False}
# No outbound calls from the server side.
SUPERSET_WEBSERVER_TIMEOUT = 120
PREVENT_UNSAFE_DB_CONNECTIONS = False
SQLLAB_CTAS_NO_LIMIT = True
CACHE_CONFIG = {"CACHE_TYPE": "SimpleCache", "CACHE_DEFAULT_TIMEOUT": 300}
DATA_CACHE_CONFIG = {"CACHE_TYPE": "SimpleCache", "CACHE_DEFAULT_TIMEOUT": 60}
