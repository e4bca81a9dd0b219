"""Alerts and their delivery status as stored in ClickHouse (``mamori alerts list``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

LIST_SQL: Final = """
SELECT alert_id, destination, rule_id, kind, customer_key, category, severity, stage,
       status, attempts, error, occurred_at, sent_at, latency_ms, updated_at
FROM {database}.alerts FINAL
WHERE updated_at >= {{since:DateTime64(3, 'UTC')}}
ORDER BY updated_at DESC, alert_id, destination
LIMIT {{limit:UInt32}}
"""


@dataclass(frozen=True, slots=True)
class AlertStatusRow:
    alert_id: str
    destination: str
    rule_id: str
    kind: str
    customer_key: str
    category: str
    severity: str
    stage: str
    status: str
    attempts: int
    error: str
    occurred_at: datetime
    sent_at: datetime | None
    latency_ms: float | None
    updated_at: datetime


def _utc(value: Any) -> Any:
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)  # the driver returns UTC columns as naive UTC
    return value


def list_alerts(ch: Any, database: str, since: datetime, limit: int = 200) -> list[AlertStatusRow]:
    """Newest status of each (alert, destination) updated since ``since``."""
    result = ch.query(
        LIST_SQL.format(database=database), parameters={"since": since, "limit": limit}
    )
    return [AlertStatusRow(*(_utc(v) for v in row)) for row in result.result_rows]
