"""The one place that knows Faust's objects: typed views of what Faust hands the
agents (events, topics, the customer-state table, the consumer), and the calls
that carry a :class:`~mamori.worker.handler.BatchOutput` out.

Faust ships no type information; these Protocols name the few attributes Mamori
uses, so the rest of the worker is typed and the handler never sees Faust.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from mamori.messaging.producer_drain import DrainingProducer
from mamori.worker.handler import BatchOutput, ContactRecord, Record, RecordPlace

#: Faust gives headers as a mapping or as (name, value) pairs, depending on the path.
Headers = Mapping[str, bytes] | Sequence[tuple[str, bytes]]


class FaustMessage(RecordPlace, Protocol):
    @property
    def timestamp(self) -> float | None: ...
    @property
    def headers(self) -> Headers | None: ...


class ConsumedRecord(ContactRecord, Protocol):
    """An aiokafka ``ConsumerRecord``, as a batch message carries them."""

    @property
    def timestamp(self) -> int | None: ...
    @property
    def headers(self) -> Sequence[tuple[str, bytes]]: ...


class FaustEvent(Protocol):
    """An item of ``stream.take_events``: the raw value and its message."""

    @property
    def value(self) -> object: ...
    @property
    def message(self) -> FaustMessage: ...


class FaustTable(Protocol):
    """A raw-bytes ``faust.Table``: its local data."""

    @property
    def data(self) -> MutableMapping[bytes, bytes]: ...


class TopicPartition(Protocol):
    @property
    def topic(self) -> str: ...
    @property
    def partition(self) -> int: ...


#: Faust's own topic-partition type (``faust.types.TP``), whatever it is exactly.
TP = TypeVar("TP", bound=TopicPartition)


class FaustConsumer(Protocol[TP]):
    def assignment(self) -> Iterable[TP]: ...
    def highwater(self, tp: TP) -> int: ...
    async def position(self, tp: TP) -> int | None: ...


def header(message: FaustMessage, name: str) -> str:
    """The text of header ``name`` of ``message`` (``""`` when absent)."""
    headers = message.headers or []
    items = headers.items() if isinstance(headers, Mapping) else headers
    for key, value in items:
        if key == name:
            return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return ""


def _headers(headers: Headers | None) -> dict[str, bytes]:
    if not headers:
        return {}
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k: v if isinstance(v, bytes) else str(v).encode() for k, v in items}


def record_of(event: FaustEvent) -> Record:
    """The handler's view of a consumed record."""
    msg = event.message
    value = event.value if isinstance(event.value, bytes) else None
    return Record(
        topic=msg.topic,
        partition=msg.partition,
        offset=msg.offset,
        key=msg.key,
        value=value,
        headers=_headers(msg.headers),
        timestamp=msg.timestamp,
    )


def records_of(event: FaustEvent) -> list[Record]:
    """The records an event carries: a :class:`~mamori.worker.batching.RecordBatch`'s
    records (one partition, offset order), or the one record of a plain message."""
    batch: Sequence[ConsumedRecord] | None = getattr(event.message, "records", None)
    if batch is None:
        return [record_of(event)]
    return [
        Record(
            topic=r.topic,
            partition=r.partition,
            offset=r.offset,
            key=r.key,
            value=r.value,
            headers=_headers(r.headers),
            timestamp=r.timestamp / 1000.0 if r.timestamp is not None else None,
        )
        for r in batch
    ]


def contact_records(event: FaustEvent) -> Sequence[ContactRecord]:
    """What the detect handler reads of an event's records: a batch's aiokafka records
    as they are (the handler reads only their topic, partition, offset, key and value,
    so copying each into a :class:`Record` would cost without a use)."""
    batch: Sequence[ConsumedRecord] | None = getattr(event.message, "records", None)
    if batch is None:
        return [record_of(event)]
    return batch


def records_in(events: Iterable[FaustEvent]) -> list[Record]:
    """The records of several events (``take_events``), in the order given."""
    return [record for event in events for record in records_of(event)]


@dataclass(frozen=True, slots=True)
class OutputTopics:
    """Where a batch's outputs go: topic names."""

    indicators: str
    escalations: str
    dead_letters: str
    #: The contact topic: mis-keyed records go back to it, correctly keyed.
    contacts: str
    #: The customer-state table's changelog.
    state_changelog: str


async def send_output(out: BatchOutput, sender: DrainingProducer, topics: OutputTopics) -> None:
    """Every output of ``out`` handed to the Kafka client, then the state writes to the
    table's changelog on their customer's partition, once those outputs are delivered
    (messaging.producer_drain: restored state is never ahead of the outputs). The
    client's flush, which comes before any commit, waits for all of them."""
    sent: list[asyncio.Future[Any]] = []
    for dead in out.dead_letters:
        sent.append(
            await sender.send_now(topics.dead_letters, dead.key, dead.value, headers=dead.headers)
        )
    for fwd in out.forwards:
        sent.append(await sender.send_now(topics.contacts, fwd.key, fwd.value, headers=fwd.headers))
    for ind in out.indicators:
        sent.append(await sender.send_now(topics.indicators, ind.key, ind.value))
    for esc in out.escalations:
        sent.append(await sender.send_now(topics.escalations, esc.key, esc.value))
    # Faust would take the partition of the *current* event, which in a batch may
    # belong to another customer: each write names its customer's own partition.
    await sender.send_after(
        sent,
        topics.state_changelog,
        [(write.key, write.value, write.partition) for write in out.state_writes],
    )


class TableState:
    """The customer-state table as the handler's :class:`~mamori.worker.handler.StateReader`,
    and the local copy of its state writes (their changelog records are sent by
    :func:`send_output`)."""

    def __init__(self, table: FaustTable) -> None:
        self.table = table

    def get(self, key: bytes) -> bytes | None:
        return self.table.data.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self.table.data

    def apply(self, out: BatchOutput) -> None:
        for write in out.state_writes:
            if write.value is None:
                del self.table.data[write.key]
            else:
                self.table.data[write.key] = write.value


async def consumer_lag(consumer: FaustConsumer[TP], topics: set[str]) -> int:
    """Records not yet acknowledged on this worker's partitions of ``topics``:
    sum of (high watermark − committed offset, or position before the first commit).
    Faust keeps the committed offsets in a private attribute; read here only."""
    committed: Mapping[TP, int] = getattr(consumer, "_committed_offset", {})
    total = 0
    for tp in consumer.assignment():
        if tp.topic not in topics:
            continue
        done = committed.get(tp)
        if done is None:
            done = await consumer.position(tp) or 0
        total += max(0, consumer.highwater(tp) - done)
    return total
