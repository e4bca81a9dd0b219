"""Time conversions shared by every layer (one copy, not one per module)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Final

_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_MS: Final = timedelta(milliseconds=1)


def epoch_ms(value: datetime) -> int:
    """Whole milliseconds since the epoch, in integer arithmetic (float timestamps could
    round a millisecond the wrong way). A naive ``value`` is taken as UTC, which is what
    clickhouse-connect returns for ``DateTime64(3, 'UTC')`` columns."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return (value - _EPOCH) // _MS
