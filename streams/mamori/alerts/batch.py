"""The evaluate agent's per-batch logic, free of Faust: indicator and escalation
records in, alerts and the customers' new alert-state values out.

Each customer's state is read once per batch, carried from record to record, and
written once after the batch (with the partition of its newest record). The decoded
state is kept between batches together with the exact bytes object it was written as:
when the table still holds that object (nothing else — the digest timer, a recovery —
wrote the key since), the stored value is not decoded again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

import orjson

from mamori.alerts.evaluate import AlertEvaluator, CustomerAlertState
from mamori.alerts.model import Alert
from mamori.domain.contract import parse_rfc3339

log = logging.getLogger("mamori.alerts")

#: Decoded alert states kept between batches: the customers alerted on recently.
DECODED_STATES_MAX: Final = 50_000

#: (topic, partition, offset, key, value) of one consumed record.
SourceRecord = tuple[str, int, int, bytes, bytes]


def pack(partition: int, state: CustomerAlertState) -> bytes:
    """The table value: the source partition travels with the state, since the digest
    timer re-sets values outside any event and must write them to the customer's own
    changelog partition."""
    return partition.to_bytes(2, "big") + state.to_bytes()


def unpack(raw: bytes) -> tuple[int, CustomerAlertState]:
    return int.from_bytes(raw[:2], "big"), CustomerAlertState.from_bytes(raw[2:])


@dataclass(frozen=True, slots=True)
class AlertStateWrite:
    """A customer's new alert-state value; ``None`` deletes the stored one."""

    key: bytes
    partition: int
    value: bytes | None
    #: The state holds a pending digest (the timer's list of keys to look at).
    has_digests: bool


def state_write(key: bytes, partition: int, state: CustomerAlertState) -> AlertStateWrite:
    """The write that stores ``state`` (a deletion once it holds nothing)."""
    if state.is_idle():
        return AlertStateWrite(key, partition, None, False)
    return AlertStateWrite(key, partition, pack(partition, state), bool(state.digests))


@dataclass(slots=True)
class AlertBatchOutput:
    #: Alerts to send, keyed by customer, in the order the records were read.
    alerts: list[tuple[bytes, Alert]] = field(default_factory=list)
    #: One per customer touched, in the order first touched.
    writes: list[AlertStateWrite] = field(default_factory=list)


class AlertBatchHandler:
    """Evaluate one batch of indicator and escalation records against the rules.

    The caller stores every write of the output before the next batch (the cache of
    decoded states assumes the table then holds exactly those values).
    """

    def __init__(
        self,
        evaluator: AlertEvaluator,
        escalation_topic: str,
        *,
        decoded_max: int = DECODED_STATES_MAX,
    ) -> None:
        self.evaluator = evaluator
        self.escalation_topic = escalation_topic
        self._decoded: dict[bytes, tuple[bytes, CustomerAlertState]] = {}
        self._decoded_max = decoded_max

    def handle(
        self, records: Iterable[SourceRecord], table: Mapping[bytes, bytes], now: float
    ) -> AlertBatchOutput:
        evaluator = self.evaluator
        out = AlertBatchOutput()
        touched: dict[bytes, tuple[int, CustomerAlertState]] = {}
        for topic, partition, offset, key, value in records:
            try:
                record = orjson.loads(value)
            except orjson.JSONDecodeError:
                log.exception("unreadable record at %s/%s@%s", topic, partition, offset)
                continue
            state = touched[key][1] if key in touched else self._stored(key, table)
            when = record.get("occurred_at") or record.get("crossed_at")
            if when:
                evaluator.expire(state, parse_rfc3339(when).timestamp())
            try:
                if topic == self.escalation_topic:
                    alerts = evaluator.on_escalation(record, state, now)
                else:
                    alerts = evaluator.on_indicator(record, state, now)
            except (KeyError, ValueError, TypeError):
                # Our own topic: a bad record is a bug upstream; visible, never a stall.
                log.exception("alert rules could not read %s/%s@%s", topic, partition, offset)
                continue
            out.alerts.extend((key, alert) for alert in alerts)
            touched[key] = (partition, state)
        decoded = self._decoded
        for key, (partition, state) in touched.items():
            if state.is_idle() and key not in table:
                continue
            write = state_write(key, partition, state)
            out.writes.append(write)
            if write.value is not None:
                decoded[key] = (write.value, state)  # newest last
        while len(decoded) > self._decoded_max:
            del decoded[next(iter(decoded))]
        return out

    def _stored(self, key: bytes, table: Mapping[bytes, bytes]) -> CustomerAlertState:
        """The customer's stored state, decoded (or taken from the decoded cache). Taken
        out of the cache: it is put back only when written, so a record that fails half
        way never leaves a half-updated state behind."""
        stored = table.get(key)
        cached = self._decoded.pop(key, None)
        if not stored:
            return CustomerAlertState()
        if cached is not None and cached[0] is stored:
            return cached[1]
        return unpack(stored)[1]
