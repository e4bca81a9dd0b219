"""ClickHouse clients per role (:mod:`mamori.storage.roles`), from the one settings object.

One client per coroutine/task: a shared sync client across coroutines raises
"concurrent queries within the same session" (clickhouse-connect#295). Clients here
carry no session id, so separate clients never collide either.
"""

from __future__ import annotations

from typing import Any

import clickhouse_connect
from clickhouse_connect.driver.asyncclient import AsyncClient
from clickhouse_connect.driver.client import Client

from mamori.settings import ClickHouseSettings
from mamori.storage.roles import Role


def credentials(settings: ClickHouseSettings, role: Role) -> tuple[str, str]:
    """(user, password) of ``role``; raises MissingCredentialError rather than fall back."""
    return settings.credentials(role)


def _common(settings: ClickHouseSettings, role: Role) -> dict[str, Any]:
    user, password = credentials(settings, role)
    return {
        "host": settings.host,
        "port": settings.http_port,
        "username": user,
        "password": password,
        "secure": settings.secure,
        # No session: several clients may run queries at once.
        "autogenerate_session_id": False,
        "connect_timeout": 5,
        "send_receive_timeout": 60,
    }


def client(settings: ClickHouseSettings, role: Role) -> Client:
    """A synchronous clickhouse-connect client for ``role`` (one thread at a time)."""
    return clickhouse_connect.get_client(**_common(settings, role))


async def async_client(settings: ClickHouseSettings, role: Role) -> AsyncClient:
    """An asyncio clickhouse-connect client for ``role`` (used inside Faust agents)."""
    return await clickhouse_connect.get_async_client(**_common(settings, role))
