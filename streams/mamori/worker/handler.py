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

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final, Protocol

import orjson

from mamori.detect.state import CustomerState
from mamori.detect.step import DetectionStep
from mamori.domain.contract import ContactEvent
from mamori.domain.validation import Rejection
from mamori.worker.dlq import PROCESSING_ERROR, REKEY_SOURCE_HEADER, dead_letter

log = logging.getLogger("mamori.worker")

#: Decoded customer states kept between batches (about 2 KiB each in memory): the
#: customers active in the last minutes; older ones are decoded again from the table.
DECODED_STATES_MAX: Final = 50_000


@dataclass(frozen=True, slots=True)
class Record:
    """One consumed record of the contact topic."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: Mapping[str, bytes] = field(default_factory=dict)
    #: Kafka timestamp in POSIX seconds, when known.
    timestamp: float | None = None


class RecordPlace(Protocol):
    """Where a consumed record sits and its key: what every client's record has."""

    @property
    def topic(self) -> str: ...
    @property
    def partition(self) -> int: ...
    @property
    def offset(self) -> int: ...
    @property
    def key(self) -> bytes | None: ...


class ContactRecord(RecordPlace, Protocol):
    """What the handler reads of a consumed record: a :class:`Record`, or aiokafka's
    ``ConsumerRecord`` as a batch carries it (no copy per record)."""

    @property
    def value(self) -> bytes | None: ...


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
class Forward:
    """A mis-keyed contact record sent again to the contact topic, keyed by its
    customer id, so it lands on the partition that owns the customer's state."""

    key: bytes
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
    #: Mis-keyed records (key ≠ customer id, or no key) to send again, correctly keyed.
    forwards: list[Forward] = field(default_factory=list)
    #: Records that became a detection (dead letters and forwards not counted).
    events: int = 0
    #: Stored states that could not be decoded: the customer started from an empty state.
    unreadable_states: int = 0


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

    Every record is guarded: a record whose detection raises is dead-lettered with
    reason ``processing_error`` and its customer continues from the state before it;
    a stored state that cannot be decoded (e.g. after a format change) is counted and
    replaced by an empty one. Nothing a single record does can lose the others.

    The decoded state of a customer is kept between batches together with the exact
    bytes object it was written as: when the table still holds that object (nothing
    else wrote the key, no recovery replaced it) the stored value need not be decoded
    again.
    """

    def __init__(self, step: DetectionStep, *, decoded_max: int = DECODED_STATES_MAX) -> None:
        self.step = step
        self._decoded: dict[bytes, tuple[bytes, CustomerState]] = {}
        self._decoded_max = decoded_max

    def handle(
        self, records: Sequence[ContactRecord], state: StateReader, now: datetime
    ) -> BatchOutput:
        out = BatchOutput()
        newest: dict[bytes, tuple[int, CustomerState]] = {}
        applied: dict[bytes, list[ContactEvent]] = {}
        for record in records:
            self._handle(record, state, now, newest, applied, out)
        decoded = self._decoded
        for key, (partition, customer) in newest.items():
            decoded.pop(key, None)
            if customer.is_idle():
                if key in state:
                    out.state_writes.append(StateWrite(key, partition, None))
            else:
                value = customer.to_bytes()
                out.state_writes.append(StateWrite(key, partition, value))
                decoded[key] = (value, customer)  # re-inserted: newest last
        while len(decoded) > self._decoded_max:
            del decoded[next(iter(decoded))]
        return out

    def _handle(
        self,
        record: ContactRecord,
        state: StateReader,
        now: datetime,
        newest: dict[bytes, tuple[int, CustomerState]],
        applied: dict[bytes, list[ContactEvent]],
        out: BatchOutput,
    ) -> None:
        raw = record.value if isinstance(record.value, bytes) else b""
        decoded = self.step.decode(raw, now)
        if isinstance(decoded, Rejection):
            self._dead_letter(record, raw, decoded.reason, decoded.detail, out)
            return
        customer_id = decoded.customer_id.encode()
        if record.key != customer_id:
            # Published with another key (or none): the record sits on a partition that
            # may not own this customer's state. Sent again keyed by the customer id, it
            # is detected there; handling it here would split the customer's state.
            out.forwards.append(
                Forward(
                    customer_id,
                    raw,
                    {
                        REKEY_SOURCE_HEADER: (
                            f"{record.topic}/{record.partition}/{record.offset}"
                        ).encode()
                    },
                )
            )
            return
        key = b""
        try:
            customer = self.step.customer_key(decoded)
            key = customer.encode()
            previous = newest[key][1] if key in newest else self._stored(key, state, out)
            detection = self.step.detect(decoded, previous, now, customer)
            indicators = [Produce(key, orjson.dumps(i.to_wire())) for i in detection.indicators]
            escalations = [Produce(key, orjson.dumps(e.to_wire())) for e in detection.escalations]
        except Exception as exc:  # noqa: BLE001 - one record must never take the batch down
            log.exception(
                "processing error at %s/%s/%s", record.topic, record.partition, record.offset
            )
            detail = f"{type(exc).__name__}: {exc}"[:300]
            self._dead_letter(record, raw, PROCESSING_ERROR, detail, out)
            if key in newest:
                # The engine updates the state in place: rebuild it without this record.
                try:
                    newest[key] = (newest[key][0], self._rebuild(key, state, applied[key], now))
                except Exception:  # noqa: BLE001 - keep the stored state rather than stop
                    log.exception("state of %s not rebuilt; its stored value stays", key)
                    del newest[key]
            return
        newest[key] = (record.partition, detection.state)
        applied.setdefault(key, []).append(decoded)
        out.indicators.extend(indicators)
        out.escalations.extend(escalations)
        out.events += 1

    def _stored(self, key: bytes, state: StateReader, out: BatchOutput) -> CustomerState | None:
        """The customer's stored state, decoded (or taken from the decoded cache)."""
        stored = state.get(key)
        if not stored:
            return None
        cached = self._decoded.pop(key, None)
        if cached is not None and cached[0] is stored:
            return cached[1]
        try:
            return CustomerState.from_bytes(stored)
        except Exception:  # noqa: BLE001 - a bad stored value must not stop the worker
            out.unreadable_states += 1
            log.warning("unreadable stored state for %s: starting from an empty state", key)
            return None

    def _rebuild(
        self, key: bytes, state: StateReader, events: list[ContactEvent], now: datetime
    ) -> CustomerState:
        """The customer's state after ``events`` (this batch's records that succeeded),
        recomputed from the stored value; their outputs were already collected."""
        scratch = BatchOutput()
        customer = self._stored(key, state, scratch)
        for event in events:
            customer = self.step.detect(event, customer, now).state
        return customer if customer is not None else CustomerState()

    @staticmethod
    def _dead_letter(
        record: ContactRecord, raw: bytes, reason: str, detail: str, out: BatchOutput
    ) -> None:
        value, headers = dead_letter(
            raw, reason, detail, record.topic, record.partition, record.offset
        )
        out.dead_letters.append(DeadLetter(record.key, value, headers))
