"""Wire records → ClickHouse rows (column order = the lists below)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from mamori.domain.contract import parse_rfc3339
from mamori.domain.ids import stable_id
from mamori.domain.taxonomy import AXIS, Category
from mamori.domain.timeconv import epoch_ms

INDICATOR_COLUMNS: Final = [
    "indicator_id",
    "category",
    "axis",
    "severity",
    "score",
    "customer_key",
    "agent_key",
    "channel",
    "event_ids",
    "window_start",
    "window_end",
    "occurred_at",
    "detected_at",
    "evidence",
    "detector",
    "version",
    "anchor_at",
    "_partition",
    "_offset",
]
ESCALATION_COLUMNS: Final = [
    "escalation_id",
    "customer_key",
    "stage",
    "previous_stage",
    "risk",
    "crossed_at",
    "detected_at",
    "indicator_ids",
    "event_ids",
    "categories",
]
DEAD_LETTER_COLUMNS: Final = [
    "dlq_id",
    "reason",
    "detail",
    "source_topic",
    "_partition",
    "_offset",
    "size_bytes",
    "received_at",
]


def _ts(value: str | None) -> datetime | None:
    return parse_rfc3339(value) if value else None


def indicator_row(ind: dict[str, Any], partition: int, offset: int) -> tuple[Any, ...]:
    """An ``IndicatorEvent.to_wire()`` dict at Kafka ``partition``/``offset`` → a row of
    ``indicators`` in :data:`INDICATOR_COLUMNS` order."""
    occurred = parse_rfc3339(ind["occurred_at"])
    window_start = _ts(ind.get("window_start"))
    return (
        ind["indicator_id"],
        ind["category"],
        AXIS[Category(ind["category"])],
        ind["severity"],
        float(ind["score"]),
        ind["customer_key"],
        ind.get("agent_key"),
        ind["channel"],
        list(ind["event_ids"]),
        window_start,
        _ts(ind.get("window_end")),
        occurred,
        parse_rfc3339(ind["detected_at"]),
        ind.get("evidence"),
        ind["detector"],
        # Newer evidence supersedes older rows of the same id (ReplacingMergeTree version).
        epoch_ms(occurred),
        # Fixed per id: window_start for windows, the event time for single events.
        _ts(ind.get("anchor_at")) or window_start or occurred,
        partition,
        offset,
    )


def escalation_row(esc: dict[str, Any], partition: int, offset: int) -> tuple[Any, ...]:
    """An escalation wire dict → a row of ``escalations`` (:data:`ESCALATION_COLUMNS`).
    The table keeps no Kafka position; the arguments keep one builder signature."""
    return (
        esc["escalation_id"],
        esc["customer_key"],
        esc["stage"],
        esc["previous_stage"],
        float(esc["risk"]),
        parse_rfc3339(esc["crossed_at"]),
        parse_rfc3339(esc["detected_at"]),
        list(esc["indicator_ids"]),
        list(esc["event_ids"]),
        list(esc["categories"]),
    )


def dead_letter_row(
    *,
    reason: str,
    detail: str,
    source_topic: str,
    partition: int,
    offset: int,
    size_bytes: int,
    received_at: datetime,
) -> tuple[Any, ...]:
    """A dead-lettered record's reason and position → a row of ``dead_letters``.
    Never its bytes: they may hold personal data and stay in the DLQ topic."""
    if received_at.tzinfo is None:
        raise ValueError("received_at must be timezone-aware")
    return (
        stable_id("dlq", source_topic, str(partition), str(offset)),
        reason or "unknown",
        detail[:500],
        source_topic,
        partition,
        offset,
        size_bytes,
        received_at,
    )
