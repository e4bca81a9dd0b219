"""Writing to ClickHouse: row builders for each table, a size/time batcher, and a
batch writer that retries until the batch is stored (so Kafka offsets are
acknowledged only after)."""

from mamori.sink.batcher import Batcher
from mamori.sink.rows import (
    DEAD_LETTER_COLUMNS,
    ESCALATION_COLUMNS,
    INDICATOR_COLUMNS,
    dead_letter_row,
    escalation_row,
    indicator_row,
)
from mamori.sink.writer import BatchWriter, SchemaMismatch, WriterStats, is_transient

__all__ = [
    "DEAD_LETTER_COLUMNS",
    "ESCALATION_COLUMNS",
    "INDICATOR_COLUMNS",
    "BatchWriter",
    "Batcher",
    "SchemaMismatch",
    "WriterStats",
    "dead_letter_row",
    "escalation_row",
    "indicator_row",
    "is_transient",
]
