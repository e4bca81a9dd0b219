"""Local secrets for the demo and tests: generated once, kept in a git-ignored file.

Production takes the same variables from its own secret store; nothing here is
ever committed.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

ROLES = ("WRITER", "REVIEWER", "SEALER", "DASHBOARD", "READER", "ADMIN")
LOCAL_SECRET_NAMES = (
    "MAMORI_PSEUDONYM_KEY",
    *(f"MAMORI_CLICKHOUSE__{role}_PASSWORD" for role in ROLES),
    "SUPERSET_SECRET_KEY",
    "MAMORI_SUPERSET_ADMIN_PASSWORD",
)
#: Local user names that go with the generated passwords.
LOCAL_USERS = {f"MAMORI_CLICKHOUSE__{role}_USER": f"mamori_{role.lower()}" for role in ROLES}


def read_env_file(path: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    if path.exists():
        for line in path.read_text().splitlines():
            if line.strip() and not line.startswith("#") and "=" in line:
                key, _, value = line.partition("=")
                values[key.strip()] = value.strip()
    return values


def ensure_local_secrets(path: Path) -> dict[str, str]:
    """Return the local secrets (and user names), generating missing ones into ``path``."""
    values = read_env_file(path)
    changed = False
    for name in LOCAL_SECRET_NAMES:
        if not values.get(name):
            # 32 random bytes: the pseudonymisation key's minimum (settings.key_strength).
            values[name] = secrets.token_hex(32)
            changed = True
    for name, user in LOCAL_USERS.items():
        if name not in values:
            values[name] = user
            changed = True
    if changed:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write("# Local secrets for the Mamori demo. Generated; never commit.\n")
            fh.writelines(f"{k}={v}\n" for k, v in sorted(values.items()))
    return values
