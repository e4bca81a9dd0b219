"""Group rows into batches bounded by size and age (snuba's max-batch-size/-time).

Pure and synchronous, with an injectable clock, so its bounds are unit-tested
without sleeping. Small frequent inserts make many parts; this is the cure.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


class Batcher:
    """``add`` rows; a batch is due when it holds ``max_rows`` rows or its first row
    is ``max_seconds`` old. ``take`` hands the batch over and starts a new one."""

    def __init__(
        self,
        max_rows: int,
        max_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_rows < 1 or max_seconds <= 0:
            raise ValueError("max_rows must be ≥ 1 and max_seconds > 0")
        self.max_rows = max_rows
        self.max_seconds = max_seconds
        self._clock = clock
        self._rows: list[tuple[Any, ...]] = []
        self._opened_at: float | None = None

    def __len__(self) -> int:
        return len(self._rows)

    def add(self, row: tuple[Any, ...]) -> list[tuple[Any, ...]] | None:
        """Add one row; returns the full batch if this row filled it."""
        if self._opened_at is None:
            self._opened_at = self._clock()
        self._rows.append(row)
        return self.take() if len(self._rows) >= self.max_rows else None

    def age(self) -> float:
        """Seconds since the oldest pending row arrived (0 when empty)."""
        return 0.0 if self._opened_at is None else self._clock() - self._opened_at

    def due(self) -> bool:
        return bool(self._rows) and (
            len(self._rows) >= self.max_rows or self.age() >= self.max_seconds
        )

    def seconds_until_due(self) -> float | None:
        """How long a caller may wait before the pending rows must go; None if empty."""
        if not self._rows:
            return None
        return max(0.0, self.max_seconds - self.age())

    def take(self) -> list[tuple[Any, ...]]:
        """The pending rows (possibly empty); the batcher starts empty again."""
        rows, self._rows, self._opened_at = self._rows, [], None
        return rows
