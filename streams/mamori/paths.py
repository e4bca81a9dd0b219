"""Where the repository's data folders are (schemas, sql, dashboards, lexicons)."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: The repository root (``streams/mamori`` → two levels up). Overridable for images
#: that install the package without the source tree next to it.
REPO_ROOT = Path(os.environ.get("MAMORI_HOME", PACKAGE_DIR.parents[1]))
SCHEMAS_DIR = REPO_ROOT / "schemas"
SQL_DIR = REPO_ROOT / "sql"
DASHBOARDS_DIR = REPO_ROOT / "dashboards"
LEXICON_DIR = PACKAGE_DIR / "lexicon"
LOCAL_DIR = REPO_ROOT / ".local"
