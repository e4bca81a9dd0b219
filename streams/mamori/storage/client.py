"""ClickHouse clients per role (:mod:`mamori.storage.roles`), from the one settings object.

One client per coroutine/task: a shared sync client across coroutines raises
"concurrent queries within the same session" (clickhouse-connect#295). Clients here
carry no session id, so separate clients never collide either.
"""

from __future__ import annotations

import contextlib
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


def preload_optional_libraries() -> None:
    """Import now what clickhouse-connect imports lazily on its first insert.

    When numpy and pandas are installed (chdb-core pulls pandas in), clickhouse-connect
    imports them the first time it checks an insert's data: about 2–3 s of imports
    inside the event loop, which every event of the first batch then waits for
    (measured: the first second of traffic at 200 events/s reached the webhook after
    2 s, everything after in ≈ 0.1 s). A service pays that at start, not on its first
    customers. Without the libraries this is a quick no-op.
    """
    from clickhouse_connect.driver import options
    from clickhouse_connect.driver.exceptions import NotSupportedError

    checks: tuple[Any, ...] = (options.check_numpy, options.check_pandas)  # untyped
    for check in checks:
        with contextlib.suppress(NotSupportedError):
            check()
