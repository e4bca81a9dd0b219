"""ClickHouse clients per role (writer, reader, admin), from the one settings object.

One client per coroutine/task: a shared sync client across coroutines raises
"concurrent queries within the same session" (clickhouse-connect#295). Clients here
carry no session id, so separate clients never collide either.
"""

from __future__ import annotations

from typing import Any, Literal

import clickhouse_connect
from clickhouse_connect.driver.asyncclient import AsyncClient
from clickhouse_connect.driver.client import Client

from mamori.settings import ClickHouseSettings

Role = Literal["writer", "reader", "admin"]


def credentials(settings: ClickHouseSettings, role: Role) -> tuple[str, str]:
    """(user, password) of ``role``."""
    if role == "writer":
        return settings.writer_user, settings.writer_password.get_secret_value()
    if role == "reader":
        return settings.reader_user, settings.reader_password.get_secret_value()
    return settings.admin_user, settings.admin_password.get_secret_value()


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
