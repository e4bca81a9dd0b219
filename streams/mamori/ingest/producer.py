"""The one way ingest writes to Kafka: an idempotent aiokafka producer (acks=all),
valid events to the contact topic keyed by customer id, rejected ones to the worker's
dead-letter topic with the worker's headers. :meth:`IngestProducer.publish` returns
only when the broker has acknowledged every record, or raises :class:`Unavailable`.

A publish that timed out may still complete later (the records sit in the producer's
buffer): that is safe because event ids are stable and the worker drops repeats, so a
client resending after a 503 creates no duplicate indicator.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Sequence
from typing import Any, Final

from mamori.ingest.batch import Accepted, Rejected, Verdict
from mamori.messaging.dlq import (
    DLQ_DETAIL_HEADER,
    DLQ_MAX_VALUE_BYTES,
    DLQ_REASON_HEADER,
    DLQ_SOURCE_HEADER,
    DLQ_TRUNCATED_HEADER,
)
from mamori.messaging.kafka_config import aiokafka_kwargs
from mamori.settings import KafkaSettings

log = logging.getLogger(__name__)

#: Do not hammer an unreachable broker: at most one start attempt per this many seconds.
_RESTART_BACKOFF: Final = 1.0


class Unavailable(RuntimeError):
    """Kafka did not acknowledge in time (or cannot be reached): nothing is confirmed."""


def dlq_headers(rejected: Rejected, origin: str) -> list[tuple[str, bytes]]:
    """The worker's dead-letter headers. ``origin`` (e.g. ``http:pbx-tokyo:line 3``)
    has no ``/``, so the DLQ sink files the row under the DLQ record's own position."""
    headers = [
        (DLQ_REASON_HEADER, rejected.reason.encode()),
        (DLQ_DETAIL_HEADER, f"{origin}: {rejected.detail}"[:1000].encode()),
        (DLQ_SOURCE_HEADER, origin.replace("/", "_").encode()),
    ]
    if len(rejected.value) > DLQ_MAX_VALUE_BYTES:
        headers.append((DLQ_TRUNCATED_HEADER, str(len(rejected.value)).encode()))
    return headers


class IngestProducer:
    def __init__(
        self,
        settings: KafkaSettings,
        *,
        ack_timeout: float = 10.0,
        client_id: str = "mamori-ingest",
    ) -> None:
        self.settings = settings
        self.ack_timeout = ack_timeout
        self.client_id = client_id
        self._producer: Any = None
        self._lock = asyncio.Lock()
        self._last_attempt = 0.0

    def _new(self) -> Any:
        from aiokafka import AIOKafkaProducer

        timeout_ms = int(self.ack_timeout * 1000)
        return AIOKafkaProducer(
            **aiokafka_kwargs(self.settings),
            client_id=self.client_id,
            acks="all",
            enable_idempotence=True,
            linger_ms=2,
            max_batch_size=256 * 1024,
            request_timeout_ms=timeout_ms,
            metadata_max_age_ms=30_000,
        )

    async def _ready(self) -> Any:
        if self._producer is not None:
            return self._producer
        async with self._lock:
            if self._producer is not None:
                return self._producer
            wait = self._last_attempt + _RESTART_BACKOFF - time.monotonic()
            if wait > 0:
                raise Unavailable("Kafka unreachable (retrying)")
            self._last_attempt = time.monotonic()
            producer = self._new()
            try:
                await asyncio.wait_for(producer.start(), self.ack_timeout)
            except Exception as exc:
                with contextlib.suppress(Exception):
                    await producer.stop()
                raise Unavailable(f"Kafka unreachable: {type(exc).__name__}: {exc}") from exc
            self._producer = producer
            return producer

    async def start(self) -> None:
        """Connect now if Kafka is there; if not, the first publish retries."""
        with contextlib.suppress(Unavailable):
            await self._ready()

    async def stop(self) -> None:
        producer, self._producer = self._producer, None
        if producer is not None:
            await producer.stop()

    async def reachable(self) -> bool:
        """Readiness: a metadata round trip to the cluster within the ack timeout."""
        try:
            producer = await self._ready()
            await asyncio.wait_for(producer.client.fetch_all_metadata(), min(self.ack_timeout, 5.0))
        except Exception:  # any failure means not ready; the reason is in the log
            log.debug("kafka not reachable", exc_info=True)
            return False
        return True

    async def publish(self, verdicts: Sequence[Verdict], origin: str) -> None:
        """Send every accepted event and dead-letter every rejected one; return when
        all are acknowledged. Raises :class:`Unavailable` otherwise."""
        if not verdicts:
            return
        producer = await self._ready()
        k = self.settings

        async def send_all() -> None:
            futures = []
            for v in verdicts:
                if isinstance(v, Accepted):
                    fut = await producer.send(k.contact_topic, v.value, key=v.key)
                else:
                    fut = await producer.send(
                        k.dlq_topic,
                        v.value[:DLQ_MAX_VALUE_BYTES],
                        key=None,
                        headers=dlq_headers(v, f"{origin}:{v.where or f'line {v.line}'}"),
                    )
                futures.append(fut)
            await asyncio.gather(*futures)

        try:
            await asyncio.wait_for(send_all(), self.ack_timeout)
        except Exception as exc:
            raise Unavailable(
                f"Kafka did not acknowledge within {self.ack_timeout:.0f}s: "
                f"{type(exc).__name__}: {exc}"
            ) from exc
