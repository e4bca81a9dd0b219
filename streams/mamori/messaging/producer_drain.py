"""Offsets are committed only after every output sent before them is in the client.

Agents send with ``send_soon``: the message waits in Faust's producer buffer until a
background task hands it to the Kafka client. Before a commit Faust flushes that
buffer, but its flush (faust-streaming 0.15, ``ProducerBuffer.flush_atmost``) returns
as soon as one hand-over takes longer than 0.1 s, e.g. while the client's batch for a
partition is full. The commit then goes ahead with outputs still in the buffer, and a
crash at that moment loses them although their input is committed.

:class:`DrainingBuffer` numbers the messages put and handed over (one task hands
them over, in order), and its ``flush`` returns once every message put *before the
flush began* has reached the client; the client's own flush, which Faust calls next,
then waits for the broker. Messages put during the flush do not hold it up, so a commit
is not postponed while agents go on sending.

:class:`DrainingProducer` also makes the Kafka client track every topic it sends to
(:func:`track_topic`), without which a send can wait for a partition leader forever.

The detect agent's outputs bypass Faust's buffer (:meth:`DrainingProducer.send_now`):
Faust spends more per record on a ``send_soon`` (a future, a pending message, the
buffer's hand-over task, its own ``send`` wrapper) than the Kafka client does on the
record itself. They go straight into the client's batches, which its flush, and so
every commit, waits for; a record the client fails to deliver fails every later flush,
so no commit acknowledges its input.

State writes (the customer-state table's changelog records) go with
:meth:`DrainingProducer.send_after`: each batch's writes are handed to the client only
once every output of that batch is *delivered*, and after the writes of every earlier
batch. Without that order a crash can leave the changelog ahead of the outputs: the
state restored after a restart says an event was applied, its redelivery emits
nothing, and the indicator it emitted the first time, never delivered, is lost. With
it, restored state is never ahead of what reached Kafka: a redelivered event either
finds its outputs delivered already, or finds the state as it was before and emits
them again (same ids, so the repeats collapse).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from faust.transport.drivers.aiokafka import Producer as AIOKafkaProducer
from faust.transport.producer import ProducerBuffer
from faust.types.tuples import FutureMessage


class ProducerStoppedError(RuntimeError):
    """The buffer stopped with messages not handed to the Kafka client."""


class UndeliveredError(RuntimeError):
    """The Kafka client gave up on a record sent with ``send_now``: nothing may be
    committed from here on (the worker stops; its input is delivered again)."""


#: Batches of state writes waiting for their outputs' delivery before the agent waits
#: too (backpressure: a slow broker must not let them pile up without bound).
MAX_ORDERED_PENDING = 16

#: A record for :meth:`DrainingProducer.send_after`: key, value (None = a tombstone)
#: and partition.
PinnedRecord = tuple[bytes, bytes | None, int]


class DrainingBuffer(ProducerBuffer):
    """Faust's producer buffer, with a ``flush`` that waits for every earlier message."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.queued = 0
        self.handed_over = 0
        self.progress = asyncio.Event()

    def put(self, fut: FutureMessage) -> None:
        self.queued += 1
        super().put(fut)

    async def _send_pending(self, fut: FutureMessage) -> None:
        try:
            await super()._send_pending(fut)
        finally:
            self.handed_over += 1
            self.progress.set()

    @property
    def unsent(self) -> int:
        """Messages put and not yet handed to the Kafka client."""
        return self.queued - self.handed_over

    async def flush(self) -> None:
        """Wait until every message put so far has been handed to the Kafka client
        (or fail if the buffer stops first: nothing may be committed then)."""
        target = self.queued
        await self._wait_while(lambda: self.handed_over < target)

    async def _wait_while(self, pending: Callable[[], bool]) -> None:
        """Wait for hand-overs while ``pending()`` holds (or fail if the buffer stops
        first: what is still unsent will never reach the Kafka client)."""
        while pending():
            if self.should_stop:
                raise ProducerStoppedError(f"producer stopped with {self.unsent} messages unsent")
            self.progress.clear()
            await self.wait(self.progress.wait())


def track_topic(client: Any, topic: str) -> None:
    """Make aiokafka's ``client`` keep ``topic`` in its metadata requests.

    aiokafka 0.14 answers a send from the cluster view it has; a topic it knows only
    from a metadata fetch of *all* topics (made while it tracked none) is used without
    being tracked. Once any other topic is tracked (e.g. a table's changelog, first
    sent to later), every metadata request names only the tracked topics, the untracked
    one drops out of the cluster view, and a batch for it waits for a leader that the
    client never asks for again: the producer's flush, and so Faust's commit, hang for
    good while the client loops on metadata. Seen under load in the alerts agents'
    first sends (tests/integration/messaging/test_topic_tracking.py shows the drop).
    """
    if topic not in client._topics:
        client.add_topic(topic)  # schedules a metadata refresh naming it from now on


class DrainingProducer(AIOKafkaProducer):
    """Faust's aiokafka producer with a :class:`DrainingBuffer`, tracking every topic
    it sends to (:func:`track_topic`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.app.conf.producer_threaded:
            # The threaded producer bypasses the buffer's own queue and hand-over.
            raise ValueError("DrainingProducer does not support producer_threaded")
        buffer = DrainingBuffer(loop=self.loop, beacon=self.beacon)
        buffer.app = self.app
        self.buffer = buffer
        #: The first delivery failure of a ``send_now`` record (sticky).
        self.undelivered: BaseException | None = None
        self._tracked: set[str] = set()
        #: The newest :meth:`send_after` hand-over (each awaits the one before it).
        self._ordered_tail: asyncio.Task[None] | None = None
        self._ordered_pending = 0

    async def send_now(
        self,
        topic: str,
        key: bytes | None,
        value: bytes | None,
        *,
        partition: int | None = None,
        headers: Mapping[str, bytes] | None = None,
    ) -> asyncio.Future[Any]:
        """Append one record to the Kafka client's batch for its partition (the
        client's partitioner, murmur2 of the key, when ``partition`` is None, as a
        Faust send would choose). Returns once the record is in the client (it waits
        only while that partition's batch is full), with the future of its delivery."""
        client = self._ensure_producer()
        if topic not in self._tracked:
            track_topic(client.client, topic)
            self._tracked.add(topic)
        delivery: asyncio.Future[Any] = await client.send(
            topic,
            value=value,
            key=key,
            partition=partition,
            headers=list(headers.items()) if headers else None,
        )
        delivery.add_done_callback(self._delivered)
        return delivery

    async def send_after(
        self, deliveries: Sequence[asyncio.Future[Any]], topic: str, records: Sequence[PinnedRecord]
    ) -> None:
        """Hand ``records`` to the client once every one of ``deliveries`` is delivered
        and the records of every earlier ``send_after`` are in the client; never when a
        record was not delivered (the state would then be ahead of the outputs).

        Returns at once, unless :data:`MAX_ORDERED_PENDING` hand-overs already wait;
        :meth:`flush`, and so every commit, waits for all of them.
        """
        if not records:
            return
        previous = self._ordered_tail
        self._ordered_pending += 1
        self._ordered_tail = asyncio.ensure_future(
            self._hand_over_after(previous, deliveries, topic, records)
        )
        if self._ordered_pending > MAX_ORDERED_PENDING:
            await asyncio.shield(self._ordered_tail)

    async def _hand_over_after(
        self,
        previous: asyncio.Task[None] | None,
        deliveries: Sequence[asyncio.Future[Any]],
        topic: str,
        records: Sequence[PinnedRecord],
    ) -> None:
        try:
            if previous is not None:
                await previous
            if deliveries:
                await asyncio.wait(deliveries)
            for delivery in deliveries:
                self._delivered(delivery)  # its callback may not have run yet
            if self.undelivered is not None:
                return
            for key, value, partition in records:
                await self.send_now(topic, key, value, partition=partition)
        except Exception as exc:  # noqa: BLE001 - kept: every later flush fails with it
            if self.undelivered is None:
                self.undelivered = exc
                self.log.error("state writes not handed over; no offset is committed: %r", exc)
        finally:
            self._ordered_pending -= 1

    def _delivered(self, delivery: asyncio.Future[Any]) -> None:
        if self.undelivered is not None:
            return
        if delivery.cancelled():
            self.undelivered = asyncio.CancelledError("delivery cancelled")
        elif (exc := delivery.exception()) is not None:
            self.undelivered = exc
        else:
            return
        self.log.error(
            "a record was not delivered; no offset is committed from now on: %r", self.undelivered
        )

    async def flush(self) -> None:
        """Faust's flush (its buffer, then the Kafka client's batches), failing when
        a ``send_now`` record was not delivered: the commit that called it must not go
        ahead. The :meth:`send_after` records handed over before it began come first."""
        tail = self._ordered_tail
        if tail is not None:
            await asyncio.shield(tail)
        await super().flush()
        if self.undelivered is not None:
            raise UndeliveredError(f"a record was not delivered: {self.undelivered!r}")

    async def send(
        self,
        topic: str,
        key: bytes | None,
        value: bytes | None,
        partition: int | None,
        timestamp: float | None,
        headers: Any,
        *,
        transactional_id: str | None = None,
    ) -> Any:
        track_topic(self._ensure_producer().client, topic)
        return await super().send(
            topic, key, value, partition, timestamp, headers, transactional_id=transactional_id
        )


def draining_producer(producer: Any) -> DrainingProducer:
    """An app's producer as the :class:`DrainingProducer` worker.transport installs;
    anything else is a wiring error, not a reason to lose the guarantee."""
    if not isinstance(producer, DrainingProducer):
        raise TypeError(f"producer is {type(producer).__name__}, not DrainingProducer")
    return producer


def draining_buffer(producer: Any) -> DrainingBuffer:
    """The :class:`DrainingBuffer` of an app's producer (worker.transport installs
    it); anything else is a wiring error, not a reason to lose the guarantee."""
    buffer = producer.buffer
    if not isinstance(buffer, DrainingBuffer):
        raise TypeError(f"producer buffer is {type(buffer).__name__}, not DrainingBuffer")
    return buffer
