"""What every destination offers the delivery loop, and how a send fails."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from mamori.alerts.model import Alert


class DeliveryError(RuntimeError):
    """A send that did not succeed. ``permanent``: retrying the same request cannot help
    (the receiver refused it: 4xx other than 408/429, a rejected recipient)."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class Destination(Protocol):
    #: Stable name (``webhook``, ``slack``, ``teams``, ``email``): rules and status rows use it.
    name: str
    #: Alerts one message may carry (1 = one request per alert).
    max_batch: int
    #: Messages per second the receiver accepts.
    max_per_second: float

    async def send(self, alerts: Sequence[Alert]) -> None:
        """Deliver ``alerts`` as one message; raise :class:`DeliveryError` if not delivered."""

    async def probe(self) -> None:
        """Raise :class:`DeliveryError` if the destination cannot be reached now."""

    async def close(self) -> None: ...


def http_error(name: str, status: int, body: str) -> DeliveryError:
    permanent = 400 <= status < 500 and status not in (408, 425, 429)
    return DeliveryError(f"{name}: HTTP {status} {body[:200]}", permanent=permanent)
