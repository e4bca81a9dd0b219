"""The worker's per-batch detection logic, free of Faust and Kafka.

:class:`DetectHandler` takes a batch of consumed records (key, value, partition,
offset, headers) and a reader of the stored customer states, and returns what the
agent must do: records to produce, state writes (with the partition of each
customer's changelog) and dead letters. The Faust agent in :mod:`mamori.worker.app`
only converts Faust's objects through :mod:`mamori.worker.faust_adapter`, calls
:meth:`DetectHandler.handle` and carries the result out; unit tests drive the same
method with in-memory records (the style of arroyo's processing strategies).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

import orjson

from mamori.detect.state import CustomerState
from mamori.detect.step import DetectionStep
from mamori.domain.validation import Rejection
from mamori.worker.dlq import dead_letter


@dataclass(frozen=True, slots=True)
class Record:
    """One consumed record of the contact topic."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: Mapping[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Produce:
    """A record to send, keyed by the customer's pseudonym."""

    key: bytes
    value: bytes


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """The original record's key and (possibly cut) bytes, with the reason headers."""

    key: bytes | None
    value: bytes
    headers: dict[str, bytes]


@dataclass(frozen=True, slots=True)
class StateWrite:
    """A customer's new state value for its source partition; ``None`` deletes it."""

    key: bytes
    partition: int
    value: bytes | None


@dataclass(slots=True)
class BatchOutput:
    """Everything one batch produced, in the order the records were read."""

    indicators: list[Produce] = field(default_factory=list)
    escalations: list[Produce] = field(default_factory=list)
    dead_letters: list[DeadLetter] = field(default_factory=list)
    state_writes: list[StateWrite] = field(default_factory=list)
    #: Records that became a detection (dead letters not counted).
    events: int = 0


class StateReader(Protocol):
    """Read access to the stored customer states (a ``dict`` will do)."""

    def get(self, key: bytes) -> bytes | None: ...

    def __contains__(self, key: object) -> bool: ...


class DetectHandler:
    """Decode, detect and collect the outputs of one batch of contact records.

    Within a batch records are handled one by one in the order given; a customer
    seen twice continues from the state of its previous record, and each customer's
    state is written once, after the batch, with the partition of its newest record.
    Idle customers are deleted (only when stored), which keeps the table bounded by
    the customers active in the windows.
    """

    def __init__(self, step: DetectionStep) -> None:
        self.step = step

    def handle(self, records: Sequence[Record], state: StateReader, now: datetime) -> BatchOutput:
        out = BatchOutput()
        newest: dict[bytes, tuple[int, CustomerState]] = {}
        for record in records:
            self._handle(record, state, now, newest, out)
        for key, (partition, customer) in newest.items():
            if customer.is_idle():
                if key in state:
                    out.state_writes.append(StateWrite(key, partition, None))
            else:
                out.state_writes.append(StateWrite(key, partition, customer.to_bytes()))
        return out

    def _handle(
        self,
        record: Record,
        state: StateReader,
        now: datetime,
        newest: dict[bytes, tuple[int, CustomerState]],
        out: BatchOutput,
    ) -> None:
        raw = record.value if isinstance(record.value, bytes) else b""
        decoded = self.step.decode(raw, now)
        if isinstance(decoded, Rejection):
            value, headers = dead_letter(
                raw, decoded.reason, decoded.detail, record.topic, record.partition, record.offset
            )
            out.dead_letters.append(DeadLetter(record.key, value, headers))
            return
        key = self.step.customer_key(decoded).encode()
        if key in newest:
            previous: CustomerState | None = newest[key][1]
        else:
            stored = state.get(key)
            previous = CustomerState.from_bytes(stored) if stored else None
        detection = self.step.detect(decoded, previous, now)
        newest[key] = (record.partition, detection.state)
        out.indicators.extend(Produce(key, orjson.dumps(i.to_wire())) for i in detection.indicators)
        out.escalations.extend(
            Produce(key, orjson.dumps(e.to_wire())) for e in detection.escalations
        )
        out.events += 1
