"""Per-destination pacing: messages no faster than the receiver allows.

Nothing is dropped: a sender waits for its next slot, and alerts that arrive in
the meantime join the next message (destinations that take several alerts per
message), so a burst becomes fewer, fuller messages instead of lost ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


class Pacer:
    """At most ``per_second`` messages a second, as evenly spaced slots (time passed in)."""

    def __init__(self, per_second: float) -> None:
        if per_second <= 0:
            raise ValueError("per_second must be positive")
        self.interval = 1.0 / per_second
        self._next = float("-inf")

    def delay(self, now: float) -> float:
        """Seconds to wait before the next message may go."""
        return max(0.0, self._next - now)

    def take(self, now: float) -> None:
        """Record a message sent at ``now`` (after waiting :meth:`delay`)."""
        self._next = max(now, self._next) + self.interval


def batches(items: Sequence[T], size: int) -> list[list[T]]:
    """``items`` in order, ``size`` per message."""
    return [list(items[i : i + size]) for i in range(0, len(items), max(1, size))]
