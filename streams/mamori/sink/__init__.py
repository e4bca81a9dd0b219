"""Writing to ClickHouse: row builders for each table and a batch writer that
retries until the batch is stored (so Kafka offsets are acknowledged only after)."""

from mamori.sink.rows import (
    DEAD_LETTER_COLUMNS,
    ESCALATION_COLUMNS,
    INDICATOR_COLUMNS,
    dead_letter_row,
    escalation_row,
    indicator_row,
)
from mamori.sink.writer import BatchWriter, is_transient

__all__ = [
    "DEAD_LETTER_COLUMNS",
    "ESCALATION_COLUMNS",
    "INDICATOR_COLUMNS",
    "BatchWriter",
    "dead_letter_row",
    "escalation_row",
    "indicator_row",
    "is_transient",
]
